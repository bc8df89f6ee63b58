package ui

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/recount-explainer/recount/rules"
)

// words is one language's text for the page: message templates by key, and
// the number and date formats of that language. rules returns no sentences;
// every sentence on the page comes from here.
type words struct {
	lang    string
	msgs    map[string]string
	group   string // thousands separator
	decimal string // decimal separator
	months  [12]string
	days    [7]string
}

// wordsFor returns the words for a language, English when it has none.
func wordsFor(lang string) *words {
	if w, ok := languages[lang]; ok {
		return w
	}
	return languages["en"]
}

var languages = map[string]*words{"en": &english}

// t returns the message for key, filled in with args as fmt.Sprintf does. A
// missing key shows itself, which the tests catch.
func (w *words) t(key string, args ...any) string {
	m, ok := w.msgs[key]
	if !ok {
		return "[" + key + "]"
	}
	if len(args) == 0 {
		return m
	}
	return fmt.Sprintf(m, args...)
}

// num writes a whole number with the language's thousands separator.
func (w *words) num(n int64) string {
	if n < 0 {
		return "−" + groupDigits(strconv.FormatInt(-n, 10), w.group)
	}
	return groupDigits(strconv.FormatInt(n, 10), w.group)
}

// pct writes a share as a percentage with places digits, truncated (never
// rounded up past a legal line), and trailing zeros dropped when exact.
func (w *words) pct(r rules.Ratio, places int) string {
	if r.Den == 0 {
		return "0"
	}
	whole, frac, exact := r.Decimal(100, places)
	s := groupDigits(strconv.FormatUint(whole, 10), w.group)
	if places == 0 {
		return s
	}
	f := fmt.Sprintf("%0*d", places, frac)
	if exact {
		f = strings.TrimRight(f, "0")
	}
	if f == "" {
		return s
	}
	return s + w.decimal + f
}

// pctNear writes share r with enough digits that it never looks equal to
// the line when it is not: 0.5002% is not written "0.50%" beside a 0.5% line.
func (w *words) pctNear(r, line rules.Ratio) string {
	places := 2
	if r.Cmp(line) != 0 {
		for places < 8 {
			rw, rf, _ := r.Decimal(100, places)
			lw, lf, _ := line.Decimal(100, places)
			if rw != lw || rf != lf {
				break
			}
			places++
		}
	}
	return w.pct(r, places)
}

// date writes a date in full: "Tuesday, December 8, 2009".
func (w *words) date(d rules.Date) string {
	if d.IsZero() {
		return ""
	}
	return w.t("date.full", w.days[d.Weekday()], w.months[d.Month-1], d.Day, d.Year)
}

// shortDate writes a date without the weekday: "December 8, 2009".
func (w *words) shortDate(d rules.Date) string {
	if d.IsZero() {
		return ""
	}
	return w.t("date.short", w.months[d.Month-1], d.Day, d.Year)
}

// candidateName is a row's name, or "Candidate N" when it was left blank.
func (w *words) candidateName(s rules.Standing) string {
	if s.Name != "" {
		return s.Name
	}
	return w.t("candidate.unnamed", s.Row+1)
}

// problem says what is wrong with one input and how to fix it.
func (w *words) problem(e *rules.InputError) string {
	field := w.t("field." + string(e.Field))
	if e.Index >= 0 {
		field = w.t("field.votes.row", e.Index+1)
	}
	key := "problem." + e.Problem.String()
	if strings.Contains(w.msgs[key], "%[2]") {
		return w.t(key, field, e.Limit)
	}
	return w.t(key, field)
}

// status says how well a fact is verified.
func (w *words) status(s rules.Status) string { return w.t("status." + string(s)) }

// PageWords are the texts the server writes into the HTML head and the
// wasm loader, in one language.
type PageWords struct {
	Title, Description, Loading string
}

// Words returns the head texts for a language (English when it has none).
func Words(lang string) PageWords {
	w := wordsFor(lang)
	return PageWords{Title: w.t("page.title"), Description: w.t("page.description"), Loading: w.t("page.loading")}
}

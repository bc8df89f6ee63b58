package words

import (
	"strconv"
	"strings"
	"sync"

	"github.com/recount-explainer/recount/rules"
)

// Lang is a page language, as the "lang" parameter names it.
type Lang string

// The languages.
const (
	English Lang = "en"
	Spanish Lang = "es"
)

// Langs lists the languages the page speaks, the default first
// (TestMessages and TestCatalogue check every language listed here).
var Langs = []Lang{English, Spanish}

// ParseLang returns the language a "lang" value names, and false for any
// other value (the page then uses English).
func ParseLang(s string) (Lang, bool) {
	for _, l := range Langs {
		if string(l) == s {
			return l, true
		}
	}
	return English, false
}

// Source supplies a catalogue that is not built in. Natively both are
// built in (catalog.go); the wasm carries none, so that a reader downloads
// only the language the page speaks: the page sets Source to fetch it.
// Source may block; an error leaves the language unloaded, to be tried again.
var Source func(Lang) (string, error)

// Words is one language: its catalogue and its formats of numbers and
// dates. The zero Words is not usable: get one with For.
type Words struct {
	Lang    Lang
	msgs    map[string]string
	group   string // thousands separator
	decimal string
	months  [12]string
	days    [7]string
	err     error
}

var (
	mu     sync.Mutex
	loaded = map[Lang]*Words{}
)

// For returns the words of a language (English for an unknown one). Each
// catalogue is read once, when first needed.
func For(l Lang) *Words {
	if _, ok := ParseLang(string(l)); !ok {
		l = English
	}
	mu.Lock()
	defer mu.Unlock()
	if w, ok := loaded[l]; ok {
		return w
	}
	w := &Words{Lang: l, msgs: map[string]string{}, group: ",", decimal: "."}
	src, ok := builtIn(l)
	if !ok && Source != nil {
		var err error
		if src, err = Source(l); err != nil {
			w.err = err
			return w // not kept: the next call tries again
		}
	}
	w.err = w.load(string(l), src)
	for i := range w.months {
		w.months[i] = w.msgs["month."+strconv.Itoa(i+1)]
	}
	for i := range w.days {
		w.days[i] = w.msgs["weekday."+strconv.Itoa(i)]
	}
	loaded[l] = w
	return w
}

// load reads a language's catalogue: "key = text" lines; blank lines and
// lines starting with # are skipped.
func (w *Words) load(lang, src string) error {
	if src == "" {
		return &catalogError{lang, 0, "not loaded"}
	}
	for n, line := range strings.Split(src, "\n") {
		line = strings.TrimSpace(line)
		if line == "" || line[0] == '#' {
			continue
		}
		k, v, ok := strings.Cut(line, " = ")
		if !ok {
			return &catalogError{lang, n + 1, "no \" = \""}
		}
		k = strings.TrimSpace(k)
		if _, dup := w.msgs[k]; dup {
			return &catalogError{lang, n + 1, "key " + k + " twice"}
		}
		w.msgs[k] = strings.TrimSpace(v)
	}
	return nil
}

type catalogError struct {
	file string
	line int
	what string
}

func (e *catalogError) Error() string {
	if e.line == 0 {
		return "words: catalogue " + e.file + ": " + e.what
	}
	return "words: catalogue " + e.file + ", line " + strconv.Itoa(e.line) + ": " + e.what
}

// Err reports a defect found reading the catalogue (a test keeps it nil).
func (w *Words) Err() error { return w.err }

// Has reports whether the catalogue has a key.
func (w *Words) Has(key string) bool {
	_, ok := w.msgs[key]
	return ok
}

// Key returns the message for a key built at run time (a fact's kind, a
// holiday's key) filled with numbered arguments {1}, {2}…; a missing key
// shows itself in brackets, which the page tests catch.
func (w *Words) Key(key string, nums ...int64) string {
	t, ok := w.msgs[key]
	if !ok {
		return "[" + key + "]"
	}
	args := make([]Arg, len(nums))
	names := make([]string, len(nums))
	for i, n := range nums {
		args[i], names[i] = Count(n), strconv.Itoa(i+1)
	}
	return w.fill(t, names, args)
}

// text returns the template of a key, or the key in brackets.
func (w *Words) text(key string) (string, bool) {
	t, ok := w.msgs[key]
	if !ok {
		return "[" + key + "]", false
	}
	return t, true
}

// fill replaces each {name} in a template with its argument, and each
// {name|one|other} with the form its count calls for.
func (w *Words) fill(t string, names []string, args []Arg) string {
	if !strings.Contains(t, "{") {
		return t
	}
	var b strings.Builder
	for {
		i := strings.IndexByte(t, '{')
		if i < 0 {
			b.WriteString(t)
			return b.String()
		}
		j := strings.IndexByte(t[i:], '}')
		if j < 0 {
			b.WriteString(t)
			return b.String()
		}
		b.WriteString(t[:i])
		spec := t[i+1 : i+j]
		t = t[i+j+1:]
		name, forms, plural := strings.Cut(spec, "|")
		k := -1
		for n := range names {
			if names[n] == name {
				k = n
				break
			}
		}
		if k < 0 {
			b.WriteString("{" + spec + "}") // a test catches it
			continue
		}
		if plural {
			one, other, _ := strings.Cut(forms, "|")
			if c, ok := args[k].(Count); ok && c == 1 {
				b.WriteString(one)
			} else {
				b.WriteString(other)
			}
			continue
		}
		b.WriteString(args[k].format(w))
	}
}

// Num writes a whole number with the language's thousands separator.
func (w *Words) Num(n int64) string {
	if n < 0 {
		return "−" + group(strconv.FormatUint(uint64(-n), 10), w.group)
	}
	return group(strconv.FormatInt(n, 10), w.group)
}

// group writes a run of digits in groups of three: "46667" → "46,667".
func group(s, sep string) string {
	if len(s) <= 3 {
		return s
	}
	var b strings.Builder
	lead := len(s) % 3
	if lead > 0 {
		b.WriteString(s[:lead])
	}
	for i := lead; i < len(s); i += 3 {
		if b.Len() > 0 {
			b.WriteString(sep)
		}
		b.WriteString(s[i : i+3])
	}
	return b.String()
}

// Group writes digits as typed into the page's vote fields ("46667" →
// "46,667"); it is what the presets show in the form.
func Group(n int64) string { return group(strconv.FormatInt(n, 10), ",") }

// Pct writes a share as a percentage rounded half up to places decimals,
// every decimal shown ("49.51%", "40.00%"). Rounding happens here and only
// here; a verdict never depends on it.
func (w *Words) Pct(r rules.Ratio, places int) string {
	whole, frac := r.Rounded(100, places)
	s := group(strconv.FormatUint(whole, 10), w.group)
	if places > 0 {
		f := strconv.FormatUint(frac, 10)
		for len(f) < places {
			f = "0" + f
		}
		s += w.decimal + f
	}
	return s + "%"
}

// PctNear writes share r with two decimals, or more where two would make it
// look equal to the line it is compared with (0.5002% is never written
// "0.50%" beside a 0.5% line), and exactly where it is exact.
func (w *Words) PctNear(r, line rules.Ratio) string {
	places := 2
	for places < 6 && r.Cmp(line) != 0 {
		rw, rf := r.Rounded(100, places)
		lw, lf := line.Rounded(100, places)
		if rw != lw || rf != lf {
			break
		}
		places++
	}
	return w.Pct(r, places)
}

// Share writes a statute's share as its percentage, with as few decimals as
// it needs: "1%", "0.5%", "0.015%".
func (w *Words) Share(s rules.Share) string {
	places := 0
	for places < 6 && !s.Ratio().Exact(100, places) {
		places++
	}
	return w.Pct(s.Ratio(), places)
}

// Date writes a date in full: "Tuesday, December 8, 2009".
func (w *Words) Date(d rules.Date) string {
	if d.IsZero() {
		return ""
	}
	t, _ := w.text("date.full")
	return w.fill(t, []string{"weekday", "month", "day", "year"},
		[]Arg{Text(w.days[d.Weekday()]), Text(w.months[d.Month()-1]), Text(strconv.Itoa(d.Day())), Text(strconv.Itoa(d.Year()))})
}

// ShortDate writes a date without its weekday: "December 8, 2009".
func (w *Words) ShortDate(d rules.Date) string {
	if d.IsZero() {
		return ""
	}
	t, _ := w.text("date.short")
	return w.fill(t, []string{"month", "day", "year"},
		[]Arg{Text(w.months[d.Month()-1]), Text(strconv.Itoa(d.Day())), Text(strconv.Itoa(d.Year()))})
}

// Time writes a time of day given in minutes after midnight: "5 p.m.".
func (w *Words) Time(minutes int) string {
	h, m := minutes/60, minutes%60
	key := "time.am"
	if h >= 12 {
		key = "time.pm"
	}
	if h == 12 && m == 0 {
		return w.msgs["time.noon"]
	}
	h12 := h % 12
	if h12 == 0 {
		h12 = 12
	}
	s := strconv.Itoa(h12)
	if m != 0 {
		mm := strconv.Itoa(m)
		if m < 10 {
			mm = "0" + mm
		}
		s += ":" + mm
	}
	t, _ := w.text(key)
	return w.fill(t, []string{"hour"}, []Arg{Text(s)})
}

// List joins items as a sentence does: "A", "A and B", "A, B and C".
func (w *Words) List(items []string) string {
	switch len(items) {
	case 0:
		return ""
	case 1:
		return items[0]
	}
	and, _ := w.text("list.and")
	return strings.Join(items[:len(items)-1], ", ") + " " + and + " " + items[len(items)-1]
}

// Or joins alternatives: "A or B", "A, B or C".
func (w *Words) Or(items []string) string {
	switch len(items) {
	case 0:
		return ""
	case 1:
		return items[0]
	}
	or, _ := w.text("list.or")
	return strings.Join(items[:len(items)-1], ", ") + " " + or + " " + items[len(items)-1]
}

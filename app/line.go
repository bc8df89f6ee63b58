package app

import (
	"slices"
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/recount-explainer/recount/rules"
	"github.com/recount-explainer/recount/words"
)

// line is a sentence and the note numbers of the sources it rests on: each
// fact is cited once, where it is said, and the sources panel at the end
// of the page lists them by kind with their status and date.
type line struct {
	Text string
	Refs []int
	// En are parts of Text, in order, that stay in English whatever the
	// page's language (sources' titles), marked lang="en" on other pages.
	En []string
	g  *glosser // links the page's first uses of glossary terms
}

// text is a sentence that cites nothing.
func text(s string) line { return line{Text: s} }

// cited is a sentence with the notes of its cites.
func (v *view) cited(s string, cites ...[]rules.Cite) line {
	l := line{Text: s, g: v.G}
	for _, cs := range cites {
		for _, c := range cs {
			if n := v.ref(c.Source); n > 0 && !slices.Contains(l.Refs, n) {
				l.Refs = append(l.Refs, n)
			}
		}
	}
	sortStable(l.Refs, func(a, b int) bool { return a < b })
	return l
}

// nodes renders the sentence and its note links.
func (l line) nodes(w *words.Words) []app.UI {
	var out []app.UI
	rest := l.Text
	if w.Lang != words.English {
		for _, en := range l.En {
			if before, after, ok := strings.Cut(rest, en); ok && en != "" {
				out = append(out, l.g.nodes(before)...)
				out = append(out, tx(tag("span", "lang", "en"), en))
				rest = after
			}
		}
	}
	out = append(out, l.g.nodes(rest)...)
	for _, n := range l.Refs {
		s := strconv.Itoa(n)
		out = append(out, app.Text(" "), tx(tag("a", "class", "ref", "href", "#src-"+s, "aria-label", m.SourceNote.In(w, words.Count(int64(n)))), "["+s+"]"))
	}
	return out
}

// p renders the sentence as a paragraph.
func (l line) p(w *words.Words, class string) app.UI {
	p := elem("p").Body(l.nodes(w)...)
	if class != "" {
		p = p.Class(class)
	}
	return p
}

// li renders the sentence as a list item.
func (l line) li(w *words.Words) app.UI { return el(tag("li"), l.nodes(w)...) }

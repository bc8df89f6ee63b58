package app

import (
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/recount-explainer/recount/address"
	"github.com/recount-explainer/recount/words"
)

// glossaryTerms are the glossary's entries, in the order of the page. Each
// has three words in every catalogue: glossary.<id>.term (its name),
// .def (its plain definition) and .match (the word forms, comma-separated,
// that the walkthrough links to the entry).
var glossaryTerms = []string{"recount", "automatic-recount", "recanvass", "canvass", "certification", "margin", "line", "runoff",
	"provisional-ballot", "hand-count", "machine-recount", "risk-limiting-audit", "superintendent", "business-day",
	"election-contest", "write-in", "precinct", "deposit", "waive", "tie"}

// glosser links the first appearance of each glossary term on a page to
// its entry. The zero glosser links nothing; a page makes one per render.
type glosser struct {
	w     *words.Words
	seen  map[string]bool
	forms [][2]string // (lower-case form, term id), longest first
}

// newGlosser prepares the terms' word forms in a language.
func newGlosser(w *words.Words) *glosser {
	g := &glosser{w: w, seen: map[string]bool{}}
	for _, id := range glossaryTerms {
		for _, f := range strings.Split(w.Key("glossary."+id+".match"), ",") {
			if f = strings.TrimSpace(f); f != "" {
				g.forms = append(g.forms, [2]string{strings.ToLower(f), id})
			}
		}
	}
	sortStable(g.forms, func(a, b [2]string) bool { return len(a[0]) > len(b[0]) })
	return g
}

// nodes returns text with the first appearance of each term not yet
// linked on the page made a link to its glossary entry.
func (g *glosser) nodes(text string) []app.UI {
	if g == nil || len(g.forms) == 0 {
		return []app.UI{app.Text(text)}
	}
	lower := strings.ToLower(text)
	if len(lower) != len(text) {
		return []app.UI{app.Text(text)} // a case change moved the bytes: link nothing
	}
	var out []app.UI
	from := 0
	for {
		at, form, id := -1, "", ""
		for _, f := range g.forms {
			if g.seen[f[1]] {
				continue
			}
			if i := wordIndex(lower[from:], f[0]); i >= 0 && (at < 0 || from+i < at) {
				at, form, id = from+i, f[0], f[1]
			}
		}
		if at < 0 {
			break
		}
		g.seen[id] = true
		if at > from {
			out = append(out, app.Text(text[from:at]))
		}
		out = append(out, tx(tag("a", "class", "term", "href", glossaryHref(g.w, id)), text[at:at+len(form)]))
		from = at + len(form)
	}
	if from < len(text) {
		out = append(out, app.Text(text[from:]))
	}
	return out
}

// wordIndex is the first index of form in s as a whole word, or -1.
func wordIndex(s, form string) int {
	for off := 0; ; {
		i := strings.Index(s[off:], form)
		if i < 0 {
			return -1
		}
		i += off
		end := i + len(form)
		if (i == 0 || !isLetter(s[i-1])) && (end == len(s) || !isLetter(s[end])) {
			return i
		}
		off = i + 1
	}
}

// isLetter reports whether a byte is part of a word: an ASCII letter or
// digit, or any byte of a multi-byte (accented) letter.
func isLetter(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b >= 0x80 || b == '-'
}

// glossaryHref is the address of a term's entry, in the page's language.
func glossaryHref(w *words.Words, id string) string {
	return address.LangPath(w.Lang, "/glossary") + "#" + id
}

// glossaryPage is /glossary: every term the walkthrough uses, in plain
// words, each a <dfn> with an id the walkthrough links to. It is rendered
// on the server only, and loads no wasm (Route).
type glossaryPage struct {
	app.Compo
	lang words.Lang
}

func newGlossaryPage() *glossaryPage { return &glossaryPage{} }

// OnPreRender reads the address: the page is rendered on the server only.
func (p *glossaryPage) OnPreRender(ctx app.Context) { p.read(ctx) }

func (p *glossaryPage) read(ctx app.Context) {
	p.lang = address.LangOf(ctx.Page().URL())
	w := words.For(p.lang)
	ctx.Page().SetTitle(m.GlossaryTitle.In(w))
	ctx.Page().SetDescription(m.GlossaryIntro.In(w))
}

func (p *glossaryPage) Render() app.UI {
	w := words.For(p.lang)
	var entries []app.UI
	for _, id := range glossaryTerms {
		entries = append(entries,
			el(tag("dt", "id", id), tx(tag("dfn"), w.Key("glossary."+id+".term"))),
			tx(tag("dd"), w.Key("glossary."+id+".def")))
	}
	return el(tag("div", "id", "explainer", "class", "page glossary"),
		el(tag("header", "class", "masthead"),
			pageLangLink(w, "/glossary"),
			tx(tag("h1"), m.GlossaryTitle.In(w)),
			para("lede", m.GlossaryIntro.In(w)),
		),
		el(tag("main", "id", "main"), el(tag("dl", "class", "glossary-list"), entries...)),
		el(tag("footer", "class", "colophon"), el(tag("p"), tx(tag("a", "href", homeHref(w)), m.TeachBack.In(w)))),
	)
}

// homeHref is the explainer's address in a language.
func homeHref(w *words.Words) string {
	return address.LangPath(w.Lang, "/")
}

// pageLangLink links a page with no race to itself in the other language.
func pageLangLink(w *words.Words, path string) app.UI {
	return langLinkTo(w, address.LangPath(otherLang(w), path))
}

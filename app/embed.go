package app

import (
	"html"
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/recount-explainer/recount/address"
	"github.com/recount-explainer/recount/rules"
	"github.com/recount-explainer/recount/words"
)

// renderEmbed is the page a news site puts in an iframe: the answer in
// words, the margin drawn, where and by when, a link to the whole
// walkthrough that opens outside the frame, every step when the host asks
// (steps=all), the form folded, and a one-line footer naming the source and
// its date. Before the reader touches it, it is plain HTML and its form
// works by round trip; web/embed-child.js loads the wasm on the first touch.
func (e *explainer) renderEmbed() app.UI {
	v := e.v
	w := v.W
	view := v.Addr.View
	root := tag("div", "id", "explainer", "class", "page embed font-"+view.Font, "data-theme", av(view.Dark))
	if view.Accent != "" {
		root = root.Attr("style", "--accent:#"+view.Accent)
	}
	full := v.Addr
	full.View = address.View{Lang: view.Lang}
	var steps app.UI
	if v.R != nil && view.AllSteps {
		steps = walkthrough(v)
	}
	return root.Body(
		el(tag("main", "id", "main"),
			tx(tag("h1", "class", "visually-hidden"), m.PageH1.In(w)),
			app.If(e.crash != "", func() app.UI { return crashNotice(w) }),
			newAnswer().view(v),
			el(tag("p", "class", "embed-more"), tx(tag("a", "href", e.origin+"/?"+full.Canonical(), "target", "_blank", "rel", "noopener"), m.EmbedFullWalkthrough.In(w))),
			steps,
			openIf(tag("details", "id", "embed-form", "class", "embed-form"), e.isOpen("embed-form")).Body(
				tx(tag("summary"), m.EmbedChange.In(w)),
				e.foldedForm(newRaceForm().lang(w.Lang).waiting(v.Loading).race(e.addr.Race).problems(v.Err).rendered(e.canon).
					noWasm(view.NoWasm).seq(e.seq).gen(e.gen)),
			),
			app.If(!app.IsClient, func() app.UI {
				// Before the wasm: a control that makes the embed live without
				// touching the form (web/embed-child.js); it is gone once the
				// wasm renders the page.
				return tx(tag("button", "type", "button", "id", "make-live", "class", "make-live"), m.EmbedMakeLive.In(w))
			}),
			tx(tag("div", "id", "announce", "class", "visually-hidden", "role", "status", "aria-live", "polite"), e.announce),
		),
		el(tag("footer", "class", "embed-footer"), v.footerLine(e.origin)...),
	)
}

// foldedForm is the embed's form as the server sends it folded: its
// fields as markup inside a <noscript>, which costs the host's page no
// layout and no long task (a frame's first form controls cost the browser
// about 100 ms at CPU 4×, measured by make bench). web/embed-child.js puts
// the form in place when the reader unfolds it; a browser without scripts
// shows the <noscript> as it is. Unfolded (a round trip with a problem to
// show), and once the wasm renders, the form is the form.
func (e *explainer) foldedForm(form *raceForm) app.UI {
	if app.IsClient || e.isOpen("embed-form") {
		return form
	}
	return app.Raw(`<noscript class="folded-form">` + app.HTMLString(form) + `</noscript>`)
}

// footerLine is the embed's one line: the law's source, its date, and the
// site.
func (v *view) footerLine(origin string) []app.UI {
	w := v.W
	var out []app.UI
	if v.R != nil {
		if l := v.lawSource(); l.ID != "" {
			out = append(out, app.Text(m.EmbedSource.In(w, words.Text(l.Title), words.ShortDay(l.Checked))+" · "))
		}
	}
	return append(out, tx(tag("a", "href", origin+"/", "target", "_blank", "rel", "noopener"), m.SiteName.In(w)))
}

// lawSource is the source the verdict rests on (see lawLine).
func (v *view) lawSource() rules.Source {
	r := v.R
	f := r.Main()
	var cites []rules.Cite
	switch {
	case len(f.Requested) > 0:
		cites = f.Requested[0].Route.Cite
	case len(f.Automatic) > 0:
		cites = f.Automatic[0].Route.Cite
	case f.Version.Contest != nil:
		cites = f.Version.Contest.Cite
	}
	for _, c := range cites {
		if s, ok := r.Jurisdiction.SourceOf(c.Source); ok {
			return s
		}
	}
	return rules.Source{}
}

// EmbedHeight is the height the snippet gives an embed's iframe before the
// embed reports its own: the prerendered page's height at 375 px, as
// measured in Chromium for the default race (the builder's live preview
// puts the real height into the snippet as soon as it has it).
const EmbedHeight = 640

// Snippet is the HTML an editor pastes to embed a race: an iframe with a
// title, lazy loading, full width and a default height, the host script
// that sizes it, and a plain link for systems that strip iframes, with the
// share card as its picture.
func Snippet(origin string, a address.Address, title string, height int) string {
	page := a
	page.View = address.View{Lang: a.View.Lang}
	embed := origin + "/embed?" + a.Canonical()
	link := ShareLink(origin, a)
	card := origin + "/card.png?" + page.Canonical()
	if id := a.Race.PresetID(); id != "" {
		// A preset's own paths work on a static host too.
		embed = origin + "/embed/" + id + "/"
		if q := a.Query(); len(q) > 1 {
			q.Del("preset")
			embed += "?" + q.Encode()
		}
		card = origin + "/card/" + id + ".png"
	}
	t := html.EscapeString(title)
	return `<iframe src="` + html.EscapeString(embed) + `" title="` + t + `" loading="lazy" width="100%" height="` + strconv.Itoa(height) +
		`" style="width:100%;border:0" allow="clipboard-write" data-recount-embed></iframe>` + "\n" +
		`<script src="` + html.EscapeString(origin) + `/embed.js" async></script>` + "\n" +
		`<noscript><a href="` + html.EscapeString(link) + `"><img src="` + html.EscapeString(card) + `" alt="` + t +
		`" width="1200" height="630" style="max-width:100%;height:auto"></a></noscript>` + "\n" +
		`<p><a href="` + html.EscapeString(link) + `">` + t + `</a></p>`
}

// embedBuilder is "Embed this race" on the full page: the snippet for the
// race on screen, a copy button, a plain link, and a live preview at 375 px
// whose own height goes into the snippet (web/boot.js).
type embedBuilder struct {
	app.Compo
	V      *view
	Origin string
	Open   bool
	// Preview is the preview frame's address.
	Preview string
}

func newEmbedBuilder() *embedBuilder { return &embedBuilder{} }

// view sets the race, the site's origin, whether the section was open, and
// the preview frame's address: preview maps the race's embed address to
// the one to show (explainer.previewSrc).
func (b *embedBuilder) view(v *view, origin string, open bool, preview func(src string) string) *embedBuilder {
	b.V, b.Origin, b.Open = v, origin, open
	b.Preview = preview("/embed?" + embedAddress(v).Query().Encode())
	return b
}

// embedAddress is the race's address as an embed shows it: the wasm is
// never switched off in an embed.
func embedAddress(v *view) address.Address {
	a := v.Addr
	a.View.NoWasm = false
	return a
}

func (b *embedBuilder) Render() app.UI {
	v := b.V
	w := v.W
	a := embedAddress(v)
	title := v.raceLine()
	code := Snippet(b.Origin, a, title, EmbedHeight)
	return openIf(tag("details", "id", "embed-builder", "class", "embed-builder"), b.Open).Body(
		tx(tag("summary"), m.EmbedThisRace.In(w)),
		para("", m.EmbedHow.In(w)),
		tx(tag("label", "for", "embed-code"), m.EmbedCode.In(w)),
		codeArea(code),
		tx(tag("button", "type", "button", "id", "embed-copy", "data-copy", "embed-code", "data-copied", m.EmbedCopied.In(w)), m.EmbedCopy.In(w)),
		tag("p", "id", "embed-copied", "class", "hint", "role", "status", "aria-live", "polite"),
		para("hint", m.EmbedStripped.In(w)),
		tx(tag("h3"), m.EmbedPreview.In(w)),
		tag("iframe", "id", "embed-preview", "src", b.Preview, "title", m.EmbedPreviewTitle.In(w, words.Text(title)), "loading", "lazy", "height", strconv.Itoa(EmbedHeight), "data-recount-embed", "preview"),
	)
}

// codeArea is the snippet's text box: its text in the prerendered page, its
// value in the browser. Once web/boot.js has put the preview's height in
// the code (which sets the box's value), a browser no longer shows changes
// to the text, and the box would keep an earlier race's snippet.
func codeArea(code string) app.UI {
	t := tag("textarea", "id", "embed-code", "readonly", "true", "rows", "6", "spellcheck", "false")
	if app.IsClient {
		return t.Attr("value", code)
	}
	return t.Text(code)
}

// openIf gives a <details> the open attribute when open: go-app would write
// open="false" for false, which a browser reads as open.
func openIf(d app.HTMLElem, open bool) app.HTMLElem {
	if open {
		return d.Attr("open", true)
	}
	return d
}

// RaceTitle names the race an address shows, as its answer box does
// ("Atlanta mayor runoff, Georgia, Tuesday, December 5, 2017: certified
// results."), or the page's own title when the address has input errors.
func RaceTitle(a address.Address) string {
	v := evaluate(a, today())
	if v.R == nil {
		return m.PageTitle.In(v.W)
	}
	return v.raceLine()
}

// Card is what a race's share card says: the race, the verdict in words,
// the margin against the lines, and the date the law was checked. The
// server draws it (server/card.go); it is here so that the card and the
// page say the same thing.
type Card struct {
	Title    string // the page's question, in the reader's language
	Race     string
	Kind     string // the verdict's class: yes, no, depends, tie, runoff, done
	Headline string
	Marks    []CardMark
	Footer   string
}

// CardMark is a point on the card's number line.
type CardMark struct {
	Votes int64
	Label string
	Class string // "margin", "automatic", "free", "paid", "request"
}

// CardOf returns the share card of an address.
func CardOf(a address.Address) Card {
	v := evaluate(a, today())
	w := v.W
	if v.R == nil {
		return Card{Title: m.PageH1.In(w), Race: m.PageTitle.In(w), Kind: "pending", Headline: m.AnswerPending.In(w), Footer: m.SiteName.In(w)}
	}
	l := ledeOf(v)
	c := Card{Title: m.PageH1.In(w), Race: v.raceLine(), Kind: l.Kind, Headline: l.Headline}
	ms, _ := v.marks()
	for _, mk := range ms {
		c.Marks = append(c.Marks, CardMark{mk.votes, mk.label, mk.class})
	}
	c.Footer = m.SiteName.In(w)
	if s := v.lawSource(); s.ID != "" {
		c.Footer = m.EmbedSource.In(w, words.Text(s.Title), words.ShortDay(s.Checked)) + " · " + c.Footer
	}
	return c
}

// ShareLink is the address to share for a race: a preset's own page
// (/race/<id>/, which a static host serves too) or the page with the race
// in its query, in the reader's language (/es/… for Spanish); no other part
// of the view.
func ShareLink(origin string, a address.Address) string {
	return origin + address.Address{Race: a.Race, View: address.View{Lang: a.View.Lang}}.Path()
}

package app

import (
	"fmt"
	"net/url"
	"slices"
	"strings"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/recount-explainer/recount/address"
	"github.com/recount-explainer/recount/rules"
	"github.com/recount-explainer/recount/words"
)

// addressDelay is how soon after the last keystroke the address is
// rewritten.
const addressDelay = 150 * time.Millisecond

// actionLawRetry is posted by the answer's "try again" button when the law
// of the race's state could not be fetched.
const actionLawRetry = "law/retry"

// actionEdit is posted by the race form with the whole edited race as its
// value; the explainer handles it once.
const actionEdit = "race/edit"

// explainer is the page: it owns the address shown, reads it from the URL,
// evaluates it, and keeps the URL in step with what the reader types.
type explainer struct {
	app.Compo

	addr     address.Address
	v        *view
	query    string // the URL query the race was loaded from or last written to
	path     string
	canon    string // the canonical query of the address shown
	crash    string
	announce string
	typing   int  // bumps per edit, to debounce the announcement
	adopted  bool // the form holds values typed before the wasm took over
	loaded   bool
	seq      int    // the number of the form's last edit applied
	gen      int    // bumps whenever a race is loaded from the URL
	embed    bool   // the embed layout (/embed)
	origin   string // scheme and host, for the snippets
	// focus is the id of the field that had the focus in the prerendered
	// page when the wasm took over, and open the ids of its open
	// <details>: both are given back after the takeover.
	focus string
	open  []string
	// fetching: the law of a state the wasm has not got is on its way
	// (needLaw); lawFailed: the last fetch of it failed.
	fetching, lawFailed bool
	// waiting: in the browser, typing has not paused yet (and, at
	// takeover, the page is not yet live). The parts a reader does not
	// watch while typing wait for the pause: the handout's QR code (qrKey
	// and qrSVG hold the last one drawn, see handoutQR) and the snippet
	// builder's preview frame (preview is the address it shows, see
	// previewSrc).
	waiting      bool
	qrKey, qrSVG string
	preview      string
}

func newExplainer() *explainer { return &explainer{} }

// today is the date the page tells its tense by.
func today() rules.Date {
	t := time.Now()
	return rules.NewDate(t.Year(), t.Month(), t.Day())
}

// OnInit reads the race in the browser before the first render, so that the
// browser's first render equals the prerendered page (no layout shift at
// takeover). Values the reader typed into the prerendered form before the
// wasm arrived win over the URL.
func (e *explainer) OnInit() {
	defer e.recover()
	if !app.IsClient {
		return
	}
	u := app.Window().URL()
	e.load(u)
	if typed, ok := typedBeforeTakeover(e.canon); ok && !typed.Equal(e.addr.Race) {
		e.addr.Race = typed
		e.adopted = true
		e.evaluate()
	}
	e.focus, e.open = focusBeforeTakeover()
	e.waiting = true
}

// OnPreRender reads the race on the server, from the request's URL.
func (e *explainer) OnPreRender(ctx app.Context) {
	defer e.recover()
	e.load(ctx.Page().URL())
	e.setMeta(ctx)
}

// OnNav follows navigation to another race (a preset link, back and
// forward). Re-reading the URL it wrote itself is skipped.
func (e *explainer) OnNav(ctx app.Context) {
	defer e.recover()
	u := ctx.Page().URL()
	if !e.loaded || u.RawQuery != e.query || u.Path != e.path {
		e.load(u)
	}
	e.setMeta(ctx)
	if app.IsClient && e.v != nil && e.v.W != nil {
		setLang(e.v.W.Lang)
		e.needLaw(ctx)
	}
}

// OnMount runs in the browser once the wasm has taken over the page.
func (e *explainer) OnMount(ctx app.Context) {
	defer e.recover()
	ctx.Handle(actionEdit, e.onEdit)
	ctx.Handle(actionGuess, e.onGuess)
	ctx.Handle(actionLawRetry, func(ctx app.Context, _ app.Action) {
		e.lawFailed = false
		e.evaluate() // says "loading" again while it tries
		e.needLaw(ctx)
	})
	if app.Window().URL().Query().Get("debug") == "crash" {
		// A test hook: end the Go program the way an unrecovered panic
		// would, so the end-to-end tests can see the page report it.
		ctx.Async(func() { panic("debug=crash: a deliberate test panic") })
	}
	if e.adopted {
		e.writeAddress(ctx) // typed before takeover: the URL follows
	}
	restoreFocus(e.focus)
	e.needLaw(ctx) // a state picked before the takeover
	ready(e.v.W.Lang)
	ctx.After(addressDelay, func(app.Context) { e.waiting = false })
}

func (e *explainer) load(u *url.URL) {
	e.loaded = true
	e.gen++
	e.query, e.path = u.RawQuery, u.Path
	e.embed = address.IsEmbed(u.Path)
	e.origin = originOf(u)
	e.addr = address.Parse(u)
	e.evaluate()
}

func (e *explainer) evaluate() {
	e.addr.Preset = e.addr.Race.PresetID()
	e.canon = e.addr.Canonical()
	e.v = evaluate(e.addr, today())
	e.v.LawFailed = e.v.Loading && e.lawFailed
}

// needLaw fetches, without holding up the page, the whole law when the
// race names a state whose law the wasm has not got (it starts with the
// law of the state it was loaded for), and shows the race again once it
// is there. Meanwhile the answer says it is loading; the reader may go on
// typing. The whole law (57 KB) rather than one state's line (2 KB): the
// next state picked, and the comparison, are then at hand, offline too.
//
// After a failed fetch it waits for the reader's "try again" (retry), not
// the next keystroke: offline, every keystroke would fetch again.
func (e *explainer) needLaw(ctx app.Context) {
	if !e.v.Loading || e.fetching || e.lawFailed {
		return
	}
	e.fetching = true
	ctx.Async(func() {
		err := loadLaw("")
		ctx.Dispatch(func(ctx app.Context) {
			defer e.recover()
			e.fetching, e.lawFailed = false, err != nil
			if err != nil {
				app.Log(err)
			}
			e.evaluate()
			if e.v.R != nil {
				e.announce = e.summary()
			}
		})
	})
}

func (e *explainer) setMeta(ctx app.Context) {
	w := e.v.W
	if e.v.R != nil {
		ctx.Page().SetTitle(m.PageTitleRace.In(w, words.Text(e.v.raceLine())))
		ctx.Page().SetDescription(ledeOf(e.v).Headline + " " + m.PageDescription.In(w))
		return
	}
	ctx.Page().SetTitle(m.PageTitle.In(w))
	ctx.Page().SetDescription(m.PageDescription.In(w))
}

func (e *explainer) onEdit(ctx app.Context, a app.Action) {
	defer e.recover()
	ed, ok := a.Value.(edited)
	if !ok {
		return
	}
	e.addr.Race, e.seq = ed.Race, ed.Seq
	e.addr.Unknown = ""
	e.evaluate()
	e.needLaw(ctx)
	// The URL and the screen-reader announcement follow once typing pauses:
	// history.replaceState costs 1–7 ms a call in Chromium (make bench), and
	// Chromium throttles a page that calls it hundreds of times.
	e.typing++
	e.waiting = true
	n := e.typing
	ctx.After(addressDelay, func(ctx app.Context) {
		if n == e.typing {
			e.writeAddress(ctx)
			e.waiting = false
		}
	})
	ctx.After(700*time.Millisecond, func(ctx app.Context) {
		if n == e.typing {
			e.announce = e.summary()
		}
	})
}

// onGuess reveals the walkthrough marked against the student's guesses,
// puts the guesses in the address, and takes the focus to the marks.
func (e *explainer) onGuess(ctx app.Context, a app.Action) {
	defer e.recover()
	g, ok := a.Value.(address.Guess)
	if !ok || !g.Committed() {
		return
	}
	e.addr.View.Guess = g
	e.evaluate()
	e.needLaw(ctx)
	e.writeAddress(ctx)
	ctx.Defer(func(app.Context) {
		if el := app.Window().GetElementByID("guess-result-title"); el.Truthy() {
			el.Set("tabIndex", -1)
			el.Call("focus")
		}
	})
}

// writeAddress replaces (never pushes) the URL with the race's query.
func (e *explainer) writeAddress(ctx app.Context) {
	u := *ctx.Page().URL()
	u.RawQuery = e.canon
	e.query, e.path = u.RawQuery, u.Path
	ctx.Page().ReplaceURL(&u)
}

// summary is the short sentence the status region announces.
func (e *explainer) summary() string {
	if e.v.Loading {
		return m.LawLoading.In(e.v.W, words.Text(stateName(e.v.W, e.addr.Race.State)))
	}
	if e.v.R == nil {
		return m.AnnounceError.In(e.v.W)
	}
	return ledeOf(e.v).Headline
}

// recover turns a panic in this component's code into a visible message
// with a reload link, and keeps the Go program (and the page) alive.
func (e *explainer) recover() {
	if r := recover(); r != nil {
		e.crash = fmt.Sprint(r)
		app.Log("recovered:", r)
	}
}

func (e *explainer) Render() (ui app.UI) {
	defer func() {
		if r := recover(); r != nil {
			e.crash = fmt.Sprint(r)
			ui = crashNotice(words.For(e.addr.View.Lang))
		}
	}()
	if !e.loaded {
		return tag("div", "id", "explainer", "class", "page")
	}
	v := e.v
	w := v.W
	if e.embed {
		return e.renderEmbed()
	}
	base := rules.Certification
	if v.R != nil && v.R.Deadline != nil {
		base = v.R.Deadline.Rule.From
	}
	v.G = newGlosser(w) // each render links each term once, from the top
	g := e.addr.View.Guess
	if g.On && !g.Committed() && v.R != nil {
		// Guess first: the count, and the question; the answer and the
		// steps wait until the student commits.
		return el(tag("div", "id", "explainer", "class", "page guessing", "data-crash", m.PageCrash.In(w), "data-reload", m.PageReload.In(w)),
			masthead(w, e.addr),
			el(tag("main", "id", "main"),
				app.If(e.crash != "", func() app.UI { return crashNotice(w) }),
				para("race-line", v.raceLine()),
				el(tag("section", "aria-labelledby", "steps-title"),
					tx(tag("h2", "id", "steps-title"), m.StepsTitle.In(w)),
					el(tag("ol", "class", "steps"), newCountStep().view(v)),
				),
				newGuessForm().addr(e.addr),
				para("hidden-note", m.GuessHidden.In(w)),
			),
			colophon(w, e.addr),
		)
	}
	return el(tag("div", "id", "explainer", "class", "page", "data-crash", m.PageCrash.In(w), "data-reload", m.PageReload.In(w)),
		masthead(w, e.addr),
		el(tag("main", "id", "main"),
			app.If(e.crash != "", func() app.UI { return crashNotice(w) }),
			// What comes and goes before the form sits in a wrapper that is
			// always there: go-app matches children by position, and a child
			// that vanished would make it rebuild the form under the reader's
			// fingers (losing the focus and what is being typed).
			el(tag("div", "class", "slot"), app.If(g.Committed() && v.R != nil, func() app.UI { return guessResult(v, g) })),
			newAnswer().view(v),
			el(tag("div", "class", "slot"), app.If(v.R != nil, func() app.UI { return printLinks(v, e.addr) })),
			el(tag("section", "class", "race no-print", "aria-labelledby", "race-title"),
				tx(tag("h2", "id", "race-title"), m.FormTitle.In(w)),
				newPresetList().lang(w.Lang).current(e.addr.Preset),
				newRaceForm().lang(w.Lang).waiting(v.Loading).race(e.addr.Race).problems(v.Err).base(base).rendered(e.canon).
					noWasm(e.addr.View.NoWasm).seq(e.seq).gen(e.gen),
			),
			app.If(v.R != nil, func() app.UI { return walkthrough(v) }),
			app.If(v.R != nil, func() app.UI { return newSourcesPanel().view(v) }),
			app.If(v.R != nil, func() app.UI { return newEmbedBuilder().view(v, e.origin, e.isOpen("embed-builder"), e.previewSrc) }),
			app.If(v.R != nil, func() app.UI { return handout(v, e.addr, e.origin, e.handoutQR) }),
			tx(tag("div", "id", "announce", "class", "visually-hidden", "role", "status", "aria-live", "polite"), e.announce),
		),
		colophon(w, e.addr),
	)
}

// handoutQR returns the handout's QR code of link, drawn by qrSVG. On the
// server it is drawn at once. In the browser it is drawn once typing
// pauses, and again only when the link or its label changes: a long
// address's code takes milliseconds to encode and tens of kilobytes of
// markup, which every keystroke would pay for a part of the page only
// printing shows. Until then it is "" and the handout has the link alone.
func (e *explainer) handoutQR(link, label string) string {
	if e.waiting {
		return ""
	}
	if key := link + "\n" + label; key != e.qrKey {
		e.qrKey, e.qrSVG = key, qrSVG(link, label)
	}
	return e.qrSVG
}

// previewSrc is the address the snippet builder's preview frame shows for
// src, the current race's. In the browser it follows once typing pauses,
// as the QR code does: every new address loads the embed page in the frame
// again, a page load per keystroke for an editor typing with the builder
// open. On the server, and before any typing, it is src.
func (e *explainer) previewSrc(src string) string {
	if !e.waiting || e.preview == "" {
		e.preview = src
	}
	return e.preview
}

// masthead is the page's title and lede, with the link to the same page in
// the other language.
func masthead(w *words.Words, a address.Address) app.UI {
	return el(tag("header", "class", "masthead"),
		langLink(w, a),
		tx(tag("h1"), m.PageH1.In(w)),
		para("lede", m.PageLede.In(w)),
	)
}

// langLink links to the same address in the other language: only the
// language changes.
func langLink(w *words.Words, a address.Address) app.UI {
	b := a
	b.View.Lang = otherLang(w)
	return langLinkTo(w, b.Path())
}

// otherLang is the language the language link offers.
func otherLang(w *words.Words) words.Lang {
	if w.Lang == words.Spanish {
		return words.English
	}
	return words.Spanish
}

// langLinkTo is the link to href, the same page in the other language,
// named in that language (none while the page speaks one language).
func langLinkTo(w *words.Words, href string) app.UI {
	if len(words.Langs) < 2 {
		return nil
	}
	other := otherLang(w)
	return el(tag("p", "class", "lang-link no-print"),
		tx(tag("a", "id", "lang-link", "href", href, "hreflang", string(other), "lang", string(other)), m.LangLink.In(w)),
	)
}

// colophon is the page's footer: what the page is not, its privacy, and
// the classroom pages.
func colophon(w *words.Words, a address.Address) app.UI {
	return el(tag("footer", "class", "colophon"),
		para("", m.PageNotAdvice.In(w)),
		para("", m.PagePrivacy.In(w)),
		el(tag("p", "class", "no-print"),
			tx(tag("a", "href", address.LangPath(a.View.Lang, "/teach")), m.TeachLink.In(w)), app.Text(" · "),
			tx(tag("a", "href", address.LangPath(a.View.Lang, "/glossary")), m.GlossaryLink.In(w)),
		),
	)
}

// walkthrough is the seven steps. Where nobody may ask (or the recount has
// been done), the steps about asking fold under a summary, so a reader does
// not take a deadline as theirs.
func walkthrough(v *view) app.UI {
	w := v.W
	r := v.R
	open := r.Request == rules.Yes || r.Request == rules.Depends || r.Automatic == rules.Yes || r.Automatic == rules.Depends
	summary := m.FoldedSteps.In(w)
	if r.Race.Stage == rules.Recounted {
		summary = m.FoldedStepsRecounted.In(w)
	}
	// The steps about asking sit in the same <details> whether folded or
	// not: open, and without its summary, when they apply. go-app compares
	// children by place, so a keystroke that folds or unfolds them updates
	// the four steps where they are instead of building them again.
	middle := tag("details", "class", "folded")
	if open && r.Race.Stage != rules.Recounted {
		middle = middle.Class("unfolded").Attr("open", true)
	}
	middle = middle.Body(tx(tag("summary"), summary), el(tag("ol", "class", "steps", "start", "3"),
		newWhoStep().view(v), newWhereStep().view(v), newWhenStep().view(v), newDuringStep().view(v)))
	return el(tag("section", "id", "walkthrough", "class", "walkthrough", "aria-labelledby", "steps-title"),
		tx(tag("h2", "id", "steps-title"), m.StepsTitle.In(w)),
		el(tag("ol", "class", "steps"), newCountStep().view(v), newMarginStep().view(v)),
		middle,
		app.If(v.showHistory(), func() app.UI {
			return el(tag("ol", "class", "steps", "start", "7"), newHistoryStep().view(v))
		}),
	)
}

// crashNotice is the visible message shown after a recovered panic.
func crashNotice(w *words.Words) app.UI {
	return el(tag("div", "id", "crash", "class", "crash", "role", "alert"),
		para("", m.PageCrash.In(w)),
		tag("a", "href", "").Text(m.PageReload.In(w)).OnClick(func(ctx app.Context, e app.Event) {
			e.PreventDefault()
			app.Window().Get("location").Call("reload")
		}),
	)
}

// isOpen reports whether a <details> was open in the prerendered page when
// the wasm took over.
func (e *explainer) isOpen(id string) bool { return slices.Contains(e.open, id) }

// originOf is the scheme and host of the page's own address, for absolute
// links in snippets: the browser's own, or on the server the public host
// the server puts in the request (https, but on a machine's own loopback).
func originOf(u *url.URL) string {
	if u.Host == "" {
		return ""
	}
	scheme := "https"
	if app.IsClient {
		scheme = strings.TrimSuffix(app.Window().Get("location").Get("protocol").String(), ":")
	} else if h := u.Hostname(); h == "localhost" || strings.HasPrefix(h, "127.") || h == "::1" {
		scheme = "http"
	}
	return scheme + "://" + u.Host
}

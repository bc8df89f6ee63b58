package ui

import (
	"fmt"
	"net/url"
	"strings"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/recount-explainer/recount/rules"
)

// addressDelay is how soon after the last keystroke the address is
// rewritten.
const addressDelay = 150 * time.Millisecond

// actionEdit is posted by the race form with the whole edited Form as its
// value; the explainer handles it once.
const actionEdit = "race/edit"

// Route registers the page's components with go-app. Both the server
// (prerendering) and the browser (wasm) call it.
//
// A preset's own address, /race/<id>/, is a pattern on the server. The
// browser routes only the address it was loaded at (every link on the page
// keeps that path): compiling the pattern's regexp at start-up cost about
// 90 ms of a phone's first visit (CPU 4×, profiled with make bench).
func Route() {
	page := func() app.Composer { return newExplainer() }
	app.Route("/", page)
	app.Route("/index.html", page)
	if !app.IsClient {
		app.RouteWithRegexp(`^/race/[a-z0-9-]+/?$`, page)
		return
	}
	path := app.Window().URL().Path
	if i := strings.LastIndex(path, "/race/"); i >= 0 {
		if _, ok := racePreset(path); ok {
			app.Route(path[i:], page) // go-app routes the path without a sub-path prefix
		}
	}
}

// racePreset returns the preset id of a preset's own address, /race/<id>/
// (after any sub-path prefix), which a static host can serve prerendered.
func racePreset(path string) (string, bool) {
	path = strings.TrimSuffix(path, "/")
	i := strings.LastIndex(path, "/race/")
	if i < 0 {
		return "", false
	}
	id := path[i+len("/race/"):]
	if id == "" || strings.Contains(id, "/") {
		return "", false
	}
	return id, true
}

// explainer is the page: it owns the race being explained, reads it from
// the address, evaluates it with package rules, and keeps the address in
// step with what the reader types.
type explainer struct {
	app.Compo

	form     Form
	query    string // the address query form was loaded from or last written to
	result   rules.Result
	err      error
	crash    string
	announce string
	typing   int  // bumps per edit, to debounce the screen-reader announcement
	adopted  bool // the form holds values typed before the wasm took over
	loaded   bool
	path     string
	noWasm   bool   // ?wasm=false: the form keeps the page in no-wasm mode
	presetID string // the preset the form equals, or ""
	canon    string // the canonical query of the race shown
	seq      int    // the number of the form's last edit applied
	gen      int    // bumps whenever a race is loaded from the address
}

func newExplainer() *explainer { return &explainer{} }

// OnInit reads the race in the browser before the first render, so that
// the browser's first render equals the prerendered page (no layout shift
// at takeover). Values the reader typed into the prerendered form before
// the wasm arrived win over the address.
func (e *explainer) OnInit() {
	defer e.recover()
	if !app.IsClient {
		return
	}
	u := app.Window().URL()
	e.load(u)
	if typed, ok := typedBeforeTakeover(CanonicalQuery(u)); ok && !typed.Equal(e.form) {
		e.form = typed
		e.adopted = true
		e.evaluate()
	}
}

// OnPreRender reads the race on the server, from the request's address.
func (e *explainer) OnPreRender(ctx app.Context) {
	defer e.recover()
	e.load(ctx.Page().URL())
	e.setMeta(ctx)
}

// OnNav follows navigation to another race (a preset link, back and
// forward). Re-reading the address it wrote itself is skipped.
func (e *explainer) OnNav(ctx app.Context) {
	defer e.recover()
	u := ctx.Page().URL()
	if !e.loaded || u.RawQuery != e.query || u.Path != e.path {
		e.load(u)
	}
	e.setMeta(ctx)
}

// OnMount runs in the browser once the wasm has taken over the page.
func (e *explainer) OnMount(ctx app.Context) {
	defer e.recover()
	ctx.Handle(actionEdit, e.onEdit)
	if app.Window().URL().Query().Get("debug") == "crash" {
		// A test hook: end the Go program the way an unrecovered panic
		// would, so the end-to-end tests can see the page report it.
		ctx.Async(func() { panic("debug=crash: a deliberate test panic") })
	}
	if e.adopted {
		e.writeAddress(ctx) // typed before takeover: the address follows
	}
	app.Window().Get("document").Get("documentElement").Call("setAttribute", "data-app", "ready")
	app.Window().Get("performance").Call("mark", "app-ready")
}

func (e *explainer) load(u *url.URL) {
	e.loaded = true
	e.gen++
	e.query, e.path = u.RawQuery, u.Path
	e.form, e.noWasm = formOf(u)
	e.evaluate()
}

// formOf reads the race an address names: its query, or the preset its
// path names (/race/<id>/), and whether it asks for no wasm.
func formOf(u *url.URL) (f Form, noWasm bool) {
	q := u.Query()
	if id, ok := racePreset(u.Path); ok && !q.Has("preset") {
		q.Set("preset", id)
	}
	f, _ = ParseQuery(q)
	return f, q.Get("wasm") == "false"
}

// CanonicalQuery is the address's race in canonical form: the same for
// every address that shows the same page (parameters in any order, a
// preset by id or in full, with or without a news host's tracking
// parameters). The server caches pages under it, and the prerendered form
// records it so the browser can tell whether its values belong to the
// address.
func CanonicalQuery(u *url.URL) string {
	f, noWasm := formOf(u)
	q := f.Query()
	if noWasm {
		q.Set("wasm", "false")
	}
	return q.Encode()
}

func (e *explainer) evaluate() {
	e.presetID = e.form.PresetID()
	q := e.form.Query()
	if e.noWasm {
		q.Set("wasm", "false")
	}
	e.canon = q.Encode()
	race, err := e.form.Race()
	if err == nil {
		e.result, err = rules.Evaluate(race)
	}
	e.err = err
}

func (e *explainer) setMeta(ctx app.Context) {
	w := wordsFor(e.form.Lang)
	ctx.Page().SetTitle(w.t("page.title"))
	ctx.Page().SetDescription(w.t("page.description"))
}

func (e *explainer) onEdit(ctx app.Context, a app.Action) {
	defer e.recover()
	ed, ok := a.Value.(edited)
	if !ok {
		return
	}
	e.form, e.seq = ed.Form, ed.Seq
	e.evaluate()
	// The address and the screen-reader announcement follow once typing
	// pauses: history.replaceState costs 1–7 ms a call in Chromium (measured
	// with make bench), too much for every keystroke's frame, and Chromium
	// throttles a page that calls it hundreds of times in a few seconds.
	e.typing++
	n := e.typing
	ctx.After(addressDelay, func(ctx app.Context) {
		if n == e.typing {
			e.writeAddress(ctx)
		}
	})
	ctx.After(700*time.Millisecond, func(ctx app.Context) {
		if n == e.typing {
			e.announce = e.summary()
		}
	})
}

// writeAddress replaces (never pushes) the address with the race's query.
func (e *explainer) writeAddress(ctx app.Context) {
	u := *ctx.Page().URL()
	u.RawQuery = e.canon
	e.query, e.path = u.RawQuery, u.Path
	ctx.Page().ReplaceURL(&u)
}

// summary is the short sentence the status region announces.
func (e *explainer) summary() string {
	w := wordsFor(e.form.Lang)
	switch {
	case e.err != nil:
		return w.t("announce.err")
	case len(e.result.Checks) == 0:
		return w.t("verdict.noloser")
	case e.result.Eligible:
		return w.t("announce.yes", w.num(e.result.Checks[0].Margin), w.num(e.result.Threshold.Votes))
	}
	return w.t("announce.no", w.num(e.result.Checks[0].Margin), w.num(e.result.Threshold.Votes))
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
			ui = crashNotice(wordsFor(e.form.Lang))
		}
	}()
	w := wordsFor(e.form.Lang)
	var problems rules.InputErrors
	if es, ok := e.err.(rules.InputErrors); ok {
		problems = es
	}
	if !e.loaded {
		return app.Div().ID("explainer").Class("page")
	}
	valid := e.err == nil
	return app.Div().ID("explainer").Class("page").Body(
		elem("header").Class("masthead").Body(
			elem("h1").Text(w.t("page.h1")),
			app.P().Class("lede").Text(w.t("page.lede")),
		),
		elem("main").ID("main").Body(
			app.If(e.crash != "", func() app.UI { return crashNotice(w) }),
			elem("section").ID("answer").Class("answer").Aria("labelledby", "verdict-title").Body(
				newVerdict().lang(w.lang).result(e.result, valid, problems),
			),
			elem("section").Class("race").Aria("labelledby", "race-title").Body(
				elem("h2").ID("race-title").Text(w.t("form.title")),
				newPresetList().lang(w.lang).current(e.presetID),
				newRaceForm().lang(w.lang).form(e.form).problems(problems).rendered(e.canon).noWasm(e.noWasm).
					seq(e.seq).gen(e.gen),
			),
			app.If(valid, func() app.UI {
				return elem("section").ID("walkthrough").Class("walkthrough").Aria("labelledby", "steps-title").Body(
					elem("h2").ID("steps-title").Text(w.t("steps.title")),
					elem("ol").Class("steps").Body(
						newCountStep().lang(w.lang).result(e.result),
						newMarginStep().lang(w.lang).result(e.result),
						newWhoStep().lang(w.lang).result(e.result),
						newWhereStep().lang(w.lang).result(e.result),
						newWhenStep().lang(w.lang).result(e.result),
						newDuringStep().lang(w.lang).result(e.result),
						newHistoryStep().lang(w.lang).result(e.result),
					),
				)
			}),
			app.Div().ID("announce").Class("visually-hidden").Role("status").Aria("live", "polite").Text(e.announce),
		),
		elem("footer").Class("colophon").Body(
			app.P().Text(w.t("page.notadvice")),
			app.P().Text(w.t("page.sources")),
			app.P().Text(w.t("footer.code")),
		),
	)
}

// crashNotice is the visible message shown after a recovered panic.
func crashNotice(w *words) app.UI {
	return app.Div().ID("crash").Class("crash").Role("alert").Body(
		app.P().Text(w.t("page.crash")),
		elem("a").Attr("href", "").Text(w.t("page.reload")).OnClick(func(ctx app.Context, e app.Event) {
			e.PreventDefault()
			app.Window().Get("location").Call("reload")
		}),
	)
}

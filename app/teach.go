package app

import (
	"net/url"
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/recount-explainer/recount/address"
	"github.com/recount-explainer/recount/races"
	"github.com/recount-explainer/recount/rules/law"
	"github.com/recount-explainer/recount/words"
)

// teachRaces are the presets the lesson is built on: the guess, the
// misconception (election night against certified), and famous recounts.
var teachRaces = []string{"atlanta-2017-runoff-certified", "atlanta-2017-runoff-unofficial", "georgia-2020-president-certified",
	"fl-2000-president-certified", "mn-2008-us-senate-certified", "va-2017-hod-94-unofficial"}

// teachPage is /teach: a 45-minute lesson in three parts built on the
// presets, and a link builder that shows a class link as a QR code. The
// builder is a GET form (race, guess, key) the server answers: the page is
// rendered on the server only, and loads no wasm (Route).
type teachPage struct {
	app.Compo
	lang   words.Lang
	race   string
	guess  bool
	key    bool
	origin string
}

func newTeachPage() *teachPage { return &teachPage{} }

// OnPreRender reads the address: the page is rendered on the server only.
func (p *teachPage) OnPreRender(ctx app.Context) { p.read(ctx) }

func (p *teachPage) read(ctx app.Context) {
	p.readURL(ctx.Page().URL())
	w := words.For(p.lang)
	ctx.Page().SetTitle(m.TeachTitle.In(w))
	ctx.Page().SetDescription(m.TeachIntro.In(w))
}

func (p *teachPage) readURL(u *url.URL) {
	q := u.Query()
	p.lang = address.LangOf(u)
	p.race = ""
	if _, ok := races.ByID(q.Get("race")); ok {
		p.race = q.Get("race")
	}
	p.guess, p.key = q.Get("guess") == "on", q.Get("key") == "on"
	p.origin = originOf(u)
}

// raceLink is the explainer's address for a preset in the page's language,
// in guess mode or not.
func (p *teachPage) raceLink(id string, guess, key bool) string {
	a := address.Parse(&url.URL{RawQuery: url.Values{"preset": {id}}.Encode()})
	a.View.Lang = p.lang
	a.View.Guess.On = guess
	a.View.Key = key
	return p.origin + a.Path()
}

// presetName names a preset as the race lists do: the race, its state and
// year, and the stage of its figures.
func presetName(w *words.Words, id string) string {
	pr, _ := races.ByID(id)
	name := w.Key("race." + pr.RaceID)
	if law.ByCode(pr.Race.State) != nil {
		name += ", " + stateName(w, pr.Race.State)
	}
	return m.PresetLabel.In(w, words.Text(name), words.Text(strconv.Itoa(pr.Race.Election.Year())), words.Text(w.Key("stage."+string(pr.Stage))))
}

func (p *teachPage) Render() app.UI {
	w := words.For(p.lang)
	link := func(href, text string) app.UI { return tx(tag("a", "href", href), text) }
	li := func(s string) app.UI { return tx(tag("li"), s) }
	compare := "/compare?preset=atlanta-2017-runoff-certified"
	if p.lang != words.English {
		compare += "&lang=" + string(p.lang)
	}
	teach := address.LangPath(p.lang, "/teach")
	var raceLinks []app.UI
	for _, id := range teachRaces {
		name := presetName(w, id)
		raceLinks = append(raceLinks, el(tag("li"),
			link(p.raceLink(id, false, false), name), app.Text(" · "),
			link(p.raceLink(id, true, false), m.GuessTitle.In(w)),
		))
	}
	all, _ := races.All()
	options := make([]app.UI, 0, len(all))
	for _, pr := range all {
		o := tag("option", "value", pr.ID).Text(presetName(w, pr.ID))
		if pr.ID == p.race {
			o = o.Attr("selected", true)
		}
		options = append(options, o)
	}
	check := func(id, label string, on bool) app.UI {
		in := tag("input", "id", id, "type", "checkbox", "name", id[len("teach-"):], "value", "on")
		if on {
			in = in.Attr("checked", true)
		}
		return el(tag("div", "class", "choice"), in, tx(tag("label", "for", id), label))
	}
	var built app.UI
	if p.race != "" {
		l := p.raceLink(p.race, p.guess, p.key)
		built = tag("div", "id", "class-link", "class", "class-link").Body(
			el(tag("p"), app.Text(m.TeachBuilderLink.In(w)+" "), tx(tag("a", "id", "built-link", "href", l), l)),
			app.Raw(qrSVG(l, m.HandoutQR.In(w, words.Text(presetName(w, p.race))))),
			para("", m.TeachBuilderQR.In(w)),
		)
	}
	section := func(id, title string, body ...app.UI) app.UI {
		return el(tag("section", "aria-labelledby", id), append([]app.UI{tx(tag("h2", "id", id), title)}, body...)...)
	}
	var hidden []app.UI
	if p.lang != words.English {
		hidden = append(hidden, tag("input", "type", "hidden", "name", "lang", "value", string(p.lang)))
	}
	return el(tag("div", "id", "explainer", "class", "page teach"),
		el(tag("header", "class", "masthead"),
			pageLangLink(w, "/teach"),
			tx(tag("h1"), m.TeachTitle.In(w)),
			para("lede", m.TeachIntro.In(w)),
		),
		el(tag("main", "id", "main"),
			section("teach-objectives", m.TeachObjectives.In(w), el(tag("ul"),
				li(m.TeachObjective1.In(w)), li(m.TeachObjective2.In(w)), li(m.TeachObjective3.In(w)), li(m.TeachObjective4.In(w)))),
			section("teach-races", m.TeachRaces.In(w), el(tag("ul"), raceLinks...)),
			section("teach-part1", m.TeachPart1.In(w), para("", m.TeachPart1Text.In(w)),
				el(tag("p"), link(p.raceLink("atlanta-2017-runoff-certified", true, false), m.TeachGuessLink.In(w, words.Text(presetName(w, "atlanta-2017-runoff-certified")))))),
			section("teach-part2", m.TeachPart2.In(w), para("", m.TeachPart2Text.In(w)),
				el(tag("p"), link(p.raceLink("atlanta-2017-runoff-certified", false, false), presetName(w, "atlanta-2017-runoff-certified")), app.Text(" · "),
					link(p.raceLink("atlanta-2017-runoff-certified", false, true), m.HandoutPrintKey.In(w)))),
			section("teach-part3", m.TeachPart3.In(w), para("", m.TeachPart3Text.In(w)),
				el(tag("p"), link(compare, m.TeachCompareLink.In(w, words.Text(presetName(w, "atlanta-2017-runoff-certified")))))),
			section("teach-misconception", m.TeachMisconception.In(w), para("", m.TeachMisconceptionText.In(w)),
				el(tag("p"), link(p.raceLink("atlanta-2017-runoff-unofficial", false, false), presetName(w, "atlanta-2017-runoff-unofficial")), app.Text(" · "),
					link(p.raceLink("atlanta-2017-runoff-certified", false, false), presetName(w, "atlanta-2017-runoff-certified")))),
			section("teach-questions", m.TeachQuestions.In(w), el(tag("ol"),
				li(m.TeachQuestion1.In(w)), li(m.TeachQuestion2.In(w)), li(m.TeachQuestion3.In(w)), li(m.TeachQuestion4.In(w)))),
			section("teach-extension", m.TeachExtension.In(w), para("", m.TeachExtensionText.In(w))),
			section("teach-builder", m.TeachBuilder.In(w),
				el(tag("form", "id", "builder", "class", "no-print", "method", "get", "action", teach), append(hidden,
					el(tag("div", "class", "field"),
						tx(tag("label", "for", "teach-race"), m.TeachBuilderRace.In(w)),
						el(tag("select", "id", "teach-race", "name", "race"), options...)),
					check("teach-guess", m.TeachBuilderGuess.In(w), p.guess),
					check("teach-key", m.TeachBuilderKey.In(w), p.key),
					tx(tag("button", "type", "submit", "class", "primary"), m.TeachBuilderMake.In(w)),
				)...),
				built,
			),
		),
		el(tag("footer", "class", "colophon"), el(tag("p", "class", "no-print"),
			link(homeHref(w), m.TeachBack.In(w)), app.Text(" · "), link(glossaryHref(w, "recount"), m.GlossaryLink.In(w)))),
	)
}

package ui

import (
	"net/url"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/recount-explainer/recount/races"
	"github.com/recount-explainer/recount/rules"
)

// presetList offers the real races as plain links ("?preset=id"), which work
// before the wasm arrives and without it; the wasm follows them in place.
type presetList struct {
	app.Compo
	Lang    string
	Current string // the preset shown, or ""
}

func newPresetList() *presetList { return &presetList{} }

// lang sets the page language.
func (p *presetList) lang(l string) *presetList { p.Lang = l; return p }

// current marks the preset being shown.
func (p *presetList) current(id string) *presetList { p.Current = id; return p }

func (p *presetList) Render() app.UI {
	w := wordsFor(p.Lang)
	all, _ := races.All()
	var shown races.Preset
	links := make([]app.UI, 0, len(all))
	for _, pr := range all {
		if pr.ID == p.Current {
			shown = pr
		}
		label := w.t("preset.label", pr.Title, pr.Race.Election.Year, w.t("stage."+string(pr.Stage)))
		a := elem("a").Attr("href", "?"+url.Values{"preset": {pr.ID}}.Encode()).Text(label)
		if pr.ID == p.Current {
			a = a.Aria("current", av("true"))
		}
		links = append(links, elem("li").Body(a))
	}
	return elem("nav").Class("presets").Aria("labelledby", "presets-title").Body(
		elem("h3").ID("presets-title").Text(w.t("presets.title")),
		app.P().Class("hint").Text(w.t("presets.hint")),
		elem("ul").Body(links...),
		app.If(shown.ID != "", func() app.UI {
			figures := w.t("figures.reported")
			if shown.Status == rules.Verified {
				figures = w.t("figures.verified")
			}
			return app.Div().ID("preset-source").Class("preset-source").Body(
				app.P().Text(w.t("preset.current", shown.Title, w.t("stage."+string(shown.Stage)),
					w.shortDate(shown.StageDate), shown.Source, figures)),
				app.If(shown.Note != "", func() app.UI { return app.P().Text(w.t("preset.note", shown.Note)) }),
				stages(w, all, shown),
			)
		}),
	)
}

// stages lists the margin of the shown race at every count stage on file
// (election night, certified, after the recount), so a reader sees why
// early coverage quoted another number than the certified one.
func stages(w *words, all []races.Preset, shown races.Preset) app.UI {
	var parts []string
	for _, p := range all {
		if p.RaceID != shown.RaceID {
			continue
		}
		top, second := int64(0), int64(0)
		for _, c := range p.Race.Candidates {
			switch {
			case c.Votes > top:
				top, second = c.Votes, top
			case c.Votes > second:
				second = c.Votes
			}
		}
		parts = append(parts, w.t("preset.stage.margin", w.t("stage."+string(p.Stage)), w.num(top-second)))
	}
	if len(parts) < 2 {
		return nil
	}
	return app.P().ID("stages").Text(w.t("preset.stages", strings.Join(parts, "; ")))
}

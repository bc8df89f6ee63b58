package ui

import (
	"net/url"

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
			)
		}),
	)
}

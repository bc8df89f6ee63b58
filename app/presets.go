package app

import (
	"net/url"
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/recount-explainer/recount/races"
	"github.com/recount-explainer/recount/rules"
	"github.com/recount-explainer/recount/words"
)

// presetList offers the real races as plain links (?preset=id), grouped by
// state, which work before the wasm arrives and without it; the wasm
// follows them in place. Under the list, the race shown: where its figures
// come from, and its lead at every stage of the count.
type presetList struct {
	app.Compo
	Lang    words.Lang
	Current string // the preset shown, or ""
}

func newPresetList() *presetList { return &presetList{} }

// lang sets the page language.
func (p *presetList) lang(l words.Lang) *presetList { p.Lang = l; return p }

// current marks the preset being shown.
func (p *presetList) current(id string) *presetList { p.Current = id; return p }

func (p *presetList) Render() app.UI {
	w := words.For(p.Lang)
	all, _ := races.All()
	// The list is one piece of markup: about a hundred elements the
	// browser builds from one call, not one call from Go per element and
	// attribute (mounting the page was most of its start-up at CPU 4×).
	var groups raw
	var shown *races.Preset
	groups.open("ul", "class", "preset-groups")
	for i := 0; i < len(all); {
		state := all[i].Race.State
		groups.open("li").el("span", stateName(w, state), "class", "state").open("ul")
		for ; i < len(all) && all[i].Race.State == state; i++ {
			pr := all[i]
			q := url.Values{"preset": {pr.ID}}
			if p.Lang != words.English {
				q.Set("lang", string(p.Lang))
			}
			attrs := []string{"href", "?" + q.Encode()}
			if pr.ID == p.Current {
				attrs = append(attrs, "aria-current", "true")
				shown = &all[i]
			}
			groups.open("li").el("a", m.PresetLabel.In(w, words.Text(w.Key("race."+pr.RaceID)),
				words.Text(strconv.Itoa(pr.Race.Election.Year())), words.Text(w.Key("stage."+string(pr.Stage)))), attrs...).close("li")
		}
		groups.close("ul").close("li")
	}
	groups.close("ul")
	return el(tag("nav", "class", "presets", "aria-labelledby", "presets-title"),
		tx(tag("h3", "id", "presets-title"), m.PresetsTitle.In(w)),
		para("hint", m.PresetsHint.In(w)),
		groups.ui(),
		app.If(shown != nil, func() app.UI { return presetSource(w, *shown) }),
	)
}

// presetSource says where the shown preset's figures come from, how sure
// they are, and the lead at every stage of its count.
func presetSource(w *words.Words, p races.Preset) app.UI {
	status := w.Key("figures." + string(p.Status))
	// The source is the research's own note, in English: marked so.
	showing := line{Text: m.PresetShowing.In(w, words.Text(w.Key("race."+p.RaceID)), words.Text(w.Key("stage."+string(p.Stage))),
		words.Text(p.Source), words.Text(status)), En: []string{p.Source}}
	items := []app.UI{showing.p(w, "")}
	if !p.Complete {
		items = append(items, para("caveat", m.PresetPartial.In(w)))
	}
	stages := races.Stages(p.RaceID)
	if len(stages) > 1 {
		var parts []string
		unofficial := false
		for _, s := range stages {
			unofficial = unofficial || s.Stage == rules.Unofficial
			parts = append(parts, m.StageLead.In(w, words.Text(w.Key("stage."+string(s.Stage))), words.Count(lead(s.Race))))
		}
		text := m.PresetStages.In(w, words.Text(strings.Join(parts, "; ")))
		if unofficial {
			text += " " + m.PresetStagesEarly.In(w)
		}
		items = append(items, tx(tag("p", "id", "stages"), text))
	}
	return el(tag("div", "id", "preset-source", "class", "preset-source"), items...)
}

// lead is the gap between the top two of a race's figures.
func lead(r rules.Race) int64 {
	var top, second int64
	for _, c := range r.Candidates {
		switch {
		case c.Votes > top:
			top, second = c.Votes, top
		case c.Votes > second:
			second = c.Votes
		}
	}
	return top - second
}

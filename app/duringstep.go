package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/recount-explainer/recount/rules"
)

// duringStep is step 6: what happens during the recount, for the voting
// technology of the election's era; who may watch; who pays; how long past
// Georgia recounts took.
type duringStep struct {
	app.Compo
	Lang string
	P    rules.Procedure
	Year int
}

func newDuringStep() *duringStep { return &duringStep{} }

// lang sets the page language.
func (s *duringStep) lang(l string) *duringStep { s.Lang = l; return s }

// result sets the evaluated race. Only what this step shows is kept, so a
// keystroke that changes the votes does not re-render it.
func (s *duringStep) result(r rules.Result) *duringStep {
	s.P, s.Year = r.Procedure, r.Race.Election.Year
	return s
}

// stepList renders procedure facts, each with its own citation.
func stepList(w *words, steps []rules.Step) app.UI {
	items := make([]app.UI, len(steps))
	for i, st := range steps {
		args := make([]any, len(st.Numbers))
		for j, n := range st.Numbers {
			args[j] = n
		}
		items[i] = elem("li").DataSet("step", string(st.Kind)).Body(
			elem("span").Text(w.t("during.step."+string(st.Kind), args...)),
			cite(w, st.Source),
		)
	}
	return elem("ul").Class("facts").Body(items...)
}

func (s *duringStep) Render() app.UI {
	w := wordsFor(s.Lang)
	p := s.P
	past := make([]app.UI, len(p.Past))
	for i, pr := range p.Past {
		when := w.t("during.past.done", w.shortDate(pr.Finished))
		if !pr.Requested.IsZero() {
			when = w.t("during.past.took", w.shortDate(pr.Requested), w.shortDate(pr.Finished))
		}
		past[i] = elem("tr").Body(
			elem("th").Attr("scope", "row").Text(w.t("race."+pr.ID)),
			elem("td").Text(when),
			elem("td").Class("num").Text(w.num(pr.Before)+" → "+w.num(pr.After)),
		)
	}
	return stepItem("during", w.t("step.during"),
		app.P().ID("era").DataSet("era", string(p.Era)).Text(w.t("during.era."+string(p.Era), s.Year)),
		stepList(w, p.Steps),
		elem("h4").Text(w.t("during.watch")),
		stepList(w, p.Observers),
		elem("h4").Text(w.t("during.costs")),
		stepList(w, p.Costs),
		app.Div().Class("table-wrap").Body(elem("table").Body(
			elem("caption").Text(w.t("during.past")),
			elem("thead").Body(elem("tr").Body(
				elem("th").Attr("scope", "col").Text(w.t("during.past.col.race")),
				elem("th").Attr("scope", "col").Text(w.t("during.past.col.when")),
				elem("th").Attr("scope", "col").Class("num").Text(w.t("during.past.col.change")),
			)),
			elem("tbody").Body(past...),
		)),
		cite(w, rules.SrcPastRecounts),
	)
}

package app

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/recount-explainer/recount/rules"
	"github.com/recount-explainer/recount/words"
)

// duringStep is step 6: what happens during the recount, who may watch,
// and what it costs and how long it takes, as the law of the race's date
// and the route it takes say.
type duringStep struct {
	app.Compo
	V *view
}

func newDuringStep() *duringStep { return &duringStep{} }

// view sets what the step shows.
func (s *duringStep) view(v *view) *duringStep { s.V = v; return s }

func (s *duringStep) Render() app.UI {
	v := s.V
	r, w := v.R, v.W
	section := func(sec rules.Section) []app.UI {
		var items []app.UI
		for _, f := range r.Facts {
			if f.Section == sec {
				items = append(items, v.cited(w.Key("fact."+f.Kind, f.Numbers...), f.Cite).li(w))
			}
		}
		return items
	}
	during := section(rules.During)
	// What the route itself says: a hand or machine recount, how long it
	// may take, and whether the loser may waive it.
	for _, rcs := range [][]rules.RouteCheck{r.Main().Automatic, r.Main().Requested} {
		for _, rc := range rcs {
			if !rc.Within() || rc.Maybe {
				continue
			}
			rt := rc.Route
			if fin := rt.Finish; fin != nil {
				during = append(during, v.cited(m.FinishWithin.In(w, words.Text(v.deadlineRule(*fin))), fin.Cite).li(w))
			}
			if rt.Waiver != nil {
				during = append(during, v.cited(m.WaiverFact.In(w), rt.Waiver.Cite).li(w))
			}
		}
	}
	var body []app.UI
	if len(during) > 0 {
		body = append(body, el(tag("ul", "class", "facts"), during...))
	}
	if watch := section(rules.Watch); len(watch) > 0 {
		body = append(body, tx(tag("h4"), m.WatchTitle.In(w)), el(tag("ul", "class", "facts"), watch...))
	}
	if cost := section(rules.CostTime); len(cost) > 0 {
		body = append(body, tx(tag("h4"), m.CostTitle.In(w)), el(tag("ul", "class", "facts"), cost...))
	}
	if after := section(rules.AfterNote); len(after) > 0 {
		body = append(body, tx(tag("h4"), m.NotesTitle.In(w)), el(tag("ul", "class", "facts"), after...))
	}
	if len(body) == 0 {
		body = append(body, para("", m.DuringNotOnFile.In(w, words.Text(v.stateName()))))
	}
	return stepItem("during", m.StepDuring.In(w), body...)
}

package app

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/recount-explainer/recount/rules"
	"github.com/recount-explainer/recount/words"
)

// whereStep is step 4: who receives the request, and why.
type whereStep struct {
	app.Compo
	V *view
}

func newWhereStep() *whereStep { return &whereStep{} }

// view sets what the step shows.
func (s *whereStep) view(v *view) *whereStep { s.V = v; return s }

func (s *whereStep) Render() app.UI {
	v := s.V
	r, w := v.R, v.W
	f := r.Main().Filing
	var body []app.UI
	if f == nil {
		body = append(body, para("", m.WhereNone.In(w, words.Text(v.stateName()))))
		return stepItem("where", m.StepWhere.In(w), body...)
	}
	rc := f.Receiver
	body = append(body, el(tag("p", "id", "receiver", "class", "receiver", "data-receiver", rc.ID),
		v.cited(m.WhereGoes.In(w, words.Text(v.receiverName(rc))), rc.Cite).nodes(w)...))
	why := m.WhereFor.In(w, words.Text(w.Key("office.race."+string(r.Race.Office))))
	switch f.Scope.Area {
	case rules.MultiCounty:
		why = m.WhereMultiCounty.In(w, words.Count(int64(r.Race.Counties)))
	case rules.SingleCounty:
		why = m.WhereSingleCounty.In(w)
	case rules.StatewideArea:
		why = m.WhereStatewide.In(w)
	}
	body = append(body, para("", why))
	if rc.Directs {
		body = append(body, para("", m.WhereDirects.In(w)))
	}
	for _, fact := range r.Facts {
		if fact.Section == rules.Where {
			body = append(body, v.cited(w.Key("fact."+fact.Kind, fact.Numbers...), fact.Cite).p(w, ""))
		}
	}
	return stepItem("where", m.StepWhere.In(w), body...)
}

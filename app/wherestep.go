package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/recount-explainer/recount/rules"
)

// whereStep is step 4: who receives the request, and why.
type whereStep struct {
	app.Compo
	Lang     string
	Q        rules.Request
	Office   rules.OfficeLevel
	Counties int
}

func newWhereStep() *whereStep { return &whereStep{} }

// lang sets the page language.
func (s *whereStep) lang(l string) *whereStep { s.Lang = l; return s }

// result sets the evaluated race (only what this step shows is kept).
func (s *whereStep) result(r rules.Result) *whereStep {
	s.Q, s.Office, s.Counties = r.Request, r.Race.Office, r.Race.Counties
	return s
}

func (s *whereStep) Render() app.UI {
	w := wordsFor(s.Lang)
	q := s.Q
	level := w.t("level." + string(s.Office))
	var who string
	var why []app.UI
	switch q.Reason {
	case rules.ReasonMultiCounty:
		who = w.t("where.sos")
		why = append(why, app.P().Text(w.t("where.sos.why", level, w.num(int64(s.Counties)))))
	case rules.ReasonSingleCounty:
		who = w.t("where.super")
		why = append(why, app.P().Text(w.t("where.super.one", level)))
	default:
		who = w.t("where.super")
		why = append(why, app.P().Text(w.t("where.super.local", level)))
		if s.Counties > 1 {
			why = append(why, app.P().Text(w.t("where.super.many", w.num(int64(s.Counties)))))
		}
	}
	if q.Receiver == rules.Superintendent {
		who2 := w.t("where.who.county")
		if s.Office == rules.Municipal {
			who2 = w.t("where.who.city")
		}
		why = append(why, app.P().Text(who2))
	}
	why = append(why, app.P().Text(w.t("where.then")))
	body := []app.UI{app.P().ID("receiver").Class("receiver").DataSet("receiver", string(q.Receiver)).Body(elem("strong").Text(who))}
	body = append(body, why...)
	body = append(body, cite(w, q.Sources...))
	return stepItem("where", w.t("step.where"), body...)
}

package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/recount-explainer/recount/rules"
)

// whereStep is step 4: who receives the request, and why.
type whereStep struct {
	app.Compo
	Lang string
	R    rules.Result
}

func newWhereStep() *whereStep { return &whereStep{} }

// lang sets the page language.
func (s *whereStep) lang(l string) *whereStep { s.Lang = l; return s }

// result sets the evaluated race.
func (s *whereStep) result(r rules.Result) *whereStep { s.R = r; return s }

func (s *whereStep) Render() app.UI {
	w := wordsFor(s.Lang)
	q := s.R.Request
	race := s.R.Race
	level := w.t("level." + string(race.Office))
	var who string
	var why []app.UI
	switch q.Reason {
	case rules.ReasonMultiCounty:
		who = w.t("where.sos")
		why = append(why, app.P().Text(w.t("where.sos.why", level, w.num(int64(race.Counties)))))
	case rules.ReasonSingleCounty:
		who = w.t("where.super")
		why = append(why, app.P().Text(w.t("where.super.one", level)))
	default:
		who = w.t("where.super")
		why = append(why, app.P().Text(w.t("where.super.local", level)))
		if race.Counties > 1 {
			why = append(why, app.P().Text(w.t("where.super.many", w.num(int64(race.Counties)))))
		}
	}
	if q.Receiver == rules.Superintendent {
		who2 := w.t("where.who.county")
		if race.Office == rules.Municipal {
			who2 = w.t("where.who.city")
		}
		why = append(why, app.P().Text(who2))
	}
	why = append(why, app.P().Text(w.t("where.then")))
	body := []app.UI{app.P().ID("receiver").Class("receiver").DataSet("receiver", string(q.Receiver)).Body(elem("strong").Text(who))}
	body = append(body, why...)
	body = append(body, newCitation().lang(w.lang).sources(q.Sources...))
	return stepItem("where", w.t("step.where"), body...)
}

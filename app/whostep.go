package ui

import (
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/recount-explainer/recount/rules"
)

// whoStep is step 3: who may ask for a recount, and how.
type whoStep struct {
	app.Compo
	Lang string
	R    rules.Result
}

func newWhoStep() *whoStep { return &whoStep{} }

// lang sets the page language.
func (s *whoStep) lang(l string) *whoStep { s.Lang = l; return s }

// result sets the evaluated race.
func (s *whoStep) result(r rules.Result) *whoStep { s.R = r; return s }

func (s *whoStep) Render() app.UI {
	w := wordsFor(s.Lang)
	r := s.R
	var text string
	switch {
	case len(r.Checks) == 0:
		text = w.t("who.noloser")
	case r.Eligible:
		var names []string
		for _, c := range r.Checks {
			if c.Eligible {
				names = append(names, w.candidateName(r.Standings[c.Candidate]))
			}
		}
		text = w.t("who.yes", strings.Join(names, ", "))
	default:
		text = w.t("who.no")
	}
	return stepItem("who", w.t("step.who"),
		app.P().ID("who").Text(text),
		newCitation().lang(w.lang).sources(r.Request.Sources[0]),
		app.P().Text(w.t("who.before")),
		newCitation().lang(w.lang).sources(rules.SrcPrecertRecount),
	)
}

package ui

import (
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/recount-explainer/recount/rules"
)

// whoStep is step 3: who may ask for a recount, and how.
type whoStep struct {
	app.Compo
	Lang     string
	NoLoser  bool
	Eligible []string // names of the losing candidates who may ask
	Source   rules.SourceID
}

func newWhoStep() *whoStep { return &whoStep{} }

// lang sets the page language.
func (s *whoStep) lang(l string) *whoStep { s.Lang = l; return s }

// result sets the evaluated race (only what this step shows is kept).
func (s *whoStep) result(r rules.Result) *whoStep {
	w := wordsFor(s.Lang)
	s.NoLoser, s.Eligible, s.Source = len(r.Checks) == 0, nil, r.Request.Sources[0]
	for _, c := range r.Checks {
		if c.Eligible {
			s.Eligible = append(s.Eligible, w.candidateName(r.Standings[c.Candidate]))
		}
	}
	return s
}

func (s *whoStep) Render() app.UI {
	w := wordsFor(s.Lang)
	var text string
	switch {
	case s.NoLoser:
		text = w.t("who.noloser")
	case len(s.Eligible) > 0:
		text = w.t("who.yes", strings.Join(s.Eligible, ", "))
	default:
		text = w.t("who.no")
	}
	return stepItem("who", w.t("step.who"),
		app.P().ID("who").Text(text),
		cite(w, s.Source),
		app.P().Text(w.t("who.before")),
		cite(w, rules.SrcPrecertRecount),
	)
}

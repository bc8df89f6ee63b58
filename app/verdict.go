package ui

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/recount-explainer/recount/rules"
)

// verdict is the answer at the top of the walkthrough, in words and with an
// icon (never colour alone), carrying the page's stable result attributes.
// When the race is invalid it shows #input-error instead.
type verdict struct {
	app.Compo
	Lang     string
	R        rules.Result
	Valid    bool
	Problems rules.InputErrors
}

func newVerdict() *verdict { return &verdict{} }

// lang sets the page language.
func (v *verdict) lang(l string) *verdict { v.Lang = l; return v }

// result sets the evaluated race; valid is false when the input has
// problems, which are then listed.
func (v *verdict) result(r rules.Result, valid bool, problems rules.InputErrors) *verdict {
	v.R, v.Valid, v.Problems = r, valid, problems
	if !valid {
		v.R = rules.Result{}
	}
	return v
}

func (v *verdict) Render() app.UI {
	w := wordsFor(v.Lang)
	if !v.Valid {
		items := make([]app.UI, len(v.Problems))
		for i, p := range v.Problems {
			items[i] = elem("li").Text(w.problem(p))
		}
		return app.Div().Class("verdict-box pending").Body(
			elem("h2").ID("verdict-title").Text(w.t("verdict.title")),
			app.P().ID("verdict").Class("verdict pending").Text(w.t("verdict.pending")),
			app.Div().ID("input-error").Class("input-error").Role("alert").Body(
				app.P().Text(w.t("errors.title")),
				elem("ul").Body(items...),
			),
		)
	}
	r := v.R
	var eligible, icon, headline, detail string
	switch {
	case len(r.Checks) == 0:
		eligible, icon, headline, detail = "false", w.t("verdict.icon.no"), w.t("verdict.noloser"), w.t("verdict.noloser.detail")
	default:
		c := r.Checks[0]
		loser, ref := w.candidateName(r.Standings[c.Candidate]), w.candidateName(r.Standings[c.Against])
		pct := w.pct(r.Threshold.Share, 2)
		if r.Eligible {
			eligible, icon, headline = "true", w.t("verdict.icon.yes"), w.t("verdict.yes")
			detail = w.t("verdict.yes.detail", loser, ref, w.num(c.Margin), w.num(r.Threshold.Votes), pct, w.num(r.Total), loser)
		} else {
			eligible, icon, headline = "false", w.t("verdict.icon.no"), w.t("verdict.no")
			detail = w.t("verdict.no.detail", loser, ref, w.num(c.Margin), w.num(r.Threshold.Votes), pct, w.num(r.Total), w.num(c.Distance))
		}
	}
	class := "verdict no"
	if eligible == "true" {
		class = "verdict yes"
	}
	return app.Div().Class("verdict-box").Body(
		elem("h2").ID("verdict-title").Text(w.t("verdict.title")),
		app.Div().ID("verdict").Class(class).DataSet("eligible", av(eligible)).Body(
			app.P().Class("headline").Body(
				elem("span").Class("icon").Aria("hidden", av("true")).Text(icon),
				elem("strong").Text(headline),
			),
			app.P().Class("detail").Text(detail),
			app.P().Class("law").Text(w.t("verdict.law", w.date(r.Race.Election), w.t("law."+r.Law.ID))),
			// The answer is a legal statement: it carries its source, as-of
			// date and status like every step below.
			cite(w, r.Law.Sources...),
		),
	)
}

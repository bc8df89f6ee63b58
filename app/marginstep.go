package ui

import (
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/recount-explainer/recount/rules"
)

// marginStep is step 2: the margin check with its arithmetic, the
// threshold in percent and in votes, and how far the race is from the line.
type marginStep struct {
	app.Compo
	Lang string
	R    rules.Result
}

func newMarginStep() *marginStep { return &marginStep{} }

// lang sets the page language.
func (s *marginStep) lang(l string) *marginStep { s.Lang = l; return s }

// result sets the evaluated race.
func (s *marginStep) result(r rules.Result) *marginStep { s.R = r; return s }

// percentAttr is the threshold as data-percent writes it: "1" or "0.5".
func percentAttr(t rules.Ratio) string {
	whole, frac, _ := t.Decimal(100, 4)
	s := strconv.FormatUint(whole, 10)
	if frac != 0 {
		f := strconv.FormatUint(frac+10000, 10)[1:]
		for f[len(f)-1] == '0' {
			f = f[:len(f)-1]
		}
		s += "." + f
	}
	return s
}

func (s *marginStep) Render() app.UI {
	w := wordsFor(s.Lang)
	r := s.R
	linePct := w.pct(r.Threshold.Share, 2)
	declared := "margin.rule.declared.elected"
	switch r.Outcome {
	case rules.OutcomeRunoff:
		declared = "margin.rule.declared.runoff"
	case rules.OutcomeTie:
		declared = "margin.rule.declared.tie"
	}
	threshold := elem("dd").ID("threshold").DataSet("votes", r.Threshold.Votes).
		DataSet("percent", percentAttr(r.Threshold.Share)).
		Text(w.t("margin.line.v", w.num(r.Threshold.Votes), strconv.FormatUint(r.Threshold.Share.Den/r.Threshold.Share.Num, 10)))
	var body []app.UI
	body = append(body, app.P().Text(w.t("margin.rule", w.t(declared), linePct)))
	if len(r.Checks) == 0 {
		body = append(body, defs("arith",
			def(w.t("margin.total"), elem("span").Text(w.t("margin.total.v", w.num(r.Total)))),
			[]app.UI{elem("dt").Text(w.t("margin.line", linePct)), threshold},
		), app.P().ID("margin").DataSet("votes", 0).Text(w.t("verdict.noloser.detail")))
	} else {
		c := r.Checks[0]
		against, loser := r.Standings[c.Against], r.Standings[c.Candidate]
		result := w.t("margin.result.out", w.num(c.Margin), w.num(r.Threshold.Votes), w.num(c.Distance))
		if c.Eligible {
			result = w.t("margin.result.in", w.num(c.Margin), w.num(r.Threshold.Votes), w.num(c.Distance))
		}
		body = append(body, defs("arith",
			[]app.UI{elem("dt").Text(w.t("margin.margin")), elem("dd").ID("margin").DataSet("votes", c.Margin).
				Text(w.t("margin.margin.v", w.num(c.Margin), w.num(against.Votes), w.num(loser.Votes), w.pctNear(c.Share, r.Threshold.Share)))},
			def(w.t("margin.total"), elem("span").Text(w.t("margin.total.v", w.num(r.Total)))),
			[]app.UI{elem("dt").Text(w.t("margin.line", linePct)), threshold},
		),
			app.P().ID("line-result").Class("line-result").Text(result),
		)
		if len(r.Checks) > 1 {
			body = append(body, s.others(w))
		}
		for _, o := range r.OtherLaws {
			word := w.t("margin.other.no")
			if o.Eligible {
				word = w.t("margin.other.yes")
			}
			span := w.t("law.range.from", w.shortDate(o.Law.From))
			if !o.Law.Until.IsZero() {
				span = w.t("law.range.until", w.shortDate(o.Law.Until))
			}
			body = append(body, app.P().Class("other-law").Text(w.t("margin.other.law", w.t("law."+o.Law.ID), span, w.num(o.Threshold.Votes), word)))
		}
	}
	if r.Law.FromStatus != rules.Verified && r.Law.ID != "ga-1-percent" {
		body = append(body, app.P().Class("unverified").Text(w.t("law.from.unconfirmed")))
	}
	body = append(body, app.P().Class("unverified").Text(w.t("law.threshold.unverified")),
		cite(w, r.Law.Sources...))
	if a := r.Automatic; a != nil {
		within := w.t("automatic.outside")
		if a.WithinThreshold {
			within = w.t("automatic.within")
		}
		body = append(body, app.Div().ID("automatic").Class("automatic").Body(
			elem("h4").Text(w.t("automatic.title")),
			app.P().Text(w.t("automatic.text", a.Law.FinishDays, w.num(a.Threshold.Votes), within)),
			app.P().Class("unverified").Text(w.t("automatic.unconfirmed")),
			cite(w, a.Law.Sources...),
		))
	}
	return stepItem("margin", w.t("step.margin"), body...)
}

func (s *marginStep) others(w *words) app.UI {
	r := s.R
	t := dataTable{
		caption: w.t("margin.others"),
		head: []cell{{text: w.t("margin.col.name")},
			numCell(w.t("margin.col.margin", w.candidateName(r.Standings[r.Reference]))), {text: w.t("margin.col.ok")}},
		rows: make([][]cell, len(r.Checks)),
	}
	for i, c := range r.Checks {
		ok := w.t("no")
		if c.Eligible {
			ok = w.t("yes")
		}
		t.rows[i] = []cell{{text: w.candidateName(r.Standings[c.Candidate])}, numCell(w.num(c.Margin)), {text: ok}}
	}
	return t.ui()
}

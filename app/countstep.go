package ui

import (
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/recount-explainer/recount/rules"
)

// countStep is step 1: the count, and who is declared elected, nominated or
// in a runoff.
type countStep struct {
	app.Compo
	Lang string
	R    rules.Result
}

func newCountStep() *countStep { return &countStep{} }

// lang sets the page language.
func (s *countStep) lang(l string) *countStep { s.Lang = l; return s }

// result sets the evaluated race.
func (s *countStep) result(r rules.Result) *countStep { s.R = r; return s }

func (s *countStep) Render() app.UI {
	w := wordsFor(s.Lang)
	r := s.R
	t := dataTable{
		caption: w.t("count.caption"),
		head: []cell{{text: w.t("count.col.name")}, numCell(w.t("count.col.votes")),
			numCell(w.t("count.col.share")), {text: w.t("count.col.status")}},
		rows: make([][]cell, len(r.Standings)),
		foot: []cell{{text: w.t("count.total")},
			{text: w.num(r.Total), num: true, id: "total", votes: strconv.FormatInt(r.Total, 10)},
			numCell("100%"), {}},
	}
	for i, st := range r.Standings {
		t.rows[i] = []cell{{text: w.candidateName(st)}, numCell(w.num(st.Votes)),
			numCell(w.pct(st.Share, 2) + "%"), {text: s.status(w, st)}}
	}
	return stepItem("count", w.t("step.count"),
		t.ui(),
		app.P().ID("outcome").DataSet("outcome", string(r.Outcome)).Text(s.outcome(w)),
		cite(w, rules.SrcMajority),
	)
}

func (s *countStep) status(w *words, st rules.Standing) string {
	switch st.Status {
	case rules.Declared:
		if s.R.Outcome == rules.OutcomeNominated {
			return w.t("standing.declared.nominated")
		}
		return w.t("standing.declared.elected")
	case rules.RunoffQualifier:
		if s.R.Outcome == rules.OutcomeTie && s.R.Race.Winner != rules.Majority {
			return w.t("standing.declared.elected")
		}
		return w.t("standing.runoff")
	case rules.Tied:
		return w.t("standing.tied")
	}
	return w.t("standing.not-declared")
}

func (s *countStep) outcome(w *words) string {
	r := s.R
	name := func(i int) string { return w.candidateName(r.Standings[i]) }
	verb := w.t("elected")
	if r.Outcome == rules.OutcomeNominated {
		verb = w.t("nominated")
	}
	switch r.Outcome {
	case rules.OutcomeRunoff:
		return w.t("outcome.runoff", w.num(r.Total), w.num(r.Majority), name(0), name(1), name(1))
	case rules.OutcomeTie:
		return w.t("outcome.tie", w.num(r.Standings[r.Reference].Votes))
	}
	if r.Race.Winner == rules.Plurality || r.Race.Type == rules.Runoff {
		if v := r.Standings[0].Votes; v > r.Total-v {
			return w.t("outcome.majority", name(0), w.num(r.Total), w.num(r.Majority), verb)
		}
		why := w.t("outcome.plurality.why.electors")
		if r.Race.Type == rules.Runoff {
			why = w.t("outcome.plurality.why.runoff")
		}
		return w.t("outcome.plurality", name(0), verb, why)
	}
	return w.t("outcome.majority", name(0), w.num(r.Total), w.num(r.Majority), verb)
}

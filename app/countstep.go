package app

import (
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/recount-explainer/recount/rules"
	"github.com/recount-explainer/recount/words"
)

// countStep is step 1: the count, each candidate's share, and who is
// declared elected or nominated, goes to a runoff, or is tied.
type countStep struct {
	app.Compo
	V *view
}

func newCountStep() *countStep { return &countStep{} }

// view sets what the step shows.
func (s *countStep) view(v *view) *countStep { s.V = v; return s }

func (s *countStep) Render() app.UI {
	v := s.V
	r, w := v.R, v.W
	t := dataTable{
		caption: m.CountCaption.In(w),
		head: []cell{{text: m.ColCandidate.In(w)}, numCell(m.ColVotes.In(w)),
			numCell(m.ColShare.In(w)), {text: m.ColResult.In(w)}},
		rows: make([][]cell, len(r.Standings)),
	}
	var sum uint64 // the shares as printed, in hundredths of a percent
	for i, st := range r.Standings {
		whole, frac := st.Share.Rounded(100, 2)
		sum += whole*100 + frac
		t.rows[i] = []cell{{text: v.name(i)}, numCell(w.Num(st.Votes)), numCell(w.Pct(st.Share, 2)), {text: v.standing(st)}}
	}
	t.foot = []cell{{text: m.CountTotal.In(w)}, {text: w.Num(r.Total), num: true, id: "total", votes: strconv.FormatInt(r.Total, 10)},
		numCell(w.Pct(rules.Ratio{Num: 1, Den: 1}, 2)), {}}
	body := []app.UI{t.ui()}
	if sum != 10000 {
		body = append(body, para("note", m.SharesRounded.In(w, words.Text(w.Pct(rules.Ratio{Num: sum, Den: 10000}, 2)))))
	}
	body = append(body, el(tag("p", "id", "outcome", "class", "outcome", "data-outcome", string(r.Outcome)), v.outcome().nodes(w)...))
	if r.Race.Type == rules.Runoff || r.Race.Type == rules.PrimaryRunoff {
		if len(r.Standings) > 2 {
			body = append(body, para("note", m.RunoffTwoCandidates.In(w)))
		}
	}
	return stepItem("count", m.StepCount.In(w), body...)
}

// standing is a candidate's result in a word or two.
func (v *view) standing(st rules.Standing) string {
	r, w := v.R, v.W
	if r.Race.Stage == rules.Unofficial {
		if st.Status == rules.Declared {
			return m.StandingLeading.In(w)
		}
	}
	switch st.Status {
	case rules.Declared:
		if r.Outcome == rules.Nominated {
			return m.StandingNominated.In(w)
		}
		return m.StandingElected.In(w)
	case rules.RunoffQualifier:
		return m.StandingRunoff.In(w)
	case rules.Advances:
		return m.StandingAdvances.In(w)
	case rules.Tied:
		return m.StandingTied.In(w)
	}
	switch {
	case r.Rule == rules.Advance:
		return m.StandingNotAdvancing.In(w)
	case r.Outcome == rules.ToRunoff || (r.Outcome == rules.Tie && r.Rule == rules.Majority):
		return m.StandingOut.In(w)
	case r.Race.Type == rules.Primary || r.Race.Type == rules.PrimaryRunoff:
		return m.StandingNotNominated.In(w)
	}
	return m.StandingLost.In(w)
}

// outcome says what the count decides, and why.
func (v *view) outcome() line {
	r, w := v.R, v.W
	lead := words.Text(v.name(0))
	verb := words.Text(m.Elected.In(w))
	if r.Outcome == rules.Nominated {
		verb = words.Text(m.Nominated.In(w))
	}
	majority := 2*uint64(r.Standings[0].Votes) > uint64(r.Total)
	switch {
	case r.Outcome == rules.ToRunoff:
		return v.cited(m.OutcomeRunoff.In(w, words.Text(v.threshold()), words.Count(r.Total), words.Count(r.Majority), lead, words.Text(v.name(1))), r.RuleCite)
	case r.Outcome == rules.Tie:
		return v.cited(m.OutcomeTie.In(w, words.Text(w.List(v.tied())), words.Count(r.Standings[r.Reference].Votes)), r.RuleCite)
	case r.Outcome == rules.Advanced:
		names := make([]string, r.Reference+1)
		for i := range names {
			names[i] = v.name(i)
		}
		if len(names) == len(r.Standings) { // nobody is left below them
			return v.cited(m.OutcomeAdvanceAll.In(w, words.Count(int64(r.Places)), words.Count(int64(len(names))), words.Text(w.List(names))), r.RuleCite)
		}
		return v.cited(m.OutcomeAdvance.In(w, words.Count(int64(len(names))), words.Text(w.List(names))), r.RuleCite)
	case r.Race.Stage == rules.Unofficial:
		return text(m.OutcomeUnofficial.In(w, lead))
	case r.Race.Type == rules.Runoff || r.Race.Type == rules.PrimaryRunoff:
		return text(m.OutcomeRunoffWinner.In(w, lead, verb))
	case majority && r.Rule == rules.Majority && r.Above == 0:
		return v.cited(m.OutcomeMajority.In(w, lead, words.Count(r.Total), words.Count(r.Majority), verb), r.RuleCite)
	case r.Rule == rules.Majority:
		return v.cited(m.OutcomeAbove.In(w, lead, words.Text(v.threshold()), verb), r.RuleCite)
	case r.Race.Winner == rules.Plurality:
		return text(m.OutcomePluralityChosen.In(w, lead, verb))
	}
	return v.cited(m.OutcomePlurality.In(w, lead, verb, words.Text(v.stateName())), r.RuleCite)
}

// threshold says what a leader needs to win outright: "more than half",
// "more than 30%" (North Carolina's primaries), "at least 35%" (South
// Dakota's).
func (v *view) threshold() string {
	r, w := v.R, v.W
	switch {
	case r.Above == 0:
		return m.ThresholdHalf.In(w)
	case r.AtLeast:
		return m.ThresholdAtLeast.In(w, words.Text(w.Share(r.Above)))
	}
	return m.ThresholdAbove.In(w, words.Text(w.Share(r.Above)))
}

// stepItem is the frame every walkthrough step shares: a list item with an
// anchor id and a heading, so each step can be linked and skimmed by
// heading with a screen reader.
func stepItem(id, title string, body ...app.UI) app.UI {
	return el(tag("li", "id", "step-"+id, "class", "step"),
		tx(tag("h3"), title),
		el(tag("div", "class", "step-body"), body...),
	)
}

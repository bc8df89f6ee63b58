package app

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/recount-explainer/recount/rules"
	"github.com/recount-explainer/recount/words"
)

// whoStep is step 3: who may ask for a recount, how, and at what cost.
type whoStep struct {
	app.Compo
	V *view
}

func newWhoStep() *whoStep { return &whoStep{} }

// view sets what the step shows.
func (s *whoStep) view(v *view) *whoStep { s.V = v; return s }

func (s *whoStep) Render() app.UI {
	v := s.V
	r, w := v.R, v.W
	f := r.Main()
	var body []app.UI
	switch {
	case len(f.Requested) == 0:
		body = append(body, v.cited(m.WhoNoRoute.In(w, words.Text(v.stateName())), f.Version.Cite).p(w, ""))
		if ct := f.Version.Contest; ct != nil {
			body = append(body, v.cited(m.ContestRoute.In(w, words.Text(v.receiverName(ct.Receiver))), ct.Cite).p(w, ""))
		}
	case r.Request == rules.NotYet:
		body = append(body, para("", m.WhoNotYet.In(w)))
	default:
		for _, rc := range f.Requested {
			rt := rc.Route
			if rc.Maybe {
				continue
			}
			kinds := make([]string, 0, len(rt.Who))
			var cites []rules.Cite
			for _, q := range rt.Who {
				kinds = append(kinds, w.Key("who."+string(q.Kind), int64(q.Number)))
				cites = append(cites, q.Cite...)
			}
			how := m.WhoMayAsk.In(w, words.Text(w.Or(kinds)))
			if rt.InWriting {
				how += " " + m.InWriting.In(w)
			}
			body = append(body, v.cited(how, cites, rt.Cite).p(w, ""))
		}
		body = append(body, v.whoWithin())
	}
	for _, fact := range r.Facts {
		if fact.Section == rules.Before {
			body = append(body, v.cited(w.Key("fact."+fact.Kind, fact.Numbers...), fact.Cite).p(w, ""))
		}
	}
	return stepItem("who", m.StepWho.In(w), body...)
}

// whoWithin names the losing candidates within a request line, and what
// asking would cost each.
func (v *view) whoWithin() app.UI {
	r, w := v.R, v.W
	f := r.Main()
	var items []app.UI
	for _, c := range r.Checks {
		if c.Tier < 0 || c.Route < 0 {
			continue
		}
		t := f.Requested[c.Route].Route.Tiers[c.Tier]
		items = append(items, v.cited(m.WhoWithin.In(w, words.Text(v.name(c.Candidate)), words.Count(c.Margin),
			words.Text(v.costWords(t.Cost))), t.Cost.Cite).li(w))
	}
	if len(items) == 0 {
		if r.Outcome == rules.Tie {
			return para("", m.DependsTie.In(w))
		}
		return tx(tag("p", "id", "who"), m.WhoNobodyWithin.In(w))
	}
	return el(tag("ul", "id", "who", "class", "who"), items...)
}

// costWords says what a request in a tier costs.
func (v *view) costWords(c rules.Cost) string {
	w := v.W
	var parts []string
	if c.PerPrecinct > 0 {
		parts = append(parts, m.DepositPerPrecinct.In(w, words.Count(c.PerPrecinct)))
	}
	if c.PerBallotCents > 0 {
		parts = append(parts, m.DepositPerBallot.In(w, words.Count(c.PerBallotCents)))
	}
	if c.Flat > 0 {
		parts = append(parts, m.DepositFlat.In(w, words.Count(c.Flat)))
	}
	s := ""
	if c.Kind != rules.CostUnstated {
		s = w.Key("cost." + string(c.Kind))
	}
	if len(parts) > 0 {
		s = m.CostDeposit.In(w, words.Text(w.List(parts)))
	}
	if c.Refunded {
		s += " " + m.CostRefunded.In(w)
	}
	return s
}

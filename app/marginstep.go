package app

import (
	"strconv"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/recount-explainer/recount/rules"
	"github.com/recount-explainer/recount/words"
)

// marginStep is step 2: the margin against every line that applies, with
// the arithmetic, in votes and in percent.
type marginStep struct {
	app.Compo
	V *view
}

func newMarginStep() *marginStep { return &marginStep{} }

// view sets what the step shows.
func (s *marginStep) view(v *view) *marginStep { s.V = v; return s }

func (s *marginStep) Render() app.UI {
	v := s.V
	r, w := v.R, v.W
	c := r.Closest()
	var body []app.UI
	if c == nil {
		body = append(body, para("", m.NoLoserYet.In(w)))
		return stepItem("margin", m.StepMargin.In(w), body...)
	}
	against, loser := r.Standings[c.Against], r.Standings[c.Candidate]
	_, lim, _ := lineOf(r.Main().Requested)
	body = append(body, el(tag("dl", "class", "arith"),
		tx(tag("dt"), m.MarginTerm.In(w)),
		tx(tag("dd", "id", "margin").DataSet("votes", c.Margin), m.MarginValue.In(w, words.Count(c.Margin),
			words.Count(against.Votes), words.Count(loser.Votes), words.Text(w.PctNear(c.Share, lim.Share.Ratio())))),
		tx(tag("dt"), m.TotalTerm.In(w)),
		tx(tag("dd"), m.TotalValue.In(w, words.Count(r.Total))),
	))
	f := r.Main()
	if len(f.Automatic) == 0 {
		body = append(body, para("", m.NoAutomatic.In(w, words.Text(v.stateName()))))
	}
	for _, rc := range f.Automatic {
		body = append(body, v.routeBlock(rc, c.Margin)...)
	}
	if len(f.Requested) == 0 {
		body = append(body, para("", m.NoRequest.In(w, words.Text(v.stateName()))))
	}
	for _, rc := range f.Requested {
		body = append(body, v.routeBlock(rc, c.Margin)...)
	}
	body = append(body, v.thresholdAttrs()...)
	if len(r.Checks) > 1 {
		body = append(body, v.othersTable())
	}
	if len(r.Findings) > 1 && (r.AutomaticReason == rules.ReasonReadings || r.RequestReason == rules.ReasonReadings) {
		items := make([]app.UI, len(r.Findings))
		for i := range r.Findings {
			fd := &r.Findings[i]
			items[i] = v.cited(m.ReadingLine.In(w, words.Text(capital(v.readingLabel(fd))),
				words.Text(w.Key("answer.automatic."+string(fd.AutomaticAnswer))),
				words.Text(w.Key("answer.requested."+string(fd.RequestAnswer)))), fd.Reading.Cite, fd.Version.Cite).li(w)
		}
		body = append(body, tx(tag("h4"), m.ReadingsTitle.In(w)), para("", m.ReadingsWhy.In(w)), el(tag("ul", "class", "readings"), items...))
	}
	return stepItem("margin", m.StepMargin.In(w), body...)
}

// routeBlock shows one route: its heading, who it covers, and each tier's
// line applied to this race.
func (v *view) routeBlock(rc rules.RouteCheck, margin int64) []app.UI {
	w := v.W
	rt := rc.Route
	title := m.RouteAutomatic.In(w)
	if rt.Kind == rules.Requested {
		title = m.RouteRequested.In(w)
		if rt.Nonbinding {
			title = m.RouteDiscovery.In(w)
		}
	}
	out := []app.UI{tx(tag("h4"), title)}
	switch {
	case rc.Maybe:
		out = append(out, para("note", m.RouteMaybeOffice.In(w)))
	case rc.Closed:
		out = append(out, para("note", m.RouteClosedByAutomatic.In(w)))
	}
	if rt.DecidedOnly && v.R.Outcome == rules.ToRunoff {
		out = append(out, para("note", m.RouteDecidedOnly.In(w)))
	}
	items := make([]app.UI, 0, len(rt.Tiers))
	for i, t := range rt.Tiers {
		l := rc.Limits[i]
		cost := v.costWords(t.Cost)
		method := ""
		if t.Method != rules.MethodUnstated {
			method = w.Key("method." + string(t.Method))
		}
		desc := v.lineWords(l)
		if l.Any {
			desc = m.AnyMargin.In(w)
		}
		s := m.TierLine.In(w, words.Text(capital(desc)), words.Text(cost), words.Text(method))
		s += " " + v.arithmetic(l, margin)
		if i == rc.Tier {
			s += " " + m.TierThisRace.In(w)
		}
		items = append(items, v.cited(s, t.Cite, t.Cost.Cite, rt.Cite).li(w))
	}
	out = append(out, el(tag("ul", "class", "tiers"), items...))
	return out
}

// arithmetic shows a line applied to this race's margin: "1% of 92,502 is
// 925.02, so at most 925 votes: 832 is 93 inside it."
func (v *view) arithmetic(l rules.Limit, margin int64) string {
	w := v.W
	switch {
	case l.Any:
		return ""
	case l.Unknown:
		return m.LineUnknownCount.In(w)
	}
	var s string
	switch l.Kind {
	case rules.ShareOfOffice, rules.ShareOfTwo, rules.ShareOfLeader:
		whole, hund, exact := l.Product()
		value := w.Num(int64(whole))
		if !exact || hund > 0 {
			h := strconv.FormatUint(hund, 10)
			if hund < 10 {
				h = "0" + h
			}
			value += w.Key("decimal") + h
		}
		key := m.ShareArith
		if l.Strict {
			key = m.ShareArithStrict
		}
		s = key.In(w, words.Text(w.Share(l.Share)), words.Count(l.Of), words.Text(value), words.Count(l.Votes))
	case rules.Lesser, rules.Greater, rules.ByTotal:
		if l.Binding >= 0 && l.Binding < len(l.Parts) {
			s = m.BindingLine.In(w, words.Count(l.Votes))
		}
	}
	whole, hund, exact := l.Product()
	onLine := (l.Kind == rules.ShareOfOffice || l.Kind == rules.ShareOfTwo || l.Kind == rules.ShareOfLeader) &&
		exact && hund == 0 && uint64(margin) == whole || l.Kind == rules.FixedVotes && margin == l.Of
	switch {
	case l.Votes < 0 && margin > 0:
		return s
	case onLine && l.Strict:
		s += " " + m.ExactlyOnLineStrict.In(w, words.Count(margin))
	case onLine:
		s += " " + m.ExactlyOnLine.In(w, words.Count(margin))
	case margin < l.Votes:
		s += " " + m.InsideLine.In(w, words.Count(margin), words.Count(l.Votes), words.Count(l.Votes-margin))
	case margin > l.Votes:
		s += " " + m.PastLine.In(w, words.Count(margin), words.Count(l.Votes), words.Count(margin-l.Votes))
	}
	return s
}

// thresholdAttrs are the page's stable #threshold and
// #automatic-threshold elements: the largest margin a request may have, and
// the largest that triggers an automatic recount.
func (v *view) thresholdAttrs() []app.UI {
	r, w := v.R, v.W
	var out []app.UI
	if l, ok := r.RequestLimit(); ok {
		p := tag("p", "id", "threshold", "class", "threshold").DataSet("votes", l.Votes)
		if l.Kind == rules.ShareOfOffice || l.Kind == rules.ShareOfTwo || l.Kind == rules.ShareOfLeader {
			pct := w.Share(l.Share)
			p = p.DataSet("percent", pct[:len(pct)-1])
		}
		out = append(out, p.Text(m.ThresholdSummary.In(w, words.Count(l.Votes))))
	}
	if l, ok := r.AutomaticLimit(); ok {
		out = append(out, tx(tag("p", "id", "automatic-threshold", "class", "threshold").DataSet("votes", l.Votes), m.AutomaticSummary.In(w, words.Count(l.Votes))))
	}
	return out
}

// othersTable lists every losing candidate's margin and whether they may
// ask.
func (v *view) othersTable() app.UI {
	r, w := v.R, v.W
	t := dataTable{
		caption: m.OthersCaption.In(w),
		head: []cell{{text: m.ColCandidate.In(w)},
			numCell(m.ColBehind.In(w, words.Text(v.name(r.Reference)))), {text: m.ColMayAsk.In(w)}},
		rows: make([][]cell, len(r.Checks)),
	}
	for i, c := range r.Checks {
		ok := m.No.In(w)
		if c.Tier >= 0 {
			ok = m.Yes.In(w)
		}
		t.rows[i] = []cell{{text: v.name(c.Candidate)}, numCell(w.Num(c.Margin)), {text: ok}}
	}
	return t.ui()
}

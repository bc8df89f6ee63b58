package rules

import "slices"

// match is whether a scope covers a race.
type match int

const (
	matchNo match = iota
	matchYes
	matchMaybe // it depends which office an old link's coarse office means
)

// match reports whether the scope covers the race in jurisdiction j.
func (s Scope) match(r Race, j *Jurisdiction) match {
	if len(s.Types) > 0 && !slices.Contains(s.Types, r.Type) {
		return matchNo
	}
	switch s.Area {
	case StatewideArea:
		if !r.statewide(j.Counties) {
			return matchNo
		}
	case NotStatewide:
		if r.statewide(j.Counties) {
			return matchNo
		}
	case MultiCounty:
		if r.Counties <= 1 {
			return matchNo
		}
	case SingleCounty:
		if r.Counties != 1 {
			return matchNo
		}
	}
	covers := func(o Office) bool {
		return (len(s.Offices) == 0 || slices.Contains(s.Offices, o)) && !slices.Contains(s.Except, o)
	}
	fine := r.Office.coarse()
	if fine == nil || covers(r.Office) && len(s.Offices) > 0 {
		if covers(r.Office) {
			return matchYes
		}
		return matchNo
	}
	n := 0
	for _, o := range fine {
		if covers(o) {
			n++
		}
	}
	switch n {
	case 0:
		return matchNo
	case len(fine):
		return matchYes
	}
	return matchMaybe
}

// Evaluate applies jurisdiction j's law to race. It returns InputErrors when
// the race is not valid, and never panics.
func Evaluate(j *Jurisdiction, race Race) (Result, error) {
	if err := race.Validate(j); err != nil {
		return Result{}, err
	}
	if race.Counties == 0 {
		race.Counties = 1
		if race.statewide(j.Counties) {
			race.Counties = j.Counties
		}
	}
	if race.Stage == "" {
		race.Stage = Certified
	}
	r := Result{Race: race, Jurisdiction: j}
	for _, c := range race.Candidates {
		r.Total += c.Votes
	}
	w := j.winnerRule(race)
	r.RuleCite, r.Above, r.AtLeast, r.Places = w.Cite, w.Above, w.AtLeast, w.Places
	r.count(w.Rule)
	r.checks()

	versions, when := j.versionsFor(race.Election)
	r.When = when
	for _, v := range versions {
		for i := range v.Readings {
			r.Findings = append(r.Findings, r.find(v, &v.Readings[i]))
		}
	}
	r.combine()
	r.askers()
	r.deadlines()
	r.facts(versions[0])
	for i, t := range j.Ties {
		if t.Scope.match(race, j) == matchYes {
			r.Tie = &j.Ties[i]
			break
		}
	}
	return r, nil
}

// winnerRule returns the winner rule for a race: the race's own, the most
// votes in a runoff, or the jurisdiction's for the race's scope.
func (j *Jurisdiction) winnerRule(race Race) WinnerLaw {
	if race.Winner != "" {
		return WinnerLaw{Rule: race.Winner}
	}
	if race.Type.runoff() {
		return WinnerLaw{Rule: Plurality}
	}
	for _, w := range j.Winner {
		if w.Scope.match(race, j) == matchYes && (w.From == 0 || race.Election >= w.From) && (w.Until == 0 || race.Election <= w.Until) {
			return w
		}
	}
	return WinnerLaw{Rule: Plurality}
}

// versionsFor returns the versions that may govern an election on d, the
// likeliest first, and how the date relates to the law on file.
func (j *Jurisdiction) versionsFor(d Date) ([]*Version, When) {
	vs := j.Versions
	i := 0
	for k := range vs {
		if vs[k].From <= d {
			i = k
		}
	}
	v := &vs[i]
	when := InForce
	switch {
	case d < v.From || (v.Assumed != 0 && d < v.Assumed):
		when = Assumed
	case d > j.Checked:
		when = Future
	}
	out := []*Version{v}
	if v.FromUnsure != 0 && d < v.FromUnsure && i > 0 {
		out = append(out, &vs[i-1])
	}
	return out, when
}

// find applies one reading to the race.
func (r *Result) find(v *Version, rd *Reading) Finding {
	f := Finding{Version: v, Reading: rd}
	j := r.Jurisdiction
	c := contest{Total: r.Total, Leader: r.Standings[r.Reference].Votes}
	margin := int64(0)
	if cl := r.Closest(); cl != nil {
		c.Other, margin = r.Standings[cl.Candidate].Votes, cl.Margin
	} else if len(r.Standings) > 1 {
		c.Other = r.Standings[1].Votes
		margin = c.Leader - c.Other
	}
	for i := range rd.Routes {
		rt := &rd.Routes[i]
		m := rt.Scope.match(r.Race, j)
		if m == matchNo {
			continue
		}
		rc := checkRoute(rt, c, margin)
		rc.Maybe = m == matchMaybe
		if rt.Kind == Automatic {
			f.Automatic = append(f.Automatic, rc)
		} else {
			f.Requested = append(f.Requested, rc)
		}
	}
	runoff := r.Outcome == ToRunoff || (r.Outcome == Tie && r.Standings[0].Status == RunoffQualifier)
	f.AutomaticAnswer, f.AutomaticReason = answer(f.Automatic, runoff, false)
	if len(r.Checks) == 0 && r.Outcome == Advanced && f.AutomaticAnswer != NoRoute {
		// Every candidate goes on: there is no margin to recount.
		f.AutomaticAnswer, f.AutomaticReason = NotYet, ReasonNone
	}
	for i := range f.Requested {
		if f.Requested[i].Route.UnlessAutomatic && f.AutomaticAnswer == Yes {
			f.Requested[i].Closed = true
		}
	}
	f.RequestAnswer, f.RequestReason = answer(f.Requested, runoff, r.Outcome == Tie)
	if len(r.Checks) == 0 && f.RequestAnswer != NoRoute {
		f.RequestAnswer, f.RequestReason = NotYet, ReasonNone
	}
	for i := range rd.Filings {
		fl := &rd.Filings[i]
		if fl.Scope.match(r.Race, j) != matchNo {
			f.Filing = fl
			break
		}
	}
	return f
}

// checkRoute applies a route's tiers to the contest.
func checkRoute(rt *Route, c contest, margin int64) RouteCheck {
	rc := RouteCheck{Route: rt, Tier: -1, Limits: make([]Limit, 0, len(rt.Tiers))}
	for i, t := range rt.Tiers {
		l := limitOf(t.Line, c)
		rc.Limits = append(rc.Limits, l)
		if rc.Tier >= 0 || rc.Unknown {
			continue
		}
		switch {
		case l.Unknown:
			rc.Unknown = true
		case l.Within(margin):
			rc.Tier = i
		}
	}
	return rc
}

// answer is the verdict of the routes of one kind that cover a race.
func answer(cs []RouteCheck, runoff, tie bool) (Answer, Reason) {
	if len(cs) == 0 {
		return NoRoute, ReasonNone
	}
	best, reason := No, ReasonNone
	for _, c := range cs {
		switch {
		case c.Closed:
		case runoff && c.Route.DecidedOnly:
			if best == No {
				reason = ReasonRunoff
			}
		case c.Within() && !c.Maybe:
			if tie && !c.Limits[c.Tier].Any && c.Route.Kind == Requested {
				best, reason = Depends, ReasonTie
				continue
			}
			return Yes, ReasonNone
		case c.Within() && c.Maybe:
			best, reason = Depends, ReasonOffice
		case c.Unknown && best == No:
			best, reason = Depends, ReasonOther
		}
	}
	return best, reason
}

// combine sets the verdicts across findings: theirs where they agree. A
// reading with no route of a kind and one whose route the margin is past
// agree that there is no recount: the answer is No, not Depends.
func (r *Result) combine() {
	m := r.Findings[0]
	r.Automatic, r.AutomaticReason = m.AutomaticAnswer, m.AutomaticReason
	r.Request, r.RequestReason = m.RequestAnswer, m.RequestReason
	agree := func(a, b Answer) bool {
		return a == b || (a == No || a == NoRoute) && (b == No || b == NoRoute)
	}
	for _, f := range r.Findings[1:] {
		switch {
		case r.Automatic == Depends:
		case !agree(f.AutomaticAnswer, r.Automatic):
			r.Automatic, r.AutomaticReason = Depends, ReasonReadings
		case f.AutomaticAnswer != r.Automatic:
			r.Automatic, r.AutomaticReason = No, ReasonNone
		}
		switch {
		case r.Request == Depends:
		case !agree(f.RequestAnswer, r.Request):
			r.Request, r.RequestReason = Depends, ReasonReadings
		case f.RequestAnswer != r.Request:
			r.Request, r.RequestReason = No, ReasonNone
		}
	}
}

// askers records, for every losing candidate, the request route and tier
// their own margin falls in under the main finding.
func (r *Result) askers() {
	f := r.Main()
	for k := range r.Checks {
		ch := &r.Checks[k]
		if ch.Margin == 0 {
			// Tied with the leader: neither is the defeated candidate the
			// law speaks of until the tie is broken, whatever the order
			// the names were typed in.
			continue
		}
		c := contest{Total: r.Total, Leader: r.Standings[ch.Against].Votes, Other: r.Standings[ch.Candidate].Votes}
		for i, rc := range f.Requested {
			if rc.Closed || rc.Maybe {
				continue
			}
			if t := checkRoute(rc.Route, c, ch.Margin); t.Within() {
				ch.Route, ch.Tier = i, t.Tier
				break
			}
		}
	}
}

// deadlines counts the request deadline under each finding's filing.
func (r *Result) deadlines() {
	count := func(f *Finding) *DeadlineResult {
		if f.Filing == nil || f.Filing.Deadline.N == 0 {
			return nil
		}
		base := func(d Deadline) Date {
			if d.From == ElectionDay {
				return r.Race.Election
			}
			return r.Race.Base
		}
		stated := f.Filing.Deadline
		d := CountDeadline(stated, base(stated), &r.Jurisdiction.Holidays)
		if o := stated.OrLater; o != nil && d.Base != 0 {
			// "The later of": the later one stands, and until both dates
			// are known the page asks for the one missing.
			if e := CountDeadline(*o, base(*o), &r.Jurisdiction.Holidays); e.Base == 0 || e.Due > d.Due {
				d = e
			}
		}
		d.Stated = stated
		return &d
	}
	r.Deadline = count(r.Main())
	for i := 1; i < len(r.Findings); i++ {
		f := &r.Findings[i]
		if f.Filing == nil || r.Main().Filing == nil || sameDeadline(f.Filing.Deadline, r.Main().Filing.Deadline) {
			continue
		}
		if d := count(f); d != nil {
			r.OtherDeadlines = append(r.OtherDeadlines, *d)
		}
	}
}

func sameDeadline(a, b Deadline) bool {
	return a.N == b.N && a.Unit == b.Unit && a.Weekday == b.Weekday && a.From == b.From && a.At == b.At &&
		a.Rolls == b.Rolls && a.SaturdayOpen == b.SaturdayOpen && a.ToBusinessDay == b.ToBusinessDay &&
		(a.OrLater == nil) == (b.OrLater == nil) && (a.OrLater == nil || sameDeadline(*a.OrLater, *b.OrLater))
}

// facts keeps the version's facts that hold for this race.
func (r *Result) facts(v *Version) {
	// Counted first, then copied into a slice of that size: a Fact is
	// large, and growing the slice one by one was a third of the bytes a
	// comparison of every jurisdiction allocated.
	n := 0
	for i := range v.Facts {
		if r.holds(&v.Facts[i]) {
			n++
		}
	}
	r.Facts = slices.Grow(r.Facts, n)
	for i := range v.Facts {
		if r.holds(&v.Facts[i]) {
			r.Facts = append(r.Facts, v.Facts[i])
		}
	}
}

// holds reports whether a fact applies to the race and its answers.
func (r *Result) holds(f *Fact) bool {
	if f.Scope.match(r.Race, r.Jurisdiction) != matchYes {
		return false
	}
	if (f.From != 0 && r.Race.Election < f.From) || (f.Until != 0 && r.Race.Election >= f.Until) {
		return false
	}
	switch f.When {
	case Automatic:
		return r.Automatic != No && r.Automatic != NoRoute
	case Requested:
		return r.Request != NoRoute
	}
	return true
}

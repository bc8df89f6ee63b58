package app

import (
	"strconv"
	"strings"

	"github.com/recount-explainer/recount/rules"
	"github.com/recount-explainer/recount/words"
)

// tense is how the page tells a race: now, in the past, or as what would
// happen if unofficial figures were certified as they stand.
type tense int

const (
	present tense = iota
	past
	ifCertified
)

func (v *view) tense() tense {
	switch {
	case v.R.Race.Stage == rules.Unofficial:
		return ifCertified
	case v.Past:
		return past
	}
	return present
}

// pick returns one of three words by tense.
func pick(t tense, now, then, would string) string {
	switch t {
	case past:
		return then
	case ifCertified:
		return would
	}
	return now
}

// lede is the answer box's story: a headline and the sentences that make it
// a complete lede (the race, its stage, the verdict, who may ask, where, by
// when), built from the result's kinds, never patched per case.
type lede struct {
	// Kind is the verdict's class: yes, no, depends, done, tie, runoff.
	Kind      string
	Icon      string
	Headline  string
	Sentences []line
	// Eligible and Automatic are the #verdict data attributes, "" where the
	// answer is uncertain.
	Eligible, Automatic string
}

func ledeOf(v *view) lede {
	r, w := v.R, v.W
	t := v.tense()
	var l lede
	if e, ok := r.Eligible(); ok {
		l.Eligible = strconv.FormatBool(e)
	}
	if a, ok := r.AutomaticRecount(); ok {
		l.Automatic = strconv.FormatBool(a)
	}
	say := func(s line) {
		if s.Text != "" {
			l.Sentences = append(l.Sentences, s)
		}
	}
	if r.Race.Stage == rules.Unofficial {
		say(text(m.LedeUnofficial.In(w)))
	}
	closest := r.Closest()
	switch {
	case r.Race.Stage == rules.Recounted:
		l.Kind, l.Icon, l.Headline = "done", "↻", m.LedeRecounted.In(w)
		switch {
		case r.Outcome == rules.Tie:
			say(text(m.LedeRecountedTie.In(w, words.Text(w.List(v.tied())), words.Count(r.Standings[r.Reference].Votes))))
		case r.Outcome == rules.ToRunoff && closest != nil:
			say(text(m.LedeRecountedRunoff.In(w, words.Text(v.name(0)), words.Text(v.name(1)), words.Text(v.name(closest.Candidate)),
				words.Count(closest.Margin))))
		default:
			say(text(m.LedeRecountedLead.In(w, words.Text(v.name(0)), words.Count(r.Standings[0].Votes-r.Standings[1].Votes))))
		}
		if p := v.pastRecount(); p != nil {
			switch {
			case p.After < 0:
				say(v.cited(m.LedeRecountReversed.In(w, words.Count(p.Before), words.Count(-p.After)), p.Cite))
			case p.After == p.Before:
				say(v.cited(m.LedeRecountSame.In(w, words.Count(p.Before)), p.Cite))
			default:
				say(v.cited(m.LedeRecountMoved.In(w, words.Count(p.Before), words.Count(p.After)), p.Cite))
			}
		}
		return l
	case r.Outcome == rules.ToRunoff && closest == nil:
		l.Kind, l.Icon = "runoff", "→"
		l.Headline = m.LedeBothRunoff.In(w, words.Text(v.name(0)), words.Text(v.name(1)))
		say(v.cited(m.LedeNoMajority.In(w, words.Text(v.threshold()), words.Count(r.Total), words.Count(r.Majority)), r.RuleCite))
		say(text(m.LedeAfterRunoff.In(w)))
		return l
	case r.Outcome == rules.Advanced && closest == nil:
		l.Kind, l.Icon = "runoff", "→"
		l.Headline = m.LedeAllAdvance.In(w, words.Count(int64(len(r.Standings))))
		say(v.outcome()) // the top-two or top-four rule, with its source
		return l
	case r.Outcome == rules.ToRunoff:
		l.Kind, l.Icon = "runoff", "→"
		l.Headline = m.LedeRunoffHead.In(w, words.Text(v.name(0)), words.Text(v.name(1)))
		say(v.cited(m.LedeNoMajority.In(w, words.Text(v.threshold()), words.Count(r.Total), words.Count(r.Majority)), r.RuleCite))
		say(v.runoffPlace(t))
		if r.AutomaticReason == rules.ReasonRunoff {
			say(text(m.AutoAfterRunoff.In(w)))
		}
		if r.Request == rules.Yes || r.Request == rules.Depends {
			say(v.whereWhen(t))
		}
		return l
	case r.Outcome == rules.Tie:
		l.Kind, l.Icon = "tie", "="
		l.Headline = m.LedeTie.In(w, words.Text(w.List(v.tied())), words.Count(r.Standings[r.Reference].Votes))
		say(text(m.LedeTieNobody.In(w)))
		say(v.tieRule())
	}
	auto, req := r.Automatic, r.Request
	switch {
	case auto == rules.Yes:
		l.Kind, l.Icon = "yes", "✓"
		l.Headline = pick(t, m.LedeAutoYes.In(w), m.LedeAutoYesPast.In(w), m.LedeAutoYesIf.In(w))
		say(v.automaticWhy())
	case auto == rules.Depends:
		l.Kind, l.Icon = "depends", "?"
		l.Headline = m.LedeAutoDepends.In(w)
		say(v.dependsWhy(r.AutomaticReason, rules.Automatic))
	}
	switch {
	case l.Headline != "" && (req == rules.Yes || req == rules.Depends) && r.Outcome != rules.Tie:
		// An automatic recount leads; a request is the reader's second
		// route only where the automatic answer is not a yes.
		if auto != rules.Yes {
			say(v.requestSentence(t))
		}
	case r.Outcome == rules.Tie && l.Headline != "":
		if req == rules.Depends {
			say(v.dependsWhy(r.RequestReason, rules.Requested))
		}
	case req == rules.Yes:
		l.Kind, l.Icon = "yes", "✓"
		l.Headline = v.mayAskHeadline(t)
		say(v.requestSentence(t))
	case req == rules.Depends:
		l.Kind, l.Icon = "depends", "?"
		if l.Headline == "" {
			l.Headline = m.LedeDepends.In(w)
		}
		say(v.dependsWhy(r.RequestReason, rules.Requested))
	case l.Headline == "":
		l.Kind, l.Icon = "no", "✗"
		l.Headline = v.noHeadline()
		say(v.noWhy())
	}
	if r.Outcome != rules.Tie && (req == rules.Yes || req == rules.Depends) {
		say(v.whereWhen(t))
	}
	if p := v.pastRecount(); p != nil && r.Race.Stage == rules.Certified {
		switch {
		case p.After < 0:
			say(v.cited(m.LedeWasRecountedReversed.In(w, words.ShortDay(p.Finished), words.Count(p.Before), words.Count(-p.After)), p.Cite))
		case p.After == p.Before:
			say(v.cited(m.LedeWasRecountedSame.In(w, words.ShortDay(p.Finished), words.Count(p.Before)), p.Cite))
		default:
			say(v.cited(m.LedeWasRecounted.In(w, words.ShortDay(p.Finished), words.Count(p.Before), words.Count(p.After)), p.Cite))
		}
	}
	if l.Kind == "tie" && l.Headline == "" {
		l.Headline = m.LedeTie.In(w, words.Text(w.List(v.tied())), words.Count(r.Standings[r.Reference].Votes))
	}
	return l
}

// tied returns the names of the candidates tied for the deciding place.
func (v *view) tied() []string {
	var out []string
	for i, s := range v.R.Standings {
		if s.Status == rules.Tied {
			out = append(out, v.name(i))
		}
	}
	return out
}

// tieRule says how the jurisdiction breaks a tie, or that the page does
// not cover it.
func (v *view) tieRule() line {
	if t := v.R.Tie; t != nil && t.Kind != rules.TieUnknown {
		return v.cited(v.W.Key("tie."+string(t.Kind)), t.Cite)
	}
	return text(m.TieNotCovered.In(v.W, words.Text(v.stateName())))
}

// pastRecount returns the jurisdiction's record of the recount of the
// preset shown, if it has one.
func (v *view) pastRecount() *rules.PastRecount {
	if v.Preset == nil {
		return nil
	}
	for i, p := range v.R.Jurisdiction.Past {
		if p.Race == v.Preset.RaceID {
			return &v.R.Jurisdiction.Past[i]
		}
	}
	return nil
}

// askers returns the names of the losing candidates who may ask, each with
// how far behind they are when there are several.
func (v *view) askers() []string {
	r := v.R
	var out []string
	n := 0
	for _, c := range r.Checks {
		if c.Tier >= 0 {
			n++
		}
	}
	for _, c := range r.Checks {
		if c.Tier < 0 {
			continue
		}
		if n == 1 {
			out = append(out, v.name(c.Candidate))
		} else {
			out = append(out, m.AskerBehind.In(v.W, words.Text(v.name(c.Candidate)), words.Count(c.Margin)))
		}
	}
	return out
}

func (v *view) mayAskHeadline(t tense) string {
	w := v.W
	names := v.askers()
	if len(names) == 0 { // voters or a party ask, not a candidate
		return pick(t, m.LedeYes.In(w), m.LedeYesPast.In(w), m.LedeYesIf.In(w))
	}
	list := words.Text(w.List(names))
	if len(names) == 1 {
		return pick(t, m.LedeMayAsk.In(w, list), m.LedeCouldAsk.In(w, list), m.LedeCouldAskIf.In(w, list))
	}
	return pick(t, m.LedeMayEachAsk.In(w, list), m.LedeCouldEachAsk.In(w, list), m.LedeCouldEachAskIf.In(w, list))
}

// lineOf is the request (or automatic) line the closest loser falls in, or
// the widest, for the sentences that state the gap.
func lineOf(rcs []rules.RouteCheck) (rules.RouteCheck, rules.Limit, bool) {
	for _, rc := range rcs {
		if rc.Within() && !rc.Maybe {
			return rc, rc.Limits[rc.Tier], true
		}
	}
	for _, rc := range rcs {
		if len(rc.Limits) > 0 && !rc.Maybe && !rc.Closed {
			return rc, rc.Limits[len(rc.Limits)-1], true
		}
	}
	return rules.RouteCheck{}, rules.Limit{}, false
}

// requestSentence states the gap against the request line: "Mary Norwood
// trails Keisha Lance Bottoms by 832 votes. Georgia allows a recount when
// the gap is no more than 1% of all votes cast for the office: 925 of
// 92,502."
func (v *view) requestSentence(t tense) line {
	r, w := v.R, v.W
	c := r.Closest()
	rc, lim, ok := lineOf(r.Main().Requested)
	if c == nil || !ok {
		return line{}
	}
	s := pick(t, m.Trails.In(w, words.Text(v.name(c.Candidate)), words.Text(v.name(c.Against)), words.Count(c.Margin)),
		m.Trailed.In(w, words.Text(v.name(c.Candidate)), words.Text(v.name(c.Against)), words.Count(c.Margin)),
		m.Trails.In(w, words.Text(v.name(c.Candidate)), words.Text(v.name(c.Against)), words.Count(c.Margin)))
	if lim.Any {
		return v.cited(s+" "+m.AnyMarginMayAsk.In(w, words.Text(v.stateName())), rc.Route.Cite)
	}
	return v.cited(s+" "+m.AllowsWhen.In(w, words.Text(v.stateName()), words.Text(v.lineWords(lim)), words.Count(lim.Votes)), rc.Route.Cite)
}

// automaticWhy states the gap against the automatic line.
func (v *view) automaticWhy() line {
	r, w := v.R, v.W
	rc, lim, ok := lineOf(r.Main().Automatic)
	c := r.Closest()
	if !ok || c == nil {
		return line{}
	}
	s := m.AutoGap.In(w, words.Count(c.Margin), words.Text(v.name(c.Against)), words.Text(v.name(c.Candidate)))
	if lim.Kind == rules.TieOnly {
		s += " " + m.AutoTieLine.In(w, words.Text(v.stateName()))
	} else {
		s += " " + m.AutoLine.In(w, words.Text(v.stateName()), words.Text(v.lineWords(lim)), words.Count(lim.Votes))
	}
	if rc.Tier >= 0 {
		if meth := rc.Route.Tiers[rc.Tier].Method; meth == rules.Hand || meth == rules.Machine {
			s += " " + w.Key("method.auto."+string(meth))
		}
	}
	if rc.Route.Waiver != nil {
		s += " " + m.AutoWaiver.In(w)
	}
	return v.cited(s, rc.Route.Cite)
}

// noHeadline says no, in the words that fit the law's routes.
func (v *view) noHeadline() string {
	r, w := v.R, v.W
	switch {
	case r.Request == rules.NoRoute && (r.Automatic == rules.NoRoute || r.AutomaticReason == rules.ReasonRunoff):
		return m.LedeNoRecountLaw.In(w)
	case r.Outcome == rules.ToRunoff:
		return m.LedeNoRunoffPlace.In(w)
	}
	return m.LedeNo.In(w)
}

// noWhy explains a no: the gap past the line, or the law's lack of a route
// and what remains.
func (v *view) noWhy() line {
	r, w := v.R, v.W
	c := r.Closest()
	var s string
	var cites []rules.Cite
	rcs := r.Main().Requested
	if r.Request == rules.NoRoute {
		rcs = r.Main().Automatic
	}
	if rc, lim, ok := lineOf(rcs); ok && c != nil && !lim.Any && !lim.Unknown {
		s = m.TooWide.In(w, words.Text(v.name(c.Candidate)), words.Text(v.name(c.Against)), words.Count(c.Margin),
			words.Text(v.lineWords(lim)), words.Count(c.Margin-lim.Votes))
		cites = rc.Route.Cite
	}
	if r.Request == rules.NoRoute {
		if s != "" {
			s += " "
		}
		s += m.NoRequestRoute.In(w, words.Text(v.stateName()))
		if ct := r.Main().Version.Contest; ct != nil {
			s += " " + m.ContestRoute.In(w, words.Text(v.receiverName(ct.Receiver)))
			cites = append(append([]rules.Cite{}, cites...), ct.Cite...)
		}
	}
	return v.cited(s, cites)
}

// dependsWhy says what the answer turns on.
func (v *view) dependsWhy(reason rules.Reason, kind rules.RouteKind) line {
	w := v.W
	switch reason {
	case rules.ReasonReadings:
		var cites []rules.Cite
		versions := false
		for _, f := range v.R.Findings {
			cites = append(append(cites, f.Reading.Cite...), f.Version.Cite...)
			versions = versions || f.Version != v.R.Findings[0].Version
		}
		if versions {
			return v.cited(m.DependsVersions.In(w)+" "+v.readingsSummary(kind)+" "+m.DependsVersionsAsk.In(w), cites)
		}
		return v.cited(m.DependsReadings.In(w, words.Text(v.stateName()))+" "+v.readingsSummary(kind), cites)
	case rules.ReasonOffice:
		return text(m.DependsOffice.In(w))
	case rules.ReasonTie:
		return text(m.DependsTie.In(w))
	case rules.ReasonOther:
		return text(m.DependsOtherCount.In(w))
	}
	return line{}
}

// readingsSummary says, reading by reading, what each gives.
func (v *view) readingsSummary(kind rules.RouteKind) string {
	r, w := v.R, v.W
	var parts []string
	for _, f := range r.Findings {
		a := f.RequestAnswer
		if kind == rules.Automatic {
			a = f.AutomaticAnswer
		}
		label := capital(v.readingLabel(&f))
		parts = append(parts, m.ReadingGives.In(w, words.Text(label), words.Text(w.Key("answer."+string(kind)+"."+string(a)))))
	}
	return strings.Join(parts, "; ") + "."
}

// readingLabel names a finding: its reading's words where readings
// conflict, or its version's where a version's start is unsure.
func (v *view) readingLabel(f *rules.Finding) string {
	if len(f.Version.Readings) > 1 {
		return v.W.Key("reading." + f.Reading.ID)
	}
	return v.W.Key("version." + f.Version.ID)
}

// runoffPlace says whether the runoff place may be recounted.
func (v *view) runoffPlace(t tense) line {
	r, w := v.R, v.W
	c := r.Closest()
	rc, lim, ok := lineOf(r.Main().Requested)
	if !ok || lim.Any || lim.Unknown {
		return line{}
	}
	loser, qual := words.Text(v.name(c.Candidate)), words.Text(v.name(c.Against))
	switch r.Request {
	case rules.Yes:
		if t == past {
			return v.cited(m.RunoffPlaceYesPast.In(w, loser, words.Count(c.Margin), qual, words.Count(lim.Votes)), rc.Route.Cite)
		}
		return v.cited(m.RunoffPlaceYes.In(w, loser, words.Count(c.Margin), qual, words.Count(lim.Votes)), rc.Route.Cite)
	case rules.Depends:
		return v.dependsWhy(r.RequestReason, rules.Requested)
	}
	return v.cited(m.RunoffPlaceNo.In(w, loser, words.Count(c.Margin), qual, words.Text(v.lineWords(lim))), rc.Route.Cite)
}

// whereWhen says where the request goes and by when.
func (v *view) whereWhen(t tense) line {
	r, w := v.R, v.W
	f := r.Main().Filing
	if f == nil {
		return line{}
	}
	to := words.Text(v.receiverName(f.Receiver))
	d := r.Deadline
	how := m.RequestTo
	if r.Main().Requested != nil && len(r.Main().Requested) > 0 && r.Main().Requested[0].Route.InWriting {
		how = m.RequestInWritingTo
	}
	s := how.In(w, to)
	switch {
	case d == nil:
	case d.Base == 0:
		s += " " + m.DeadlineNeedsBase.In(w, words.Text(v.deadlineRule(d.Stated)))
	case d.Later != 0:
		s += " " + m.DueOrLater.In(w, words.Day(d.Due), words.Day(d.Later), words.Text(v.possibleDays(d)))
	case d.Rule.Unit == rules.Hours:
		s += " " + m.DueHours.In(w, words.Count(int64(d.Rule.N)), words.Text(w.Key("event."+eventKey(d.Rule.From))), words.Day(d.Due))
	case t == past:
		s += " " + m.WasDueBy.In(w, words.Day(d.Due))
	case d.Rule.At != 0:
		s += " " + m.DueByAt.In(w, words.Text(w.Time(d.Rule.At)), words.Day(d.Due))
	default:
		s += " " + m.DueBy.In(w, words.Day(d.Due))
	}
	return v.cited(s, f.Receiver.Cite, f.Deadline.Cite)
}

// receiverName names who receives a request: its official name, or its
// kind in words.
func (v *view) receiverName(rc rules.Receiver) string {
	kind := v.W.Key("receiver." + string(rc.Kind))
	if rc.Name == "" {
		return kind
	}
	return m.ReceiverNamed.In(v.W, words.Text(kind), words.Text(rc.Name))
}

// lineWords says a line in words: "1% of all votes cast for the office",
// "0.5% of the two candidates' votes", "the lesser of 0.5% … and 10,000
// votes".
func (v *view) lineWords(l rules.Limit) string {
	w := v.W
	share := words.Text(w.Share(l.Share))
	switch {
	case l.Kind == rules.ShareOfOffice && l.Strict:
		return m.LineShareOfficeStrict.In(w, share)
	case l.Kind == rules.ShareOfOffice:
		return m.LineShareOffice.In(w, share)
	case l.Kind == rules.ShareOfTwo && l.Strict:
		return m.LineShareTwoStrict.In(w, share)
	case l.Kind == rules.ShareOfTwo:
		return m.LineShareTwo.In(w, share)
	case l.Kind == rules.ShareOfLeader && l.Strict:
		return m.LineShareLeaderStrict.In(w, share)
	case l.Kind == rules.ShareOfLeader:
		return m.LineShareLeader.In(w, share)
	case l.Kind == rules.FixedVotes && l.Strict:
		return m.LineVotesStrict.In(w, words.Count(l.Of))
	case l.Kind == rules.FixedVotes:
		return m.LineVotes.In(w, words.Count(l.Of))
	case l.Kind == rules.TieOnly:
		return m.LineTie.In(w)
	case l.Kind == rules.Lesser, l.Kind == rules.Greater:
		var parts []string
		for _, p := range l.Parts {
			parts = append(parts, v.lineWords(p))
		}
		if l.Kind == rules.Lesser {
			return m.LineLesser.In(w, words.Text(w.List(parts)))
		}
		return m.LineGreater.In(w, words.Text(w.Or(parts)))
	case l.Kind == rules.ByTotal && len(l.Parts) == 1:
		return v.lineWords(l.Parts[0])
	}
	return w.Key("line." + string(l.Kind))
}

// deadlineRule says a deadline rule in words: "within 2 business days
// after the results are certified".
func (v *view) deadlineRule(d rules.Deadline) string {
	w := v.W
	if o := d.OrLater; o != nil {
		first := d
		first.OrLater = nil
		return m.RuleOrLater.In(w, words.Text(v.deadlineRule(first)), words.Text(v.deadlineRule(*o)))
	}
	n, after := words.Count(int64(d.N)), words.Text(w.Key("event.after."+eventKey(d.From)))
	if after != "" {
		after = " " + after
	}
	switch d.Unit {
	case rules.BusinessDays:
		return m.RuleBusinessDays.In(w, n, after)
	case rules.Hours:
		return m.RuleHours.In(w, n, after)
	case rules.Weekdays:
		return m.RuleWeekday.In(w, words.Text(w.Key("nth."+strconv.Itoa(d.N))), words.Text(w.Key("weekday."+strconv.Itoa(int(d.Weekday)))), after)
	}
	return m.RuleDays.In(w, n, after)
}

// eventKey is an event's key in the words: "unstated" for none.
func eventKey(e rules.Event) string {
	if e == rules.Unstated {
		return "unstated"
	}
	return string(e)
}

// possibleDays names the days in a deadline's count that may or may not be
// holidays: "Friday, November 27, 2026 (the Friday after Thanksgiving)".
func (v *view) possibleDays(d *rules.DeadlineResult) string {
	w := v.W
	var out []string
	for _, day := range d.Days {
		if day.Kind == rules.DayPossible && day.Date <= d.Later {
			out = append(out, m.PossibleDay.In(w, words.Day(day.Date), words.Text(w.Key("holiday."+day.Holiday.Key))))
		}
	}
	return w.Or(out)
}

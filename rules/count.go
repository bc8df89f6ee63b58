package rules

import "math/bits"

// StandingStatus is where a candidate stands once the count is in.
type StandingStatus string

// The standings.
const (
	Declared        StandingStatus = "declared" // elected, or nominated in a primary
	RunoffQualifier StandingStatus = "runoff"   // one of the top two when nobody has a majority
	Advances        StandingStatus = "advances" // one of the top few who go on (Advance)
	Tied            StandingStatus = "tied"     // tied for the deciding place
	Lost            StandingStatus = "lost"     // not elected, nominated or in the runoff
)

// Outcome is what the count decides.
type Outcome string

// The outcomes.
const (
	Elected   Outcome = "elected"   // one candidate declared elected
	Nominated Outcome = "nominated" // one candidate declared nominated (a primary)
	ToRunoff  Outcome = "runoff"    // nobody has a majority: the top two go to a runoff
	Advanced  Outcome = "advanced"  // the top few go on to the general election (Advance)
	Tie       Outcome = "tie"       // a tie for the deciding place: nobody is declared for it
)

// Standing is one candidate's place in the count.
type Standing struct {
	Row    int // the candidate's row in Race.Candidates
	Name   string
	Votes  int64
	Share  Ratio // of all votes cast for the office
	Rank   int   // 1 for the most votes; tied candidates share a rank
	Status StandingStatus
}

// Check measures one candidate against the one they are compared with.
type Check struct {
	Candidate int // index into Result.Standings
	Against   int // index into Result.Standings
	Margin    int64
	Share     Ratio // Margin / Total
	// Tier is the tier of the first request route this candidate's margin
	// falls in, in the main reading; -1 when none.
	Tier int
	// Route is the index of that route in Result.Main().Requested.
	Route int
}

// count sorts the standings, decides the outcome and the reference
// candidate losing candidates are measured against.
func (r *Result) count(rule WinnerRule) {
	total := uint64(r.Total)
	r.Standings = make([]Standing, len(r.Race.Candidates))
	for i, c := range r.Race.Candidates {
		r.Standings[i] = Standing{Row: i, Name: c.Name, Votes: c.Votes, Share: Ratio{uint64(c.Votes), total}, Status: Lost}
	}
	s := r.Standings
	// Most votes first; ties keep the order of the form. An insertion sort:
	// at most 40 rows, and no generic sort in the wasm.
	for i := 1; i < len(s); i++ {
		for k := i; k > 0 && s[k].Votes > s[k-1].Votes; k-- {
			s[k], s[k-1] = s[k-1], s[k]
		}
	}
	for i := range s {
		if i > 0 && s[i].Votes == s[i-1].Votes {
			s[i].Rank = s[i-1].Rank
		} else {
			s[i].Rank = i + 1
		}
	}
	r.Majority = r.needed()
	r.Rule = rule
	places, through := 1, RunoffQualifier
	switch {
	case rule == Majority && !r.wins(s[0].Votes):
		places = 2 // nobody has a majority: the top two go to a runoff
	case rule == Advance:
		places, through = min(max(r.Places, 1), len(s)), Advances
	}
	last := places - 1
	r.Reference = last
	if len(s) > places && s[places].Votes == s[last].Votes {
		r.Outcome = Tie
		for i := range s {
			switch {
			case s[i].Votes > s[last].Votes:
				s[i].Status = through
			case s[i].Votes == s[last].Votes:
				s[i].Status = Tied
			}
		}
		return
	}
	if rule == Advance {
		r.Outcome = Advanced
		for i := range places {
			s[i].Status = Advances
		}
		return
	}
	if places == 2 {
		r.Outcome = ToRunoff
		s[0].Status, s[1].Status = RunoffQualifier, RunoffQualifier
		return
	}
	r.Outcome = Elected
	if r.Race.Type.primary() {
		r.Outcome = Nominated
	}
	s[0].Status = Declared
}

// needed returns the fewest votes that win outright under the majority
// rule: more than half of the total, or more than (or at least) Above of it
// where the law sets another share; exact in integers.
func (r *Result) needed() int64 {
	if r.Above == 0 {
		return r.Total/2 + 1
	}
	// v / Total > Above / 1,000,000 ⇔ v > Above·Total / 1,000,000.
	hi, lo := bits.Mul64(uint64(min(r.Above, 100*Percent)), uint64(r.Total))
	q, rem := bits.Div64(hi, lo, 1_000_000)
	if r.AtLeast && rem == 0 {
		return int64(q)
	}
	return int64(q) + 1
}

// wins reports whether v votes win outright under the majority rule.
func (r *Result) wins(v int64) bool { return v >= r.Majority }

// checks measures every losing (or tied-out) candidate against the
// reference, closest first.
func (r *Result) checks() {
	ref := r.Standings[r.Reference].Votes
	r.Checks = make([]Check, 0, len(r.Standings)-1)
	for i, s := range r.Standings {
		if i == r.Reference || (s.Status != Lost && s.Status != Tied) {
			continue
		}
		m := ref - s.Votes
		r.Checks = append(r.Checks, Check{Candidate: i, Against: r.Reference, Margin: m,
			Share: Ratio{uint64(m), uint64(r.Total)}, Tier: -1, Route: -1})
	}
}

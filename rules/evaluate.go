package rules

import (
	"cmp"
	"fmt"
	"slices"
)

// StandingStatus is where a candidate stands once the count is in.
type StandingStatus string

// The standings.
const (
	// Declared: declared elected (or nominated, in a primary).
	Declared StandingStatus = "declared"
	// RunoffQualifier: one of the top two when nobody has a majority.
	RunoffQualifier StandingStatus = "runoff"
	// Tied: tied for the last place that wins or reaches the runoff, so
	// nobody can be declared for it until the tie is resolved.
	Tied StandingStatus = "tied"
	// NotDeclared: a losing candidate.
	NotDeclared StandingStatus = "not-declared"
)

// Outcome is what the count decides.
type Outcome string

// The outcomes.
const (
	OutcomeElected   Outcome = "elected"   // one candidate declared elected
	OutcomeNominated Outcome = "nominated" // one candidate declared nominated (primary)
	OutcomeRunoff    Outcome = "runoff"    // nobody has a majority: the top two go to a runoff
	OutcomeTie       Outcome = "tie"       // a tie for the winning or the last runoff place
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

// Threshold is the recount line for this race: a losing candidate whose
// margin is not more than Votes may ask for a recount.
type Threshold struct {
	Share Ratio // of all votes cast for the office (1/200 is 0.5 percent)
	// Votes is floor(total × Share): the largest margin that qualifies. A
	// margin m qualifies exactly when m ≤ Votes, which for Share = 1/200 is
	// the same as 200 × m ≤ total.
	Votes int64
}

// MarginCheck compares one losing candidate with the candidate they are
// measured against.
type MarginCheck struct {
	Candidate int // index into Result.Standings
	Against   int // index into Result.Standings
	Margin    int64
	Share     Ratio // Margin / Total
	Eligible  bool  // Margin ≤ Threshold.Votes
	// Distance is how far the margin is from the line: votes to spare when
	// Eligible (Threshold.Votes − Margin), votes too many when not
	// (Margin − Threshold.Votes).
	Distance int64
}

// Receiver is who receives a recount request.
type Receiver string

// The receivers.
const (
	SecretaryOfState Receiver = "secretary-of-state"
	Superintendent   Receiver = "superintendent"
)

// ReceiverReason is why the request goes where it goes.
type ReceiverReason string

// The reasons.
const (
	// ReasonMultiCountyStatewide: a federal or state office voted on in more
	// than one county goes to the Secretary of State, who directs the
	// recount in every county involved.
	ReasonMultiCounty ReceiverReason = "federal-or-state-multi-county"
	// ReasonSingleCounty: a federal or state office voted on in one county
	// is one of "all other cases".
	ReasonSingleCounty ReceiverReason = "federal-or-state-one-county"
	// ReasonLocalOffice: county and municipal offices are "all other cases".
	ReasonLocalOffice ReceiverReason = "local-office"
)

// Request is who may ask for a recount, how, and of whom.
type Request struct {
	// InWriting: the request must be made in writing by the losing candidate.
	InWriting bool
	// BusinessDays after certification within which to ask.
	BusinessDays int
	Receiver     Receiver
	Reason       ReceiverReason
	// Superintendents is how many county or municipal superintendents order
	// the recount (one per county for a multi-county race).
	Superintendents int
	Sources         []SourceID
}

// Deadline is the last day to ask, counted from certification.
type Deadline struct {
	Certified Date
	Due       Date   // the last counted business day
	Counted   []Date // the business days counted, in order
	Skipped   []SkippedDay
	// MissingYears are the years counted whose Governor's holiday list is
	// not on file: federal holidays were used by rule for them.
	MissingYears []int
	Sources      []SourceID
}

// Automatic is the SB 3EX automatic hand recount as it bears on this race.
type Automatic struct {
	Law AutomaticLaw
	// Applies is true when the race is statewide and its margin is within
	// the automatic threshold; whether the office is one SB 3EX covers is
	// the reader's to say (ScopeStatus).
	WithinThreshold bool
	Threshold       Threshold
}

// Result is the whole walkthrough for one race: structured values only, no
// sentences, so that every language's page can say it in its own words.
type Result struct {
	Race      Race
	Law       Law
	Total     int64
	Standings []Standing // most votes first; ties keep the order of the form
	Outcome   Outcome
	// Majority is the fewest votes that are more than half of Total.
	Majority int64
	// Reference is the index into Standings of the candidate losing
	// candidates are measured against: the one declared elected or
	// nominated, or the last runoff qualifier.
	Reference int
	Threshold Threshold
	// Checks has one entry for each losing (or tied-out) candidate, in
	// standing order; the first is the closest to the line.
	Checks []MarginCheck
	// Eligible: at least one losing candidate may ask for a recount.
	Eligible  bool
	Request   Request
	Deadline  *Deadline  // nil until a certification date is given
	Automatic *Automatic // nil where SB 3EX cannot apply
	Procedure Procedure
	History   History
	// OtherLaws is the closest margin checked under every other version of
	// the law, so the page can show what the same count would have meant
	// before or after the change.
	OtherLaws []LawCheck
}

// LawCheck is the closest losing margin checked under one law version.
type LawCheck struct {
	Law       Law
	Threshold Threshold
	Eligible  bool
}

// Evaluate applies Georgia's recount law to race. It returns InputErrors
// when the race is not valid, and never panics.
func Evaluate(race Race) (Result, error) {
	if err := race.Validate(); err != nil {
		return Result{}, err
	}
	if err := calendarError(); err != nil {
		return Result{}, err
	}
	if race.Winner == "" {
		race.Winner = Majority
	}
	r := Result{Race: race, Law: LawOn(race.Election)}
	for _, c := range race.Candidates {
		r.Total += c.Votes
	}
	total := uint64(r.Total)
	r.Majority = r.Total/2 + 1

	r.Standings = make([]Standing, len(race.Candidates))
	for i, c := range race.Candidates {
		r.Standings[i] = Standing{Row: i, Name: c.Name, Votes: c.Votes, Share: Ratio{uint64(c.Votes), total}}
	}
	slices.SortStableFunc(r.Standings, func(a, b Standing) int { return cmp.Compare(b.Votes, a.Votes) })
	for i := range r.Standings {
		if i > 0 && r.Standings[i].Votes == r.Standings[i-1].Votes {
			r.Standings[i].Rank = r.Standings[i-1].Rank
		} else {
			r.Standings[i].Rank = i + 1
		}
	}
	r.decide()

	r.Threshold = Threshold{Share: r.Law.Threshold, Votes: int64(r.Law.Threshold.FloorOf(total))}
	ref := r.Standings[r.Reference].Votes
	for i, s := range r.Standings {
		if s.Status != NotDeclared && s.Status != Tied || i == r.Reference {
			continue
		}
		m := MarginCheck{Candidate: i, Against: r.Reference, Margin: ref - s.Votes}
		m.Share = Ratio{uint64(m.Margin), total}
		m.Eligible = m.Margin <= r.Threshold.Votes
		if m.Eligible {
			m.Distance = r.Threshold.Votes - m.Margin
		} else {
			m.Distance = m.Margin - r.Threshold.Votes
		}
		r.Eligible = r.Eligible || m.Eligible
		r.Checks = append(r.Checks, m)
	}

	for _, l := range georgiaLaws {
		if l.ID == r.Law.ID || len(r.Checks) == 0 {
			continue
		}
		t := Threshold{Share: l.Threshold, Votes: int64(l.Threshold.FloorOf(total))}
		r.OtherLaws = append(r.OtherLaws, LawCheck{Law: l, Threshold: t, Eligible: r.Checks[0].Margin <= t.Votes})
	}

	r.Request = request(race)
	if !race.Certified.IsZero() {
		counted, skipped, missing := BusinessDays(race.Certified, r.Request.BusinessDays)
		if len(counted) == 0 {
			return Result{}, fmt.Errorf("rules: no business day found after %v", race.Certified)
		}
		r.Deadline = &Deadline{
			Certified: race.Certified, Due: counted[len(counted)-1],
			Counted: counted, Skipped: skipped, MissingYears: missing,
			Sources: []SourceID{r.Law.Sources[0], SrcHolidaysLaw, SrcHolidayLists, SrcComputingTime},
		}
	}
	r.Automatic = automatic(race, r.Total, r.closestMargin())
	r.Procedure = procedureFor(race.Election)
	r.History = historyFor(r)
	return r, nil
}

// decide sets the outcome, each standing's status and the reference.
func (r *Result) decide() {
	s := r.Standings
	for i := range s {
		s[i].Status = NotDeclared
	}
	declare := OutcomeElected
	if r.Race.Type == Primary {
		declare = OutcomeNominated
	}
	// A runoff is itself decided by the most votes (§ 21-2-501), and so is a
	// plurality race; otherwise the leader needs a majority.
	plurality := r.Race.Winner == Plurality || r.Race.Type == Runoff
	winners := 1
	if !plurality && 2*uint64(s[0].Votes) <= uint64(r.Total) {
		winners = 2 // nobody has a majority: the top two go to a runoff
	}
	last := winners - 1
	if len(s) > winners && s[winners].Votes == s[last].Votes {
		// A tie across the last winning place: nobody is declared for it.
		r.Outcome = OutcomeTie
		for i := range s {
			if i < last && s[i].Votes > s[last].Votes {
				s[i].Status = RunoffQualifier
			} else if s[i].Votes == s[last].Votes {
				s[i].Status = Tied
			}
		}
		r.Reference = last
		return
	}
	r.Reference = last
	if winners == 2 {
		r.Outcome = OutcomeRunoff
		s[0].Status, s[1].Status = RunoffQualifier, RunoffQualifier
		return
	}
	r.Outcome = declare
	s[0].Status = Declared
}

// closestMargin returns the smallest margin of any check, or -1.
func (r *Result) closestMargin() int64 {
	if len(r.Checks) == 0 {
		return -1
	}
	return r.Checks[0].Margin
}

func request(race Race) Request {
	q := Request{InWriting: true, BusinessDays: 2, Receiver: Superintendent,
		Superintendents: race.Counties, Sources: []SourceID{LawOn(race.Election).Sources[0], SrcSuperintendent}}
	switch {
	case (race.Office == Federal || race.Office == State) && race.Counties > 1:
		q.Receiver, q.Reason, q.Superintendents = SecretaryOfState, ReasonMultiCounty, race.Counties
	case race.Office == Federal || race.Office == State:
		q.Reason = ReasonSingleCounty
	default:
		q.Reason = ReasonLocalOffice
	}
	return q
}

func automatic(race Race, total, margin int64) *Automatic {
	a := georgiaAutomatic
	if race.Election.Before(a.From) || race.Office != State || race.Counties != GeorgiaCounties || margin < 0 {
		return nil
	}
	t := Threshold{Share: a.Threshold, Votes: int64(a.Threshold.FloorOf(uint64(total)))}
	return &Automatic{Law: a, WithinThreshold: margin <= t.Votes, Threshold: t}
}

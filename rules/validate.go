package rules

import "slices"

// Validate returns every problem with r as InputErrors, in form order, or
// nil. j is the jurisdiction whose law will judge it (nil: the state is
// unknown, which is itself a problem).
func (r Race) Validate(j *Jurisdiction) error {
	var es InputErrors
	add := func(f Field, i int, p Problem, limit int64) {
		es = append(es, &InputError{Field: f, Index: i, Problem: p, Limit: limit})
	}
	if j == nil || j.Code != r.State {
		add(FieldState, -1, ProblemUnknownState, 0)
	}
	switch {
	case r.Election.IsZero():
		add(FieldDate, -1, ProblemMissing, 0)
	case !r.Election.Valid():
		add(FieldDate, -1, ProblemBadDate, 0)
	case r.Election.Year() < FirstYear || r.Election.Year() > LastYear:
		add(FieldDate, -1, ProblemOutOfRange, 0)
	}
	if !slices.Contains(ElectionTypes, r.Type) {
		add(FieldType, -1, ProblemUnknownChoice, 0)
	}
	if !slices.Contains(Offices, r.Office) && r.Office != Federal && r.Office != State {
		add(FieldOffice, -1, ProblemUnknownChoice, 0)
	}
	if j != nil {
		switch {
		case r.Counties < 0 || r.Counties > j.Counties:
			add(FieldCounties, -1, ProblemCounties, int64(j.Counties))
		case r.Office == County && r.Counties > 1:
			add(FieldCounties, -1, ProblemLocalOfficeCounties, 1)
		}
	}
	if !r.Base.IsZero() {
		switch {
		case !r.Base.Valid():
			add(FieldBase, -1, ProblemBadDate, 0)
		case r.Base.Year() < FirstYear || r.Base.Year() > LastYear+1:
			add(FieldBase, -1, ProblemOutOfRange, 0)
		case r.Election.Valid() && r.Base.Before(r.Election):
			add(FieldBase, -1, ProblemBaseBeforeElection, 0)
		}
	}
	if r.Stage != "" && !slices.Contains(Stages, r.Stage) {
		add(FieldStage, -1, ProblemUnknownChoice, 0)
	}
	if r.Winner != "" && r.Winner != Majority && r.Winner != Plurality {
		add(FieldWinner, -1, ProblemUnknownChoice, 0)
	}
	switch n := len(r.Candidates); {
	case n < MinCandidates:
		add(FieldCandidates, -1, ProblemTooFewCandidates, MinCandidates)
	case n > MaxCandidates:
		add(FieldCandidates, -1, ProblemTooManyCandidates, MaxCandidates)
	}
	var total int64
	overflow := false
	for i, c := range r.Candidates {
		if c.Votes < 0 {
			add(FieldVotes, i, ProblemNegative, 0)
			continue
		}
		if overflow || total > maxInt64-c.Votes {
			overflow = true
			continue
		}
		total += c.Votes
	}
	switch {
	case overflow:
		add(FieldVotes, -1, ProblemTooLarge, maxInt64)
	case total == 0 && len(r.Candidates) >= MinCandidates && len(es) == 0:
		add(FieldVotes, -1, ProblemNoVotes, 0)
	}
	if len(es) == 0 {
		return nil
	}
	return es
}

const maxInt64 = 1<<63 - 1

package rules

import (
	"fmt"
	"strings"
)

// Problem is what is wrong with one input value. Problems are errors, and the
// page turns each into words that say how to fix it.
type Problem int

// The problems an input value can have.
const (
	ProblemMissing              Problem = iota + 1 // nothing was entered
	ProblemNotANumber                              // votes are not a whole number
	ProblemNegative                                // votes are below zero
	ProblemTooLarge                                // a count, or the sum of all counts, exceeds what int64 holds
	ProblemBadDate                                 // not a real calendar date in YYYY-MM-DD form
	ProblemOutOfRange                              // a date outside the years the explainer covers
	ProblemTooFewCandidates                        // fewer than MinCandidates
	ProblemTooManyCandidates                       // more than MaxCandidates
	ProblemNoVotes                                 // every candidate has zero votes
	ProblemCertBeforeElection                      // certification dated before the election
	ProblemCounties                                // counties outside 1..GeorgiaCounties
	ProblemCountyOfficeCounties                    // a county office voted on in more than one county
	ProblemUnknownChoice                           // a choice that is not one of the offered values
	ProblemUnsupportedState                        // a state whose law the explainer does not have yet
)

var problemNames = map[Problem]string{
	ProblemMissing: "missing", ProblemNotANumber: "not-a-number", ProblemNegative: "negative",
	ProblemTooLarge: "too-large", ProblemBadDate: "bad-date", ProblemOutOfRange: "out-of-range",
	ProblemTooFewCandidates: "too-few-candidates", ProblemTooManyCandidates: "too-many-candidates",
	ProblemNoVotes: "no-votes", ProblemCertBeforeElection: "cert-before-election",
	ProblemCounties: "counties", ProblemCountyOfficeCounties: "county-office-counties",
	ProblemUnknownChoice: "unknown-choice", ProblemUnsupportedState: "unsupported-state",
}

// String returns a stable identifier such as "not-a-number", for logs and
// tests; it is not meant for readers.
func (p Problem) String() string {
	if s, ok := problemNames[p]; ok {
		return s
	}
	return fmt.Sprintf("problem(%d)", int(p))
}

// Error implements error.
func (p Problem) Error() string { return p.String() }

// Field names an input of a race, matching the page's query parameters.
type Field string

// The fields of a race.
const (
	FieldState      Field = "state"
	FieldDate       Field = "date"
	FieldType       Field = "type"
	FieldOffice     Field = "office"
	FieldCounties   Field = "counties"
	FieldCert       Field = "cert"
	FieldWinner     Field = "winner"
	FieldCandidates Field = "candidate"
	FieldVotes      Field = "votes"
)

// InputError says which input is wrong and how. Index is the candidate row
// (0-based) for FieldVotes, and -1 otherwise. Limit carries the bound that
// was crossed, where there is one (for example MaxCandidates).
type InputError struct {
	Field   Field
	Index   int
	Problem Problem
	Limit   int64
}

// Error implements error.
func (e *InputError) Error() string {
	if e.Index >= 0 {
		return fmt.Sprintf("%s[%d]: %s", e.Field, e.Index, e.Problem)
	}
	return fmt.Sprintf("%s: %s", e.Field, e.Problem)
}

// Unwrap returns the Problem, so errors.Is(err, ProblemNegative) works.
func (e *InputError) Unwrap() error { return e.Problem }

// InputErrors is every problem found in one race, in the order of the form.
type InputErrors []*InputError

// Error implements error.
func (es InputErrors) Error() string {
	parts := make([]string, len(es))
	for i, e := range es {
		parts[i] = e.Error()
	}
	return strings.Join(parts, "; ")
}

// Unwrap returns the individual errors, for errors.Is and errors.As.
func (es InputErrors) Unwrap() []error {
	out := make([]error, len(es))
	for i, e := range es {
		out[i] = e
	}
	return out
}

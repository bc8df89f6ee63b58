package rules

import (
	"strconv"
	"strings"
)

// Problem is what is wrong with one input value. Problems are errors, and
// the page turns each into words that say how to fix it.
type Problem int

// The problems an input value can have.
const (
	ProblemMissing             Problem = iota + 1 // nothing was entered
	ProblemNotANumber                             // votes are not a whole number
	ProblemNegative                               // votes are below zero
	ProblemTooLarge                               // a count, or the sum of all counts, exceeds what int64 holds
	ProblemBadDate                                // not a real calendar date in YYYY-MM-DD form
	ProblemOutOfRange                             // a date outside the years the explainer covers
	ProblemTooFewCandidates                       // fewer than MinCandidates
	ProblemTooManyCandidates                      // more than MaxCandidates
	ProblemNoVotes                                // every candidate has zero votes
	ProblemBaseBeforeElection                     // the deadline's base date is before the election
	ProblemCounties                               // counties outside 1..the state's number
	ProblemLocalOfficeCounties                    // a county office voted on in more than one county
	ProblemUnknownChoice                          // a choice that is not one of the offered values
	ProblemUnknownState                           // a state code the explainer does not know
)

var problemNames = [...]string{"", "missing", "not-a-number", "negative", "too-large", "bad-date",
	"out-of-range", "too-few-candidates", "too-many-candidates", "no-votes", "cert-before-election",
	"counties", "county-office-counties", "unknown-choice", "unknown-state"}

// String returns a stable identifier such as "not-a-number", for the words
// that explain it, logs and tests; it is not meant for readers.
func (p Problem) String() string {
	if p > 0 && int(p) < len(problemNames) {
		return problemNames[p]
	}
	return "problem(" + strconv.Itoa(int(p)) + ")"
}

// Problems lists every problem, for the tests that check each has words.
func Problems() []Problem {
	out := make([]Problem, 0, len(problemNames)-1)
	for p := Problem(1); int(p) < len(problemNames); p++ {
		out = append(out, p)
	}
	return out
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
	FieldBase       Field = "cert"
	FieldStage      Field = "stage"
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
		return string(e.Field) + "[" + strconv.Itoa(e.Index) + "]: " + e.Problem.String()
	}
	return string(e.Field) + ": " + e.Problem.String()
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

// Has reports whether es has a problem with field f.
func (es InputErrors) Has(f Field) bool {
	for _, e := range es {
		if e.Field == f {
			return true
		}
	}
	return false
}

package states

import (
	"strconv"
	"testing"

	"github.com/recount-explainer/recount/rules"
)

// race20 is a 20-candidate statewide race with a certification date.
func race20(state string) rules.Race {
	r := rules.Race{State: state, Election: 20241105, Type: rules.General, Office: rules.USSenate, Base: 20241122}
	for i := range 20 {
		r.Candidates = append(r.Candidates, rules.Candidate{Name: "Candidate " + strconv.Itoa(i+1), Votes: int64(100000 - i*997)})
	}
	return r
}

// BenchmarkEvaluate20 evaluates a 20-candidate race under Georgia's law
// (make bench reports its ns/op and allocs/op).
func BenchmarkEvaluate20(b *testing.B) {
	r := race20("GA")
	j := ByCode("GA")
	b.ReportAllocs()
	for b.Loop() {
		if _, err := rules.Evaluate(j, r); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkEvaluateAll evaluates one race under every jurisdiction's law,
// as the comparison view does on every keystroke (budget: 1 ms).
func BenchmarkEvaluateAll(b *testing.B) {
	r := race20("GA")
	b.ReportAllocs()
	for b.Loop() {
		for _, j := range All() {
			r.State = j.Code
			r.Counties = j.Counties
			if _, err := rules.Evaluate(j, r); err != nil {
				b.Fatal(err)
			}
		}
	}
}

package rules

import (
	"strconv"
	"testing"
)

// BenchmarkEvaluate20 evaluates a 20-candidate race with a certification
// date (make bench reports its ns/op and allocs/op).
func BenchmarkEvaluate20(b *testing.B) {
	r := Race{State: "GA", Election: NewDate(2024, 11, 5), Type: General, Office: State, Counties: 159,
		Certified: NewDate(2024, 11, 22)}
	for i := range 20 {
		r.Candidates = append(r.Candidates, Candidate{Name: "Candidate " + strconv.Itoa(i+1), Votes: int64(100000 - i*997)})
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Evaluate(r); err != nil {
			b.Fatal(err)
		}
	}
}

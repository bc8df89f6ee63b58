package rules

import (
	"math/big"
	"testing"
	"time"
)

// FuzzEvaluate checks, for any counts and dates, that Evaluate never panics
// and that its verdict is the law's inequality in exact integers:
// a margin qualifies exactly when Den × margin ≤ Num × total.
func FuzzEvaluate(f *testing.F) {
	f.Add(int64(46667), int64(45835), int64(0), 2017, 12, 5, 2017, 12, 11, uint8(0), uint8(3), 2)
	f.Add(int64(2474507), int64(2461837), int64(62138), 2020, 11, 3, 2020, 11, 20, uint8(0), uint8(0), 159)
	f.Add(int64(10050), int64(9950), int64(0), 2022, 11, 8, 0, 0, 0, uint8(1), uint8(1), 1)
	f.Add(int64(maxInt64), int64(1), int64(0), 2022, 11, 8, 2022, 11, 7, uint8(2), uint8(2), 0)
	f.Add(int64(5), int64(5), int64(5), 2009, 12, 1, 2009, 12, 5, uint8(3), uint8(3), 160)
	f.Fuzz(func(t *testing.T, a, b, c int64, y, m, d, cy, cm, cd int, typ, office uint8, counties int) {
		r := Race{
			State: "GA", Election: NewDate(y, monthOf(m), d), Type: ElectionTypes[int(typ)%len(ElectionTypes)],
			Office: OfficeLevels[int(office)%len(OfficeLevels)], Counties: counties,
			Candidates: []Candidate{{Votes: a}, {Votes: b}},
		}
		if cy != 0 {
			r.Certified = NewDate(cy, monthOf(cm), cd)
		}
		if c != 0 {
			r.Candidates = append(r.Candidates, Candidate{Votes: c})
		}
		res, err := Evaluate(r)
		if err != nil {
			return
		}
		total := new(big.Int)
		for _, cand := range r.Candidates {
			total.Add(total, big.NewInt(cand.Votes))
		}
		if total.Cmp(big.NewInt(res.Total)) != 0 {
			t.Fatalf("total %d, want %s", res.Total, total)
		}
		for _, ch := range res.Checks {
			lhs := new(big.Int).Mul(big.NewInt(ch.Margin), new(big.Int).SetUint64(res.Law.Threshold.Den))
			rhs := new(big.Int).Mul(total, new(big.Int).SetUint64(res.Law.Threshold.Num))
			if (lhs.Cmp(rhs) <= 0) != ch.Eligible {
				t.Fatalf("margin %d of %s: eligible=%v", ch.Margin, total, ch.Eligible)
			}
			if ch.Margin < 0 {
				t.Fatalf("negative margin %d", ch.Margin)
			}
		}
		if res.Deadline != nil && !res.Deadline.Due.After(res.Deadline.Certified) {
			t.Fatalf("deadline %v not after certification %v", res.Deadline.Due, res.Deadline.Certified)
		}
	})
}

// monthOf folds any int into a month, so the fuzzer also makes real dates.
func monthOf(m int) time.Month { return time.Month((m%12+12)%12 + 1) }

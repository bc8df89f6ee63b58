package rules_test

import (
	"math/big"
	"testing"
	"time"

	"github.com/recount-explainer/recount/rules"
	"github.com/recount-explainer/recount/rules/law"
	"github.com/recount-explainer/recount/rules/law/lawdata"
)

// The wasm carries no law (the page fetches what it needs): the browser
// tests load it whole, as the running page does when a reader picks
// another state.
func init() { _ = law.Load(lawdata.Text) }

// FuzzEvaluate checks, for any counts, dates, offices, types and every
// jurisdiction, that Evaluate never panics and that every line it reports is
// the statute's inequality in exact integers: the largest margin m with
// m × 1,000,000 ≤ share × denominator (or < for a "less than" line), the
// lesser or greater of parts, and that a verdict of Yes rests on a margin
// within a line.
func FuzzEvaluate(f *testing.F) {
	f.Add(int64(46667), int64(45835), int64(0), 2017, 12, 5, 11, uint8(0), uint8(10), uint8(2), 2)
	f.Add(int64(2474507), int64(2461837), int64(62138), 2020, 11, 3, 20, uint8(0), uint8(0), uint8(0), 159)
	f.Add(int64(10050), int64(9950), int64(0), 2022, 11, 8, 0, uint8(1), uint8(5), uint8(3), 1)
	f.Add(int64(1<<62), int64(1), int64(0), 2022, 11, 8, 1, uint8(2), uint8(2), uint8(9), 0)
	f.Add(int64(5), int64(5), int64(5), 2009, 12, 1, 4, uint8(3), uint8(3), uint8(20), 160)
	f.Add(int64(1000), int64(1000), int64(0), 2026, 11, 3, 22, uint8(0), uint8(1), uint8(40), 3)
	all := law.All()
	f.Fuzz(func(t *testing.T, a, b, c int64, y, mo, d, certAfter int, typ, office, state uint8, counties int) {
		j := all[int(state)%len(all)]
		election := rules.NewDate(y, monthOf(mo), d)
		r := rules.Race{
			State: j.Code, Election: election, Type: rules.ElectionTypes[int(typ)%len(rules.ElectionTypes)],
			Office: rules.Offices[int(office)%len(rules.Offices)], Counties: counties,
			Candidates: []rules.Candidate{{Votes: a}, {Votes: b}},
		}
		if certAfter > 0 && election.Valid() {
			r.Base = election.AddDays(certAfter % 60)
		}
		if c != 0 {
			r.Candidates = append(r.Candidates, rules.Candidate{Votes: c})
		}
		res, err := rules.Evaluate(j, r)
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
		for _, fd := range res.Findings {
			for _, rcs := range [][]rules.RouteCheck{fd.Automatic, fd.Requested} {
				for _, rc := range rcs {
					for _, l := range rc.Limits {
						check(t, l)
					}
					if rc.Tier >= 0 && rc.Limits[rc.Tier].Unknown {
						t.Fatal("a tier within an unknown line")
					}
				}
			}
		}
		if cl := res.Closest(); cl != nil && cl.Margin < 0 {
			t.Fatalf("negative margin %d", cl.Margin)
		}
		if res.Deadline != nil && res.Deadline.Due != 0 && !res.Deadline.Due.After(res.Deadline.Base) {
			t.Fatalf("deadline %v not after its base %v", res.Deadline.Due, res.Deadline.Base)
		}
	})
}

// check restates a limit in big integers.
func check(t *testing.T, l rules.Limit) {
	t.Helper()
	switch l.Kind {
	case rules.ShareOfOffice, rules.ShareOfTwo, rules.ShareOfLeader:
		x := new(big.Int).Mul(big.NewInt(l.Of), big.NewInt(int64(l.Share)))
		q, rem := new(big.Int).QuoRem(x, big.NewInt(1_000_000), new(big.Int))
		if l.Strict && rem.Sign() == 0 {
			q.Sub(q, big.NewInt(1))
		}
		if q.Cmp(big.NewInt(l.Votes)) != 0 {
			t.Fatalf("%s %d of %d (strict %v): limit %d, want %s", l.Kind, l.Share, l.Of, l.Strict, l.Votes, q)
		}
	case rules.Lesser, rules.Greater:
		for _, p := range l.Parts {
			check(t, p)
		}
		if l.Binding >= 0 && !l.Any && !l.Unknown && l.Parts[l.Binding].Votes != l.Votes {
			t.Fatalf("%s: binding part %d, limit %d", l.Kind, l.Parts[l.Binding].Votes, l.Votes)
		}
		for _, p := range l.Parts {
			if p.Any || p.Unknown || l.Any || l.Unknown {
				continue
			}
			if l.Kind == rules.Lesser && p.Votes < l.Votes || l.Kind == rules.Greater && p.Votes > l.Votes {
				t.Fatalf("%s: a part (%d) beyond the limit (%d)", l.Kind, p.Votes, l.Votes)
			}
		}
	case rules.ByTotal:
		for _, p := range l.Parts {
			check(t, p)
		}
	}
}

// monthOf folds any int into a month, so the fuzzer also makes real dates.
func monthOf(m int) time.Month { return time.Month((m%12+12)%12 + 1) }

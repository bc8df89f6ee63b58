package rules

import "math/bits"

// Ratio is an exact non-negative fraction Num/Den of two integers. Recount
// thresholds are Ratios (one-half of 1 percent is 1/200), and so are shares of
// the vote: no floating point is used anywhere a verdict depends on it.
type Ratio struct {
	Num, Den uint64
}

// Cmp compares r and s exactly: -1 if r < s, 0 if equal, +1 if r > s.
func (r Ratio) Cmp(s Ratio) int {
	// r.Num*s.Den vs s.Num*r.Den, in 128 bits.
	ah, al := bits.Mul64(r.Num, s.Den)
	bh, bl := bits.Mul64(s.Num, r.Den)
	switch {
	case ah < bh || (ah == bh && al < bl):
		return -1
	case ah == bh && al == bl:
		return 0
	}
	return 1
}

// FloorOf returns floor(n × r) exactly, for r ≤ 1. It is the largest whole
// number of votes not more than the share r of n votes.
func (r Ratio) FloorOf(n uint64) uint64 {
	hi, lo := bits.Mul64(n, r.Num)
	q, _ := bits.Div64(hi, lo, r.Den) // hi < Den because Num ≤ Den.
	return q
}

// Decimal returns scale × r written in decimal with the given number of
// fraction digits, truncated toward zero: the whole part, the fraction digits
// as an integer (to be zero-padded to places), and whether the decimal is
// exact. Decimal(100, 3) of 832/92502 is 0, 899, false: "0.899 percent". It
// requires r ≤ 1 and scale ≤ 1000. The page chooses the separators, so a
// Spanish page can write "0,899".
func (r Ratio) Decimal(scale uint64, places int) (whole, frac uint64, exact bool) {
	hi, lo := bits.Mul64(r.Num, scale)
	whole, rem := bits.Div64(hi, lo, r.Den)
	for range places {
		hi, lo := bits.Mul64(rem, 10)
		d, m := bits.Div64(hi, lo, r.Den)
		frac = frac*10 + d
		rem = m
	}
	return whole, frac, rem == 0
}

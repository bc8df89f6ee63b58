package rules

import "math/bits"

// Ratio is an exact non-negative fraction Num/Den of two integers: a share
// of the vote such as 832/92502. No floating point is used anywhere a
// verdict or a printed figure depends on it. A Ratio with Den 0 is zero.
type Ratio struct {
	Num, Den uint64
}

// Cmp compares r and s exactly: -1 if r < s, 0 if equal, +1 if r > s.
func (r Ratio) Cmp(s Ratio) int {
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

// Rounded returns scale × r rounded half up to the given number of
// fraction digits: the whole part and the fraction digits as an integer
// (to be zero-padded to places). Rounded(100, 2) of 2474507/4998482 is 49,
// 51: "49.51 percent", as the Secretary of State published it (truncating
// would give 49.50). It requires r ≤ 1, scale ≤ 1000 and places ≤ 9; the
// page chooses the separators, so a Spanish page writes its own.
func (r Ratio) Rounded(scale uint64, places int) (whole, frac uint64) {
	if r.Den == 0 {
		return 0, 0
	}
	pow := uint64(1)
	for range places {
		pow *= 10
	}
	// n = round(Num × scale × pow / Den), half up, in 128 bits.
	hi, lo := bits.Mul64(r.Num, scale*pow)
	q, rem := bits.Div64(hi, lo, r.Den)
	if rem >= r.Den-rem { // 2 × rem ≥ Den, without overflow
		q++
	}
	return q / pow, q % pow
}

// Exact reports whether scale × r has at most places fraction digits, so
// that Rounded loses nothing.
func (r Ratio) Exact(scale uint64, places int) bool {
	if r.Den == 0 {
		return true
	}
	pow := uint64(1)
	for range places {
		pow *= 10
	}
	hi, lo := bits.Mul64(r.Num, scale*pow)
	_, rem := bits.Div64(hi, lo, r.Den)
	return rem == 0
}

// mulDiv returns floor(a × b / c) and whether the division was exact, for
// c > 0 and a × b / c < 2⁶⁴.
func mulDiv(a, b, c uint64) (uint64, bool) {
	hi, lo := bits.Mul64(a, b)
	if hi >= c {
		return ^uint64(0), false // the quotient would not fit; callers keep inputs small
	}
	q, rem := bits.Div64(hi, lo, c)
	return q, rem == 0
}

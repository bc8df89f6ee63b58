package rules

import "math/bits"

// Share is a fraction of a vote count in parts per million: 1% is
// Percent (10,000), one-half of 1 percent is Percent/2, "0.00015 of the
// votes" is Percent*15/1000. Every share written in a recount statute so
// far is a whole number of millionths.
type Share int64

// Percent is one percent as a Share.
const Percent Share = 10_000

// Ratio returns s as an exact fraction.
func (s Share) Ratio() Ratio { return Ratio{uint64(s), 1_000_000} }

// LineKind names how a statute draws the line a margin must be within.
// Each kind is computed in a file of its own (line_<kind>.go): a new kind
// is a new file and a new value here.
type LineKind string

// The kinds of line.
const (
	// ShareOfOffice: a share of all votes cast for the office (every
	// candidate, write-ins too), as in Georgia, Ohio and Alabama.
	ShareOfOffice LineKind = "share-of-office"
	// ShareOfTwo: a share of the votes of the two candidates compared, as in
	// Virginia, Arizona and Washington: third parties do not dilute it.
	ShareOfTwo LineKind = "share-of-two"
	// ShareOfLeader: a share of the votes of the candidate measured against
	// (the winner, or the highest vote), as in Colorado and North Dakota.
	ShareOfLeader LineKind = "share-of-leader"
	// FixedVotes: a number of votes, as Michigan's 25 for the state house.
	FixedVotes LineKind = "votes"
	// Lesser: within every line of Of ("whichever is less"), as North
	// Carolina's 0.5% or 10,000 votes statewide.
	Lesser LineKind = "lesser"
	// Greater: within any line of Of ("whichever is greater").
	Greater LineKind = "greater"
	// TieOnly: only a tie (a margin of 0), as Texas's automatic recount.
	TieOnly LineKind = "tie"
	// AnyMargin: no margin is needed.
	AnyMargin LineKind = "any"
	// ByTotal: the line depends on how many votes were cast for the office
	// (Bands, smallest first), as Rhode Island's three tiers.
	ByTotal LineKind = "by-total"
	// OtherCount: the margin is compared with a count the page does not
	// ask for (Louisiana: the absentee and early ballots cast), so the
	// answer depends on it.
	OtherCount LineKind = "other-count"
)

// Line is a statute's margin line. The zero Line is invalid: every rule
// names its kind.
type Line struct {
	Kind LineKind
	// Share is the fraction for the share kinds.
	Share Share
	// Votes is the number for FixedVotes.
	Votes int64
	// Strict: the statute says "less than" (the margin must be below the
	// line); otherwise "not more than" (a margin exactly at it qualifies).
	Strict bool
	// Of are the lines compared by Lesser and Greater.
	Of []Line
	// Bands are ByTotal's lines, by the most votes cast each covers.
	Bands []Band
}

// Band is one of ByTotal's lines: it applies when at most UpTo votes were
// cast for the office (UpTo 0: any number, for the last band).
type Band struct {
	UpTo int64
	Line Line
}

// contest is what a line is measured with: every vote for the office, and
// the two candidates compared.
type contest struct {
	Total  int64 // all votes cast for the office
	Leader int64 // the candidate measured against (winner or last qualifier)
	Other  int64 // the candidate measured
}

// Limit is a line applied to one count: the largest margin within it, in
// votes, and how it was reached, so the page can show the arithmetic.
type Limit struct {
	Kind LineKind
	// Votes is the largest margin within the line; -1 when no margin is
	// (a strict line below one vote). Meaningless when Any or Unknown.
	Votes int64
	// Any: every margin is within the line (AnyMargin).
	Any bool
	// Unknown: the line depends on a count not entered (OtherCount).
	Unknown bool
	// Share, Of and Strict restate the line: Votes is the largest margin m
	// with m ≤ Share × Of (m < Share × Of when Strict).
	Share  Share
	Of     int64
	Strict bool
	// Parts are the limits of Lesser's and Greater's lines, and Binding the
	// index of the one that decides; for ByTotal, the band's limit.
	Parts   []Limit
	Binding int
	// Band is the index of the ByTotal band that applies.
	Band int
}

// Within reports whether a margin of m votes is within the limit. An
// Unknown limit reports false: callers check Unknown first.
func (l Limit) Within(m int64) bool {
	if l.Any {
		return true
	}
	if l.Unknown {
		return false
	}
	return m <= l.Votes
}

// limitOf applies a line to a contest.
func limitOf(l Line, c contest) Limit {
	switch l.Kind {
	case ShareOfOffice:
		return shareOfOffice(l, c)
	case ShareOfTwo:
		return shareOfTwo(l, c)
	case ShareOfLeader:
		return shareOfLeader(l, c)
	case FixedVotes:
		return fixedVotes(l)
	case Lesser:
		return lesser(l, c)
	case Greater:
		return greater(l, c)
	case TieOnly:
		return tieOnly()
	case AnyMargin:
		return anyMargin()
	case ByTotal:
		return byTotal(l, c)
	case OtherCount:
		return otherCount()
	}
	return Limit{Kind: l.Kind, Votes: -1}
}

// shareLimit is the largest margin m with m ≤ s × of (or m < s × of when
// strict), exactly.
func shareLimit(kind LineKind, s Share, of int64, strict bool) Limit {
	q, exact := mulDiv(uint64(of), uint64(s), 1_000_000)
	v := int64(q)
	if strict && exact {
		v--
	}
	return Limit{Kind: kind, Votes: v, Share: s, Of: of, Strict: strict}
}

// valid reports whether a line is well formed: a known kind with what it
// needs. The states' tests check every line of the data with it.
func (l Line) valid() bool {
	switch l.Kind {
	case ShareOfOffice, ShareOfTwo, ShareOfLeader:
		return l.Share > 0 && l.Share <= 100*Percent
	case FixedVotes:
		return l.Votes >= 0
	case Lesser, Greater:
		if len(l.Of) < 2 {
			return false
		}
		for _, p := range l.Of {
			if !p.valid() {
				return false
			}
		}
		return true
	case ByTotal:
		if len(l.Bands) < 2 || l.Bands[len(l.Bands)-1].UpTo != 0 {
			return false
		}
		for i, b := range l.Bands {
			if !b.Line.valid() || (i > 0 && i < len(l.Bands)-1 && b.UpTo <= l.Bands[i-1].UpTo) {
				return false
			}
		}
		return true
	case TieOnly, AnyMargin, OtherCount:
		return true
	}
	return false
}

// Product returns Share × Of, the line before it is cut to whole votes, as a
// whole part and hundredths (truncated), and whether it is exact: 1% of
// 92,502 is 925.02. It is for showing the arithmetic; the verdict uses Votes.
func (l Limit) Product() (whole, hundredths uint64, exact bool) {
	hi, lo := bits.Mul64(uint64(l.Of), uint64(l.Share))
	if hi >= 1_000_000 {
		return ^uint64(0), 0, false
	}
	q, rem := bits.Div64(hi, lo, 1_000_000)
	return q, rem / 10_000, rem == 0
}

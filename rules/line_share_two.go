package rules

// shareOfTwo: the margin against a share of the votes of the two candidates
// compared, so votes for anyone else do not widen the line.
func shareOfTwo(l Line, c contest) Limit {
	return shareLimit(ShareOfTwo, l.Share, c.Leader+c.Other, l.Strict)
}

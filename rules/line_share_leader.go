package rules

// shareOfLeader: the margin against a share of the votes of the candidate
// measured against (the winner, or the highest vote for the office).
func shareOfLeader(l Line, c contest) Limit {
	return shareLimit(ShareOfLeader, l.Share, c.Leader, l.Strict)
}

package rules

// fixedVotes: a number of votes; "less than N" is at most N − 1.
func fixedVotes(l Line) Limit {
	v := l.Votes
	if l.Strict {
		v--
	}
	return Limit{Kind: FixedVotes, Votes: v, Of: l.Votes, Strict: l.Strict}
}

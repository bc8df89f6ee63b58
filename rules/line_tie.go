package rules

// tieOnly: only a margin of zero.
func tieOnly() Limit { return Limit{Kind: TieOnly, Votes: 0} }

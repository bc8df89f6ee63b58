package rules

// otherCount: the statute compares the margin with a count the page does
// not ask for, so the answer depends on it.
func otherCount() Limit { return Limit{Kind: OtherCount, Unknown: true} }

package rules

// anyMargin: no margin is needed.
func anyMargin() Limit { return Limit{Kind: AnyMargin, Any: true} }

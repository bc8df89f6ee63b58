package rules

// greater: "whichever is greater": within any of the lines, so the limit is
// the largest of theirs.
func greater(l Line, c contest) Limit {
	out := Limit{Kind: Greater, Binding: -1, Parts: make([]Limit, 0, len(l.Of))}
	for i, p := range l.Of {
		pl := limitOf(p, c)
		out.Parts = append(out.Parts, pl)
		switch {
		case pl.Any:
			out.Any = true
		case pl.Unknown:
			out.Unknown = true
		case out.Binding < 0 || pl.Votes > out.Parts[out.Binding].Votes:
			out.Binding = i
		}
	}
	if out.Any {
		out.Unknown = false
		return out
	}
	if out.Binding >= 0 {
		out.Votes = out.Parts[out.Binding].Votes
	}
	return out
}

package rules

// lesser: "whichever is less": the margin must be within every line, so the
// limit is the smallest of theirs. A line that depends on an unknown count
// makes the whole unknown unless another line is already the tighter.
func lesser(l Line, c contest) Limit {
	out := Limit{Kind: Lesser, Binding: -1, Parts: make([]Limit, 0, len(l.Of))}
	for i, p := range l.Of {
		pl := limitOf(p, c)
		out.Parts = append(out.Parts, pl)
		switch {
		case pl.Any:
		case pl.Unknown:
			out.Unknown = true
		case out.Binding < 0 || pl.Votes < out.Parts[out.Binding].Votes:
			out.Binding = i
		}
	}
	if out.Binding < 0 {
		out.Any = !out.Unknown
		return out
	}
	out.Votes = out.Parts[out.Binding].Votes
	return out
}

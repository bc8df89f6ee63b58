package rules

// byTotal: the band for the number of votes cast for the office decides
// the line (Rhode Island: 2% up to 20,000 votes, 1% up to 100,000, 0.5%
// beyond).
func byTotal(l Line, c contest) Limit {
	for i, b := range l.Bands {
		if b.UpTo == 0 || c.Total <= b.UpTo {
			in := limitOf(b.Line, c)
			out := in
			out.Parts = []Limit{in}
			out.Kind, out.Band = ByTotal, i
			return out
		}
	}
	return Limit{Kind: ByTotal, Votes: -1}
}

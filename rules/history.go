package rules

// Study is one count of how often recounts change results.
type Study struct {
	ID        string
	Elections int
	Recounts  int
	Reversals int
	// ReversalMargin: every reversal had an initial margin under this share.
	ReversalMargin Ratio
	// MeanShift is the average change in the margin, in votes and as a share.
	MeanShiftVotes int64
	MeanShift      Ratio
	Source         SourceID
}

// History sets this race's closest margin against what recounts have done.
type History struct {
	Margin int64 // the closest losing margin in this race
	Share  Ratio // Margin / Total
	// ReversalLine: the three statewide reversals since 2000 all began
	// under this share (FairVote: 0.06%).
	ReversalLine Ratio
	// LargestShift: the largest statewide recount shift since 2000 (AP:
	// 0.1%, Vermont 2006, 239 votes).
	LargestShift      Ratio
	LargestShiftVotes int64
	// BelowReversalLine: Share < ReversalLine.
	BelowReversalLine bool
	// WithinLargestShift: Share ≤ LargestShift.
	WithinLargestShift bool
	// TimesMeanShift: Margin ÷ the mean shift in votes (551), whole part.
	TimesMeanShift int64
	Studies        []Study
}

var recountStudies = []Study{
	{ID: "fairvote-2000-2023", Elections: 6929, Recounts: 36, Reversals: 3,
		ReversalMargin: Ratio{6, 10000}, MeanShiftVotes: 551, MeanShift: Ratio{3, 10000}, Source: SrcFairVote},
	{ID: "ap-2000-2020", Recounts: 31, Reversals: 3, Source: SrcAPRecounts},
}

// Studies returns the recount studies the engine knows.
func Studies() []Study { return append([]Study(nil), recountStudies...) }

func historyFor(r Result) History {
	h := History{
		ReversalLine:      recountStudies[0].ReversalMargin,
		LargestShift:      Ratio{1, 1000},
		LargestShiftVotes: 239,
		Studies:           Studies(),
		Margin:            -1,
	}
	if len(r.Checks) == 0 {
		return h
	}
	c := r.Checks[0]
	h.Margin, h.Share = c.Margin, c.Share
	h.BelowReversalLine = h.Share.Cmp(h.ReversalLine) < 0
	h.WithinLargestShift = h.Share.Cmp(h.LargestShift) <= 0
	h.TimesMeanShift = h.Margin / recountStudies[0].MeanShiftVotes
	return h
}

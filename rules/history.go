package rules

// History sets a margin against what statewide recounts have done: the
// studies' counts, and the margin's share against the average shift, the
// largest shift and the margins of the three reversals since 2000. All
// comparisons are of shares, not votes, so a city race is not measured
// against statewide vote counts.
type History struct {
	// FairVote, statewide general elections 2000–2023.
	Elections, Recounts, Reversals int64
	// MeanShift is the average change a recount made to the margin, as a
	// share of the vote (0.03%), and in votes (551).
	MeanShift      Share
	MeanShiftVotes int64
	// ReversalBelow: every reversal began with a margin under it (0.06%).
	ReversalBelow Share
	// LargestShift is the largest shift in AP's count (0.1%, Vermont 2006,
	// 239 votes).
	LargestShift      Share
	LargestShiftVotes int64
	// BelowReversal: the margin's share is under ReversalBelow.
	BelowReversal bool
	// Times is the margin's share over MeanShift, rounded half up.
	Times int64
}

// HistoryOf sets a margin's share of the vote against the studies.
func HistoryOf(share Ratio) History {
	h := History{Elections: 6929, Recounts: 36, Reversals: 3, MeanShift: Percent * 3 / 100, MeanShiftVotes: 551,
		ReversalBelow: Percent * 6 / 100, LargestShift: Percent / 10, LargestShiftVotes: 239}
	h.BelowReversal = share.Cmp(h.ReversalBelow.Ratio()) < 0
	// share / MeanShift = Num × 1e6 / (Den × 300), rounded half up.
	if share.Den > 0 {
		q, _ := Ratio{Num: share.Num, Den: share.Den}.Rounded(1_000_000/uint64(h.MeanShift), 0)
		h.Times = int64(q)
	}
	return h
}

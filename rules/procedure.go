package rules

// Era is the voting technology Georgia used, which decides what a recount
// physically is.
type Era string

// The eras.
const (
	// EraMixed: before the statewide touchscreens of 2002 counties used
	// punch cards, optical scan or lever machines.
	EraMixed Era = "mixed-systems"
	// EraTouchscreen: 2002–2019, touchscreen machines (DREs) without a paper
	// trail: a "recount" re-read the machines' memory cards (a recanvass)
	// and recounted paper absentee and provisional ballots.
	EraTouchscreen Era = "touchscreen"
	// EraScannedPaper: since 2020, paper ballots marked on ballot-marking
	// devices or by hand, counted by scanners.
	EraScannedPaper Era = "scanned-paper"
)

// StepKind names one fact about how a recount is done. The page has words
// for each.
type StepKind string

// The steps and facts of a recount.
const (
	StepRecanvassMemoryCards StepKind = "recanvass-memory-cards"
	StepRecountPaperBallots  StepKind = "recount-paper-ballots"
	StepLateBallotsCounted   StepKind = "late-ballots-counted-before-certification"
	StepCountyMethods        StepKind = "county-methods-varied"
	StepTestScanners         StepKind = "test-scanners-on-hand-counted-deck"
	StepRescanEveryBallot    StepKind = "rescan-every-ballot"
	StepHandCountOnlyIf      StepKind = "hand-count-only-without-passing-scanner-or-by-court-order"
	StepBatchesKept          StepKind = "batches-kept"
	StepNoSignatureRecheck   StepKind = "no-signature-recheck"
	StepPublicView           StepKind = "public-view"
	StepCandidatesWatch      StepKind = "candidates-or-representatives-watch"
	StepPartyObservers       StepKind = "two-observers-per-party"
	StepCountiesPay          StepKind = "counties-pay-no-deposit"
	StepNoFinishDeadline     StepKind = "no-deadline-to-finish"
	StepCorrectAndRecertify  StepKind = "correct-returns-and-recertify"
	StepOrderedImmediately   StepKind = "ordered-immediately"
)

// Step is one fact about the recount, with its source and how well it is
// verified. Numbers carry the figures the page shows with it (for the test
// deck: 75 machine-marked ballots, 25 hand-marked, 3 precincts).
type Step struct {
	Kind    StepKind
	Numbers []int64
	Source  SourceID
	Status  Status
}

// PastRecount is a Georgia recount to compare against: how long it took and
// how much it moved the margin.
type PastRecount struct {
	ID          string // a preset race id
	Election    Date
	Certified   Date
	Requested   Date // zero where not known
	Finished    Date
	Recertified Date
	Before      int64 // certified margin
	After       int64 // margin after the recount
	Source      SourceID
}

// Procedure is what happens once a recount is ordered, for the era of the
// election.
type Procedure struct {
	Era       Era
	Steps     []Step // what is done, in order
	Observers []Step // who may watch
	Costs     []Step // who pays, how long it may take
	Past      []PastRecount
}

var (
	touchscreenFrom    = NewDate(2002, 1, 1)
	scannedPaperFrom   = NewDate(2020, 1, 1)
	pastGeorgiaRecount = []PastRecount{
		{"atlanta-2009-runoff", NewDate(2009, 12, 1), NewDate(2009, 12, 5), NewDate(2009, 12, 8), NewDate(2009, 12, 9), Date{}, 715, 714, SrcPastRecounts},
		{"atlanta-2017-runoff", NewDate(2017, 12, 5), NewDate(2017, 12, 11), Date{}, NewDate(2017, 12, 14), NewDate(2017, 12, 16), 832, 821, SrcPastRecounts},
		{"georgia-2020-president", NewDate(2020, 11, 3), NewDate(2020, 11, 20), NewDate(2020, 11, 21), NewDate(2020, 12, 2), NewDate(2020, 12, 7), 12670, 11779, SrcPastRecounts},
	}
)

// PastRecounts returns the Georgia recounts the engine knows, oldest first.
func PastRecounts() []PastRecount { return append([]PastRecount(nil), pastGeorgiaRecount...) }

func procedureFor(election Date) Procedure {
	p := Procedure{Past: PastRecounts()}
	right := LawOn(election).Sources[0]
	switch {
	case election.Before(touchscreenFrom):
		p.Era = EraMixed
		p.Steps = []Step{
			{Kind: StepOrderedImmediately, Source: right, Status: Reported},
			{Kind: StepCountyMethods, Source: SrcDREEra, Status: Reported},
		}
	case election.Before(scannedPaperFrom):
		p.Era = EraTouchscreen
		p.Steps = []Step{
			{Kind: StepOrderedImmediately, Source: right, Status: Reported},
			{Kind: StepLateBallotsCounted, Source: SrcPastRecounts, Status: Reported},
			{Kind: StepRecanvassMemoryCards, Source: SrcDREEra, Status: Reported},
			{Kind: StepRecountPaperBallots, Source: SrcDREEra, Status: Reported},
		}
	default:
		p.Era = EraScannedPaper
		p.Steps = []Step{
			{Kind: StepOrderedImmediately, Source: right, Status: Reported},
			{Kind: StepTestScanners, Numbers: []int64{75, 25, 3}, Source: SrcRecountRule, Status: Verified},
			{Kind: StepRescanEveryBallot, Source: SrcRecountRule, Status: Verified},
			{Kind: StepHandCountOnlyIf, Source: SrcRecountRule, Status: Verified},
			{Kind: StepBatchesKept, Source: SrcPastRecounts, Status: Reported},
			{Kind: StepNoSignatureRecheck, Source: SrcPastRecounts, Status: Reported},
		}
	}
	p.Steps = append(p.Steps, Step{Kind: StepCorrectAndRecertify, Source: right, Status: Reported})
	p.Observers = []Step{
		{Kind: StepCandidatesWatch, Source: SrcPrecertRecount, Status: Verified},
		{Kind: StepPartyObservers, Numbers: []int64{2}, Source: SrcPrecertRecount, Status: Verified},
	}
	if !election.Before(scannedPaperFrom) {
		p.Observers = append(p.Observers, Step{Kind: StepPublicView, Source: SrcRecountRule, Status: Verified})
	}
	p.Costs = []Step{
		{Kind: StepCountiesPay, Source: SrcWhoPays, Status: Reported},
		{Kind: StepNoFinishDeadline, Source: SrcRecountRight, Status: Reported},
	}
	return p
}

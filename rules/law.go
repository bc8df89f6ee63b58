package rules

// Law is one version of a state's recount law: the threshold a margin must
// not exceed for a losing candidate to have the right to a recount, and the
// dates it was in force. The version in force on the election date applies.
type Law struct {
	ID string
	// From is the first election date this version governs; Until is the
	// first date it no longer does (zero: still in force).
	From, Until Date
	// Threshold is the share of all votes cast for the office: 1/100 is
	// "1 percent", 1/200 "one-half of 1 percent". A margin exactly at it
	// qualifies.
	Threshold Ratio
	// FromStatus says whether From itself is confirmed in the enacted text
	// (a signing date is known but an effective date may not be).
	FromStatus Status
	// Sources are what the threshold rests on; the first is the main citation.
	Sources []SourceID
}

// AutomaticLaw is an automatic recount provision (SB 3EX, 2026): a hand
// recount without any request, at a margin not more than Threshold, for some
// statewide offices.
type AutomaticLaw struct {
	From       Date
	FromStatus Status
	Threshold  Ratio
	// FinishDays is the number of days the recount must be finished in.
	FinishDays int
	// ScopeStatus: the offices covered are reported differently by different
	// outlets ("governor and lieutenant governor", "statewide executive races
	// listed first or second", "statewide offices").
	ScopeStatus Status
	Sources     []SourceID
}

// hb316 is the first election date under the one-half of 1 percent
// threshold. HB 316 was signed on 2019-04-02; its effective-date section is
// recorded in FromStatus.
var hb316 = NewDate(2019, 4, 2)

var georgiaLaws = []Law{
	{
		ID:         "ga-1-percent",
		Until:      hb316,
		Threshold:  Ratio{1, 100},
		FromStatus: Reported,
		Sources:    []SourceID{SrcRecountRightOld},
	},
	{
		ID:         "ga-hb316-half-percent",
		From:       hb316,
		Threshold:  Ratio{1, 200},
		FromStatus: Unconfirmed,
		Sources:    []SourceID{SrcRecountRight, SrcHB316},
	},
}

var georgiaAutomatic = AutomaticLaw{
	From:        NewDate(2026, 6, 25),
	FromStatus:  Unconfirmed,
	Threshold:   Ratio{1, 200},
	FinishDays:  17,
	ScopeStatus: Unconfirmed,
	Sources:     []SourceID{SrcSB3EX},
}

// LawOn returns the Georgia law version in force for an election held on d.
func LawOn(d Date) Law {
	for _, l := range georgiaLaws {
		if (l.From.IsZero() || !d.Before(l.From)) && (l.Until.IsZero() || d.Before(l.Until)) {
			return l
		}
	}
	return georgiaLaws[len(georgiaLaws)-1]
}

// Laws returns every Georgia law version, oldest first.
func Laws() []Law { return append([]Law(nil), georgiaLaws...) }

package states

import (
	"time"

	. "github.com/recount-explainer/recount/rules"
)

// Illinois: 10 ILCS 5/22-9.1, the discovery recount (non-binding: it
// gathers evidence for an election contest); 10 ILCS 5/23-1.1a to 23-1.3a,
// 23-20, 23-23 and 23-23.2, the election contest, where a binding recount
// is ordered; 10 ILCS 5/7-63, primary contests; 10 ILCS 5/1-6, the Election
// Code's time computation and its list of State holidays. Research notes:
// shared/facts/states/IL.md (2026-11-22).
//
// Read in the statute text on 2026-11-22:
//
//   - § 22-9.1 (ilga.gov, and the same words in lawserver.com's copy and in
//     91st GA HB 40, 1999): "Within 5 days after the last day for
//     proclamation of the results of any canvass declaring persons
//     nominated, elected or declared eligible for a runoff election" …
//     "any candidate who … received votes equal in number to at least 95% of
//     the number of votes cast for any successful candidate for the same
//     office"; "A petition under this Section shall be filed with the
//     election authority for purposes of discovery only."; "not exceeding
//     25% of the total number of precincts"; "accompanied by the payment of
//     a fee of $50 per precinct specified."; "Each candidate affected by
//     such examination shall have the right to attend the same in person or
//     by his representative." The copy stops at "On comple…", so what a
//     discovery recount's result does is reported only.
//   - § 22-9.1 re-read on 2026-11-23 (ilga.gov, the current ILCS page,
//     undated; lawserver.com's copy for the opening): "received votes equal
//     in number to at least 95% of the number of votes cast for any
//     successful candidate for the same office" and "A petition filed
//     under this Section shall be accompanied by the payment of a fee of
//     $50 per precinct specified." The fee in force is $50, not $10; when
//     it changed was not found.
//   - § 1-6 (as amended by P.A. 102-334, ilga.gov): "If the first or last
//     day fixed by law to do any act required or allowed by this Code falls
//     on a State holiday or a Saturday or a Sunday, the period shall extend
//     through the first business day next following", and its list of
//     State holidays.
//   - § 23-1.2a (legalfix.com copy of Article 23): a statewide executive
//     contest is filed "within 15 days of the date of the official
//     proclamation of results" with the clerk of the Supreme Court, "together
//     with a filing fee in the amount of $10,000."
func init() { register(&IL) }

const ilChecked Date = 20261122

// IL is Illinois's recount law.
var IL = Jurisdiction{
	Code: "IL", Name: "Illinois", Counties: 102, Checked: ilChecked,
	Versions: []Version{{
		ID: "il-discovery",
		// The 95% test, the 5 days and the 25% of precincts are quoted from
		// the 1994 compilation in Attorney General opinion 96-043; the date
		// of the $50 fee was not found.
		Assumed: 19940101,
		Readings: []Reading{{
			ID:      "il-discovery",
			Routes:  []Route{ilDiscovery},
			Filings: ilFilings,
		}},
		Facts: ilFacts,
		Contest: &Contest{
			Receiver: Receiver{ID: "court", Kind: Court,
				Cite: []Cite{cite("il-23", "§§ 23-1.1a, 23-20", Verified)}},
			Cite: []Cite{cite("il-23", "§§ 23-1.1a, 23-1.2a, 23-20", Verified), cite("il-7-63", "", Verified)},
		},
		Cite: []Cite{cite("il-22-9.1", "", Verified)},
	}},
	Ties: []TieLaw{
		// Statewide executive officers: Ill. Const. art. V, § 5.
		{Scope: Scope{Offices: []Office{Governor, LtGovernor, Statewide}}, Kind: ByLot,
			Cite: []Cite{cite("il-const-v-5", "", Verified)}},
		// County offices: the county clerk, within 21 days (§ 22-3).
		{Scope: Scope{Offices: []Office{County}}, Kind: ByLot,
			Cite: []Cite{cite("il-22-3-22-12", "§ 22-3", Verified)}},
		// City offices: as the canvassers direct (§ 22-12).
		{Scope: Scope{Offices: []Office{Municipal}}, Kind: ByLot,
			Cite: []Cite{cite("il-22-3-22-12", "§ 22-12", Verified)}},
		// Federal, legislative, judicial and district ties: the rule was not
		// read (ties found in a contest go to lot, § 23-27).
		{Kind: TieUnknown, Cite: []Cite{cite("il-23-27", "", NotFound)}},
	},
	Holidays: Holidays{
		Rules: []HolidayRule{
			ilHoliday("new-year", FixedDate, time.January, 1, 0, 0),
			ilHoliday("mlk", NthWeekday, time.January, 0, time.Monday, 3),
			ilHoliday("lincoln", FixedDate, time.February, 12, 0, 0),
			ilHoliday("washington", NthWeekday, time.February, 0, time.Monday, 3), // "President's Day"
			ilHoliday("il-pulaski", NthWeekday, time.March, 0, time.Monday, 1),
			{Key: "good-friday", Kind: EasterOffset, Days: -2, Cite: []Cite{cite("il-1-6", "(b)", Verified)}},
			ilHoliday("memorial", NthWeekday, time.May, 0, time.Monday, -1),
			// Added to § 1-6 by P.A. 102-14 and 102-334 (2021); counted from
			// 2022, the first year certainly covered.
			{Key: "juneteenth", Kind: FixedDate, Month: time.June, Day: 19, From: 2022,
				Cite: []Cite{cite("il-1-6", "(b)", Verified)}},
			ilHoliday("independence", FixedDate, time.July, 4, 0, 0),
			ilHoliday("labor", NthWeekday, time.September, 0, time.Monday, 1),
			ilHoliday("columbus", NthWeekday, time.October, 0, time.Monday, 2),
			ilHoliday("veterans", FixedDate, time.November, 11, 0, 0),
			ilHoliday("thanksgiving", NthWeekday, time.November, 0, time.Thursday, 4),
			ilHoliday("christmas", FixedDate, time.December, 25, 0, 0),
		},
		// § 1-6(b) also counts "any other day from time to time declared by
		// the President … or the Governor" a closing day; those are not on
		// file, and § 1-6 names no weekend observance.
		Cite: []Cite{cite("il-1-6", "(b)", Verified)},
	},
	Sources: []Source{
		{ID: "il-22-9.1", Kind: Statute, Title: "10 ILCS 5/22-9.1",
			URL: "https://ilga.gov/legislation/ilcs/documents/001000050K22-9.1.htm", Checked: 20261123},
		{ID: "il-1-6", Kind: Statute, Title: "10 ILCS 5/1-6 (as amended by P.A. 102-334)",
			URL: "https://ilga.gov/legislation/publicacts/fulltext.asp?GA=102&Name=102-0334", Checked: ilChecked},
		{ID: "il-23", Kind: Statute, Title: "10 ILCS 5/23-1.1a, 23-1.2a, 23-1.3a, 23-20, 23-23 and 23-23.2",
			URL: "https://legalfix.com/statutes/state-codes/illinois/chapter-10/act-10-ilcs-5/article-23", Checked: ilChecked},
		{ID: "il-7-63", Kind: Statute, Title: "10 ILCS 5/7-63",
			URL: "https://www.ilga.gov/legislation/ilcs/documents/001000050K7-63.htm", Checked: ilChecked},
		{ID: "il-24c-15.1", Kind: Statute, Title: "10 ILCS 5/24C-15.1",
			URL: "https://www.ilga.gov/legislation/ilcs/documents/001000050K24C-15.1.htm", Checked: ilChecked},
		{ID: "il-const-v-5", Kind: Statute, Title: "Ill. Const. art. V, § 5",
			URL: "https://instalawyer.io/laws/illinois-constitution/article-v-section-5", Checked: ilChecked},
		{ID: "il-22-3-22-12", Kind: Statute, Title: "10 ILCS 5/22-3 and 22-12",
			URL: "https://ilga.gov/legislation/ilcs/documents/001000050K22-3.htm", Checked: ilChecked},
		{ID: "il-23-27", Kind: Statute, Title: "10 ILCS 5/23-27",
			URL: "http://www.ilga.gov/legislation/ilcs/documents/001000050K23-27.htm", Checked: ilChecked},
		{ID: "il-ag-96-043", Kind: Opinion, Title: "Illinois Attorney General opinion 96-043 (1996), discovery recounts in legislative elections",
			URL: "https://ebench-dev.greeninfo.org/state/illinois/opinions/14095419-il-opinion-96-043", Checked: ilChecked},
		{ID: "ceimn-il", Kind: Summary, Title: "Citizens for Election Integrity Minnesota, Illinois recount laws (2022)",
			URL: "https://ceimn.org/node/116/printable/print", Checked: ilChecked},
		{ID: "il-champaign-2006", Kind: OfficialGuide, Title: "Champaign County Clerk's blog, on discovery recounts and contests (April 2006)",
			URL: "http://blog.champaigncountyclerk.com/2006/04/", Checked: ilChecked},
	},
}

// ilDiscovery is § 22-9.1's discovery recount: a candidate whose votes are
// at least 95% of any successful candidate's, that is a margin of at most 5%
// of the winner's votes ("at least": a margin exactly at 5% qualifies).
var ilDiscovery = Route{
	Kind: Requested,
	Tiers: []Tier{{
		Line:   Line{Kind: ShareOfLeader, Share: 5 * Percent},
		Method: Machine,
		Cost:   Cost{Kind: Deposit, PerPrecinct: 50, Cite: []Cite{cite("il-22-9.1", "fee", Verified)}},
		Cite:   []Cite{cite("il-22-9.1", "(a)", Verified), cite("ceimn-il", "§ 24A-15.1", Reported)},
	}},
	Who:        []Requester{{Kind: LosingCandidate, Cite: []Cite{cite("il-22-9.1", "(a)", Verified)}}},
	InWriting:  true,
	Nonbinding: true,
	Cite:       []Cite{cite("il-22-9.1", "", Verified), cite("ceimn-il", "", Reported)},
}

// ilFilings: every petition goes to the election authority (county clerk,
// or a board of election commissioners) of the precincts named, within 5
// days after the last day for proclaiming the canvass; § 1-6 moves a last
// day on a weekend or State holiday to the next business day.
var ilFilings = []Filing{{
	Receiver: Receiver{ID: "il-election-authority", Kind: CountyOfficial,
		Name: "Election authority (the county clerk or board of election commissioners)",
		Cite: []Cite{cite("il-22-9.1", "", Verified)}},
	Deadline: Deadline{N: 5, Unit: CalendarDays, From: Declaration, Rolls: true,
		Cite: []Cite{cite("il-22-9.1", "", Verified), cite("il-1-6", "(a)", Verified)}},
}}

var ilFacts = []Fact{
	{Kind: "discovery-nonbinding", Section: Before,
		Cite: []Cite{cite("il-22-9.1", "", Verified), cite("ceimn-il", "", Reported), cite("il-champaign-2006", "", Reported)}},
	{Kind: "il-from-last-proclamation-day", Section: Where, Numbers: []int64{5},
		Cite: []Cite{cite("il-22-9.1", "", Verified)}},
	{Kind: "il-each-election-authority", Section: Where,
		Cite: []Cite{cite("il-22-9.1", "", Verified), cite("il-ag-96-043", "", Reported)}},
	{Kind: "precincts-chosen", Section: During, Cite: []Cite{cite("il-22-9.1", "", Verified)}},
	{Kind: "il-quarter-of-precincts", Section: During, Numbers: []int64{25, 4},
		Cite: []Cite{cite("il-22-9.1", "", Verified)}},
	{Kind: "il-winner-notified", Section: During, Numbers: []int64{3},
		Cite: []Cite{cite("il-22-9.1", "", Verified)}},
	{Kind: "il-test-then-recount", Section: During,
		Cite: []Cite{cite("ceimn-il", "§ 24A-15.1", Reported), cite("il-24c-15.1", "", Verified)}},
	{Kind: "il-redundant-count", Section: During, Cite: []Cite{cite("ceimn-il", "§ 24A-15.1", Reported)}},
	{Kind: "candidates-watch", Section: Watch, Cite: []Cite{cite("il-22-9.1", "", Verified)}},
	{Kind: "deposit-per-precinct", Section: CostTime, Numbers: []int64{50},
		Cite: []Cite{cite("il-22-9.1", "", Verified)}},
	{Kind: "no-finish-deadline", Section: CostTime, Cite: []Cite{cite("il-22-9.1", "", NotFound)}},
	{Kind: "contest-route", Section: Before, Cite: []Cite{cite("il-23", "", Verified)}},
	{Kind: "il-contest-courts", Section: AfterNote, Numbers: []int64{15, 10000, 30, 10},
		Cite: []Cite{cite("il-23", "§§ 23-1.1a, 23-1.2a, 23-20", Verified), cite("il-7-63", "", Verified)}},
	{Kind: "il-contest-recount-likely", Section: AfterNote, Cite: []Cite{cite("il-23", "§ 23-23.2", Verified)}},
	{Kind: "questions-differ", Section: AfterNote, Cite: []Cite{cite("il-22-9.1", "(b)", Verified)}},
}

func ilHoliday(key string, kind HolidayKind, m time.Month, day int, wd time.Weekday, nth int) HolidayRule {
	return HolidayRule{Key: key, Kind: kind, Month: m, Day: day, Weekday: wd, Nth: nth,
		Cite: []Cite{cite("il-1-6", "(b)", Verified)}}
}

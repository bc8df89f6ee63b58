package states

import (
	"time"

	. "github.com/recount-explainer/recount/rules"
)

// Connecticut: C.G.S. § 9-311a (recanvass on a close vote at an
// election), § 9-445 (at a primary), § 9-311 (how a recanvass is held),
// § 9-370a (ballot questions), § 9-446 and § 9-332 (ties), § 1-4
// (holidays). Connecticut has no recount a candidate may ask for: a close
// vote is "recanvassed" with no request, and a candidate's other route is
// an election complaint or contest in court. Research notes:
// shared/facts/states/CT.md (read 2026-11-22).
//
// The text of § 9-311a was not reached (the official chapter page showed
// only its table of contents); its lines rest on CEIMN's quotation of it
// (2013): "(1) less than a vote equivalent to one-half of one per cent of
// the total number of votes cast for the office but not more than two
// thousand votes, or (2) less than twenty votes". The 1994 Second
// Congressional District opinion calls that recanvass "mandatory".
func init() { register(&CT) }

const ctChecked Date = 20261122

// CT is Connecticut's recount (recanvass) law.
var CT = Jurisdiction{
	Code: "CT", Name: "Connecticut", Counties: 8, Checked: ctChecked,
	Versions: []Version{{
		ID: "ct-9-311a",
		Readings: []Reading{{
			ID: "ct-9-311a",
			Routes: []Route{
				// Elections: § 9-311a.
				ctRecanvass(Scope{Types: []ElectionType{General, Special, Runoff}}, 2000,
					cite("ct-9-311a", "", Reported), cite("ceimn-ct", "", Reported), cite("ct-1994-cd2", "", Verified)),
				// Primaries: § 9-445, the same lines with a 1,000-vote cap.
				ctRecanvass(Scope{Types: PrimaryTypes}, 1000,
					cite("ct-9-445", "", Reported), cite("ceimn-ct", "", Reported)),
			},
			// Nobody files: the head moderator of each town orders the
			// recanvass (§ 9-311a as CEIMN and the towns describe it; the
			// notice duties are read in § 9-311(a)).
			Filings: []Filing{{
				Receiver: Receiver{ID: "ct-head-moderator", Kind: LocalOfficial, Name: "head moderator of the town",
					Cite: []Cite{cite("ct-9-311a", "", Reported), cite("norwalk-recanvass", "", Reported), cite("ct-9-311", "(a)", Verified)}},
			}},
		}},
		Facts: ctFacts,
		// No requested recount: the route that remains is a complaint or
		// contest in court (§§ 9-324, 9-328, 9-329a; not read).
		Contest: &Contest{
			Receiver: Receiver{ID: "court", Kind: Court, Name: "Superior Court",
				Cite: []Cite{cite("ceimn-ct", "", Reported)}},
			Cite: []Cite{cite("ceimn-ct", "", Reported), cite("vv-ct", "", Reported)},
		},
		Cite: []Cite{cite("ct-9-311a", "", Reported), cite("ct-9-445", "", Reported), cite("ceimn-ct", "", Reported)},
	}},
	Ties: []TieLaw{
		// § 9-446(a): a recanvass on application, then the primary stands
		// adjourned for three weeks.
		{Scope: Scope{Types: PrimaryTypes}, Kind: NewElection, Cite: []Cite{cite("ct-9-446", "(a)", Verified)}},
		// The General Assembly declares the state officers' results
		// (§ 9-318); the tie rule for them was not read.
		{Scope: Scope{Offices: []Office{Governor, LtGovernor, Statewide}}, Kind: TieUnknown,
			Cite: []Cite{cite("ct-9-318", "", NotFound)}},
		// § 9-332: "such election shall stand adjourned for three weeks at
		// the same hour at which the first election was held." (ebench copy,
		// read by the research 2026-11-22)
		{Kind: NewElection, Cite: []Cite{cite("ct-9-332", "", Verified)}},
	},
	Holidays: Holidays{
		// § 1-4 (lawserver copy with Juneteenth, read 2026-11-22): "whenever
		// any of such days which are not designated to occur on Monday,
		// occurs upon a Sunday, the Monday next following ... and whenever
		// any of such days occurs upon a Saturday, the Friday immediately
		// preceding". Thanksgiving and Good Friday are days the Governor
		// appoints ("a day of thanksgiving, fasting or religious
		// observance"); the state's yearly lists show both.
		Rules: []HolidayRule{
			ctHoliday("new-year", FixedDate, time.January, 1, 0, 0),
			// "the first Monday occurring on or after January fifteenth":
			// the third Monday.
			{Key: "mlk", Kind: NthWeekday, Month: time.January, Weekday: time.Monday, Nth: 3, From: 1986,
				Cite: []Cite{cite("ct-1-4", "", Verified)}},
			ctHoliday("lincoln", FixedDate, time.February, 12, 0, 0),
			ctHoliday("washington", NthWeekday, time.February, 0, time.Monday, 3),
			{Key: "good-friday", Kind: EasterOffset, Days: -2,
				Cite: []Cite{cite("ct-das-holidays", "2014, 2024", Reported)}},
			ctHoliday("memorial", NthWeekday, time.May, 0, time.Monday, -1),
			// Added by 2021 Committee Bill 6209, effective October 1, 2021.
			{Key: "juneteenth", Kind: FixedDate, Month: time.June, Day: 19, From: 2022, Observed: FridayMonday,
				Cite: []Cite{cite("ct-1-4", "", Verified)}},
			ctHoliday("independence", FixedDate, time.July, 4, 0, 0),
			ctHoliday("labor", NthWeekday, time.September, 0, time.Monday, 1),
			ctHoliday("columbus", NthWeekday, time.October, 0, time.Monday, 2),
			ctHoliday("veterans", FixedDate, time.November, 11, 0, 0),
			{Key: "thanksgiving", Kind: NthWeekday, Month: time.November, Weekday: time.Thursday, Nth: 4,
				Cite: []Cite{cite("ct-1-4", "appointed days", Verified), cite("ct-das-holidays", "", Reported)}},
			ctHoliday("christmas", FixedDate, time.December, 25, 0, 0),
		},
		Cite: []Cite{cite("ct-1-4", "", Verified), cite("ct-das-holidays", "", Reported)},
	},
	Sources: []Source{
		{ID: "ct-9-311a", Kind: Statute, Title: "Conn. Gen. Stat. § 9-311a",
			URL: "https://cga.ct.gov/current/PUB/chap_148.htm", Checked: ctChecked},
		{ID: "ct-9-445", Kind: Statute, Title: "Conn. Gen. Stat. § 9-445",
			URL: "https://www.cga.ct.gov/current/pub/chap_153.htm", Checked: ctChecked},
		{ID: "ct-9-446", Kind: Statute, Title: "Conn. Gen. Stat. § 9-446",
			URL: "https://instalawyer.io/laws/connecticut-general-statutes/section-9-446-tie-vote", Checked: ctChecked},
		{ID: "ct-9-311", Kind: Statute, Title: "Conn. Gen. Stat. § 9-311",
			URL: "http://laws9.com/statutes/connecticut/title9/chap148/Sec9-311", Checked: ctChecked},
		{ID: "ct-9-370a", Kind: Statute, Title: "Conn. Gen. Stat. § 9-370a",
			URL: "https://courtgpt.ai/laws/connecticut/title-9/chapter-152/section-9-370a", Checked: ctChecked},
		{ID: "ct-9-332", Kind: Statute, Title: "Conn. Gen. Stat. § 9-332",
			URL: "https://ebench-dev.greeninfo.org/state/connecticut/statute/9-332", Checked: ctChecked},
		{ID: "ct-9-318", Kind: Statute, Title: "Conn. Gen. Stat. § 9-318",
			URL: "https://cga.ct.gov/current/PUB/chap_148.htm", Checked: ctChecked},
		{ID: "ct-1-4", Kind: Statute, Title: "Conn. Gen. Stat. § 1-4",
			URL: "https://lawserver.com/?p=29612004", Checked: ctChecked},
		{ID: "ct-das-holidays", Kind: HolidayList, Title: "State of Connecticut holiday observance lists (Department of Administrative Services)",
			URL: "https://authoring-stage.ct.egov.com/das/services-for-state-employees/holidays", Checked: ctChecked},
		{ID: "ct-1994-cd2", Kind: Opinion, Title: "In re Election for Second Congressional District, 231 Conn. 602 (1994)",
			URL: "http://casetext.com/case/in-re-election-for-second-congressional-district", Checked: ctChecked},
		{ID: "ceimn-ct", Kind: Summary, Title: "Citizens for Election Integrity Minnesota, Connecticut recount laws (2013)",
			URL: "http://ceimn.org/ceimn-state-recount-laws-searchable-database/states/Connecticut", Checked: ctChecked},
		{ID: "vv-ct", Kind: Summary, Title: "Verified Voting, Connecticut recount law",
			URL: "https://verifiedvoting.org/?p=13691", Checked: ctChecked},
		{ID: "norwalk-recanvass", Kind: OfficialGuide, Title: "City of Norwalk, Recanvass/Recount of Close Elections",
			URL: "https://www.norwalkct.gov/1091/Recanvass-Recount-of-Close-Elections", Checked: ctChecked},
	},
}

// ctRecanvass is the close-vote recanvass: (1) less than 0.5% of the votes
// cast for the office but not more than capVotes, or (2) less than twenty
// votes. Both parts of (1) must hold, so (1) is the lesser of its lines;
// (2) widens it in small races, so the whole is the greater.
func ctRecanvass(scope Scope, capVotes int64, cites ...Cite) Route {
	return Route{
		Kind:  Automatic,
		Scope: scope,
		Tiers: []Tier{{
			Line: Line{Kind: Greater, Of: []Line{
				{Kind: Lesser, Of: []Line{
					{Kind: ShareOfOffice, Share: Percent / 2, Strict: true},
					{Kind: FixedVotes, Votes: capVotes},
				}},
				{Kind: FixedVotes, Votes: 20, Strict: true},
			}},
			// Re-scanned on the tabulators; ballots in doubt by hand.
			Method: MachineAndHand,
		}},
		Cite: cites,
	}
}

var ctFacts = []Fact{
	// § 9-311(a): "within three days after an election, it appears to the
	// moderator that there is a discrepancy in the returns" (laws9 copy,
	// read 2026-11-22).
	{Kind: "ct-discrepancy-recanvass", Section: Before, Numbers: []int64{3}, Cite: []Cite{cite("ct-9-311", "(a)", Verified)}},
	{Kind: "ct-recanvass-not-recount", Section: During, Cite: []Cite{cite("norwalk-recanvass", "", Reported), cite("ceimn-ct", "", Reported)}},
	{Kind: "machine-retabulation", Section: During, Cite: []Cite{cite("norwalk-recanvass", "", Reported), cite("vv-ct", "", Reported)}},
	{Kind: "ct-doubtful-by-hand", Section: During, Cite: []Cite{cite("norwalk-recanvass", "", Reported), cite("vv-ct", "", Reported)}},
	// § 9-311(a): "require such recanvass officials to meet at a specified
	// time not later than the fifth business day after such election".
	{Kind: "ct-meet-by-fifth-business-day", Section: During, Numbers: []int64{5},
		Cite: []Cite{cite("ct-9-311", "(a)", Verified), cite("norwalk-recanvass", "", Reported)}},
	// § 9-311(a): "each such chairman may send two representatives to be
	// present at such recanvass".
	{Kind: "party-representatives", Section: Watch, Numbers: []int64{2}, Cite: []Cite{cite("ct-9-311", "(a)", Verified)}},
	{Kind: "ct-cost-not-found", Section: CostTime, Cite: []Cite{cite("ct-9-311a", "", NotFound)}},
	{Kind: "no-finish-deadline", Section: CostTime, Cite: []Cite{cite("ct-9-311a", "", NotFound)}},
	// 231 Conn. 602: under § 9-323 an aggrieved elector or candidate in an
	// election for presidential electors, U.S. senator or representative
	// "may file a petition with any justice of the state Supreme Court".
	{Kind: "ct-federal-complaint", Section: AfterNote, Scope: Scope{Offices: FederalOffices},
		Cite: []Cite{cite("ct-1994-cd2", "", Verified)}},
	{Kind: "ct-no-request", Section: AfterNote, Cite: []Cite{cite("ceimn-ct", "", Reported), cite("vv-ct", "", Reported)}},
	// § 9-446(a): "any of such candidates, or the state chairman of the
	// political party, may apply for a recanvass of the returns".
	{Kind: "ct-primary-tie-application", Section: AfterNote, Scope: Scope{Types: PrimaryTypes},
		Cite: []Cite{cite("ct-9-446", "(a)", Verified)}},
	// § 9-370a: "less than one-half of one per cent of the total number of
	// votes cast for the question but not more than two thousand votes"
	// (courtgpt copy of cga.ct.gov, "Version 2026", read 2026-11-22).
	{Kind: "questions-differ", Section: AfterNote, Cite: []Cite{cite("ct-9-370a", "", Verified)}},
}

func ctHoliday(key string, kind HolidayKind, m time.Month, day int, wd time.Weekday, nth int) HolidayRule {
	return HolidayRule{Key: key, Kind: kind, Month: m, Day: day, Weekday: wd, Nth: nth, Observed: FridayMonday,
		Cite: []Cite{cite("ct-1-4", "", Verified)}}
}

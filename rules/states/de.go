package states

import (
	"time"

	. "github.com/recount-explainer/recount/rules"
)

// Delaware: 15 Del. C. § 5702(c) (a statewide candidate's recount in a
// general election, by the Superior Court at state expense), § 5702(e)
// (State Senator, State Representative and county offices), § 3172
// (primaries; not read), § 5701 (the Superior Court as board of canvass),
// § 5703 (plurality), 1 Del. C. § 501 (holidays). Research notes:
// shared/facts/states/DE.md (read 2026-11-22).
//
// § 5702(c), instalawyer copy (undated), read 2026-11-22: "Any candidate
// for statewide office in a general election may apply to the Court for a
// recount ... if the number of votes separating such candidate and the
// closest opposing candidate is less than 1,000 votes or less than one half
// of one percent of all votes cast for the two candidates, whichever amount
// is less."
//
// § 5702(e) in the same copy breaks off after its trigger: whether the
// recount it provides for the legislature and county offices follows with no
// request (Ballotpedia, CEIMN) or needs the candidate's request (the
// synopsis of the 2025 recount bill: it "eliminates the need for a
// candidate to request a recount after a general election for ... State
// Senator, State Representative, county office") is not settled: two
// readings.
//
// Searched again 2026-11-23 for the rest of § 5702(e): the official
// chapter page (http://delcode.delaware.gov/title15/c057/) and the
// instalawyer copy are stored, but only their openings could be read, and
// both stop before (e) ends; no session law adding (e), no Superior Court
// order and no Department of Elections notice was found. Secondary only,
// settling nothing: Delaware Public Media, 2022-11-13 ("Incumbent Mike
// Ramone will keep 21st House District following recount") reports that a
// 35-vote margin was "triggering an automatic recount in New Castle
// County". The 2025 bill's status on legis.delaware.gov was not found
// either: the last action seen is still CoastTV's (out of committee May
// 21, 2025, then on the House Ready List).
func init() { register(&DE) }

const deChecked Date = 20261122

// DE is Delaware's recount law.
var DE = Jurisdiction{
	Code: "DE", Name: "Delaware", Counties: 3, Checked: deChecked,
	Versions: []Version{{
		ID: "de-5702",
		Readings: []Reading{
			{
				ID: "de-legislative-automatic",
				Routes: []Route{
					deStatewideRequest,
					{
						Kind:  Automatic,
						Scope: deLegislativeCounty,
						Tiers: []Tier{{Line: deLine(), Cost: Cost{Kind: Public, Cite: []Cite{cite("ballotpedia-de", "", Reported)}}}},
						Cite: []Cite{cite("de-15-5702", "(e) trigger", Verified), cite("de-15-5702", "(e) effect", Conflicting),
							cite("ballotpedia-de", "", Reported), cite("ceimn-de", "", Reported)},
					},
					dePrimary,
				},
				Filings: deFilings,
				Cite:    []Cite{cite("ballotpedia-de", "", Conflicting), cite("ceimn-de", "", Conflicting)},
			},
			{
				ID: "de-legislative-on-request",
				Routes: []Route{
					deStatewideRequest,
					{
						Kind:  Requested,
						Scope: deLegislativeCounty,
						Tiers: []Tier{{Line: deLine(), Cost: Cost{Kind: Public, Cite: []Cite{cite("de-2025-recount-bill", "synopsis", Reported)}}}},
						Who:   []Requester{{Kind: AnyCandidate, Cite: []Cite{cite("de-2025-recount-bill", "synopsis", Conflicting)}}},
						Cite: []Cite{cite("de-15-5702", "(e) trigger", Verified), cite("de-15-5702", "(e) effect", Conflicting),
							cite("de-2025-recount-bill", "synopsis", Conflicting)},
					},
					dePrimary,
				},
				Filings: deFilings,
				Cite:    []Cite{cite("de-2025-recount-bill", "synopsis", Conflicting)},
			},
		},
		Facts: deFacts,
		Cite:  []Cite{cite("de-15-5702", "", Verified), cite("de-15-3172", "", Reported)},
	}},
	// § 5703: "a plurality or the highest number of votes shall make a
	// choice, except where this principle is defeated by 2 or more persons
	// having the same and the highest number of votes" (2022 Code copy,
	// read 2026-11-22).
	Winner: []WinnerLaw{{Rule: Plurality, Cite: []Cite{cite("de-15-5703", "", Verified)}}},
	// How such a tie is then broken was not read.
	Ties: []TieLaw{{Kind: TieUnknown, Cite: []Cite{cite("de-15-5703", "tie resolution", NotFound)}}},
	Holidays: Holidays{
		// § 501(a) (uslegal and easylawlookup copies, read 2026-11-22): "If
		// any of the legal holidays fall on Sunday, the Monday following shall
		// be a legal holiday. If any of the legal holidays other than
		// Saturday fall on Saturday, the Friday preceding shall be a legal
		// holiday." Saturdays are legal holidays too (weekends are skipped
		// anyway). Return Day, "in Sussex County ... the second day after the
		// General Election, after 12:00 Noon", is a half day in one county
		// and is not encoded (no rule kind counts days from Election Day).
		Rules: []HolidayRule{
			deHoliday("new-year", FixedDate, time.January, 1, 0, 0),
			deHoliday("mlk", NthWeekday, time.January, 0, time.Monday, 3),
			{Key: "good-friday", Kind: EasterOffset, Days: -2, Cite: []Cite{cite("de-1-501", "(a)", Verified)}},
			{Key: "memorial", Kind: NthWeekday, Month: time.May, Weekday: time.Monday, Nth: -1, Observed: FridayMonday,
				Cite: []Cite{cite("de-1-501", "(b)", Verified)}},
			// Not in the copies of § 501 read; a secondary summary lists it
			// (added in 2021).
			{Key: "juneteenth", Kind: FixedDate, Month: time.June, Day: 19, From: 2022, Observed: FridayMonday,
				Cite: []Cite{cite("legalclarity-de-holidays", "", Reported)}},
			deHoliday("independence", FixedDate, time.July, 4, 0, 0),
			deHoliday("labor", NthWeekday, time.September, 0, time.Monday, 1),
			deHoliday("veterans", FixedDate, time.November, 11, 0, 0),
			deHoliday("thanksgiving", NthWeekday, time.November, 0, time.Thursday, 4),
			{Key: "day-after-thanksgiving", Kind: DaysAfter, After: "thanksgiving", Days: 1,
				Cite: []Cite{cite("de-1-501", "(a)", Verified)}},
			deHoliday("christmas", FixedDate, time.December, 25, 0, 0),
			// "the day of the General Election as it biennially occurs"
			{Key: "election-day", Kind: GeneralElection, EveryYears: 2, Cite: []Cite{cite("de-1-501", "(a)", Verified)}},
		},
		Cite: []Cite{cite("de-1-501", "", Verified), cite("de-dhr-2016", "", Verified)},
	},
	Sources: []Source{
		{ID: "de-15-5702", Kind: Statute, Title: "15 Del. C. § 5702",
			URL: "https://instalawyer.io/laws/delaware-code/5702-duties-of-court", Checked: deChecked},
		{ID: "de-15-5701", Kind: Statute, Title: "15 Del. C. § 5701",
			URL: "http://delcode.delaware.gov/title15/c057/", Checked: deChecked},
		{ID: "de-15-5703", Kind: Statute, Title: "15 Del. C. § 5703",
			URL: "https://law.uslawyerdatabase.com/us-law/2022-delaware-code/title-15-elections-2022-delaware-code/part-iv-title-15-elections-2022-delaware-code/general-elections/chapter-57-canvass-of-vote-and-proclamation-of-results-of-election", Checked: deChecked},
		{ID: "de-15-3172", Kind: Statute, Title: "15 Del. C. § 3172",
			URL: "http://delcode.delaware.gov/title15/c031/", Checked: deChecked},
		{ID: "de-1-501", Kind: Statute, Title: "1 Del. C. § 501",
			URL: "https://holidays.uslegal.com/state-holidays/delaware-legal-holidays/", Checked: deChecked},
		{ID: "de-dhr-2016", Kind: HolidayList, Title: "Delaware Department of Human Resources, 2016 holidays",
			URL: "https://dhr.delaware.gov/labor/holidays/2016.shtml", Checked: deChecked},
		{ID: "legalclarity-de-holidays", Kind: Summary, Title: "LegalClarity, Delaware State Holidays and Observance Rules",
			URL: "https://legalclarity.org/delaware-state-holidays-and-observance-rules", Checked: deChecked},
		{ID: "de-2025-recount-bill", Kind: SessionLaw, Title: "Delaware 153rd General Assembly recount bill (Rep. Shupe, introduced 2025-03-18), synopsis",
			URL: "https://fastdemocracy.com/bill-summary/?billsummary_id=DEB00006367&billsummary_session=153&billsummary_state=de", Checked: deChecked},
		{ID: "ballotpedia-de", Kind: Summary, Title: "Ballotpedia, Recount laws in Delaware",
			URL: "https://gamestartup.netlify.app/host-https-ballotpedia.org/Recount_laws_in_Delaware", Checked: deChecked},
		{ID: "ceimn-de", Kind: Summary, Title: "Citizens for Election Integrity Minnesota, Delaware recount laws (2020)",
			URL: "http://ceimn-d9.devd.triplo.co/node/112/printable/print", Checked: deChecked},
		{ID: "coasttv-2024-hd36", Kind: News, Title: "CoastTV, 2024-09-12 (no recount in the House District 36 primary)",
			URL: "https://www.coasttv.com/news/no-recount-for-tight-shupe-and-smith-race-in-district-36/article_837c872a-7114-11ef-9dde-f3acc0b160d0.html", Checked: deChecked},
		{ID: "delawarepublic-2024-hd36", Kind: News, Title: "Delaware Public Media, 2024-09-12 (House District 36 primary)",
			URL: "https://www.delawarepublic.org/politics-government/2024-09-12/no-recount-in-house-district-36-gop-primary-despite-both-candidates-backing-one", Checked: deChecked},
		{ID: "coasttv-2025-bill", Kind: News, Title: "CoastTV, 2025 (the recount bill moves to the House Ready List)",
			URL: "https://www.coasttv.com/news/shupe-ballot-recount-bill-moves-to-ready-list-would-set-new-precedent-for-close-elections/article_4c5a0489-6356-4b79-a6be-3cf53a6c631b.html", Checked: deChecked},
	},
}

// deLine is Delaware's line: less than 1,000 votes or less than one-half of
// one percent of the votes cast for the two candidates, whichever is less.
func deLine() Line {
	return Line{Kind: Lesser, Of: []Line{
		{Kind: FixedVotes, Votes: 1000, Strict: true},
		{Kind: ShareOfTwo, Share: Percent / 2, Strict: true},
	}}
}

// deStatewideOffices are the offices elected statewide: Delaware's one
// U.S. House seat is at large.
var deStatewideOffices = []Office{President, USSenate, USHouse, Governor, LtGovernor, Statewide}

var deLegislativeCounty = Scope{Offices: []Office{StateSenate, StateHouse, County}, Types: []ElectionType{General}}

// deStatewideRequest is § 5702(c), read: "Such recount shall thereupon be
// conducted by the Court at state expense."
var deStatewideRequest = Route{
	Kind:  Requested,
	Scope: Scope{Offices: deStatewideOffices, Types: []ElectionType{General}},
	Tiers: []Tier{{
		Line: deLine(),
		Cost: Cost{Kind: Public, Cite: []Cite{cite("de-15-5702", "(c)", Verified)}},
	}},
	Who:  []Requester{{Kind: AnyCandidate, Cite: []Cite{cite("de-15-5702", "(c)", Verified)}}},
	Cite: []Cite{cite("de-15-5702", "(c)", Verified)},
}

// dePrimary is § 3172 as the Department of Elections applied it in 2024
// (the HD36 primary, 12 votes of 2,302, "fell outside the margin"; a
// recount "cannot be requested ... It must be automatically triggered") and
// as the 2025 bill's synopsis describes current law (less than 1,000 votes
// or 0.5% of the two candidates' votes, whichever is less). The text was
// not read.
var dePrimary = Route{
	Kind:  Automatic,
	Scope: Scope{Types: PrimaryTypes, Except: []Office{Municipal, District}},
	Tiers: []Tier{{
		Line: deLine(),
		Cost: Cost{Kind: Public, Cite: []Cite{cite("coasttv-2024-hd36", "", Reported)}},
	}},
	Cite: []Cite{cite("de-15-3172", "", Reported), cite("delawarepublic-2024-hd36", "", Reported),
		cite("coasttv-2024-hd36", "", Reported), cite("de-2025-recount-bill", "synopsis", Reported)},
}

// deFilings: a general election's recount goes to the Superior Court
// sitting as the county's board of canvass (§ 5701(b)), before it
// adjourns: no fixed number of days. A primary's is the Department of
// Elections' to order (as reported in 2024).
var deFilings = []Filing{
	{
		Scope: Scope{Types: PrimaryTypes},
		Receiver: Receiver{ID: "de-department-of-elections", Kind: StateBoard, Name: "Delaware Department of Elections",
			Cite: []Cite{cite("coasttv-2024-hd36", "", Reported), cite("delawarepublic-2024-hd36", "", Reported)}},
	},
	{
		// § 5701(b): "the Superior Court in each county, as so constituted,
		// shall be a board of canvass for the respective counties" (delcode,
		// official, read 2026-11-22).
		Receiver: Receiver{ID: "de-superior-court", Kind: Court, Name: "Superior Court of the State of Delaware, sitting as the county's board of canvass",
			Cite: []Cite{cite("de-15-5701", "(b)", Verified), cite("de-15-5702", "(c)", Verified)}},
	},
}

var deFacts = []Fact{
	// § 5702(b): where the documents disagree or on a sworn complaint, the
	// Court shall "(2) Make a recount of the votes contained therein".
	{Kind: "de-discrepancy-recount", Section: Before, Cite: []Cite{cite("de-15-5702", "(b)", Verified)}},
	// § 5702(c): "The request for a recount under this subsection must be
	// presented before the adjournment of the board of canvass"; § 5701(a):
	// the Court convenes "on the second day after the general election at
	// 10 a.m." (delcode).
	{Kind: "de-before-adjournment", Section: Where, When: Requested, Numbers: []int64{2},
		Scope: Scope{Types: []ElectionType{General}},
		Cite:  []Cite{cite("de-15-5702", "(c)", Verified), cite("de-15-5701", "(a)", Verified)}},
	{Kind: "court-conducts", Section: During, Scope: Scope{Types: []ElectionType{General}},
		Cite: []Cite{cite("de-15-5702", "(c)", Verified)}},
	{Kind: "hand-count", Section: During, Cite: []Cite{cite("ceimn-de", "", Reported)}},
	{Kind: "state-pays", Section: CostTime, Scope: Scope{Offices: deStatewideOffices, Types: []ElectionType{General}},
		Cite: []Cite{cite("de-15-5702", "(c)", Verified)}},
	{Kind: "state-pays", Section: CostTime, Scope: Scope{Types: PrimaryTypes}, Cite: []Cite{cite("coasttv-2024-hd36", "", Reported)}},
	{Kind: "no-finish-deadline", Section: CostTime, Cite: []Cite{cite("ballotpedia-de", "", Reported)}},
	{Kind: "de-local-rules", Section: AfterNote, Scope: Scope{Offices: []Office{Municipal, District}},
		Cite: []Cite{cite("de-2025-recount-bill", "synopsis", Reported)}},
	{Kind: "de-2025-bill", Section: AfterNote, From: 20250318,
		Cite: []Cite{cite("de-2025-recount-bill", "synopsis", Reported), cite("coasttv-2025-bill", "", Reported)}},
}

func deHoliday(key string, kind HolidayKind, m time.Month, day int, wd time.Weekday, nth int) HolidayRule {
	return HolidayRule{Key: key, Kind: kind, Month: m, Day: day, Weekday: wd, Nth: nth, Observed: FridayMonday,
		Cite: []Cite{cite("de-1-501", "(a)", Verified)}}
}

package states

import (
	"time"

	. "github.com/recount-explainer/recount/rules"
)

// Nevada: NRS 293.403 (a defeated candidate's recount at any margin, on a
// deposit of its estimated cost), 293.405 (who pays; five days to start and
// five to finish), 293.424 (presidential electors), 293.423 (a recount in a
// contest), 236.015 (legal holidays). Facts and their evidence:
// shared/facts/states/NV.md (read 2026-11-22).
//
// NRS 293.403(1), self-law.org copy (undated, read 2026-11-22): "Except as
// otherwise provided in NRS 293.424, a candidate defeated at any election
// may demand and receive a recount of the vote for the office for which he
// or she is a candidate … within 3 working days after the canvass of the
// vote and the certification by the county clerk or city clerk of the
// abstract of votes".
//
// Assembly Bill 287 of 2025 would have added an automatic recount within
// 0.25 percent and limited a candidate's demand to 5 percent. Its last
// action found is a Ways and Means hearing on May 20, 2025; no chaptered
// law, signature or veto was found, and the copy of NRS 293.403 read is
// undated. Elections after the 2025 session (it ended June 2, 2025) show
// both readings: the statute as read, and the bill as if enacted.
func init() { register(&NV) }

const nvChecked Date = 20261122

// NV is Nevada's recount law.
var NV = Jurisdiction{
	Code: "NV", Name: "Nevada", Counties: 17, Checked: nvChecked,
	Versions: []Version{
		{
			ID: "nv-293-403",
			Readings: []Reading{{
				ID:      "nv-293-403",
				Routes:  nvRoutes(cite("nv-293-403", "(1)", Verified)),
				Filings: nvFilings,
			}},
			Facts: nvFacts,
			Cite:  []Cite{cite("nv-293-403", "", Verified), cite("nv-293-405", "", Verified)},
		},
		{
			ID:   "nv-2025-session",
			From: 20250602,
			Readings: []Reading{
				{
					ID:      "nv-293-403",
					Routes:  nvRoutes(cite("nv-293-403", "(1)", Verified), cite("nv-ab287-status", "", Conflicting)),
					Filings: nvFilings,
					Cite:    []Cite{cite("nv-293-403", "undated copy", Conflicting), cite("nv-ab287-status", "", NotFound)},
				},
				{
					ID: "nv-ab287",
					Routes: append([]Route{{
						// "a recount of the vote for an office to be conducted,
						// at no cost to any candidate, if the difference between
						// the highest number of votes cast for a candidate for
						// the office and the next highest number … is 0.25
						// percent or less" (the bill's digest). Of which count
						// is not said; every vote for the office is assumed.
						Kind: Automatic,
						Tiers: []Tier{{Line: Line{Kind: ShareOfOffice, Share: Percent / 4},
							Cost: Cost{Kind: Public, Cite: []Cite{cite("nv-ab287", "§ 1", Conflicting)}}}},
						Cite: []Cite{cite("nv-ab287", "§ 1", Conflicting), cite("nv-ab287-status", "", NotFound)},
					}}, nvAB287Requests()...),
					Filings: nvFilings,
					Cite:    []Cite{cite("nv-ab287", "§ 1 (first reprint)", Conflicting), cite("nv-ab287-status", "", NotFound)},
				},
			},
			Facts: append(append([]Fact{}, nvFacts...),
				Fact{Kind: "nv-ab287-2025", Section: AfterNote,
					Cite: []Cite{cite("nv-ab287", "", Reported), cite("nv-ab287-status", "", NotFound)}}),
			Cite: []Cite{cite("nv-293-403", "", Verified), cite("nv-ab287", "", Conflicting), cite("nv-ab287-status", "", NotFound)},
		},
	},
	Ties: []TieLaw{
		// The Nevada Lawyer (February 2020): the Legislature decides a tie for
		// these offices at a general election (Nev. Const. art. 5, § 4, not
		// read); other ties are decided by lot (NRS 293.400, not read).
		{Scope: Scope{Offices: []Office{USSenate, USHouse, Governor, LtGovernor, Statewide, StateSenate, StateHouse, Judicial, State},
			Types: []ElectionType{General}}, Kind: Legislature, Cite: []Cite{cite("nvlawyer-2020", "", Reported)}},
		{Scope: Scope{Except: []Office{President}}, Kind: ByLot, Cite: []Cite{cite("nvlawyer-2020", "NRS 293.400", Reported)}},
	},
	Holidays: Holidays{
		// NRS 236.015 (leg.state.nv.us, 2013 revision, read 2026-11-22): "If
		// January 1, July 4, November 11 or December 25 falls upon a: (a)
		// Sunday, the Monday following must be observed as a legal holiday.
		// (b) Saturday, the Friday preceding". Columbus Day is not a legal
		// holiday in Nevada (NRS 236.025 is a day of observance).
		Rules: []HolidayRule{
			nvHoliday("new-year", FixedDate, time.January, 1, 0, 0, FridayMonday),
			nvHoliday("mlk", NthWeekday, time.January, 0, time.Monday, 3, Unmoved),
			nvHoliday("washington", NthWeekday, time.February, 0, time.Monday, 3, Unmoved),
			nvHoliday("memorial", NthWeekday, time.May, 0, time.Monday, -1, Unmoved),
			// Assembly Bill 140 of 2023, in effect at once; kept off a weekend
			// like the others (KZA Employer Report, 2023-06-15).
			{Key: "juneteenth", Kind: FixedDate, Month: time.June, Day: 19, From: 2023, Observed: FridayMonday,
				Cite: []Cite{cite("kza-2023-juneteenth", "", Reported)}},
			nvHoliday("independence", FixedDate, time.July, 4, 0, 0, FridayMonday),
			nvHoliday("labor", NthWeekday, time.September, 0, time.Monday, 1, Unmoved),
			// "Nevada Day is October 31 but is to be observed on the last
			// Friday in October" (since Senate Bill 31 of 1999; October 31
			// itself before 2000, outside the years the page covers).
			{Key: "nv-nevada-day", Kind: NthWeekday, Month: time.October, Weekday: time.Friday, Nth: -1, From: 2000,
				Cite: []Cite{cite("nv-236-015", "1", Verified), cite("nv-sb31-1999", "", Verified)}},
			nvHoliday("veterans", FixedDate, time.November, 11, 0, 0, FridayMonday),
			nvHoliday("thanksgiving", NthWeekday, time.November, 0, time.Thursday, 4, Unmoved),
			// "Friday following the fourth Thursday in November (Family Day)"
			{Key: "day-after-thanksgiving", Kind: DaysAfter, After: "thanksgiving", Days: 1,
				Cite: []Cite{cite("nv-236-015", "1", Verified)}},
			nvHoliday("christmas", FixedDate, time.December, 25, 0, 0, FridayMonday),
		},
		Cite: []Cite{cite("nv-236-015", "", Verified), cite("kza-2023-juneteenth", "", Reported)},
	},
	Sources: []Source{
		{ID: "nv-293-403", Kind: Statute, Title: "NRS 293.403 (an undated copy)",
			URL: "https://self-law.org/code/nv/chapter-293-elections/293-403", Checked: nvChecked},
		{ID: "nv-293-405", Kind: Statute, Title: "NRS 293.405 (an undated copy)",
			URL: "https://self-law.org/code/nv/chapter-293-elections/293-405", Checked: nvChecked},
		{ID: "nv-293-424", Kind: Statute, Title: "NRS 293.424 (an undated copy)",
			URL: "https://self-law.org/code/nv/chapter-293-elections/293-424", Checked: nvChecked},
		{ID: "nv-293-423", Kind: Statute, Title: "NRS 293.423",
			URL: "https://nevada.public.law/statutes/nrs_293.423", Checked: nvChecked},
		{ID: "nv-236-015", Kind: Statute, Title: "NRS 236.015 (2013 revision)",
			URL: "http://leg.state.nv.us/Division/Legal/LawLibrary/NRS/NRS-236.html", Checked: nvChecked},
		{ID: "nv-sb31-1999", Kind: SessionLaw, Title: "Nev. Senate Bill 31 (1999), Nevada Day on the last Friday in October",
			URL: "https://archive.leg.state.nv.us/Session/70th1999/bills/SB/SB31_R1.html", Checked: nvChecked},
		{ID: "kza-2023-juneteenth", Kind: News, Title: "KZA Employer Report, “June 19 becomes a legal holiday in Nevada” (2023-06-15)",
			URL: "https://kzalaw.com/?p=3401", Checked: nvChecked},
		{ID: "nv-ab287", Kind: SessionLaw, Title: "Nev. Assembly Bill 287 (2025), first reprint",
			URL: "https://app.legiplex.com/nv/legislature/2025/2025-r/bills/ab287/draft-2285653", Checked: nvChecked},
		{ID: "nv-ab287-status", Kind: Summary, Title: "Legislative history of Assembly Bill 287 (2025): last action found, a Ways and Means hearing on 2025-05-20",
			URL: "https://app.legiplex.com/nv/legislature/2025/2025-r/bills/ab287", Checked: nvChecked},
		{ID: "vv-nv", Kind: Summary, Title: "Verified Voting, Nevada recount law",
			URL: "https://verifiedvoting.org/?p=13645", Checked: nvChecked},
		{ID: "nvlawyer-2020", Kind: News, Title: "Nevada Lawyer, “In tie elections” (February 2020)",
			URL: "https://vdocuments.site/in-tie-elections.html", Checked: nvChecked},
	},
}

// nvRoutes are NRS 293.403's demand at any margin, with a deposit of the
// estimated cost refunded if the candidate prevails ("If the person who
// demanded the recount prevails, the sum deposited … must be refunded",
// NRS 293.405(2)); five days to start and five to finish (NRS 293.405(3)),
// or one and five for presidential electors (NRS 293.424(1)(b)).
func nvRoutes(cites ...Cite) []Route {
	return []Route{
		nvDemand(Scope{Except: []Office{President}}, Line{Kind: AnyMargin}, 5, cite("nv-293-405", "(3)", Verified), cites...),
		nvDemand(Scope{Offices: []Office{President}}, Line{Kind: AnyMargin}, 5, cite("nv-293-424", "(1)(b)", Verified),
			append([]Cite{cite("nv-293-424", "(1)(a)", Verified)}, cites...)...),
	}
}

// nvAB287Requests: the bill's demand, "if the difference between the
// highest number of votes cast for a candidate for the office and the
// number of votes cast for the defeated candidate who demands the recount
// is 5 percent or less" (the digest; of which count, not said).
func nvAB287Requests() []Route {
	c := cite("nv-ab287", "§ 1", Conflicting)
	five := Line{Kind: ShareOfOffice, Share: 5 * Percent}
	return []Route{
		nvDemand(Scope{Except: []Office{President}}, five, 5, cite("nv-293-405", "(3)", Verified), c),
		nvDemand(Scope{Offices: []Office{President}}, five, 5, cite("nv-293-424", "(1)(b)", Verified), c),
	}
}

func nvDemand(scope Scope, line Line, finish int, finishCite Cite, cites ...Cite) Route {
	return Route{
		Kind:  Requested,
		Scope: scope,
		Tiers: []Tier{{Line: line,
			Cost: Cost{Kind: Deposit, Refunded: true, Cite: []Cite{cite("nv-293-403", "(1)(b), (3)", Verified), cite("nv-293-405", "(1)–(2)", Verified)}}}},
		Who:       []Requester{{Kind: LosingCandidate, Cite: cites}},
		InWriting: true,
		Finish:    &Deadline{N: finish, Unit: CalendarDays, From: Order, Cite: []Cite{finishCite}},
		Cite:      cites,
	}
}

// nvFilings: a presidential elector's demand goes to the Secretary of State
// "on or before the 13th day following the election" (NRS 293.424(1)(a));
// every other to "the officer with whom the candidate filed his or her
// declaration of candidacy" within 3 working days after the canvass and
// the clerk's certification of the abstract (NRS 293.403(1)(a)).
var nvFilings = []Filing{
	{
		Scope: Scope{Offices: []Office{President}},
		Receiver: Receiver{ID: "secretary-of-state", Kind: SecretaryOfState, Name: "Nevada Secretary of State", Directs: true,
			Cite: []Cite{cite("nv-293-424", "(1)(a)", Verified)}},
		Deadline: Deadline{N: 13, Unit: CalendarDays, From: ElectionDay, Cite: []Cite{cite("nv-293-424", "(1)(a)", Verified)}},
	},
	{
		Receiver: Receiver{ID: "filing-officer", Kind: FilingOfficer, Cite: []Cite{cite("nv-293-403", "(1)(a)", Verified)}},
		Deadline: Deadline{N: 3, Unit: BusinessDays, From: Canvass, Cite: []Cite{cite("nv-293-403", "(1)", Verified)}},
	},
}

var nvFacts = []Fact{
	{Kind: "contest-route", Section: Before, Cite: []Cite{cite("nv-293-423", "", Verified)}},
	{Kind: "nv-all-ballots", Section: During, Cite: []Cite{cite("vv-nv", "NRS 293.404(3)", Reported)}},
	{Kind: "nv-start-within", Section: CostTime, Scope: Scope{Except: []Office{President}}, Numbers: []int64{5, 5},
		Cite: []Cite{cite("nv-293-405", "(3)", Verified)}},
	{Kind: "nv-start-within", Section: CostTime, Scope: Scope{Offices: []Office{President}}, Numbers: []int64{1, 5},
		Cite: []Cite{cite("nv-293-424", "(1)(b)", Verified)}},
	{Kind: "nv-who-pays", Section: CostTime, When: Requested, Cite: []Cite{cite("nv-293-405", "(1)–(2)", Verified)}},
	{Kind: "nv-precinct-once", Section: AfterNote, Cite: []Cite{cite("nv-293-405", "(4)", Verified)}},
}

func nvHoliday(key string, kind HolidayKind, m time.Month, day int, wd time.Weekday, nth int, observed Observance) HolidayRule {
	return HolidayRule{Key: key, Kind: kind, Month: m, Day: day, Weekday: wd, Nth: nth, Observed: observed,
		Cite: []Cite{cite("nv-236-015", "1, 3", Verified)}}
}

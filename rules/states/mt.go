package states

import (
	"time"

	. "github.com/recount-explainer/recount/rules"
)

// Montana: MCA 13-16-201 (a free recount on the defeated candidate's
// petition within 1/4 of 1 percent, or 10 votes for single-county local
// offices), 13-16-211 (a recount at the candidate's cost, under bond, up to
// 1/2 of 1 percent), 13-16-203 (a certified tie is recounted as if
// petitioned), 13-16-205 (who pays), 13-16-301 (a court-ordered recount),
// 13-16-412 (a count by hand), 1-1-216 (legal holidays). Facts and their
// evidence: shared/facts/states/MT.md (read 2026-11-22).
//
// 13-16-201 was read in an undated copy (statutes.laws-info.com, read
// 2026-11-22) that still names a "precinct office"; CEIMN's 2020 summary
// gives the same lines, so the lines are taken as current. 13-16-211 was
// read in the Montana Code Annotated 2021 (leg.mt.gov).
func init() { register(&MT) }

const mtChecked Date = 20261122

// MT is Montana's recount law.
var MT = Jurisdiction{
	Code: "MT", Name: "Montana", Counties: 56, Checked: mtChecked,
	Versions: []Version{{
		ID: "mt-13-16",
		Readings: []Reading{{
			ID: "mt-13-16",
			Routes: []Route{
				// "When a tie has been certified to the election administrator
				// … or the secretary of state, the administrator or the
				// secretary of state shall proceed as if a petition for a
				// recount has been filed." (13-16-203(1), lexace.ai copy,
				// undated, read 2026-11-22)
				{Kind: Automatic, Tiers: []Tier{{Line: Line{Kind: TieOnly}, Method: Hand, Cost: mtFree}},
					Cite: []Cite{cite("mt-13-16-203", "(1)", Verified)}},
				// "a candidate for a precinct office or for a county,
				// municipal, or district office voted for in only one county,
				// other than a legislator or a judge of the district court, is
				// defeated by a margin not exceeding 1/4 of 1% of the total
				// votes cast or by a margin not exceeding 10 votes, whichever
				// is greater" (13-16-201(1)(a)).
				mtRequest(Scope{Offices: LocalOffices, Area: SingleCounty},
					Line{Kind: Greater, Of: []Line{{Kind: ShareOfOffice, Share: Percent / 4}, {Kind: FixedVotes, Votes: 10}}},
					cite("mt-13-16-201", "(1)(a)", Verified)),
				// "a candidate for a congressional office, a state or district
				// office voted on in more than one county, the legislature, or
				// judge of the district court is defeated by a margin not
				// exceeding 1/4 of 1% of the total votes cast for all
				// candidates for the same position" (13-16-201(1)(b)).
				mtRequest(Scope{Except: LocalOffices}, mtQuarter, cite("mt-13-16-201", "(1)(b)", Verified)),
				mtRequest(Scope{Offices: LocalOffices, Area: MultiCounty}, mtQuarter, cite("mt-13-16-201", "(1)(b)", Verified)),
			},
			Filings: mtFilings,
		}},
		Facts: mtFacts,
		Cite:  []Cite{cite("mt-13-16-201", "", Verified), cite("mt-13-16-211", "", Verified), cite("ceimn-mt", "", Reported)},
	}},
	Ties: []TieLaw{
		// "If a tie exists after the recount, the tie must be resolved as
		// provided by law." (13-16-203) The statute it points to was not read.
		{Kind: TieUnknown, Cite: []Cite{cite("mt-13-16-203", "the law it points to", NotFound)}},
	},
	Holidays: Holidays{
		// 1-1-216 as reprinted in Senate Bill 94 of 2021 (Indigenous Peoples'
		// Day): every Sunday and these days; "If any of the holidays … fall on
		// a Sunday, the Monday following is a holiday", on a Saturday "the
		// Friday preceding". No Montana recount deadline counts business days.
		Rules: []HolidayRule{
			mtHoliday("new-year", FixedDate, time.January, 1, 0, 0),
			mtHoliday("mlk", NthWeekday, time.January, 0, time.Monday, 3),
			mtHoliday("washington", NthWeekday, time.February, 0, time.Monday, 3),
			mtHoliday("memorial", NthWeekday, time.May, 0, time.Monday, -1),
			mtHoliday("independence", FixedDate, time.July, 4, 0, 0),
			mtHoliday("labor", NthWeekday, time.September, 0, time.Monday, 1),
			mtHoliday("columbus", NthWeekday, time.October, 0, time.Monday, 2),
			{Key: "election-day", Kind: GeneralElection, EveryYears: 2, Observed: FridayMonday, Cite: []Cite{cite("mt-1-1-216", "(1)(l)", Reported)}},
			mtHoliday("veterans", FixedDate, time.November, 11, 0, 0),
			mtHoliday("thanksgiving", NthWeekday, time.November, 0, time.Thursday, 4),
			mtHoliday("christmas", FixedDate, time.December, 25, 0, 0),
		},
		Cite: []Cite{cite("mt-1-1-216", "", Reported)},
	},
	Sources: []Source{
		{ID: "mt-13-16-201", Kind: Statute, Title: "MCA 13-16-201 (an undated copy)",
			URL: "http://statutes.laws-info.com/montana/13/13_16/13_16_2/13-16-201", Checked: mtChecked},
		{ID: "mt-13-16-203", Kind: Statute, Title: "MCA 13-16-203",
			URL: "https://lexace.ai/us/statute/montana/13-16-203", Checked: mtChecked},
		{ID: "mt-13-16-204", Kind: Statute, Title: "MCA 13-16-204",
			URL: "https://ebench-dev.greeninfo.org/state/montana/statute/13-16-204", Checked: mtChecked},
		{ID: "mt-13-16-205", Kind: Statute, Title: "MCA 13-16-205",
			URL: "https://leg.mt.gov/bills/mca/13/16/13-16-205.htm", Checked: mtChecked},
		{ID: "mt-13-16-211", Kind: Statute, Title: "MCA 13-16-211 (Montana Code Annotated 2021)",
			URL: "https://leg.mt.gov/bills/mca/title_0130/chapter_0160/part_0020/section_0110/0130-0160-0020-0110.html", Checked: mtChecked},
		{ID: "mt-13-16-301", Kind: Statute, Title: "MCA 13-16-301 (Montana Code Annotated 1995)",
			URL: "https://leg.mt.gov/bills/1995/mca/13/16/13-16-301.htm", Checked: mtChecked},
		{ID: "mt-13-16-412", Kind: Statute, Title: "MCA 13-16-412 (Montana Code Annotated 2023)",
			URL: "https://leg.mt.gov/bills/mca/title_0130/chapter_0160/part_0040/section_0120/0130-0160-0040-0120.html", Checked: mtChecked},
		{ID: "mt-1-1-216", Kind: Statute, Title: "MCA 1-1-216 (as reprinted in Senate Bill 94 of 2021)",
			URL: "https://leg.mt.gov/bills/2021/billhtml/SB0094.htm", Checked: mtChecked},
		{ID: "ceimn-mt", Kind: Summary, Title: "Citizens for Election Integrity Minnesota, Montana recount laws (updated 2020-11-01)",
			URL: "https://ceimn.org/node/152/printable/print", Checked: mtChecked},
		{ID: "boulder-2020", Kind: News, Title: "Boulder Monitor, “How the recount process works” (2020-11-10)",
			URL: "https://www.boulder-monitor.com/how-the-recount-process-works/article_b7419588-2374-11eb-9f25-27aec5ec40f6.html", Checked: mtChecked},
	},
}

var (
	mtQuarter = Line{Kind: ShareOfOffice, Share: Percent / 4}
	// "the expense of the recount provided for in 13-16-201 is a county
	// charge" (13-16-205(1)).
	mtFree = Cost{Kind: Public, Cite: []Cite{cite("mt-13-16-205", "(1)", Verified)}}
)

// mtRequest is a defeated candidate's petition: free within the line of
// 13-16-201, and at the candidate's cost under bond beyond it up to 1/2 of
// 1 percent: "defeated by a margin exceeding 1/4 of 1% but not exceeding
// 1/2 of 1% of the total votes cast for all candidates for the same
// position" (13-16-211(1), MCA 2021, read 2026-11-22).
func mtRequest(scope Scope, free Line, cites ...Cite) Route {
	return Route{
		Kind:  Requested,
		Scope: scope,
		Tiers: []Tier{
			{Line: free, Method: Hand, Cost: mtFree, Cite: cites},
			{Line: Line{Kind: ShareOfOffice, Share: Percent / 2}, Method: Hand,
				Cost: Cost{Kind: RequesterPays, Cite: []Cite{cite("mt-13-16-211", "(2)", Verified)}},
				Cite: []Cite{cite("mt-13-16-211", "(1)", Verified)}},
		},
		Who:       []Requester{{Kind: LosingCandidate, Cite: cites}},
		InWriting: true, // a verified petition
		Cite:      append(append([]Cite{}, cites...), cite("mt-13-16-211", "(1)", Verified)),
	}
}

// mtFilings: a single-county local office's petition goes to the county
// election administrator; every other to the Secretary of State, who
// notifies each county. "within 5 days after the official canvass"
// (13-16-201(1)(a), (b); 13-16-211(1)). For a state race the Secretary of
// State's office counts from the state canvass (Boulder Monitor, 2020).
// MCA 1-1-307 (a last day on a holiday) was not read: no roll-over.
var mtFilings = []Filing{
	{
		Scope: Scope{Offices: LocalOffices, Area: SingleCounty},
		Receiver: Receiver{ID: "county-official", Kind: CountyOfficial, Name: "County election administrator",
			Cite: []Cite{cite("mt-13-16-201", "(1)(a)", Verified)}},
		Deadline: Deadline{N: 5, Unit: CalendarDays, From: Canvass, Cite: []Cite{cite("mt-13-16-201", "(1)(a)", Verified)}},
	},
	{
		Receiver: Receiver{ID: "secretary-of-state", Kind: SecretaryOfState, Name: "Montana Secretary of State", Directs: true,
			Cite: []Cite{cite("mt-13-16-201", "(1)(b)", Verified)}},
		Deadline: Deadline{N: 5, Unit: CalendarDays, From: StateCanvass,
			Cite: []Cite{cite("mt-13-16-201", "(1)(b)", Verified), cite("boulder-2020", "", Reported)}},
	},
}

var mtFacts = []Fact{
	{Kind: "mt-petition-belief", Section: Where, When: Requested, Cite: []Cite{cite("mt-13-16-201", "(1)(a)", Verified)}},
	{Kind: "mt-state-canvass", Section: Where, Scope: Scope{Except: LocalOffices}, When: Requested,
		Cite: []Cite{cite("boulder-2020", "", Reported)}},
	// "the board shall count the votes on each ballot manually"
	// (13-16-412(2), MCA 2023).
	{Kind: "hand-count", Section: During, Cite: []Cite{cite("mt-13-16-412", "(2)", Verified)}},
	// "The board shall convene … not later than 5 days after receiving
	// notice" (13-16-204(2)).
	{Kind: "mt-recount-board", Section: During, Numbers: []int64{5}, Cite: []Cite{cite("mt-13-16-204", "(2)", Verified)}},
	{Kind: "mt-county-charge", Section: CostTime, Cite: []Cite{cite("mt-13-16-205", "(1)", Verified)}},
	{Kind: "bond", Section: CostTime, When: Requested, Cite: []Cite{cite("mt-13-16-211", "(2)", Verified)}},
	{Kind: "no-finish-deadline", Section: CostTime, Cite: []Cite{cite("mt-13-16-204", "", NotFound)}},
	{Kind: "mt-local-denominator", Section: AfterNote, Scope: Scope{Offices: LocalOffices, Area: SingleCounty}, When: Requested,
		Cite: []Cite{cite("mt-13-16-201", "(1)(a)", Verified)}},
	{Kind: "board-own-motion", Section: Before, Cite: []Cite{cite("ceimn-mt", "13-16-201(1)(f), 13-15-403", Reported)}},
	// "Within 5 days after the canvass of election returns, an unsuccessful
	// candidate for any public office at an election may apply to the
	// district court" (13-16-301(1)(a), MCA 1995).
	{Kind: "mt-court-recount", Section: Before, Numbers: []int64{5},
		Cite: []Cite{cite("mt-13-16-301", "(1)(a), (4) (1995 text)", Verified), cite("ceimn-mt", "", Reported)}},
}

func mtHoliday(key string, kind HolidayKind, m time.Month, day int, wd time.Weekday, nth int) HolidayRule {
	return HolidayRule{Key: key, Kind: kind, Month: m, Day: day, Weekday: wd, Nth: nth, Observed: FridayMonday,
		Cite: []Cite{cite("mt-1-1-216", "", Reported)}}
}

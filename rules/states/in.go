package states

import (
	"time"

	. "github.com/recount-explainer/recount/rules"
)

// Indiana: IC 3-12-11 (recounts for federal, state and legislative offices
// and presidential primaries, by the State Recount Commission) and IC
// 3-12-6 (recounts for local and school board offices, by county recount
// commissions appointed by the circuit court); IC 3-12-9 (ties); IC
// 3-5-4-1.5 (a last day on which the office is closed moves on); IC 1-1-9
// (holidays). Research notes: shared/facts/states/IN.md (2026-11-22).
//
// Indiana has no free recount and no margin a candidate must be within:
// any candidate may petition at any margin. The 1% line only sets the
// deposit per precinct.
//
// Read in the statute text on 2026-11-22:
//
//   - IC 3-12-11-2 (courtgpt.ai copy, history to P.L.221-2005): "must file
//     a verified petition with the election division not later than noon
//     fourteen (14) days after election day." (b): a state or county
//     chairman, "not later than noon seventeen (17) days after election day."
//   - IC 3-12-6-2(b)-(c) (courtgpt.ai copy, history to P.L.221-2005): "The
//     petition must be filed in the circuit or superior court of each county
//     in which is located a precinct in which the individual desires a
//     recount." Subsection (a), the candidate's own deadline for local
//     offices, was cut off in every copy: reported.
//   - IC 3-12-11-1 (instalawyer.io copy, history to P.L.194-2013): any
//     candidate "for a federal, state, or legislative office" "is entitled
//     to have the votes cast for that office recounted"; "A recount may be
//     conducted in one (1) or more of the precincts".
//   - IC 3-5-4-1.5 (courtgpt.ai copy, history to P.L.74-2017): if the final
//     day falls "on a day when the office is not open to conduct public
//     business or on a day observed as a holiday under IC 1-1-9", the action
//     may be performed "through noon of the next day that the office is
//     open for public business" for a filing.
//   - IC 3-8-2-5 (courtgpt.ai copy): it names "the local office of: (A)
//     judge of a circuit, superior, probate, or small claims court; or (B)
//     prosecuting attorney", so trial judges' races are local offices.
//
// IC 3-12-11-10 and 3-12-6-10 (the 1% deposit tier) were read by the
// research (FindLaw copy, current as of 2024-01-02), not again here.
func init() { register(&IN) }

const inChecked Date = 20261122

// IN is Indiana's recount law.
var IN = Jurisdiction{
	Code: "IN", Name: "Indiana", Counties: 92, Checked: inChecked,
	Versions: []Version{{
		ID: "in-recount",
		// The chapters date from 1986; the text on file is the 2013–2024
		// text (IC 3-12-11-1 as amended by P.L.194-2013).
		Assumed: 20140101,
		Readings: []Reading{{
			ID:      "in-recount",
			Routes:  []Route{inRoute},
			Filings: inFilings,
		}},
		Facts: inFacts,
		Cite:  []Cite{cite("in-3-12-11", "", Verified), cite("in-3-12-6", "", Verified)},
	}},
	Ties: []TieLaw{
		// A tied primary leaves a candidate vacancy, filled by the party
		// (IC 3-13-1-17): not a kind the page names.
		{Scope: Scope{Types: PrimaryTypes}, Kind: TieUnknown, Cite: []Cite{cite("in-3-13-1-17", "", Verified)}},
		{Scope: Scope{Offices: []Office{Governor, LtGovernor}}, Kind: Legislature,
			Cite: []Cite{cite("in-3-12-9", "IC 3-12-9-1; Ind. Const. art. 5, § 5", Verified)}},
		{Scope: Scope{Offices: inStateOffices}, Kind: NewElection, Cite: []Cite{cite("in-3-12-9", "IC 3-12-9-1(a)", Verified)}},
		{Scope: Scope{Offices: []Office{Judicial}, Area: StatewideArea}, Kind: NewElection,
			Cite: []Cite{cite("in-3-12-9", "IC 3-12-9-1(a)", Verified)}},
		// Local offices: the fiscal body of the political subdivision elects
		// someone (IC 3-12-9-4), which the page's tie kinds do not name.
		{Kind: TieUnknown, Cite: []Cite{cite("in-3-12-9", "IC 3-12-9-4", Verified)}},
	},
	Holidays: Holidays{
		// IC 1-1-9-1 itself was not read; the days come from the State
		// Personnel Department's yearly lists (2015, 2019), which keep
		// Lincoln's Birthday on the Friday after Thanksgiving and
		// Washington's Birthday on December 24.
		Rules: []HolidayRule{
			inHoliday("new-year", FixedDate, time.January, 1, 0, 0),
			inHoliday("mlk", NthWeekday, time.January, 0, time.Monday, 3),
			{Key: "good-friday", Kind: EasterOffset, Days: -2, Cite: []Cite{cite("in-spd-holidays", "", Reported)}},
			inHoliday("memorial", NthWeekday, time.May, 0, time.Monday, -1),
			inHoliday("independence", FixedDate, time.July, 4, 0, 0),
			inHoliday("labor", NthWeekday, time.September, 0, time.Monday, 1),
			inHoliday("columbus", NthWeekday, time.October, 0, time.Monday, 2),
			{Key: "election-day", Kind: GeneralElection, EveryYears: 1, Cite: []Cite{cite("in-spd-holidays", "", Reported)}},
			inHoliday("veterans", FixedDate, time.November, 11, 0, 0),
			inHoliday("thanksgiving", NthWeekday, time.November, 0, time.Thursday, 4),
			{Key: "lincoln", Kind: DaysAfter, After: "thanksgiving", Days: 1, Cite: []Cite{cite("in-spd-holidays", "", Reported)}},
			{Key: "washington-december", Kind: FixedDate, Month: time.December, Day: 24, Possible: true,
				Cite: []Cite{cite("in-spd-holidays", "", Reported)}},
			inHoliday("christmas", FixedDate, time.December, 25, 0, 0),
			// Primary Election Day (the Tuesday after the first Monday in
			// May) is on the lists too; no rule kind names it, and no
			// recount count reaches it.
		},
		Cite: []Cite{cite("in-1-1-9-1", "", Reported), cite("in-spd-holidays", "", Reported)},
	},
	Sources: []Source{
		{ID: "in-3-12-11", Kind: Statute, Title: "IC 3-12-11 (recounts: federal, state and legislative offices)",
			URL: "https://instalawyer.io/laws/indiana-code/3-12-11-1-right-to-recount-of", Checked: inChecked},
		{ID: "in-3-12-11-2", Kind: Statute, Title: "IC 3-12-11-2",
			URL: "https://courtgpt.ai/laws/indiana/title-3/article-12/chapter-11/section-3-12-11-2", Checked: inChecked},
		{ID: "in-3-12-11-10", Kind: Statute, Title: "IC 3-12-11-10",
			URL: "https://codes.findlaw.com/in/title-3-elections/in-code-sect-3-12-11-10/", Checked: inChecked},
		{ID: "in-3-12-6", Kind: Statute, Title: "IC 3-12-6 (recounts: local and school board offices)",
			URL: "https://courtgpt.ai/laws/indiana/title-3/article-12/chapter-6/section-3-12-6-1", Checked: inChecked},
		{ID: "in-3-12-6-2", Kind: Statute, Title: "IC 3-12-6-2",
			URL: "https://courtgpt.ai/laws/indiana/title-3/article-12/chapter-6/section-3-12-6-2", Checked: inChecked},
		{ID: "in-3-12-6-10", Kind: Statute, Title: "IC 3-12-6-10",
			URL: "https://instalawyer.io/laws/indiana-code/3-12-6-10-petitioners-cash-deposit-or", Checked: inChecked},
		{ID: "in-3-5-4-1.5", Kind: Statute, Title: "IC 3-5-4-1.5",
			URL: "https://courtgpt.ai/laws/indiana/title-3/article-5/chapter-4/section-3-5-4-1-5", Checked: inChecked},
		{ID: "in-3-8-2-5", Kind: Statute, Title: "IC 3-8-2-5",
			URL: "https://courtgpt.ai/laws/indiana/title-3/article-8/chapter-2/section-3-8-2-5", Checked: inChecked},
		{ID: "in-3-12-9", Kind: Statute, Title: "IC 3-12-9-1 to 3-12-9-4; Ind. Const. art. 5, § 5",
			URL: "https://statutes.laws.com/indiana/title-3/ar-12/ch-9", Checked: inChecked},
		{ID: "in-3-13-1-17", Kind: Statute, Title: "IC 3-13-1-17",
			URL: "https://getpocketlaw.com/law/state_indiana/section-3-13-1-17-vacancy-existing-because-of-tie-vote-in-primary-election-selection-of-candidate_5dd438b1844f", Checked: inChecked},
		{ID: "in-1-1-9-1", Kind: Statute, Title: "IC 1-1-9-1 (legal holidays; not read)", Checked: inChecked},
		{ID: "in-spd-holidays", Kind: HolidayList, Title: "Indiana State Personnel Department, state holidays (2015 and 2019 lists)",
			URL: "http://in.gov/spd/2555.htm", Checked: inChecked},
		{ID: "ceimn-in", Kind: Summary, Title: "Citizens for Election Integrity Minnesota, Indiana recount laws (2022)",
			URL: "https://ceimn.org/node/124/printable/print", Checked: inChecked},
	},
}

// inStateOffices are the offices IC 3-12-11 covers (with appellate judges,
// voted on statewide): federal, state and legislative. Trial judges are
// local offices (IC 3-8-2-5).
var inStateOffices = []Office{President, USSenate, USHouse, Federal, Governor, LtGovernor, Statewide, StateSenate, StateHouse, State}

// inRoute: any candidate, at any margin, for any office; the margin only
// chooses the deposit tier: "not more than one percent (1%) of the total
// votes cast for all candidates" (IC 3-12-11-10(b), 3-12-6-10(b)).
var inRoute = Route{
	Kind: Requested,
	Tiers: []Tier{
		{
			Line:   Line{Kind: ShareOfOffice, Share: Percent},
			Method: RequesterPicks,
			Cost:   Cost{Kind: Deposit, Cite: []Cite{cite("in-3-12-11-10", "(b)", Verified), cite("in-3-12-6-10", "(b)", Verified)}},
			Cite:   []Cite{cite("in-3-12-11-10", "(b)", Verified), cite("in-3-12-6-10", "(b)", Verified)},
		},
		{
			Line:   Line{Kind: AnyMargin},
			Method: RequesterPicks,
			Cost:   Cost{Kind: Deposit, Cite: []Cite{cite("in-3-12-11-10", "(c)", Verified), cite("in-3-12-6-10", "", Verified)}},
			Cite:   []Cite{cite("in-3-12-11", "IC 3-12-11-1(a)", Verified), cite("in-3-12-6", "IC 3-12-6-1", Verified)},
		},
	},
	Who: []Requester{
		{Kind: AnyCandidate, Cite: []Cite{cite("in-3-12-11", "IC 3-12-11-1(a)", Verified), cite("in-3-12-6", "IC 3-12-6-1(a)", Verified)}},
		// Only if the candidate does not file in time (IC 3-12-11-1(b)-(c),
		// 3-12-6-1(b)).
		{Kind: PartyOfficer, Cite: []Cite{cite("in-3-12-11", "IC 3-12-11-1(b)-(c)", Verified), cite("in-3-12-6", "IC 3-12-6-1(b)", Verified)}},
	},
	InWriting: true,
	Cite:      []Cite{cite("in-3-12-11", "IC 3-12-11-1", Verified), cite("in-3-12-6", "IC 3-12-6-1", Verified)},
}

// inDeadline: noon, fourteen days after election day; a last day when the
// office is closed moves to noon of the next day it is open (IC 3-5-4-1.5).
var inDeadline = Deadline{N: 14, Unit: CalendarDays, From: ElectionDay, At: 12 * 60, Rolls: true,
	Cite: []Cite{cite("in-3-12-11-2", "(a)", Verified), cite("in-3-5-4-1.5", "", Verified)}}

var inDivision = Receiver{ID: "in-election-division", Kind: StateBoard, Name: "Indiana Election Division", Directs: true,
	Cite: []Cite{cite("in-3-12-11-2", "(a)", Verified)}}

// inFilings: federal, state and legislative offices (and a statewide
// judicial vote) to the Election Division; local offices and trial judges
// to the circuit or superior court of each county concerned.
var inFilings = []Filing{
	{Scope: Scope{Offices: []Office{Judicial}, Area: StatewideArea}, Receiver: inDivision, Deadline: inDeadline},
	{Scope: Scope{Offices: inStateOffices}, Receiver: inDivision, Deadline: inDeadline},
	{
		Receiver: Receiver{ID: "court", Kind: Court, Name: "Circuit or superior court of each county with a precinct to be recounted",
			Cite: []Cite{cite("in-3-12-6-2", "(c)", Verified), cite("in-3-8-2-5", "", Verified)}},
		Deadline: Deadline{N: 14, Unit: CalendarDays, From: ElectionDay, At: 12 * 60, Rolls: true,
			Cite: []Cite{cite("in-3-12-6-2", "(a)", Reported), cite("in-3-5-4-1.5", "", Verified)}},
	},
}

var inLocal = Scope{Offices: []Office{County, Municipal, District, Judicial}, Area: NotStatewide}

var inFacts = []Fact{
	{Kind: "in-two-systems", Section: Where,
		Cite: []Cite{cite("in-3-12-11-2", "(a)", Verified), cite("in-3-12-6-2", "(c)", Verified), cite("in-3-8-2-5", "", Verified)}},
	{Kind: "in-party-chair", Section: Where, Numbers: []int64{17},
		Cite: []Cite{cite("in-3-12-11-2", "(b)", Verified), cite("in-3-12-6-2", "(b)", Verified)}},
	{Kind: "precincts-chosen", Section: During, Cite: []Cite{cite("in-3-12-11", "IC 3-12-11-1(a)", Verified)}},
	{Kind: "in-hand-count-on-request", Section: During, Cite: []Cite{cite("ceimn-in", "IC 3-12-11-17.5, 3-12-6-21.5", Reported)}},
	{Kind: "in-county-commission", Section: During, Scope: inLocal, Cite: []Cite{cite("in-3-12-6", "", Verified)}},
	{Kind: "in-no-free-recount", Section: CostTime,
		Cite: []Cite{cite("in-3-12-11-10", "(a)-(c)", Verified), cite("in-3-12-6-10", "", Verified)}},
	{Kind: "in-deposit-formula", Section: CostTime, Numbers: []int64{100, 10, 100, 10},
		Cite: []Cite{cite("in-3-12-11-10", "(a)-(c)", Verified), cite("in-3-12-6-10", "", Verified)}},
	{Kind: "in-refund-unread", Section: CostTime,
		Cite: []Cite{cite("in-3-12-11-10", "(d)", NotFound), cite("in-3-12-6-10", "(g)", NotFound)}},
	{Kind: "no-finish-deadline", Section: CostTime, Cite: []Cite{cite("in-3-12-11", "", NotFound)}},
	{Kind: "contest-route", Section: Before, Cite: []Cite{cite("in-3-12-11", "IC 3-12-11-1(a)", Verified)}},
	{Kind: "in-tie-fiscal-body", Section: AfterNote, Scope: inLocal, Cite: []Cite{cite("in-3-12-9", "IC 3-12-9-4", Verified)}},
	{Kind: "questions-differ", Section: AfterNote, Cite: []Cite{cite("ceimn-in", "IC 3-12-12", Reported)}},
}

func inHoliday(key string, kind HolidayKind, m time.Month, day int, wd time.Weekday, nth int) HolidayRule {
	return HolidayRule{Key: key, Kind: kind, Month: m, Day: day, Weekday: wd, Nth: nth, Observed: FridayMonday,
		Cite: []Cite{cite("in-spd-holidays", "", Reported)}}
}

package states

import (
	"time"

	. "github.com/recount-explainer/recount/rules"
)

// Alabama: Ala. Code § 17-16-20 (the automatic recount of a general
// election decided by not more than one-half of one percent), § 17-16-21
// (a recount on petition, at any margin, at the petitioner's cost),
// § 17-12-23 (ties), § 11-46-55.1 and § 11-46-69 (city and town elections)
// and § 1-3-8 (holidays). Research notes: shared/facts/states/AL.md (read
// 2026-11-22).
//
// § 17-16-20(a) (laws-info copy, undated; the same words are quoted in Att'y
// Gen. Op. 2010-72 of June 8, 2010): "When, in a general election, the
// election returns for any public office ... reflect that a candidate is
// defeated ... by not more than one half of one percent of the votes cast
// for the office".
//
// Checked again 2026-11-23 in Att'y Gen. Op. 2010-72 (June 8, 2010, the
// ebench-dev.greeninfo.org copy), which sets out the section: "(a) When, in
// a general election, the election returns for any public office, including
// a judicial office, reflect that a candidate is defeated or any ballot
// statewide measure is defeated by not more than one half of one percent of
// the votes cast for the office, or the ballot measure, as certified by the
// appropriate election officer, a recount shall be held unless the defeated
// candidate submits a written waiver". The encoded line agrees: a share of
// every vote for the office, "not more than" (at the line is inside),
// general elections only. The opinion says the section "provides that the
// state shall pay for the expenses of the recount if the recount does not
// involve a county office". What stays only reported on the automatic
// route is the method (subsection (h), not read) and who pays for a county
// office. § 17-16-21(a)-(b) was read again the same day in the casetext
// copy (current through the 2024 Regular Session); the petition route
// agrees with it. No act amending § 17-16-20 after 2010 was looked for.
//
// § 17-16-21(a) (casetext copy, current through the 2024 Regular Session,
// read 2026-11-22): "Any person with standing to contest the election under
// Sections 17-16-40 and 17-16-47 may petition the canvassing authority for
// a recount of any or all precinct returns." "The canvassing authority is
// the canvassing board in general elections and the county executive
// committee in a party primary." "The time period for requesting a recount
// begins with the production of the certificate of result and ends 48 hours
// after the official canvass of county returns." "The petitioner must be
// prepared to pay the cost of the recount and shall give security".
//
// § 1-3-8(a) (uslawyerdatabase copy, read 2026-11-22): "If any holiday
// falls on Sunday, the following day is the holiday. If any holiday falls
// on Saturday, the preceding day is the holiday."
func init() { register(&AL) }

const alChecked Date = 20261122

// AL is Alabama's recount law.
var AL = Jurisdiction{
	Code: "AL", Name: "Alabama", Counties: 67, Checked: alChecked,
	Versions: []Version{{
		ID: "al-17-16-20",
		// The act that created the automatic recount was not found; the
		// text is known from the 2010 opinion on.
		Assumed: 20100608,
		Readings: []Reading{{
			ID: "al-17-16-20",
			Routes: []Route{
				{
					// General elections only: Att'y Gen. Op. 2010-72 holds it
					// does not apply in a primary. City and town elections
					// follow Title 11 (see the fact below).
					Kind:  Automatic,
					Scope: Scope{Types: []ElectionType{General}, Except: []Office{Municipal}},
					Tiers: []Tier{{
						Line:   Line{Kind: ShareOfOffice, Share: Percent / 2},
						Method: Machine,
						Cost:   Cost{Kind: Public, Cite: []Cite{cite("al-17-16-20", "(d)", Verified), cite("al-ago-2010-72", "on costs, as summarized", Reported)}},
						// The line is § 17-16-20(a), read; the method is (h),
						// not read.
						Cite: []Cite{cite("al-17-16-20", "(a)", Verified), cite("al-ago-2010-72", "", Verified),
							cite("al-17-16-20", "(h), not read", Reported), cite("vv-al", "", Reported)},
					}},
					// "the defeated candidate" may waive it in writing within
					// 24 hours after certification (§ 17-16-20(a)(1)-(2)).
					Waiver: &Waiver{Hours: 24, Cite: []Cite{cite("al-17-16-20", "(a)(1)-(2)", Verified)}},
					Cite:   []Cite{cite("al-17-16-20", "(a)", Verified), cite("al-ago-2010-72", "", Verified)},
				},
				// A petition after a general or special election: "any
				// person with standing to contest" under §§ 17-16-40 and
				// -47, which list state and county offices but not federal
				// offices or the Lieutenant Governor (Hasen 2017; Elmore
				// County's guide). Who has standing: a qualified elector
				// (§ 17-16-64's "the elector making the contest"); those
				// sections themselves were not read.
				{
					Kind:  Requested,
					Scope: Scope{Types: []ElectionType{General, Special, Runoff}, Except: append(append([]Office{}, alNoPetition...), Municipal)},
					Tiers: []Tier{alAnyMarginPaid},
					Who: []Requester{
						{Kind: LosingCandidate, Cite: []Cite{cite("al-17-16-21", "(a)", Verified)}},
						{Kind: Voters, Number: 1, Cite: []Cite{cite("al-17-16-21", "(a)", Verified), cite("elmore-contests", "", Reported)}},
					},
					Cite: []Cite{cite("al-17-16-21", "(a)", Verified), cite("hasen-2017", "", Reported)},
				},
				// In a party primary the petition goes to the county
				// executive committee. A nomination may be contested by a
				// qualified elector of the party who voted in that primary
				// (§ 17-13-71).
				{
					Kind:  Requested,
					Scope: Scope{Types: PrimaryTypes, Except: []Office{Municipal}},
					Tiers: []Tier{alAnyMarginPaid},
					Who: []Requester{
						{Kind: LosingCandidate, Cite: []Cite{cite("al-17-16-21", "(a)", Verified)}},
						{Kind: Voters, Number: 1, Cite: []Cite{cite("al-17-13-71", "", Verified)}},
					},
					Cite: []Cite{cite("al-17-16-21", "(a)", Verified)},
				},
				// City and town elections: § 11-46-55.1, a petition by a
				// person with standing (a qualified elector of the city or
				// town, § 11-46-69(a)) within 48 hours after the council's
				// canvass, at the petitioner's cost.
				{
					Kind:  Requested,
					Scope: Scope{Offices: []Office{Municipal}},
					Tiers: []Tier{{Line: Line{Kind: AnyMargin}, Method: Machine,
						Cost: Cost{Kind: RequesterPays, Cite: []Cite{cite("al-11-46-55-1", "", Verified)}}}},
					Who: []Requester{
						{Kind: LosingCandidate, Cite: []Cite{cite("al-11-46-55-1", "", Verified)}},
						{Kind: Voters, Number: 1, Cite: []Cite{cite("al-11-46-69", "(a)", Verified)}},
					},
					Cite: []Cite{cite("al-11-46-55-1", "", Verified)},
				},
			},
			Filings: []Filing{
				{
					Scope: Scope{Types: PrimaryTypes, Except: []Office{Municipal}},
					Receiver: Receiver{ID: "al-county-executive-committee", Kind: CountyBoard, Name: "county executive committee of the political party",
						Cite: []Cite{cite("al-17-16-21", "(a)", Verified)}},
					Deadline: alDeadline,
				},
				{
					// "ends 48 hours after the official canvass of returns by
					// the municipal governing body" (§ 11-46-55.1, as quoted in
					// the research notes).
					Scope: Scope{Offices: []Office{Municipal}},
					Receiver: Receiver{ID: "al-municipal-governing-body", Kind: LocalOfficial, Name: "municipal governing body (the city or town council)",
						Cite: []Cite{cite("al-11-46-55-1", "", Verified)}},
					Deadline: Deadline{N: 48, Unit: Hours, From: Canvass, Cite: []Cite{cite("al-11-46-55-1", "", Verified)}},
				},
				{
					Receiver: Receiver{ID: "al-canvassing-board", Kind: CountyBoard, Name: "canvassing board",
						Cite: []Cite{cite("al-17-16-21", "(a)", Verified)}},
					Deadline: alDeadline,
				},
			},
		}},
		Facts: []Fact{
			{Kind: "al-no-automatic-in-primary", Section: Before, Scope: Scope{Types: PrimaryTypes},
				Cite: []Cite{cite("al-ago-2010-72", "", Verified)}},
			{Kind: "al-special-elections-unread", Section: Before, Scope: Scope{Types: []ElectionType{Special}},
				Cite: []Cite{cite("al-17-16-20", "(a): \"in a general election\"", Verified)}},
			{Kind: "al-no-petition-federal", Section: Before, Scope: Scope{Offices: alNoPetition, Types: []ElectionType{General, Special, Runoff}},
				Cite: []Cite{cite("hasen-2017", "", Reported), cite("elmore-contests", "", Reported)}},
			{Kind: "al-municipal-title-11", Section: Before, Scope: Scope{Offices: []Office{Municipal}}, Numbers: []int64{48},
				Cite: []Cite{cite("al-11-46-55-1", "", Verified), cite("al-17-16-20", "scope for city elections not read", NotFound)}},
			{Kind: "al-canvassing-board-which", Section: Where, Scope: Scope{Types: []ElectionType{General, Special, Runoff}, Area: MultiCounty},
				Cite: []Cite{cite("al-17-16-21", "(a)", Verified)}},
			{Kind: "al-waiver-where", Section: Where, When: Automatic, Numbers: []int64{24},
				Cite: []Cite{cite("al-17-16-20", "(a)(1)-(2)", Verified)}},
			{Kind: "al-automatic-starts", Section: During, When: Automatic, Numbers: []int64{72},
				Cite: []Cite{cite("al-17-16-20", "(a), (b)", Verified)}},
			{Kind: "machine-retabulation", Section: During, Cite: []Cite{cite("al-17-16-21", "(b)", Verified)}},
			{Kind: "rejected-by-hand", Section: During, Cite: []Cite{cite("al-17-16-21", "(b)", Verified)}},
			{Kind: "precincts-chosen", Section: During, When: Requested, Cite: []Cite{cite("al-17-16-21", "(a): \"any or all precinct returns\"", Verified)}},
			{Kind: "state-pays", Section: CostTime, When: Automatic,
				Scope: Scope{Offices: append(append([]Office{}, FederalOffices...), StateOffices...)},
				Cite:  []Cite{cite("al-17-16-20", "(d)", Verified)}},
			{Kind: "counties-pay", Section: CostTime, When: Automatic, Scope: Scope{Offices: []Office{County}},
				Cite: []Cite{cite("al-ago-2010-72", "on costs, as summarized", Reported)}},
			{Kind: "requester-pays", Section: CostTime, When: Requested, Cite: []Cite{cite("al-17-16-21", "(a)", Verified)}},
			{Kind: "bond", Section: CostTime, When: Requested, Cite: []Cite{cite("al-17-16-21", "(a)", Verified)}},
			{Kind: "al-refund-unread", Section: CostTime, When: Requested, Cite: []Cite{cite("al-17-16-21", "no refund rule read", NotFound)}},
			{Kind: "no-finish-deadline", Section: CostTime, Cite: []Cite{cite("vv-al", "", Reported)}},
			{Kind: "recount-grounds-for-contest", Section: AfterNote, When: Automatic, Cite: []Cite{cite("ceimn-al", "§ 17-16-20(j), not read", Reported)}},
			{Kind: "al-multi-seat-unclear", Section: AfterNote, Cite: []Cite{cite("al-17-16-20", "(a)", Verified)}},
		},
		Cite: []Cite{cite("al-17-16-20", "", Verified), cite("al-17-16-21", "", Verified)},
	}},
	Winner: []WinnerLaw{
		// A party primary needs a majority, or the top two meet in a runoff
		// primary (the primary runoff law, § 17-13-18, was not read here).
		{Scope: Scope{Types: PrimaryTypes}, Rule: Majority, Cite: []Cite{cite("al-17-13-18", "", Reported)}},
	},
	Ties: []TieLaw{
		{Scope: Scope{Types: PrimaryTypes}, Kind: TieUnknown, Cite: []Cite{cite("al-17-12-23", "primaries not covered", NotFound)}},
		{Scope: Scope{Offices: []Office{Municipal}}, Kind: RunoffTie, Cite: []Cite{cite("al-11-46-55", "", Reported)}},
		// "any state officer not otherwise provided for": the constitutional
		// executive offices are provided for elsewhere (not read); federal
		// offices are not named.
		{Scope: Scope{Offices: []Office{President, USSenate, USHouse, Governor, LtGovernor, Statewide}}, Kind: TieUnknown,
			Cite: []Cite{cite("al-17-12-23", "\"not otherwise provided for\"", NotFound)}},
		// § 17-12-23: county and precinct offices by lot drawn by the sheriff;
		// circuit judges, state senators and representatives by lot drawn by
		// the Secretary of State in the presence of the Governor.
		{Kind: ByLot, Cite: []Cite{cite("al-17-12-23", "", Verified)}},
	},
	Holidays: Holidays{
		Rules: []HolidayRule{
			alHoliday("new-year", FixedDate, time.January, 1, 0, 0),
			// Robert E. Lee's and Martin Luther King, Jr.'s birthdays.
			alHoliday("al-lee-king", NthWeekday, time.January, 0, time.Monday, 3),
			// George Washington's and Thomas Jefferson's birthdays.
			alHoliday("al-washington-jefferson", NthWeekday, time.February, 0, time.Monday, 3),
			alHoliday("confederate-memorial", NthWeekday, time.April, 0, time.Monday, 4),
			alHoliday("memorial", NthWeekday, time.May, 0, time.Monday, -1),
			alHoliday("al-jefferson-davis", NthWeekday, time.June, 0, time.Monday, 1),
			alHoliday("independence", FixedDate, time.July, 4, 0, 0),
			alHoliday("labor", NthWeekday, time.September, 0, time.Monday, 1),
			// Columbus Day, Fraternal Day and American Indian Heritage Day.
			alHoliday("al-columbus-fraternal", NthWeekday, time.October, 0, time.Monday, 2),
			alHoliday("veterans", FixedDate, time.November, 11, 0, 0),
			// "the day designated by the Governor for public thanksgiving".
			alHoliday("thanksgiving", NthWeekday, time.November, 0, time.Thursday, 4),
			alHoliday("christmas", FixedDate, time.December, 25, 0, 0),
			// Days the Governor's calendar closed state offices in 2023 that
			// § 1-3-8 does not list.
			{Key: "juneteenth", Kind: FixedDate, Month: time.June, Day: 19, From: 2021, Observed: FridayMonday, Possible: true,
				Cite: []Cite{cite("al-state-calendar-2023", "", Reported)}},
			{Key: "day-after-thanksgiving", Kind: DaysAfter, After: "thanksgiving", Days: 1, Possible: true,
				Cite: []Cite{cite("al-state-calendar-2023", "", Reported)}},
			// Mardi Gras is a holiday in Baldwin and Mobile Counties only, and
			// is not modelled.
		},
		Cite: []Cite{cite("al-1-3-8", "", Verified)},
	},
	Sources: []Source{
		{ID: "al-17-16-20", Kind: Statute, Title: "Ala. Code § 17-16-20",
			URL: "http://statutes.laws-info.com/alabama/Title17/Chapter16/17-16-20", Checked: alChecked},
		{ID: "al-17-16-21", Kind: Statute, Title: "Ala. Code § 17-16-21",
			URL: "https://e.casetext.com/statute/code-of-alabama/title-17-elections/chapter-16-post-election-procedures/article-2-recounts-generally/section-17-16-21-recount-procedures", Checked: alChecked},
		{ID: "al-ago-2010-72", Kind: Opinion, Title: "Ala. Att'y Gen. Op. 2010-72 (June 8, 2010)",
			URL: "https://ebench-dev.greeninfo.org/state/alabama/opinions/251295484-ago-2010-72-june-8-2010", Checked: alChecked},
		{ID: "al-17-12-23", Kind: Statute, Title: "Ala. Code § 17-12-23",
			URL: "http://alisondb.legislature.state.al.us/alison/codeofalabama/1975/17-12-23.htm", Checked: alChecked},
		{ID: "al-17-13-71", Kind: Statute, Title: "Ala. Code § 17-13-71",
			URL: "https://instalawyer.io/laws/code-of-alabama/section-17-13-71-grounds", Checked: alChecked},
		{ID: "al-17-13-18", Kind: Statute, Title: "Ala. Code § 17-13-18 (runoff primaries; not read)", Checked: alChecked},
		{ID: "al-11-46-55-1", Kind: Statute, Title: "Ala. Code § 11-46-55.1 (read by the research on instalawyer.io)", Checked: alChecked},
		{ID: "al-11-46-55", Kind: Statute, Title: "Ala. Code § 11-46-55 (municipal runoffs; reported in news, not read)", Checked: alChecked},
		{ID: "al-11-46-69", Kind: Statute, Title: "Ala. Code § 11-46-69",
			URL: "http://www.alabamavotes.gov/electionlaw-details.aspx?sm=voters&cs=http://alisondb.legislature.state.al.us/alison/codeofalabama/1975/11-46-69.htm", Checked: alChecked},
		{ID: "al-1-3-8", Kind: Statute, Title: "Ala. Code § 1-3-8",
			URL: "https://law.uslawyerdatabase.com/section-1-3-8-holidays-enumerated-personal-leave-days-state-holidays-observed-by-closing-of-state-offices-compensatory-leave-days", Checked: alChecked},
		{ID: "al-state-calendar-2023", Kind: HolidayList, Title: "State of Alabama, holiday schedule 2023 (inform.alabama.gov)",
			URL: "https://inform.alabama.gov/calendar.aspx", Checked: alChecked},
		{ID: "hasen-2017", Kind: Summary, Title: "Rick Hasen, Election Law Blog (2017), on Alabama recounts",
			URL: "http://electionlawblog.org/?p=96376", Checked: alChecked},
		{ID: "elmore-contests", Kind: OfficialGuide, Title: "Elmore County elections, contesting an election",
			URL: "http://elmorecountyelections.org/contested_text.html", Checked: alChecked},
		{ID: "vv-al", Kind: Summary, Title: "Verified Voting, Alabama recount law",
			URL: "https://verifiedvoting.org/recountlaw/alabama/", Checked: alChecked},
		{ID: "ceimn-al", Kind: Summary, Title: "Citizens for Election Integrity Minnesota, Alabama recount laws", Checked: alChecked},
	},
}

// alNoPetition are the offices §§ 17-16-40 and -47 do not list (as
// reported): no petition recount after a general or special election.
var alNoPetition = []Office{President, USSenate, USHouse, Federal, LtGovernor}

// alAnyMarginPaid is § 17-16-21's petition: any margin, read through the
// counter again, at the petitioner's cost with security.
var alAnyMarginPaid = Tier{
	Line:   Line{Kind: AnyMargin},
	Method: Machine,
	Cost:   Cost{Kind: RequesterPays, Cite: []Cite{cite("al-17-16-21", "(a)", Verified)}},
	Cite:   []Cite{cite("al-17-16-21", "(a), (b)", Verified)},
}

var alDeadline = Deadline{N: 48, Unit: Hours, From: Canvass, Cite: []Cite{cite("al-17-16-21", "(a)", Verified)}}

func alHoliday(key string, kind HolidayKind, m time.Month, day int, wd time.Weekday, nth int) HolidayRule {
	return HolidayRule{Key: key, Kind: kind, Month: m, Day: day, Weekday: wd, Nth: nth, Observed: FridayMonday,
		Cite: []Cite{cite("al-1-3-8", "(a), (b)", Verified)}}
}

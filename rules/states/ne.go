package states

import (
	"time"

	. "github.com/recount-explainer/recount/rules"
)

// Nebraska: Neb. Rev. Stat. § 32-1119 (the automatic recount within 1 percent
// of the leading candidate's votes, 2 percent where 500 or fewer votes are
// cast), § 32-1121 (a losing candidate's recount at any larger margin, at
// the candidate's expense), § 32-1118 (a recount for the Legislature on a
// bond), § 32-1031 (the canvassing board's own recount), § 25-2221 (court
// holidays). Facts and their evidence: shared/facts/states/NE.md (read
// 2026-11-22).
//
// § 32-1119 itself was not reached: its lines are CEIMN's quotation of it,
// which Verified Voting and Douglas County's election office agree with.
// § 32-1121 was read in two copies: legalfix.com's (the 2019 code, as its
// copy of § 32-1031 is dated) says "not later than the tenth day after the
// county canvassing board or the board of state canvassers concludes" and
// an estimated cost; self-law.org's newer, undated copy says "not later
// than the third day" and "one hundred dollars per precinct voting in the
// contest". The amending act was not found, so elections from 2020 on
// show both until the day the newer copy was read.
//
// Searched again 2026-11-23: the Legislature's own page for § 32-1121 (its
// source note names the amending act) is not in reach; neither is § 32-1119.
// A lead, not read: FastDemocracy's summary of a bill of the 109th
// Legislature (2025–26; bill number not shown) lists §§ 32-1031, 32-1119
// and 32-1121 among the sections it amends as introduced and says it
// changes "the recount process"; the Legislature's current § 32-1031
// (nebraskalegislature.gov, seen 2026-11-23) already has a subsection (1)
// on posting the canvassing board's notice that the 2019 copy lacks. If
// that bill is the amending act, the third day may date from 2025; its
// passage and operative date were not found, so nothing here is changed.
// Bills of 2021 (LB125) and 2023 (LB808) cite § 32-1119 as "Reissue
// Revised Statutes of Nebraska" (unamended since the reissue) and do not
// touch § 32-1121.
func init() { register(&NE) }

const neChecked Date = 20261122

// NE is Nebraska's recount law.
var NE = Jurisdiction{
	Code: "NE", Name: "Nebraska", Counties: 93, Checked: neChecked,
	Versions: []Version{
		{
			ID: "ne-tenth-day",
			Readings: []Reading{{
				ID: "ne-tenth-day",
				Routes: []Route{
					neAutomatic,
					neRequest(Cost{Kind: RequesterPays, Refunded: true, Cite: []Cite{cite("ne-32-1121-2019", "", Verified)}},
						cite("ne-32-1121-2019", "", Verified)),
					neLegislature,
				},
				Filings: neFilings(10, cite("ne-32-1121-2019", "", Verified)),
			}},
			Facts: append(append([]Fact{}, neFacts...),
				Fact{Kind: "ne-estimated-cost", Section: CostTime, When: Requested, Cite: []Cite{cite("ne-32-1121-2019", "", Verified)}},
				Fact{Kind: "deposit-refunded", Section: CostTime, When: Requested, Cite: []Cite{cite("ne-32-1121-2019", "", Verified)}},
			),
			Cite: []Cite{cite("ne-32-1121-2019", "", Verified), cite("ne-32-1119", "", Reported)},
		},
		{
			ID:         "ne-third-day",
			From:       20200101, // after the 2019 copy; the amending act was not found
			FromUnsure: neChecked,
			Readings: []Reading{{
				ID: "ne-third-day",
				Routes: []Route{
					neAutomatic,
					// "The cost of the recount shall be one hundred dollars per
					// precinct voting in the contest." (§ 32-1121(2)(a),
					// self-law.org copy, read 2026-11-22) The refund to a
					// candidate the recount makes the winner is in the older
					// copy; the newer copy was cut off there.
					neRequest(Cost{Kind: Deposit, PerPrecinct: 100, Refunded: true,
						Cite: []Cite{cite("ne-32-1121", "(2)(a)", Verified), cite("ne-32-1121-2019", "refund", Reported)}},
						cite("ne-32-1121", "(1)(a)", Verified)),
					neLegislature,
				},
				Filings: neFilings(3, cite("ne-32-1121", "(1)(a)", Verified)),
			}},
			Facts: append(append([]Fact{}, neFacts...),
				Fact{Kind: "deposit-per-precinct", Section: CostTime, When: Requested, Numbers: []int64{100},
					Cite: []Cite{cite("ne-32-1121", "(2)(a)", Verified)}},
				Fact{Kind: "ne-cost-adjusted", Section: CostTime, When: Requested, Cite: []Cite{cite("ne-32-1121", "(2)(b)", Verified)}},
			),
			Cite: []Cite{cite("ne-32-1121", "", Verified), cite("ne-32-1119", "", Reported)},
		},
	},
	// Douglas County's page has a "Tie Votes" section the copy cut off.
	Ties: []TieLaw{{Kind: TieUnknown, Cite: []Cite{cite("douglas-ne", "Tie Votes", NotFound)}}},
	Holidays: Holidays{
		// § 25-2221 (nebraskalegislature.gov, read 2026-11-22): "If any such
		// holiday falls on Sunday, the following Monday shall be a holiday.
		// If any such holiday falls on Saturday, the preceding Friday shall be
		// a holiday." No Nebraska recount deadline counts business days.
		Rules: []HolidayRule{
			neHoliday("new-year", FixedDate, time.January, 1, 0, 0),
			neHoliday("mlk", NthWeekday, time.January, 0, time.Monday, 3),
			neHoliday("washington", NthWeekday, time.February, 0, time.Monday, 3),
			neHoliday("ne-arbor-day", NthWeekday, time.April, 0, time.Friday, -1),
			neHoliday("memorial", NthWeekday, time.May, 0, time.Monday, -1),
			// Named for the federal act of June 2021; the year Nebraska added
			// it was not read.
			{Key: "juneteenth", Kind: FixedDate, Month: time.June, Day: 19, From: 2021, Observed: FridayMonday,
				Cite: []Cite{cite("ne-25-2221", "", Verified)}},
			neHoliday("independence", FixedDate, time.July, 4, 0, 0),
			neHoliday("labor", NthWeekday, time.September, 0, time.Monday, 1),
			neHoliday("columbus", NthWeekday, time.October, 0, time.Monday, 2),
			neHoliday("veterans", FixedDate, time.November, 11, 0, 0),
			neHoliday("thanksgiving", NthWeekday, time.November, 0, time.Thursday, 4),
			{Key: "day-after-thanksgiving", Kind: DaysAfter, After: "thanksgiving", Days: 1,
				Cite: []Cite{cite("ne-25-2221", "", Verified)}},
			neHoliday("christmas", FixedDate, time.December, 25, 0, 0),
		},
		Cite: []Cite{cite("ne-25-2221", "", Verified)},
	},
	Sources: []Source{
		{ID: "ne-32-1119", Kind: Statute, Title: "Neb. Rev. Stat. § 32-1119 (quoted by CEIMN; not read)",
			URL: "https://nebraskalegislature.gov/laws/statutes.php?statute=32-1119", Checked: neChecked},
		{ID: "ne-32-1121", Kind: Statute, Title: "Neb. Rev. Stat. § 32-1121 (a newer, undated copy)",
			URL: "https://self-law.org/code/ne/chapter-32/32-1121", Checked: neChecked},
		{ID: "ne-32-1121-2019", Kind: Statute, Title: "Neb. Rev. Stat. § 32-1121 (an older copy, of the 2019 code)",
			URL: "https://legalfix.com/statutes/state-codes/nebraska/chapter-32/statute-32-1121", Checked: neChecked},
		{ID: "ne-32-1118", Kind: Statute, Title: "Neb. Rev. Stat. § 32-1118",
			URL: "https://nebraskalegislature.gov/laws/statutes.php?statute=32-1118", Checked: neChecked},
		{ID: "ne-32-1031", Kind: Statute, Title: "Neb. Rev. Stat. § 32-1031",
			URL: "https://nebraskalegislature.gov/laws/statutes.php?statute=32-1031", Checked: neChecked},
		{ID: "ne-25-2221", Kind: Statute, Title: "Neb. Rev. Stat. § 25-2221",
			URL: "https://nebraskalegislature.gov/laws/statutes.php?statute=25-2221&print=true", Checked: neChecked},
		{ID: "ceimn-ne", Kind: Summary, Title: "Citizens for Election Integrity Minnesota, Nebraska recount laws (2016, and an undated later copy)",
			URL: "http://ceimn-d9.devd.triplo.co/node/114/printable/print", Checked: neChecked},
		{ID: "vv-ne", Kind: Summary, Title: "Verified Voting, Nebraska recount law",
			URL: "https://verifiedvoting.org/recountlaw/nebraska", Checked: neChecked},
		{ID: "douglas-ne", Kind: OfficialGuide, Title: "Douglas County Election Commission, Recount Information",
			URL: "https://votedouglascounty.com/recount_information.aspx", Checked: neChecked},
	},
}

// neAutomatic is § 32-1119's recount, as CEIMN quotes it: a candidate who
// "failed to be nominated or elected" by "one percent or less of the votes
// received by the candidate who received the highest number of votes for
// the office" where more than 500 votes are cast, "two percent or less"
// where 500 or fewer are. Not strict. The losing candidate may waive it in
// writing with the filing officer.
var neAutomatic = Route{
	Kind: Automatic,
	Tiers: []Tier{{
		Line: Line{Kind: ByTotal, Bands: []Band{
			{UpTo: 500, Line: Line{Kind: ShareOfLeader, Share: 2 * Percent}},
			{Line: Line{Kind: ShareOfLeader, Share: Percent}},
		}},
		Method: Machine,
		Cost:   Cost{Kind: Public, Cite: []Cite{cite("ceimn-ne", "", Reported)}},
		Cite:   []Cite{cite("ceimn-ne", "§ 32-1119(6)", Reported), cite("vv-ne", "", Reported)},
	}},
	Waiver: &Waiver{Cite: []Cite{cite("douglas-ne", "Waiver", Reported), cite("ceimn-ne", "", Reported)}},
	Cite:   []Cite{cite("ne-32-1119", "", Reported), cite("ceimn-ne", "", Reported), cite("vv-ne", "", Reported), cite("douglas-ne", "", Reported)},
}

// neRequest is § 32-1121: "If any candidate failed to be nominated or
// elected by more than the margin provided in section 32-1119, the losing
// candidate may submit a certified written request for a recount at such
// candidate's expense." (self-law.org copy, read 2026-11-22)
func neRequest(cost Cost, cites ...Cite) Route {
	return Route{
		Kind:            Requested,
		UnlessAutomatic: true,
		Tiers:           []Tier{{Line: Line{Kind: AnyMargin}, Method: Machine, Cost: cost}},
		Who:             []Requester{{Kind: LosingCandidate, Cite: cites}},
		InWriting:       true,
		Cite:            cites,
	}
}

// neLegislature is § 32-1118(1): "The apparent loser at a general election
// for a seat in the Legislature may secure a recount of the ballots cast at
// such election by filing a petition for a recount in duplicate with the
// Secretary of State" with a $2,500 surety bond (nebraskalegislature.gov,
// read 2026-11-22). Nebraska's one chamber is the page's state senate; a
// "state house" choice is read the same way.
var neLegislature = Route{
	Kind:  Requested,
	Scope: neLegislatureScope,
	Tiers: []Tier{{Line: Line{Kind: AnyMargin},
		Cost: Cost{Kind: RequesterPays, Cite: []Cite{cite("ne-32-1118", "(1)", Verified)}}}},
	Who:       []Requester{{Kind: LosingCandidate, Cite: []Cite{cite("ne-32-1118", "(1)", Verified)}}},
	InWriting: true,
	Cite:      []Cite{cite("ne-32-1118", "(1)", Verified)},
}

var neLegislatureScope = Scope{Offices: LegislativeOffices, Types: []ElectionType{General}}

// neFilings: the Legislature's petition goes to the Secretary of State "no
// later than the fourth Monday after the election" (day 27 after a Tuesday
// election). Every other request
// goes to the filing officer the candidate filed with, days after the
// canvassing board concludes. § 25-2221's roll-over governs "any action or
// proceeding" in court and is not applied.
func neFilings(days int, cites ...Cite) []Filing {
	return []Filing{
		{
			Scope: neLegislatureScope,
			Receiver: Receiver{ID: "secretary-of-state", Kind: SecretaryOfState, Name: "Nebraska Secretary of State", Directs: true,
				Cite: []Cite{cite("ne-32-1118", "(1)", Verified)}},
			Deadline: Deadline{N: 4, Unit: Weekdays, Weekday: time.Monday, From: ElectionDay, Cite: []Cite{cite("ne-32-1118", "(1)", Verified)}},
		},
		{
			Receiver: Receiver{ID: "filing-officer", Kind: FilingOfficer, Cite: cites},
			Deadline: Deadline{N: days, Unit: CalendarDays, From: Canvass, Cite: cites},
		},
	}
}

var neFacts = []Fact{
	{Kind: "board-own-motion", Section: Before, Cite: []Cite{cite("ne-32-1031", "(2)", Verified)}},
	{Kind: "ne-leader-share", Section: AfterNote, When: Automatic, Cite: []Cite{cite("ceimn-ne", "", Reported)}},
	{Kind: "ne-legislature-two-routes", Section: Where, Scope: neLegislatureScope, When: Requested,
		Cite: []Cite{cite("ne-32-1118", "(1)", Verified), cite("ne-32-1121", "(1)(a)", Verified)}},
	{Kind: "machine-retabulation", Section: During, Cite: []Cite{cite("ceimn-ne", "§ 32-1119(6)", Reported), cite("vv-ne", "", Reported)}},
	{Kind: "ne-fifth-wednesday", Section: During, Scope: Scope{Offices: append(append([]Office{}, FederalOffices...), StateOffices...)},
		Cite: []Cite{cite("douglas-ne", "Schedule", Reported), cite("ne-32-1121", "(1)(b)(i)", Verified)}},
	{Kind: "candidates-watch", Section: Watch, Cite: []Cite{cite("douglas-ne", "Notification to Candidates", Reported)}},
	{Kind: "ne-legislature-bond", Section: CostTime, Scope: neLegislatureScope, When: Requested, Numbers: []int64{2500},
		Cite: []Cite{cite("ne-32-1118", "(1)", Verified)}},
	// "The Secretary of State shall, on or before December 20, certify the
	// results of the recount" (§ 32-1118(4)).
	{Kind: "ne-legislature-december-20", Section: CostTime, Scope: neLegislatureScope, When: Requested,
		Cite: []Cite{cite("ne-32-1118", "(4)", Verified)}},
}

func neHoliday(key string, kind HolidayKind, m time.Month, day int, wd time.Weekday, nth int) HolidayRule {
	return HolidayRule{Key: key, Kind: kind, Month: m, Day: day, Weekday: wd, Nth: nth, Observed: FridayMonday,
		Cite: []Cite{cite("ne-25-2221", "", Verified)}}
}

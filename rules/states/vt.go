package states

import (
	"time"

	. "github.com/recount-explainer/recount/rules"
)

// Vermont: 17 V.S.A. §§ 2601–2602k (recounts for federal, state, county and
// legislative offices, by petition to the Superior Court), § 2683 (local
// offices), § 2369 and § 2602k (ties), 1 V.S.A. § 371 (legal holidays).
// Research notes: shared/facts/states/VT.md (2026-11-22).
//
// What the statutes say, as the research read them (self-law.org and
// casetext copies, current through 2019 No. 67 and L. 2024 c. 185; the
// official legislature.vermont.gov pages for §§ 2602i and 2683), not read
// again here:
//
//   - § 2601(a)(1): "two percent or less of the total votes cast for all the
//     candidates for an office, divided by the number of persons to be
//     elected, that losing candidate shall have the right to have the votes
//     for that office recounted"; (a)(2): five percent for State
//     Representative.
//   - § 2602(b)(1): "A petition for a recount shall be filed within seven
//     calendar days after the election." (b)(2): "the Civil Division of the
//     Superior Court, Washington County, in the case of candidates for State
//     or congressional office, or for a presidential election; or (B) the
//     Superior Court in any county in which votes were cast".
//   - § 2602i: "The Secretary of State shall bear the costs of recounts
//     conducted under this subchapter".
//
// Read on 2026-11-22: 1 V.S.A. § 371 (lawserver.com copy) and the State
// Archives' page on majority election (Vt. Const. ch. II, § 47: "the Senate
// and House of Representatives shall by joint ballot, elect to fill the
// office").
//
// An older copy of § 2602(b) gave "within 10 days after the election"; the
// act that made it seven calendar days was not identified, so the text on
// file is assumed for elections before 2020 (after 2019, No. 67, the last
// amendment in the copy's history).
func init() { register(&VT) }

const vtChecked Date = 20261122

// VT is Vermont's recount law.
var VT = Jurisdiction{
	Code: "VT", Name: "Vermont", Counties: 14, Checked: vtChecked,
	Versions: []Version{{
		ID:      "vt-2601",
		Assumed: 20200101,
		Readings: []Reading{{
			ID: "vt-2601",
			Routes: []Route{
				vtRoute(Scope{Except: []Office{StateHouse, Municipal, District}}, 2*Percent,
					Cost{Kind: Public, Cite: []Cite{cite("vt-2602i", "", Verified)}},
					cite("vt-2601", "(a)(1)", Verified)),
				vtRoute(Scope{Offices: []Office{StateHouse}}, 5*Percent,
					Cost{Kind: Public, Cite: []Cite{cite("vt-2602i", "", Verified)}},
					cite("vt-2601", "(a)(2)", Verified)),
				// Local offices: § 2683(b), 5 percent; who pays was not read.
				vtRoute(Scope{Offices: []Office{Municipal, District}}, 5*Percent, Cost{},
					cite("vt-2683", "(b)", Verified)),
			},
			Filings: vtFilings,
		}},
		Facts: vtFacts,
		Cite:  []Cite{cite("vt-2601", "", Verified), cite("vt-2602", "", Verified)},
	}},
	Ties: []TieLaw{
		// A primary tie: the party committee picks the nominee (§ 2369(b)),
		// which no tie kind names; a fact says it.
		{Scope: Scope{Types: PrimaryTypes}, Kind: TieUnknown, Cite: []Cite{cite("vt-2369", "(b)", Verified)}},
		{Scope: Scope{Offices: []Office{Municipal, District}}, Kind: RunoffTie, Cite: []Cite{cite("vt-2682b", "", Verified)}},
		{Kind: RunoffTie, Cite: []Cite{cite("vt-2602k", "(a)", Verified)}},
	},
	Holidays: Holidays{
		// § 371(b): state offices keep a Saturday holiday on the Friday
		// before and a Sunday one on the Monday after. Older copies list
		// Lincoln's Birthday (February 12) and Columbus Day; the current list
		// is used for every year.
		Rules: []HolidayRule{
			vtHoliday("new-year", FixedDate, time.January, 1, 0, 0),
			vtHoliday("mlk", NthWeekday, time.January, 0, time.Monday, 3),
			vtHoliday("washington", NthWeekday, time.February, 0, time.Monday, 3),
			vtHoliday("vt-town-meeting-day", NthWeekday, time.March, 0, time.Tuesday, 1),
			vtHoliday("memorial", NthWeekday, time.May, 0, time.Monday, -1),
			vtHoliday("independence", FixedDate, time.July, 4, 0, 0),
			vtHoliday("vt-bennington-battle-day", FixedDate, time.August, 16, 0, 0),
			vtHoliday("labor", NthWeekday, time.September, 0, time.Monday, 1),
			vtHoliday("vt-indigenous-peoples-day", NthWeekday, time.October, 0, time.Monday, 2),
			vtHoliday("veterans", FixedDate, time.November, 11, 0, 0),
			vtHoliday("thanksgiving", NthWeekday, time.November, 0, time.Thursday, 4),
			vtHoliday("christmas", FixedDate, time.December, 25, 0, 0),
		},
		Cite: []Cite{cite("vt-1-371", "", Verified)},
	},
	Sources: []Source{
		{ID: "vt-2601", Kind: Statute, Title: "17 V.S.A. § 2601",
			URL: "https://self-law.org/code/vt/title-17/chapter-51/2601", Checked: vtChecked},
		{ID: "vt-2602", Kind: Statute, Title: "17 V.S.A. § 2602",
			URL: "https://casetext.com/statute/vermont-statutes/title-17-elections/chapter-51-conduct-of-elections/subchapter-9-recounts-and-contest-of-elections/section-2602-petitions-for-recounts-setting-date-of-recount", Checked: vtChecked},
		{ID: "vt-2602-old", Kind: Statute, Title: "17 V.S.A. § 2602 (older text)",
			URL: "http://www.leg.state.vt.us/statutes/fullsection.cfm?Title=17&Chapter=051&Section=02602", Checked: vtChecked},
		{ID: "vt-2602a", Kind: Statute, Title: "17 V.S.A. § 2602a",
			URL: "https://self-law.org/code/vt/title-17/chapter-51/2602a", Checked: vtChecked},
		{ID: "vt-2602f", Kind: Statute, Title: "17 V.S.A. § 2602f",
			URL: "https://self-law.org/code/vt/title-17/chapter-51/2602f", Checked: vtChecked},
		{ID: "vt-2602i", Kind: Statute, Title: "17 V.S.A. § 2602i",
			URL: "https://legislature.vermont.gov/statutes/section/17/051/02602i", Checked: vtChecked},
		{ID: "vt-2602k", Kind: Statute, Title: "17 V.S.A. § 2602k",
			URL: "https://lexace.ai/us/statute/vermont/17-V.S.A.-§-2602k", Checked: vtChecked},
		{ID: "vt-2369", Kind: Statute, Title: "17 V.S.A. § 2369", Checked: vtChecked},
		{ID: "vt-2682b", Kind: Statute, Title: "17 V.S.A. § 2682b",
			URL: "https://law.justia.com/codes/vermont/2017/title-17/chapter-55/section-2682b/index.html", Checked: vtChecked},
		{ID: "vt-2683", Kind: Statute, Title: "17 V.S.A. § 2683",
			URL: "https://legislature.vermont.gov/statutes/section/17/055/02683", Checked: vtChecked},
		{ID: "vt-1-371", Kind: Statute, Title: "1 V.S.A. § 371",
			URL: "https://www.lawserver.com/law/state/vermont/vt-statutes/vermont_statutes_title_1_371", Checked: vtChecked},
		{ID: "vt-const-ii-47", Kind: OfficialGuide, Title: "Vermont State Archives, Majority Election (Vt. Const. ch. II, § 47)",
			URL: "https://sos.vermont.gov/vsara/learn/elections/majority-election", Checked: vtChecked},
		{ID: "reformer-2006", Kind: News, Title: "Brattleboro Reformer, December 2006 (auditor recount)",
			URL: "https://www.reformer.com/stories/unofficially-its-salmon,424215", Checked: vtChecked},
		{ID: "vpr-2006", Kind: News, Title: "Vermont Public Radio, December 2006 (Brock won't contest recount)",
			URL: "https://archive.vpr.org/vpr-news/brock-wont-contest-recount/", Checked: vtChecked},
	},
	Past: []PastRecount{
		// Official results: Brock +137 of 250,717. The court certified Salmon
		// +102 on December 21 after reviewing 66 ballots (the county clerks'
		// unofficial hand count had Salmon +104).
		{Race: "vt-2006-auditor", Election: 20061107, Started: 20061218, Finished: 20061221,
			Before: 137, After: -102, Cite: []Cite{cite("reformer-2006", "", Reported), cite("vpr-2006", "", Reported)}},
	},
}

// vtRoute is the losing candidate's right at a share of the votes for the
// office (divided by the seats: a single seat's is the office total), as
// of right, by petition.
func vtRoute(scope Scope, share Share, cost Cost, line Cite) Route {
	return Route{
		Kind:  Requested,
		Scope: scope,
		Tiers: []Tier{{
			Line:   Line{Kind: ShareOfOffice, Share: share},
			Method: MachineAndHand,
			Cost:   cost,
			Cite:   []Cite{line},
		}},
		Who:       []Requester{{Kind: LosingCandidate, Cite: []Cite{line}}},
		InWriting: true,
		Cite:      []Cite{line},
	}
}

var vtDeadline = Deadline{N: 7, Unit: CalendarDays, From: ElectionDay,
	Cite: []Cite{cite("vt-2602", "(b)(1)", Verified)}}

// vtFilings: local offices to the municipal clerk within 10 days; State and
// congressional offices and the presidential election to the Washington
// County court; other offices to the Superior Court of a county where votes
// were cast. Whether "State office" takes in legislators was not read:
// they are sent to the county court, as reported.
var vtFilings = []Filing{
	{
		Scope: Scope{Offices: []Office{Municipal, District}},
		Receiver: Receiver{ID: "local-official", Kind: LocalOfficial, Name: "Municipal clerk",
			Cite: []Cite{cite("vt-2683", "(a)", Verified)}},
		Deadline: Deadline{N: 10, Unit: CalendarDays, From: ElectionDay, Cite: []Cite{cite("vt-2683", "(a)", Verified)}},
	},
	{
		Scope: Scope{Offices: []Office{President, USSenate, USHouse, Federal, Governor, LtGovernor, Statewide}},
		Receiver: Receiver{ID: "vt-washington-superior-court", Kind: Court, Name: "Civil Division of the Superior Court, Washington County",
			Cite: []Cite{cite("vt-2602", "(b)(2)(A)", Verified)}},
		Deadline: vtDeadline,
	},
	{
		Scope: Scope{Offices: LegislativeOffices},
		Receiver: Receiver{ID: "court", Kind: Court, Name: "Superior Court of a county where votes were cast for the office",
			Cite: []Cite{cite("vt-2602", "(b)(2)", Reported)}},
		Deadline: vtDeadline,
	},
	{
		Receiver: Receiver{ID: "court", Kind: Court, Name: "Superior Court of a county where votes were cast for the office",
			Cite: []Cite{cite("vt-2602", "(b)(2)(B)", Verified)}},
		Deadline: vtDeadline,
	},
}

// vtState are the offices the subchapter 9 recount covers.
var vtState = Scope{Except: []Office{Municipal, District}}

var vtFacts = []Fact{
	{Kind: "vt-no-automatic", Section: Before, Cite: []Cite{cite("vt-2601", "§§ 2601-2602", NotFound)}},
	{Kind: "vt-legislators-court", Section: Where, Scope: Scope{Offices: LegislativeOffices},
		Cite: []Cite{cite("vt-2602", "(b)(2)", Reported)}},
	{Kind: "vt-older-deadline", Section: Where, Numbers: []int64{10, 7}, Cite: []Cite{cite("vt-2602-old", "(b)", Verified)}},
	{Kind: "vt-recount-date", Section: During, Scope: vtState, Numbers: []int64{5, 10},
		Cite: []Cite{cite("vt-2602", "(c)(1)(A)", Verified)}},
	{Kind: "vt-recount-committee", Section: During, Scope: vtState, Cite: []Cite{cite("vt-2602a", "", Verified)}},
	{Kind: "vt-tabulator-and-hand", Section: During, Scope: vtState, Cite: []Cite{cite("vt-2602f", "(c)", Verified)}},
	{Kind: "state-pays", Section: CostTime, Scope: vtState, Cite: []Cite{cite("vt-2602i", "", Verified)}},
	{Kind: "vt-one-day-goal", Section: CostTime, Scope: vtState, Cite: []Cite{cite("vt-2602a", "(b)(1)", Verified)}},
	{Kind: "vt-seats-divide", Section: AfterNote, Cite: []Cite{cite("vt-2601", "(a)", Verified)}},
	{Kind: "vt-majority-legislature", Section: AfterNote, Scope: Scope{Offices: []Office{Governor, LtGovernor, Statewide}},
		Cite: []Cite{cite("vt-const-ii-47", "", Verified)}},
	{Kind: "vt-primary-tie-committee", Section: AfterNote, Scope: Scope{Types: PrimaryTypes},
		Cite: []Cite{cite("vt-2369", "(b)", Verified)}},
}

func vtHoliday(key string, kind HolidayKind, m time.Month, day int, wd time.Weekday, nth int) HolidayRule {
	return HolidayRule{Key: key, Kind: kind, Month: m, Day: day, Weekday: wd, Nth: nth, Observed: FridayMonday,
		Cite: []Cite{cite("vt-1-371", "(a)-(b)", Verified)}}
}

package states

import (
	"time"

	. "github.com/recount-explainer/recount/rules"
)

// Utah: Utah Code § 20A-4-401 (recounts: the losing candidate's request at
// .25% of all votes for the race, one vote in a race of 400 votes or fewer;
// since 2024 H.B. 515 an automatic recount of a tie), § 20A-1-304 (ties by
// lot), § 63G-1-301 (legal holidays). Research notes:
// shared/facts/states/UT.md (2026-11-22).
//
// Read in the statute text on 2026-11-22:
//
//   - § 20A-4-401, current text (ebench-dev.greeninfo.org copy, with the
//     "special district" wording): (2) "The election officer shall conduct
//     a recount of votes cast in a race if: (a) two or more candidates for
//     an office receive an equal and the highest number of votes for that
//     office"; (3)(a) "is equal to or less than .25% of the total number of
//     votes cast for all candidates in the race, the losing candidate may
//     file a request for a recount"; (3)(b) "where the total of all votes
//     cast in the race is 400 or less, if the difference … is one vote";
//     (4) "for all other elections, before 5 p.m., no later than seven days
//     after the day on which the canvass is completed". The copy breaks off
//     at "(iii) the county clerk, for a race voted".
//   - § 20A-4-401, 2019 text (legalfix.com copy): "(C) the county clerk, for
//     races voted on entirely within a single county; or (D) the lieutenant
//     governor, for statewide races and multicounty races."
//   - § 63G-1-301 (writingpartners.net copy effective 2025-05-07, and the
//     self-law.org copy effective 2026-05-06): "(a) If a day described in
//     Subsection (1)(a) falls on a Saturday, the preceding Friday is the
//     legal holiday."; "(c) If June 19 falls on a Tuesday, Wednesday,
//     Thursday, or Friday, the preceding Monday is the legal holiday."
//
// Not read: when 2024 H.B. 515 took effect, the subsection on who pays
// (only the bill's summary), the completion deadlines (Ballotpedia), and a
// statute moving a last day off a weekend (Utah Code § 68-3-7 was not
// read), so the seven days do not roll.
func init() { register(&UT) }

const utChecked Date = 20261122

// UT is Utah's recount law.
var UT = Jurisdiction{
	Code: "UT", Name: "Utah", Counties: 29, Checked: utChecked,
	Versions: []Version{
		{
			ID: "ut-before-2024",
			// 2013 H.B. 85 set the .25% and 400-vote formula (in force from the
			// 2013 general session's effective date); older text not read.
			Assumed: 20130514,
			Readings: []Reading{{
				ID:      "ut-before-2024",
				Routes:  []Route{utRequest(cite("ballotpedia-ut-2023", "", Reported))},
				Filings: utFilings,
			}},
			Facts: append(append([]Fact{}, utFacts...),
				Fact{Kind: "ut-state-paid-before-2024", Section: CostTime, When: Requested,
					Cite: []Cite{cite("ballotpedia-ut-2023", "", Reported)}},
				Fact{Kind: "no-finish-deadline", Section: CostTime, When: Requested,
					Cite: []Cite{cite("ballotpedia-ut-2023", "", Reported)}},
			),
			Cite: []Cite{cite("ut-hb85-2013", "", Verified), cite("ut-20a-4-401-2019", "", Verified)},
		},
		{
			ID: "ut-hb515-2024",
			// H.B. 515's effective date was not read: Utah's usual date for
			// the 2024 general session is May 1, 2024; the June 25, 2024
			// primary was certainly under it.
			From:       20240501,
			FromUnsure: 20240625,
			Readings: []Reading{{
				ID:      "ut-hb515-2024",
				Routes:  []Route{utTieRecount, utRequest(cite("ut-hb515-2024", "", Reported))},
				Filings: utFilings,
			}},
			Facts: append(append([]Fact{}, utFacts...),
				Fact{Kind: "ut-subdivision-pays", Section: CostTime,
					Cite: []Cite{cite("ut-hb515-2024", "", Reported)}},
				Fact{Kind: "ut-finish-after-request", Section: CostTime, When: Requested, Numbers: []int64{7},
					Cite: []Cite{cite("ballotpedia-ut", "", Reported)}},
				Fact{Kind: "ut-tie-lot-after-recount", Section: AfterNote, When: Automatic,
					Cite: []Cite{cite("ut-20a-1-304", "(2)", Verified)}},
			),
			Cite: []Cite{cite("ut-hb515-2024", "", Reported), cite("ut-20a-4-401", "(2)", Verified)},
		},
	},
	Ties: []TieLaw{
		{Kind: ByLot, Cite: []Cite{cite("ut-20a-1-304", "(2), (3)", Verified)}},
	},
	Holidays: Holidays{
		// Sundays are legal holidays too (§ 63G-1-301(1)(c)); weekends are
		// skipped anyway. The days of (1)(a) move off a weekend; those of
		// (1)(b) do not.
		Rules: []HolidayRule{
			utHoliday("new-year", FixedDate, time.January, 1, 0, 0, FridayMonday),
			utHoliday("mlk", NthWeekday, time.January, 0, time.Monday, 3, Unmoved),
			utHoliday("washington", NthWeekday, time.February, 0, time.Monday, 3, Unmoved),
			utHoliday("memorial", NthWeekday, time.May, 0, time.Monday, -1, Unmoved),
			// Juneteenth from 2022 (2022 H.B. 238, whose text was read only in
			// part: June 19 is assumed, moved off a weekend); from 2025 the
			// Monday of June 15–21, which is the third Monday of June.
			{Key: "juneteenth", Kind: FixedDate, Month: time.June, Day: 19, From: 2022, Until: 2024, Observed: FridayMonday,
				Cite: []Cite{cite("ut-hb238-2022", "", Reported)}},
			{Key: "juneteenth", Kind: NthWeekday, Month: time.June, Weekday: time.Monday, Nth: 3, From: 2025,
				Cite: []Cite{cite("ut-63g-1-301", "(1)(b), (2)(c)-(d)", Verified)}},
			utHoliday("independence", FixedDate, time.July, 4, 0, 0, FridayMonday),
			utHoliday("ut-pioneer-day", FixedDate, time.July, 24, 0, 0, FridayMonday),
			utHoliday("labor", NthWeekday, time.September, 0, time.Monday, 1, Unmoved),
			utHoliday("columbus", NthWeekday, time.October, 0, time.Monday, 2, Unmoved),
			utHoliday("veterans", FixedDate, time.November, 11, 0, 0, FridayMonday),
			utHoliday("thanksgiving", NthWeekday, time.November, 0, time.Thursday, 4, Unmoved),
			utHoliday("christmas", FixedDate, time.December, 25, 0, 0, FridayMonday),
			// The 2026 text adds Good Friday "subject to Subsection (6)",
			// which was not read, in a version superseded on 2027-01-01.
			{Key: "good-friday", Kind: EasterOffset, Days: -2, From: 2027, Possible: true,
				Cite: []Cite{cite("ut-63g-1-301", "(1)(b)(iii) (2026 text)", Reported)}},
		},
		Cite: []Cite{cite("ut-63g-1-301", "", Verified)},
	},
	Sources: []Source{
		{ID: "ut-20a-4-401", Kind: Statute, Title: "Utah Code § 20A-4-401",
			URL: "https://ebench-dev.greeninfo.org/state/utah/statute/20A-4-401", Checked: utChecked},
		{ID: "ut-20a-4-401-2019", Kind: Statute, Title: "Utah Code § 20A-4-401 (2019 text)",
			URL: "https://www.legalfix.com/statutes/state-codes/utah/title-20a/chapter-4/part-4/section-401", Checked: utChecked},
		{ID: "ut-20a-1-304", Kind: Statute, Title: "Utah Code § 20A-1-304",
			URL: "https://lexace.ai/us/statute/utah/20A-1-304", Checked: utChecked},
		{ID: "ut-63g-1-301", Kind: Statute, Title: "Utah Code § 63G-1-301",
			URL: "https://self-law.org/code/ut/title-63g/chapter-1/1", Checked: utChecked},
		{ID: "ut-hb85-2013", Kind: SessionLaw, Title: "Utah 2013 H.B. 85",
			URL: "http://le.utah.gov/~2013/bills/hbillamd/hb0085.htm", Checked: utChecked},
		{ID: "ut-hb515-2024", Kind: SessionLaw, Title: "Utah 2024 H.B. 515 (enrolled bill summary)",
			URL: "https://fastdemocracy.com/bill-summary/?billsummary_id=UTB00012257&billsummary_session=2024&billsummary_state=ut", Checked: utChecked},
		{ID: "ut-hb238-2022", Kind: SessionLaw, Title: "Utah 2022 H.B. 238 (State Holiday Modifications)",
			URL: "https://le.utah.gov/~2022/bills/hbillenr/HB0238.htm", Checked: utChecked},
		{ID: "ballotpedia-ut", Kind: Summary, Title: "Ballotpedia, Recount laws in Utah (2024)",
			URL: "https://ballotpedia.org/Recount_laws_in_Utah", Checked: utChecked},
		{ID: "ballotpedia-ut-2023", Kind: Summary, Title: "Ballotpedia, Recount laws in Utah (2023 copy)",
			URL: "http://www.olesavior.org/recount_laws_in_utah.html", Checked: utChecked},
		{ID: "ceimn-ut", Kind: Summary, Title: "Citizens for Election Integrity Minnesota, Utah recount laws (October 2022)",
			URL: "https://ceimn.org/node/148/printable/print", Checked: utChecked},
	},
}

// utRequest is § 20A-4-401(3): the losing candidate may ask when the margin
// is at most .25% of all votes for the race, or, in a race of 400 votes or
// fewer, one vote. There is no paid tier beyond.
func utRequest(cost ...Cite) Route {
	return Route{
		Kind: Requested,
		Tiers: []Tier{{
			Line: Line{Kind: ByTotal, Bands: []Band{
				{UpTo: 400, Line: Line{Kind: FixedVotes, Votes: 1}},
				{Line: Line{Kind: ShareOfOffice, Share: Percent / 4}},
			}},
			Method: Machine,
			Cost:   Cost{Kind: Public, Cite: cost},
			Cite:   []Cite{cite("ut-20a-4-401", "(3)(a)-(b)", Verified), cite("ut-20a-4-401-2019", "(1)(b)-(c)", Verified)},
		}},
		Who:  []Requester{{Kind: LosingCandidate, Cite: []Cite{cite("ut-20a-4-401", "(3)", Verified)}}},
		Cite: []Cite{cite("ut-20a-4-401", "(3)", Verified)},
	}
}

// utTieRecount is § 20A-4-401(2) (2024 H.B. 515): a tie for the highest
// vote is recounted with no request. Ballotpedia (2024): finished within 10
// days after the canvass certifies the vote.
var utTieRecount = Route{
	Kind: Automatic,
	Tiers: []Tier{{
		Line:   Line{Kind: TieOnly},
		Method: Machine,
		Cost:   Cost{Kind: Public, Cite: []Cite{cite("ut-hb515-2024", "", Reported)}},
	}},
	Finish: &Deadline{N: 10, Unit: CalendarDays, From: Certification, Cite: []Cite{cite("ballotpedia-ut", "", Reported)}},
	Cite:   []Cite{cite("ut-20a-4-401", "(2)(a)", Verified)},
}

// utDeadline: "before 5 p.m., no later than seven days after the day on
// which the canvass is completed"; a municipal primary, three days.
var (
	utDeadline = Deadline{N: 7, Unit: CalendarDays, From: Canvass, At: 17 * 60,
		Cite: []Cite{cite("ut-20a-4-401", "(4)(b)", Verified)}}
	utDeadlineMunicipalPrimary = Deadline{N: 3, Unit: CalendarDays, From: Canvass, At: 17 * 60,
		Cite: []Cite{cite("ut-20a-4-401", "(4)(a)", Verified)}}
	utMunicipalClerk = Receiver{ID: "local-official", Kind: LocalOfficial, Name: "Municipal clerk",
		Cite: []Cite{cite("ut-20a-4-401", "(4)(a), (4)(b)(i)", Verified)}}
)

// utFilings: a municipal primary and a municipal general election to the
// municipal clerk; a race entirely within one county to the county clerk;
// statewide and multicounty races to the Lieutenant Governor (2019 text;
// the current copy breaks off before it). A special district election goes
// to the special district clerk: the page's offices do not tell a special
// district from a school board, so a fact says it.
var utFilings = []Filing{
	{Scope: Scope{Offices: []Office{Municipal}, Types: PrimaryTypes}, Receiver: utMunicipalClerk, Deadline: utDeadlineMunicipalPrimary},
	{Scope: Scope{Offices: []Office{Municipal}}, Receiver: utMunicipalClerk, Deadline: utDeadline},
	{
		Scope: Scope{Area: SingleCounty},
		Receiver: Receiver{ID: "county-official", Kind: CountyOfficial, Name: "County clerk",
			Cite: []Cite{cite("ut-20a-4-401-2019", "(1)(d)(ii)(C)", Verified), cite("ut-20a-4-401", "(4)(b)(iii)", Verified)}},
		Deadline: utDeadline,
	},
	{
		Receiver: Receiver{ID: "ut-lieutenant-governor", Kind: SecretaryOfState, Name: "Lieutenant Governor of Utah", Directs: true,
			Cite: []Cite{cite("ut-20a-4-401-2019", "(1)(d)(ii)(D)", Verified), cite("ut-20a-4-401", "(4)(b)(iv)", Reported)}},
		Deadline: utDeadline,
	},
}

var utFacts = []Fact{
	{Kind: "ut-special-district-clerk", Section: Where, Scope: Scope{Offices: []Office{District}},
		Cite: []Cite{cite("ut-20a-4-401", "(4)(b)(ii)", Verified)}},
	{Kind: "ut-rcv-excluded", Section: Before, Scope: Scope{Offices: []Office{Municipal}},
		Cite: []Cite{cite("ut-20a-4-401", "(1)", Verified)}},
	{Kind: "machine-retabulation", Section: During, Cite: []Cite{cite("ceimn-ut", "", Reported)}},
	{Kind: "ut-absentee-reexamined", Section: During, Cite: []Cite{cite("ut-20a-4-401-2019", "(1)(e)", Verified)}},
	{Kind: "ut-no-weekend-rule-read", Section: Where, When: Requested, Cite: []Cite{cite("ut-20a-4-401", "(4)", Verified)}},
	{Kind: "ut-multi-seat", Section: AfterNote, Cite: []Cite{cite("ut-20a-4-401", "(2)(b), (3)", Verified)}},
}

func utHoliday(key string, kind HolidayKind, m time.Month, day int, wd time.Weekday, nth int, observed Observance) HolidayRule {
	return HolidayRule{Key: key, Kind: kind, Month: m, Day: day, Weekday: wd, Nth: nth, Observed: observed,
		Cite: []Cite{cite("ut-63g-1-301", "(1)-(2)", Verified)}}
}

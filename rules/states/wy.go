package states

import (
	"time"

	. "github.com/recount-explainer/recount/rules"
)

// Wyoming: Wyo. Stat. § 22-16-109(b) (the automatic recount under 1% of the
// votes of the winning candidate with the fewest votes), §§ 22-16-110 to
// 22-16-113 (requests, precincts, deposits and costs), § 22-1-102(a)(xlii)
// (a recount is a retabulation), § 22-16-105 (ties by lot), § 8-4-101
// (legal holidays). Research notes: shared/facts/states/WY.md (2026-11-22).
//
// Read in the statute text on 2026-11-22:
//
//   - § 22-16-113 (getpocketlaw.com copy): "(i) If the difference in number
//     of votes cast as calculated pursuant to W.S. 22-16-109(b) is one
//     percent (1%) or greater but less than five percent (5%), five hundred
//     dollars ($500.00)"; (ii) five percent or more, $3,000; (c) "If the
//     recount is initiated by the county canvassing board or required by
//     W.S. 22-16-109(b), the cost of the recount shall be paid by the
//     county".
//   - § 22-16-112 (lexace.ai copy): "(c) In no event shall a county clerk
//     certify the recount results later than seventy-two (72) hours after
//     the recount is requested."
//   - § 8-4-101 (statutes.laws.com copy): the legal holidays; "(b) If New
//     Year's Day, Independence Day, Christmas Day or Veterans Day fall upon
//     a Sunday, the Monday following is a legal holiday."
//
// § 22-16-109(b) is known from CEIMN's and Verified Voting's quotation:
// "is less than one percent (1%) of the number of votes cast for the
// winning candidate receiving the least number of votes cast for that
// office". § 22-16-110 (who asks, where, by when) was not read: Ballotpedia
// reports two days after the state or county canvass.
//
// Checked again 2026-11-23: the text of §§ 22-16-109 and 22-16-110 was still
// not reached (searched: wyoleg.gov, Justia's 2010 chapter page, lexace.ai,
// courtgpt.ai, uslawyerdatabase's 2022 chapter page and the 2025 and 2026
// bills that reprint them; only the opening of each page could be read).
// Two things were read that bear on the line:
//
//   - § 22-16-113(a)(i) (getpocketlaw.com copy, above) measures the deposit
//     on "the difference in number of votes cast as calculated pursuant to
//     W.S. 22-16-109(b)" from "one percent (1%) or greater", which fits an
//     automatic line of "less than one percent" (1% itself is a paid
//     request). The denominator (the lowest winner's votes) is still only
//     CEIMN's and Verified Voting's quotation.
//   - 2026 HB0052, "Elections-hand counting for recounts", which would have
//     raised the automatic line to 2% for federal, statewide and legislative
//     races and made those recounts hand counts from July 1, 2026, did not
//     become law: it passed the House 49-9 and died in the Senate, "S COW:S
//     Did not consider for COW", on March 3, 2026 (the Legislature's action
//     history as copied by advocacy.dog and legilist.com). 2025 HB0232, the
//     same bill a year earlier, also died. So the line above still governs
//     the November 3, 2026 election.
func init() { register(&WY) }

const wyChecked Date = 20261122

// WY is Wyoming's recount law.
var WY = Jurisdiction{
	Code: "WY", Name: "Wyoming", Counties: 23, Checked: wyChecked,
	Versions: []Version{{
		ID: "wy-22-16",
		// CEIMN quotes § 22-16-109(b) as current through the 2016 session.
		Assumed: 20161103,
		Readings: []Reading{{
			ID:      "wy-22-16",
			Routes:  []Route{wyAutomatic, wyRequest},
			Filings: wyFilings,
		}},
		Facts: wyFacts,
		Cite:  []Cite{cite("ceimn-wy", "§ 22-16-109(b)", Reported), cite("wy-22-16-113", "", Verified)},
	}},
	Ties: []TieLaw{
		// Legislative races: § 22-16-119, not read.
		{Scope: Scope{Offices: LegislativeOffices}, Kind: TieUnknown, Cite: []Cite{cite("wy-22-16-105", "§ 22-16-119", NotFound)}},
		{Kind: ByLot, Cite: []Cite{cite("wy-22-16-105", "", Verified)}},
	},
	Holidays: Holidays{
		// Only four holidays move, and only off a Sunday (§ 8-4-101(b),
		// above): New Year's Day, Independence Day, Veterans Day and
		// Christmas are SundayMonday, the rest are not moved. No Wyoming
		// deadline here counts business days or moves off a holiday, so the
		// calendar changes no date on the page. Juneteenth (§ 8-4-107, the
		// third Saturday of June) closes no office.
		Rules: []HolidayRule{
			wyHoliday("new-year", FixedDate, time.January, 1, 0, 0, SundayMonday),
			wyHoliday("wy-equality-day", NthWeekday, time.January, 0, time.Monday, 3, Unmoved),
			wyHoliday("washington", NthWeekday, time.February, 0, time.Monday, 3, Unmoved),
			wyHoliday("memorial", NthWeekday, time.May, 0, time.Monday, -1, Unmoved),
			wyHoliday("independence", FixedDate, time.July, 4, 0, 0, SundayMonday),
			wyHoliday("labor", NthWeekday, time.September, 0, time.Monday, 1, Unmoved),
			wyHoliday("veterans", FixedDate, time.November, 11, 0, 0, SundayMonday),
			wyHoliday("thanksgiving", NthWeekday, time.November, 0, time.Thursday, 4, Unmoved),
			wyHoliday("christmas", FixedDate, time.December, 25, 0, 0, SundayMonday),
		},
		Cite: []Cite{cite("wy-8-4-101", "", Verified)},
	},
	Sources: []Source{
		{ID: "wy-22-16-113", Kind: Statute, Title: "Wyo. Stat. § 22-16-113",
			URL: "https://getpocketlaw.com/law/state_wyoming/section-22-16-113-recount-deposit-expense-of-recount_4a4d8c2cc989", Checked: wyChecked},
		{ID: "wy-22-16-112", Kind: Statute, Title: "Wyo. Stat. § 22-16-112",
			URL: "https://lexace.ai/us/statute/wyoming/22-16-112", Checked: wyChecked},
		{ID: "wy-22-16-110", Kind: Statute, Title: "Wyo. Stat. § 22-16-110 (not read)", Checked: wyChecked},
		{ID: "wy-22-16-105", Kind: Statute, Title: "Wyo. Stat. § 22-16-105 (2022 Wyoming Statutes)",
			URL: "https://law.uslawyerdatabase.com/us-law/2022-wyoming-statutes/title-22-elections/chapter-16-canvass-and-recount", Checked: wyChecked},
		{ID: "wy-22-1-102", Kind: SessionLaw, Title: "Wyo. Stat. § 22-1-102(a)(xlii), as reprinted in 2025 HB0232",
			URL: "https://app.legiplex.com/wy/legislature/2025/2025-r/bills/hb0232/draft-1492536?id=1492536", Checked: wyChecked},
		{ID: "wy-8-4-101", Kind: Statute, Title: "Wyo. Stat. § 8-4-101",
			URL: "https://statutes.laws.com/wyoming/Title8/chapter4", Checked: wyChecked},
		{ID: "wy-hb0052-2026", Kind: SessionLaw, Title: "Wyoming 2026 HB0052, Elections-hand counting for recounts (engrossed)",
			URL: "https://www.keepinglawsimple.org/states/wyoming/bills/2026/HB0052", Checked: wyChecked},
		{ID: "wy-hb0052-2026-history", Kind: SessionLaw, Title: "Wyoming 2026 HB0052, the Legislature's action history (advocacy.dog copy; legilist.com agrees)",
			URL: "https://advocacy.dog/bills/wy-2026-hb-00052", Checked: 20261123},
		{ID: "ceimn-wy", Kind: Summary, Title: "Citizens for Election Integrity Minnesota, Wyoming recount laws (August 2020)",
			URL: "https://ceimn.org/node/135/printable/print", Checked: wyChecked},
		{ID: "verifiedvoting-wy", Kind: Summary, Title: "Verified Voting, Wyoming recount laws",
			URL: "https://verifiedvoting.org/?p=13780", Checked: wyChecked},
		{ID: "ballotpedia-wy", Kind: Summary, Title: "Ballotpedia, Recount laws in Wyoming",
			URL: "https://ballotpedia.org/Recount_laws_in_Wyoming", Checked: wyChecked},
	},
}

// wyLine is § 22-16-109(b)'s measure: less than 1% of the votes of the
// winning candidate with the fewest votes (in a single-seat race, the
// winner).
var wyLine = Line{Kind: ShareOfLeader, Share: Percent, Strict: true}

// wyAutomatic is § 22-16-109(b): recounted in the whole district, by
// retabulation, at the county's cost.
var wyAutomatic = Route{
	Kind: Automatic,
	Tiers: []Tier{{
		Line:   wyLine,
		Method: Machine,
		Cost:   Cost{Kind: Public, Cite: []Cite{cite("wy-22-16-113", "(c)", Verified)}},
		// § 22-16-113(a)(i), read, starts the paid request at "one percent
		// (1%) or greater" of the same measure: the automatic line is "less
		// than" 1%. The measure itself is only as quoted.
		Cite: []Cite{cite("ceimn-wy", "§ 22-16-109(b)", Reported), cite("verifiedvoting-wy", "", Reported),
			cite("wy-22-16-113", "(a)(i)", Verified)},
	}},
	Cite: []Cite{cite("ceimn-wy", "§ 22-16-109(b)", Reported), cite("wy-22-16-112", "(a)(ii)", Verified)},
}

// wyRequest: any candidate, by affidavit, at any margin past the automatic
// line, with a deposit of $500 (1% to under 5%) or $3,000 (5% or more),
// returned if the result changes.
var wyRequest = Route{
	Kind:            Requested,
	UnlessAutomatic: true,
	Tiers: []Tier{
		{
			Line:   Line{Kind: ShareOfLeader, Share: 5 * Percent, Strict: true},
			Method: Machine,
			Cost:   Cost{Kind: Deposit, Flat: 500, Refunded: true, Cite: []Cite{cite("wy-22-16-113", "(a)(i), (b)", Verified)}},
			Cite:   []Cite{cite("wy-22-16-113", "(a)(i)", Verified)},
		},
		{
			Line:   Line{Kind: AnyMargin},
			Method: Machine,
			Cost:   Cost{Kind: Deposit, Flat: 3000, Refunded: true, Cite: []Cite{cite("wy-22-16-113", "(a)(ii), (b)", Verified)}},
			Cite:   []Cite{cite("wy-22-16-113", "(a)(ii)", Verified)},
		},
	},
	Who:       []Requester{{Kind: AnyCandidate, Cite: []Cite{cite("wy-22-16-112", "(a)(i)", Verified), cite("verifiedvoting-wy", "", Reported)}}},
	InWriting: true,
	Cite:      []Cite{cite("wy-22-16-113", "(a)", Verified), cite("wy-22-16-110", "", NotFound)},
}

// wyFilings: where the affidavit goes was not read; Ballotpedia reports two
// days after the state or county canvass. The state canvassing board for a
// race in several counties, the county's otherwise, is the page's reading.
var wyFilings = []Filing{
	{
		Scope: Scope{Area: MultiCounty},
		Receiver: Receiver{ID: "state-board", Kind: StateBoard, Name: "State Canvassing Board",
			Cite: []Cite{cite("wy-22-16-110", "", NotFound)}},
		Deadline: Deadline{N: 2, Unit: CalendarDays, From: StateCanvass, Cite: []Cite{cite("ballotpedia-wy", "", Reported)}},
	},
	{
		Receiver: Receiver{ID: "county-board", Kind: CountyBoard, Name: "County canvassing board",
			Cite: []Cite{cite("wy-22-16-110", "", NotFound)}},
		Deadline: Deadline{N: 2, Unit: CalendarDays, From: Canvass, Cite: []Cite{cite("ballotpedia-wy", "", Reported)}},
	},
}

var wyFacts = []Fact{
	{Kind: "board-own-motion", Section: Before, Cite: []Cite{cite("ceimn-wy", "§ 22-16-109(a)", Reported)}},
	{Kind: "wy-lowest-winner", Section: Before, Cite: []Cite{cite("ceimn-wy", "§ 22-16-109(b)", Reported)}},
	{Kind: "wy-where-unread", Section: Where, When: Requested, Cite: []Cite{cite("wy-22-16-110", "", NotFound), cite("ballotpedia-wy", "", Reported)}},
	{Kind: "wy-error-affidavit", Section: Where, When: Requested, Cite: []Cite{cite("verifiedvoting-wy", "", Reported)}},
	{Kind: "machine-retabulation", Section: During, Cite: []Cite{cite("wy-22-1-102", "(a)(xlii)", Verified)}},
	{Kind: "wy-all-precincts", Section: During, Cite: []Cite{cite("wy-22-16-112", "(a)(i)-(ii)", Verified)}},
	{Kind: "correct-and-recertify", Section: During, Cite: []Cite{cite("wy-22-16-112", "(b)", Verified)}},
	{Kind: "wy-72-hours", Section: CostTime, Numbers: []int64{72}, Cite: []Cite{cite("wy-22-16-112", "(c)", Verified)}},
	{Kind: "counties-pay", Section: CostTime, When: Automatic, Cite: []Cite{cite("wy-22-16-113", "(c)", Verified)}},
	{Kind: "wy-cost-up-to-deposit", Section: CostTime, When: Requested, Cite: []Cite{cite("wy-22-16-113", "(b)", Verified)}},
	{Kind: "deposit-refunded", Section: CostTime, When: Requested, Cite: []Cite{cite("wy-22-16-113", "(b)", Verified)}},
	// "S COW:S Did not consider for COW", March 3, 2026: the bill died.
	{Kind: "wy-hand-count-bill-2026", Section: AfterNote,
		Cite: []Cite{cite("wy-hb0052-2026-history", "", Reported), cite("wy-hb0052-2026", "", Reported)}},
}

func wyHoliday(key string, kind HolidayKind, m time.Month, day int, wd time.Weekday, nth int, observed Observance) HolidayRule {
	return HolidayRule{Key: key, Kind: kind, Month: m, Day: day, Weekday: wd, Nth: nth, Observed: observed,
		Cite: []Cite{cite("wy-8-4-101", "(a)-(b)", Verified)}}
}

package states

import (
	"time"

	. "github.com/recount-explainer/recount/rules"
)

// Oklahoma: 26 O.S. §§ 8-109 and 8-111 (a candidate's petition for a
// recount and its deposit; not read), 8-114 and 8-115 (the recount, the
// certification and ties; read), 1-103 (the runoff primary; read), the
// State Election Board's rules (OAC 230:45-3 and 230:35-3-91) and 25 O.S.
// § 82.1 (holidays). Facts and their evidence: shared/facts/states/OK.md
// (read 2026-11-22).
//
// There is no automatic recount of a candidate race (H.B. 2564 of 2022 added
// one for state questions only, if funds allow). Any candidate on the
// ballot may ask at any margin, by 5 p.m. on the Friday after the election
// (Ballotpedia; the same hour closes the contest period in OAC
// 230:35-3-91(b): "After the close of the contest period at 5 p.m., the
// Board shall certify the final election results", read 2026-11-22 on
// regulations.justia.com, current through September 16, 2024).
//
// 26 O.S. § 8-114(A) (ebench copy, read 2026-11-22): "The county election
// board shall have the authority, by a majority vote, to determine if a
// ballot is valid and if the ballot should be counted. Each contestant is
// entitled to have a watcher present".
func init() { register(&OK) }

const okChecked Date = 20261122

// OK is Oklahoma's recount law.
var OK = Jurisdiction{
	Code: "OK", Name: "Oklahoma", Counties: 77, Checked: okChecked,
	Versions: []Version{{
		ID: "ok-8-109",
		Readings: []Reading{{
			ID: "ok-8-109",
			Routes: []Route{{
				Kind: Requested,
				Tiers: []Tier{{
					Line:   Line{Kind: AnyMargin},
					Method: RequesterPicks,
					Cost: Cost{Kind: Deposit, Refunded: true,
						Cite: []Cite{cite("ok-oac-230-45-3-15", "", Verified), cite("swledger-2022", "", Reported)}},
					Cite: []Cite{cite("vv-ok", "§ 8-111(A)", Reported)},
				}},
				Who:       []Requester{{Kind: AnyCandidate, Cite: []Cite{cite("vv-ok", "", Reported), cite("ballotpedia-ok", "", Reported)}}},
				InWriting: true,
				Cite:      []Cite{cite("ok-26-8-109", "", Reported), cite("vv-ok", "", Reported), cite("ballotpedia-ok", "", Reported)},
			}},
			Filings: []Filing{
				{
					Scope: Scope{Offices: LocalOffices},
					Receiver: Receiver{ID: "county-board", Kind: CountyBoard, Name: "County Election Board",
						Cite: []Cite{cite("ok-oac-230-45-3-2", "(b)", Verified)}},
					Deadline: okDeadline,
				},
				{
					// Filing with the State Election Board adds $300 to the
					// deposit (H.B. 2564), and state and district offices are
					// certified by it (§ 8-115): reported, not read.
					Receiver: Receiver{ID: "state-board", Kind: StateBoard, Name: "State Election Board",
						Cite: []Cite{cite("swledger-2022", "", Reported), cite("ok-26-8-115", "", Verified)}},
					Deadline: okDeadline,
				},
			},
		}},
		Facts: []Fact{
			{Kind: "ok-irregularities-petition", Section: Before, Numbers: []int64{250}, Cite: []Cite{cite("ok-oac-230-45-7-2", "(a)", Verified)}},
			{Kind: "ok-friday-5pm", Section: Where, When: Requested, Cite: []Cite{cite("ballotpedia-ok", "", Reported), cite("ok-oac-230-35-3-91", "(b)", Verified)}},
			{Kind: "precincts-chosen", Section: During, When: Requested, Cite: []Cite{cite("ok-hb2564", "§ 8-111(A)(1)", Reported)}},
			{Kind: "ok-manual-or-machine", Section: During, When: Requested, Cite: []Cite{cite("vv-ok", "§ 8-111(A)", Reported)}},
			{Kind: "ok-board-decides-ballots", Section: During, Cite: []Cite{cite("ok-26-8-114", "(A), (B)", Verified)}},
			{Kind: "ok-whole-precinct", Section: During, Cite: []Cite{cite("ceimn-ok", "§ 8-116.1", Reported)}},
			{Kind: "candidates-watch", Section: Watch, Cite: []Cite{cite("ok-26-8-114", "(A)", Verified)}},
			{Kind: "ok-deposit-per-county", Section: CostTime, When: Requested, Until: okHB2564, Numbers: []int64{600},
				Cite: []Cite{cite("ok-hb2564", "§ 8-111(A)(2), text in force before", Reported)}},
			{Kind: "ok-deposit-by-ballots", Section: CostTime, When: Requested, From: okHB2564, Numbers: []int64{600, 3000, 300, 5000},
				Cite: []Cite{cite("swledger-2022", "", Reported)}},
			{Kind: "ok-deposit-state-board", Section: CostTime, When: Requested, From: okHB2564, Numbers: []int64{300},
				Cite: []Cite{cite("swledger-2022", "", Reported)}},
			{Kind: "deposit-refunded", Section: CostTime, When: Requested, Cite: []Cite{cite("ok-oac-230-45-3-15", "", Verified)}},
			// Verified Voting: concluded within 45 days after the election;
			// an older Ballotpedia copy: no deadline.
			{Kind: "ok-finish-45-days", Section: CostTime, Numbers: []int64{45},
				Cite: []Cite{cite("vv-ok", "", Conflicting), cite("ballotpedia-ok", "", Conflicting)}},
			{Kind: "questions-differ", Section: AfterNote, Cite: []Cite{cite("vv-ok", "", Reported), cite("swledger-2022", "", Reported)}},
		},
		Cite: []Cite{cite("ok-26-8-109", "", Reported), cite("ok-hb2564", "", Reported)},
	}},
	Winner: []WinnerLaw{
		// "If at any Primary Election no candidate for the nomination for
		// office of any political party receives a majority of all votes cast
		// for all candidates of such party for the office, no candidate shall
		// be nominated" (casetext copy).
		{Scope: Scope{Types: []ElectionType{Primary}}, Rule: Majority, Cite: []Cite{cite("ok-26-1-103", "", Verified)}},
	},
	Ties: []TieLaw{
		// § 8-115: the board that issues the certificate "shall … select the
		// nominee or electee by lot".
		{Kind: ByLot, Cite: []Cite{cite("ok-26-8-115", "", Verified)}},
	},
	Holidays: Holidays{
		// § 82.1(A) as reprinted in H.B. 1692 (2025): a holiday on a Saturday
		// is kept the Friday before, on a Sunday the Monday after; the day
		// before or after Christmas is also a holiday (which one the
		// Governor's order says). No Oklahoma recount deadline counts
		// business days.
		Federal: false,
		Rules: []HolidayRule{
			okHoliday("new-year", FixedDate, time.January, 1, 0, 0),
			okHoliday("mlk", NthWeekday, time.January, 0, time.Monday, 3),
			okHoliday("washington", NthWeekday, time.February, 0, time.Monday, 3),
			okHoliday("memorial", NthWeekday, time.May, 0, time.Monday, -1),
			okHoliday("independence", FixedDate, time.July, 4, 0, 0),
			okHoliday("labor", NthWeekday, time.September, 0, time.Monday, 1),
			okHoliday("veterans", FixedDate, time.November, 11, 0, 0),
			okHoliday("thanksgiving", NthWeekday, time.November, 0, time.Thursday, 4),
			{Key: "day-after-thanksgiving", Kind: DaysAfter, After: "thanksgiving", Days: 1, Observed: FridayMonday,
				Cite: []Cite{cite("ok-25-82-1", "(A)", Verified)}},
			okHoliday("christmas", FixedDate, time.December, 25, 0, 0),
			{Key: "christmas-eve", Kind: FixedDate, Month: time.December, Day: 24, Possible: true,
				Cite: []Cite{cite("ok-25-82-1", "(A), (B)", Verified)}},
			{Key: "ok-day-after-christmas", Kind: FixedDate, Month: time.December, Day: 26, Possible: true,
				Cite: []Cite{cite("ok-25-82-1", "(A), (B)", Verified)}},
		},
		Cite: []Cite{cite("ok-25-82-1", "", Verified)},
	},
	Sources: []Source{
		{ID: "ok-26-8-109", Kind: Statute, Title: "26 O.S. § 8-109", Checked: okChecked},
		{ID: "ok-26-8-114", Kind: Statute, Title: "26 O.S. § 8-114",
			URL: "https://ebench-dev.greeninfo.org/state/oklahoma/statute/8-114", Checked: okChecked},
		{ID: "ok-26-8-115", Kind: Statute, Title: "26 O.S. § 8-115",
			URL: "https://ebench-dev.greeninfo.org/state/oklahoma/statute/8-115", Checked: okChecked},
		{ID: "ok-26-1-103", Kind: Statute, Title: "26 O.S. § 1-103",
			URL: "https://casetext.com/statute/oklahoma-statutes/title-26-elections/chapter-a1-election-code/article-i-state-and-county-elections-political-parties/section-1-103-runoff-primary-election", Checked: okChecked},
		{ID: "ok-hb2564", Kind: SessionLaw, Title: "Okla. H.B. 2564 (2021–22), as introduced (with 26 O.S. § 8-111 as then in force)",
			URL: "https://app.legiplex.com/ok/legislature/2022/2022-r/bills/hb2564/draft-903081", Checked: okChecked},
		{ID: "ok-oac-230-45-3-2", Kind: Regulation, Title: "Okla. Admin. Code 230:45-3-2",
			URL: "http://okrules.elaws.us/oac/230:45-3-2", Checked: okChecked},
		{ID: "ok-oac-230-45-3-15", Kind: Regulation, Title: "Okla. Admin. Code 230:45-3-15",
			URL: "https://d1tvxue8o4w0fl.cloudfront.net/regulation/oklahoma-administrative-code/title-230-state-election-board/chapter-45-contests-of-election/subchapter-3-recounts/part-1-recounts-for-county-office/section-23045-3-15-paying-the-costs", Checked: okChecked},
		{ID: "ok-oac-230-35-3-91", Kind: Regulation, Title: "Okla. Admin. Code 230:35-3-91",
			URL: "https://regulations.justia.com/states/oklahoma/title-230/chapter-35/subchapter-3/part-15/section-230-35-3-91", Checked: okChecked},
		{ID: "ok-oac-230-45-7-2", Kind: Regulation, Title: "Okla. Admin. Code 230:45-7-2",
			URL: "http://okrules.elaws.us/oac/230:45-7-2", Checked: okChecked},
		{ID: "ok-25-82-1", Kind: Statute, Title: "25 O.S. § 82.1 (as reprinted in H.B. 1692 of 2025)",
			URL: "https://app.legiplex.com/ok/legislature/2025/2025-r/bills/hb1692/drafts-latest", Checked: okChecked},
		{ID: "vv-ok", Kind: Summary, Title: "Verified Voting, Oklahoma recount law",
			URL: "https://verifiedvoting.org/recountlaw/oklahoma", Checked: okChecked},
		{ID: "ballotpedia-ok", Kind: Summary, Title: "Ballotpedia, Recount laws in Oklahoma (an older copy)",
			URL: "http://www.olesavior.org/recount_laws_in_oklahoma.html", Checked: okChecked},
		{ID: "ceimn-ok", Kind: Summary, Title: "Citizens for Election Integrity Minnesota, Oklahoma recount law (2016)",
			URL: "http://ceimn.org/ceimn-state-recount-laws-searchable-database/states/Oklahoma", Checked: okChecked},
		{ID: "swledger-2022", Kind: News, Title: "Southwest Ledger, on H.B. 2564 (2022)",
			URL: "https://www.southwestledger.news/news/recounts-required-narrow-state-elections-0", Checked: okChecked},
	},
}

// okHB2564 is the day H.B. 2564's deposits took effect (reported).
const okHB2564 Date = 20221101

// okDeadline: 5 p.m. on the Friday after the election, counted as three
// days after a Tuesday election (every regular Oklahoma election day is a
// Tuesday); the statute says "Friday", so a special election on another
// weekday is not modelled. No roll-over was read.
var okDeadline = Deadline{N: 3, Unit: CalendarDays, From: ElectionDay, At: 17 * 60,
	Cite: []Cite{cite("ballotpedia-ok", "", Reported), cite("ok-oac-230-35-3-91", "(b)", Verified)}}

func okHoliday(key string, kind HolidayKind, m time.Month, day int, wd time.Weekday, nth int) HolidayRule {
	return HolidayRule{Key: key, Kind: kind, Month: m, Day: day, Weekday: wd, Nth: nth, Observed: FridayMonday,
		Cite: []Cite{cite("ok-25-82-1", "(A)", Verified)}}
}

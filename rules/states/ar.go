package states

import (
	"time"

	. "github.com/recount-explainer/recount/rules"
)

// Arkansas: A.C.A. § 7-5-319 (a candidate's recount on petition, at any
// margin and at the candidate's cost; the county board's own recount),
// §§ 7-5-703 to 7-5-705 and 7-5-106 (ties) and § 1-5-101 (holidays). There
// is no automatic recount. Research notes: shared/facts/states/AR.md (read
// 2026-11-22).
//
// § 7-5-319 (ebench copy of the version dated Oct. 30, 2024, read
// 2026-11-22; ebench marks it a prior version, and the newer text was not
// read): "(a)(1) Any candidate voted for who may be dissatisfied with the
// returns from any precinct shall have a recount of the votes cast therein
// upon the candidate's presenting the county board of election
// commissioners with a petition requesting the recount." "(2) ... the
// candidate must present the petition no later than two (2) days after the
// county board of election commissioners declares preliminary and
// unofficial results of the election". "(b) ... Only one (1) recount per
// candidate per election shall be permitted. ... The county board of
// election commissioners may upon its own motion conduct a recount of the
// returns from any or all precincts."
//
// Re-read on 2026-11-23 in the same ebench copy
// (https://ebench-dev.greeninfo.org/state/arkansas/statute/7-5-319/prior-version/2024-10-30):
// (a)(1) sets no margin ("Any candidate voted for who may be dissatisfied
// with the returns from any precinct shall have a recount"), so the
// any-margin line is read; the recount method, the cost, its refund and
// any per-precinct cap (reported in a later subsection) were not reached
// in that copy, nor was the newer text.
//
// § 1-5-101(b) (legalfix copy, "AR Code § 1-5-101 (2018)"): "A holiday
// falling on a Saturday will be observed on the preceding Friday. A holiday
// falling on a Sunday will be observed on the succeeding Monday."
func init() { register(&AR) }

const arChecked Date = 20261122

// AR is Arkansas's recount law.
var AR = Jurisdiction{
	Code: "AR", Name: "Arkansas", Counties: 75, Checked: arChecked,
	Versions: []Version{{
		ID: "ar-7-5-319",
		// The text on file is the version dated October 30, 2024. The
		// November 2022 text had the same petition and deadline but counted
		// only overseas absentee ballots in the late-ballot rule.
		Assumed: 20241030,
		Readings: []Reading{{
			ID: "ar-7-5-319",
			Routes: []Route{{
				Kind: Requested,
				Tiers: []Tier{{
					// The line: (a)(1) asks for no margin (read). The method,
					// a retabulation "in the same manner" as the first count,
					// is reported only (CEIMN, Verified Voting).
					Line:   Line{Kind: AnyMargin},
					Method: Machine,
					Cost: Cost{Kind: RequesterPays, Refunded: true,
						Cite: []Cite{cite("commongroundar-2022", "quoting § 7-5-319", Reported), cite("nwaonline-2014", "", Reported)}},
					Cite: []Cite{cite("ar-7-5-319", "(a)(1)", Verified), cite("ceimn-ar", "§ 7-5-319(d)", Reported), cite("vv-ar", "", Reported)},
				}},
				Who:       []Requester{{Kind: AnyCandidate, Cite: []Cite{cite("ar-7-5-319", "(a)(1)", Verified)}}},
				InWriting: true,
				Cite:      []Cite{cite("ar-7-5-319", "(a)(1)", Verified)},
			}},
			Filings: []Filing{{
				Receiver: Receiver{ID: "county-board", Kind: CountyBoard, Name: "County board of election commissioners",
					Cite: []Cite{cite("ar-7-5-319", "(a)(1)", Verified)}},
				// Two days after the board declares the preliminary,
				// unofficial results (not the certified ones): calendar days,
				// not moved (no time-computation rule was read).
				Deadline: Deadline{N: 2, Unit: CalendarDays, From: Declaration, Cite: []Cite{cite("ar-7-5-319", "(a)(2)", Verified)}},
			}},
		}},
		Facts: []Fact{
			{Kind: "ar-later-text-unread", Section: Before, From: 20250101, Cite: []Cite{cite("ar-7-5-319", "newer version not read", NotFound)}},
			{Kind: "ar-board-own-motion", Section: Before, Cite: []Cite{cite("ar-7-5-319", "(b)", Verified), cite("nwaonline-2014", "county pays", Reported)}},
			{Kind: "ar-unofficial-results-clock", Section: Where, Numbers: []int64{2}, Cite: []Cite{cite("ar-7-5-319", "(a)(2)", Verified)}},
			{Kind: "ar-late-ballots-window", Section: Where, Numbers: []int64{7}, Cite: []Cite{cite("ar-7-5-319", "(a)(3)", Verified)}},
			{Kind: "ar-each-county", Section: Where, Scope: Scope{Area: MultiCounty}, Cite: []Cite{cite("ar-7-5-319", "(a)(1)", Verified)}},
			{Kind: "precincts-chosen", Section: During, Cite: []Cite{cite("ar-7-5-319", "(a)(1)", Verified)}},
			{Kind: "ar-test-results", Section: During, Cite: []Cite{cite("ar-7-5-319", "(b)", Verified)}},
			{Kind: "ar-same-manner", Section: During, Cite: []Cite{cite("ceimn-ar", "§ 7-5-319(d)", Reported), cite("vv-ar", "", Reported)}},
			{Kind: "requester-pays", Section: CostTime, Cite: []Cite{cite("commongroundar-2022", "quoting § 7-5-319", Reported)}},
			{Kind: "deposit-refunded", Section: CostTime, Cite: []Cite{cite("commongroundar-2022", "", Reported), cite("vv-ar", "", Reported)}},
			{Kind: "ar-cost-cap-unread", Section: CostTime, Cite: []Cite{cite("vv-ar", "", Reported), cite("ar-7-5-319", "cost subsection not read", NotFound)}},
			{Kind: "no-finish-deadline", Section: CostTime, Cite: []Cite{cite("vv-ar", "", Reported)}},
			{Kind: "one-recount-per-candidate", Section: AfterNote, Cite: []Cite{cite("ar-7-5-319", "(b)", Verified)}},
		},
		Cite: []Cite{cite("ar-7-5-319", "", Verified)},
	}},
	Ties: []TieLaw{
		{Scope: Scope{Types: PrimaryTypes}, Kind: TieUnknown, Cite: []Cite{cite("ar-7-5-703", "primaries not read", NotFound)}},
		// "one ... of them shall be chosen by a joint vote of both houses of
		// the General Assembly" (§ 7-5-705(b)): Governor, Lieutenant
		// Governor, Secretary of State, Treasurer, Auditor, Attorney General.
		{Scope: Scope{Offices: []Office{Governor, LtGovernor, Statewide}}, Kind: Legislature,
			Cite: []Cite{cite("ar-7-5-705", "(b)", Verified)}},
		// Members of Congress and the legislature: "certified to a special
		// runoff election which shall be held four (4) weeks from the day on
		// which the general election is held" (§§ 7-5-703(c), 7-5-704(b)).
		{Scope: Scope{Offices: []Office{USSenate, USHouse, StateSenate, StateHouse}}, Kind: RunoffTie,
			Cite: []Cite{cite("ar-7-5-703", "(c)", Verified), cite("ar-7-5-704", "(b)", Verified)}},
		// County and municipal offices: the tied candidates go on the runoff
		// ballot (§ 7-5-106(b)-(c)).
		{Scope: Scope{Offices: []Office{County, Municipal}}, Kind: RunoffTie, Cite: []Cite{cite("ar-7-5-106", "(b)-(c)", Verified)}},
		{Kind: TieUnknown, Cite: []Cite{cite("ar-7-5-703", "other offices not read", NotFound)}},
	},
	Holidays: Holidays{
		Rules: []HolidayRule{
			arHoliday("new-year", FixedDate, time.January, 1, 0, 0),
			arHoliday("mlk", NthWeekday, time.January, 0, time.Monday, 3),
			// George Washington's Birthday and Daisy Gatson Bates Day.
			arHoliday("ar-washington-bates", NthWeekday, time.February, 0, time.Monday, 3),
			arHoliday("memorial", NthWeekday, time.May, 0, time.Monday, -1),
			arHoliday("independence", FixedDate, time.July, 4, 0, 0),
			arHoliday("labor", NthWeekday, time.September, 0, time.Monday, 1),
			arHoliday("veterans", FixedDate, time.November, 11, 0, 0),
			arHoliday("thanksgiving", NthWeekday, time.November, 0, time.Thursday, 4),
			arHoliday("christmas-eve", FixedDate, time.December, 24, 0, 0),
			arHoliday("christmas", FixedDate, time.December, 25, 0, 0),
		},
		Cite: []Cite{cite("ar-1-5-101", "2018 text", Verified)},
	},
	Sources: []Source{
		{ID: "ar-7-5-319", Kind: Statute, Title: "Ark. Code Ann. § 7-5-319 (version dated Oct. 30, 2024)",
			URL: "https://ebench-dev.greeninfo.org/state/arkansas/statute/7-5-319/prior-version/2024-10-30", Checked: 20261123},
		{ID: "ar-7-5-703", Kind: Statute, Title: "Ark. Code Ann. § 7-5-703",
			URL: "https://instalawyer.io/laws/arkansas-code/7-5-703-votes-for-united", Checked: arChecked},
		{ID: "ar-7-5-704", Kind: Statute, Title: "Ark. Code Ann. § 7-5-704",
			URL: "https://law.justia.com/codes/arkansas/2020/title-7/chapter-5/subchapter-7/section-7-5-704/", Checked: arChecked},
		{ID: "ar-7-5-705", Kind: Statute, Title: "Ark. Code Ann. § 7-5-705",
			URL: "https://casetext.com/statute/arkansas-code-of-1987/title-7-elections/chapter-5-election-procedure-generally/subchapter-7-returns-and-canvass/section-7-5-705-votes-for-constitutional-officers-tie-vote-certificate-of-election", Checked: arChecked},
		{ID: "ar-7-5-106", Kind: Statute, Title: "Ark. Code Ann. § 7-5-106",
			URL: "https://ebench-dev.greeninfo.org/state/arkansas/statute/7-5-106", Checked: arChecked},
		{ID: "ar-1-5-101", Kind: Statute, Title: "Ark. Code Ann. § 1-5-101",
			URL: "https://www.legalfix.com/statutes/state-codes/arkansas/title-1/chapter-5/section-1-5-101", Checked: arChecked},
		{ID: "commongroundar-2022", Kind: News, Title: "Common Ground Arkansas, “2 Things to Know Today” (November 18, 2022)",
			URL: "https://commongroundar.org/2022/11/2-things-nov-18/", Checked: arChecked},
		{ID: "nwaonline-2014", Kind: News, Title: "Northwest Arkansas Democrat-Gazette, Benton County recounts (June 28, 2014)",
			URL: "https://www.nwaonline.com/news/2014/jun/28/benton-county-election-commission-eyes-/", Checked: arChecked},
		{ID: "ceimn-ar", Kind: Summary, Title: "Citizens for Election Integrity Minnesota, Arkansas recount laws",
			URL: "http://ceimn-d9.devd.triplo.co/node/111/printable/print", Checked: arChecked},
		{ID: "vv-ar", Kind: Summary, Title: "Verified Voting, Arkansas recount laws",
			URL: "https://verifiedvoting.org/?p=13621", Checked: arChecked},
	},
}

func arHoliday(key string, kind HolidayKind, m time.Month, day int, wd time.Weekday, nth int) HolidayRule {
	return HolidayRule{Key: key, Kind: kind, Month: m, Day: day, Weekday: wd, Nth: nth, Observed: FridayMonday,
		Cite: []Cite{cite("ar-1-5-101", "(a), (b)", Verified)}}
}

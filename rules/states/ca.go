package states

import (
	"time"

	. "github.com/recount-explainer/recount/rules"
)

// California: Elections Code §§ 15620 and 15621 (any voter may ask for a
// recount, at any margin, within five calendar days), § 15624 (the daily
// deposit and its refund), § 15627 (the requester chooses the method),
// §§ 15645-15649 (a state-funded recount the Governor may order for a
// statewide race), § 15651 (ties), Government Code §§ 6700-6701 (holidays).
// There is no automatic recount. Research notes: shared/facts/states/CA.md
// (read 2026-11-22).
//
// § 15620(a) (self-law copy, read 2026-11-22): any voter may "file with the
// elections official responsible for conducting an election in the county
// wherein the recount is sought a written request for a recount" "within
// five calendar days thereafter but not later than 5 p.m. on the fifth
// day" (after the official canvass is completed). § 15620(b), for a race
// in more than one county: "within five calendar days but not later than
// 5 p.m. on the fifth day, beginning on the 31st day after the election".
//
// § 15621(a) (california.public.law, source updated Jan 1, 2026): "any voter
// may, within five calendar days beginning on the 31st day after a
// statewide election, file with the Secretary of State a written request
// for a recount".
//
// § 15645(a) (leginfo, Article 5): "the Governor may order a state-funded
// manual recount of all votes cast for a statewide office or state ballot
// measure" where the margin is "less than or equal to the lesser of 1,000
// votes or 0.00015 of the number of all votes cast for that office".
func init() { register(&CA) }

const caChecked Date = 20261122

// CA is California's recount law.
var CA = Jurisdiction{
	Code: "CA", Name: "California", Counties: 58, Checked: caChecked,
	Versions: []Version{{
		ID: "ca-15620",
		// § 15621 as amended by Stats. 2023, ch. 479 (AB 1762), effective
		// January 1, 2024; in 2015 the statewide window opened on the 29th
		// day. Older text not read.
		Assumed: 20240101,
		Readings: []Reading{{
			ID: "ca-15620",
			Routes: []Route{{
				Kind: Requested,
				Tiers: []Tier{{
					Line:   Line{Kind: AnyMargin},
					Method: RequesterPicks,
					Cost:   Cost{Kind: Deposit, Refunded: true, Cite: []Cite{cite("ca-15624", "", Verified)}},
					Cite:   []Cite{cite("ca-15627", "", Verified)},
				}},
				Who:       []Requester{{Kind: Voters, Number: 1, Cite: []Cite{cite("ca-15620", "(a)", Verified), cite("ca-15621", "(a)", Verified)}}},
				InWriting: true,
				Cite:      []Cite{cite("ca-15620", "", Verified), cite("ca-15621", "", Verified)},
			}},
			Filings: []Filing{
				{
					Scope: Scope{Area: StatewideArea},
					Receiver: Receiver{ID: "secretary-of-state", Kind: SecretaryOfState, Name: "California Secretary of State",
						Cite: []Cite{cite("ca-15621", "(a)", Verified)}},
					// Days 31 to 35 after the election.
					Deadline: Deadline{N: 35, Unit: CalendarDays, From: ElectionDay, Cite: []Cite{cite("ca-15621", "(a)", Verified)}},
				},
				{
					Scope:    Scope{Area: MultiCounty},
					Receiver: caCountyOfficial,
					Deadline: Deadline{N: 35, Unit: CalendarDays, From: ElectionDay, At: 17 * 60, Cite: []Cite{cite("ca-15620", "(b)", Verified)}},
				},
				{
					Receiver: caCountyOfficial,
					Deadline: Deadline{N: 5, Unit: CalendarDays, From: Canvass, At: 17 * 60, Cite: []Cite{cite("ca-15620", "(a), (c)", Verified)}},
				},
			},
		}},
		Facts: []Fact{
			{Kind: "ca-any-voter", Section: Before, Cite: []Cite{cite("ca-15620", "(a)", Verified)}},
			{Kind: "ca-state-funded-recount", Section: Before, Scope: Scope{Area: StatewideArea}, Numbers: []int64{1000, 5},
				Cite: []Cite{cite("ca-15645", "(a)(1)", Verified), cite("ca-15649", "", Verified)}},
			{Kind: "ca-state-funded-governor", Section: Before, Scope: Scope{Offices: []Office{Governor}},
				Cite: []Cite{cite("vv-ca", "", Reported), cite("ca-15645", "(a)(3), not read", NotFound)}},
			{Kind: "ca-top-two-primary", Section: Before, Scope: Scope{Types: []ElectionType{Primary}},
				Cite: []Cite{cite("ca-15645", "(a)(1)(A): second and third place", Verified)}},
			{Kind: "ca-window-opens", Section: Where, Scope: Scope{Area: MultiCounty}, Numbers: []int64{31},
				Cite: []Cite{cite("ca-15620", "(b)", Verified), cite("ca-15621", "(a)", Verified)}},
			{Kind: "ca-canvass-completed", Section: Where, Scope: Scope{Area: SingleCounty},
				Cite: []Cite{cite("ca-15620", "(c)", Verified)}},
			{Kind: "ca-holiday-next-business-day", Section: Where,
				Cite: []Cite{cite("ca-ab2093-2014", "digest, on Elections Code § 15", Reported)}},
			{Kind: "ca-method-choice", Section: During, Cite: []Cite{cite("ca-15627", "", Verified)}},
			{Kind: "ca-manual-wins", Section: During, Cite: []Cite{cite("ca-15627", "with § 15621.5", Verified)}},
			{Kind: "ca-deposit-daily", Section: CostTime, Cite: []Cite{cite("ca-15624", "", Verified)}},
			{Kind: "ca-refund-if-wins", Section: CostTime, Cite: []Cite{cite("ca-15624", "", Verified)}},
			{Kind: "no-finish-deadline", Section: CostTime, Cite: []Cite{cite("vv-ca", "", Reported)}},
			{Kind: "ca-court-recount", Section: AfterNote, Numbers: []int64{25}, Cite: []Cite{cite("vv-ca", "§ 15640, not read", Reported)}},
		},
		Cite: []Cite{cite("ca-15620", "", Verified), cite("ca-15621", "", Verified)},
	}},
	// The top-two primary for the voter-nominated offices (Proposition 14,
	// in force from 2011): the first two go on to November, and § 15645(a)(1)
	// (A) measures second place against third.
	Winner: []WinnerLaw{
		{Scope: Scope{Offices: []Office{USSenate, USHouse, Governor, LtGovernor, Statewide, StateSenate, StateHouse}, Types: []ElectionType{Primary}},
			Rule: Advance, Places: 2, From: 20110101,
			Cite: []Cite{cite("ca-15645", "(a)(1)(A): second and third place", Verified)}},
	},
	Ties: []TieLaw{
		{Scope: Scope{Types: PrimaryTypes}, Kind: TieUnknown, Cite: []Cite{cite("ca-15651", "non-primary elections only", NotFound)}},
		{Scope: Scope{Offices: []Office{Governor, LtGovernor}}, Kind: TieUnknown, Cite: []Cite{cite("ca-15651", "Governor and Lieutenant Governor excepted", NotFound)}},
		// "The Secretary of State shall at that time and place determine the
		// tie by lot" (multi-county offices); for an office within one
		// county or city the elections board draws the lot; a county, city
		// or district may instead adopt a special runoff election.
		{Kind: ByLot, Cite: []Cite{cite("ca-15651", "(a), (b)", Verified)}},
	},
	// Gov. Code § 6701: January 1st, February 12th, March 31st, July 4th,
	// September 9th, November 11th or December 25th on a Sunday: the Monday
	// following is a holiday; November 11th on a Saturday: the Friday before.
	// So Veterans Day is FridayMonday, the other six dates SundayMonday (on a
	// Saturday they stay where they fall), and the holidays on a set weekday
	// are not moved. Good Friday from noon to 3 p.m. is a half day and is not
	// modelled. California's recount windows are calendar days that do not
	// move, so no count uses these.
	Holidays: Holidays{
		Rules: []HolidayRule{
			caHoliday("new-year", FixedDate, time.January, 1, 0, 0, SundayMonday),
			caHoliday("mlk", NthWeekday, time.January, 0, time.Monday, 3, Unmoved),
			caHoliday("ca-lincoln-day", FixedDate, time.February, 12, 0, 0, SundayMonday),
			caHoliday("washington", NthWeekday, time.February, 0, time.Monday, 3, Unmoved),
			caHoliday("ca-cesar-chavez", FixedDate, time.March, 31, 0, 0, SundayMonday),
			caHoliday("memorial", NthWeekday, time.May, 0, time.Monday, -1, Unmoved),
			caHoliday("independence", FixedDate, time.July, 4, 0, 0, SundayMonday),
			caHoliday("labor", NthWeekday, time.September, 0, time.Monday, 1, Unmoved),
			caHoliday("ca-admission-day", FixedDate, time.September, 9, 0, 0, SundayMonday),
			caHoliday("ca-native-american-day", NthWeekday, time.September, 0, time.Friday, 4, Unmoved),
			caHoliday("columbus", NthWeekday, time.October, 0, time.Monday, 2, Unmoved),
			{Key: "veterans", Kind: FixedDate, Month: time.November, Day: 11, Observed: FridayMonday,
				Cite: []Cite{cite("ca-gov-6700", "(a)(13)", Verified), cite("ca-gov-6701", "", Verified)}},
			// "Every day appointed by the President or Governor for a public
			// fast, thanksgiving, or holiday."
			caHoliday("thanksgiving", NthWeekday, time.November, 0, time.Thursday, 4, Unmoved),
			caHoliday("christmas", FixedDate, time.December, 25, 0, 0, SundayMonday),
			{Key: "day-after-thanksgiving", Kind: DaysAfter, After: "thanksgiving", Days: 1, Possible: true,
				Cite: []Cite{cite("publicholidays-ca", "", Reported)}},
		},
		Cite: []Cite{cite("ca-gov-6700", "", Verified), cite("ca-gov-6701", "", Verified)},
	},
	Sources: []Source{
		{ID: "ca-15620", Kind: Statute, Title: "Cal. Elec. Code § 15620",
			URL: "https://self-law.org/code/ca/elections-code/15620", Checked: caChecked},
		{ID: "ca-15621", Kind: Statute, Title: "Cal. Elec. Code § 15621",
			URL: "https://california.public.law/codes/elections_code_section_15621", Checked: caChecked},
		{ID: "ca-15624", Kind: Statute, Title: "Cal. Elec. Code § 15624",
			URL: "https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?lawCode=ELEC&sectionNum=15624", Checked: caChecked},
		{ID: "ca-15627", Kind: Statute, Title: "Cal. Elec. Code § 15627",
			URL: "https://self-law.org/code/ca/elections-code/15627", Checked: caChecked},
		{ID: "ca-15645", Kind: Statute, Title: "Cal. Elec. Code § 15645",
			URL: "https://leginfo.legislature.ca.gov/faces/codes_displayText.xhtml?lawCode=ELEC&division=15.&title=&part=&chapter=9.&article=5", Checked: caChecked},
		{ID: "ca-15649", Kind: Statute, Title: "Cal. Elec. Code § 15649",
			URL: "https://self-law.org/code/ca/elections-code/15649", Checked: caChecked},
		{ID: "ca-15651", Kind: Statute, Title: "Cal. Elec. Code § 15651",
			URL: "https://leginfo.legislature.ca.gov/faces/codes_displaySection.xhtml?sectionNum=15651.&lawCode=ELEC", Checked: caChecked},
		{ID: "ca-gov-6700", Kind: Statute, Title: "Cal. Gov. Code § 6700",
			URL: "https://codes.findlaw.com/ca/government-code/gov-sect-6700/", Checked: caChecked},
		{ID: "ca-gov-6701", Kind: Statute, Title: "Cal. Gov. Code § 6701",
			URL: "https://law.justia.com/codes/california/2007/gov/6700-6720.html", Checked: caChecked},
		{ID: "ca-ab2093-2014", Kind: SessionLaw, Title: "Cal. AB 2093 (2014), Legislative Counsel's digest",
			URL: "http://leginfo.ca.gov/pub/13-14/bill/asm/ab_2051-2100/ab_2093_bill_20140513_amended_asm_v97.htm", Checked: caChecked},
		{ID: "vv-ca", Kind: Summary, Title: "Verified Voting, California recount laws",
			URL: "https://verifiedvoting.org/?p=13625", Checked: caChecked},
		{ID: "publicholidays-ca", Kind: Summary, Title: "PublicHolidays.com, California state holidays",
			URL: "https://publicholidays.com/california/", Checked: caChecked},
	},
}

// caCountyOfficial receives a request for a race short of the whole state:
// the elections official who conducted the election in the county (the
// registrar of voters or county clerk; a city clerk for a city's own
// election).
var caCountyOfficial = Receiver{ID: "county-official", Kind: CountyOfficial, Name: "elections official who conducted the election",
	Cite: []Cite{cite("ca-15620", "(a), (b)", Verified)}}

// caHoliday is a holiday of Gov. Code § 6700(a), moved off a Sunday where
// § 6701 says so.
func caHoliday(key string, kind HolidayKind, m time.Month, day int, wd time.Weekday, nth int, observed Observance) HolidayRule {
	c := []Cite{cite("ca-gov-6700", "(a)", Verified)}
	if observed != Unmoved {
		c = append(c, cite("ca-gov-6701", "", Verified))
	}
	return HolidayRule{Key: key, Kind: kind, Month: m, Day: day, Weekday: wd, Nth: nth, Observed: observed, Cite: c}
}

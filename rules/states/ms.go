package states

import (
	"time"

	. "github.com/recount-explainer/recount/rules"
)

// Mississippi: no recount statute. Miss. Code Ann. § 23-15-911 lets any
// candidate examine the ballot box within 12 days after the canvass;
// § 23-15-951 is the election contest (a petition to the circuit court
// within 20 days after the election); primaries are contested before the
// party's executive committee (§§ 23-15-921, -927, not read), also within
// 20 days (McDaniel v. Cochran, 2014). § 23-15-605 (ties between counties)
// and § 3-3-7 (legal holidays). Research notes: shared/facts/states/MS.md
// (read 2026-11-22).
//
// § 23-15-951 (ebench copy, read 2026-11-22): "a person desiring to contest
// the election of another person returned as elected to any office within
// any county, may, within twenty (20) days after the election, file a
// petition in the office of the clerk of the circuit court of the county".
//
// § 23-15-911(1)(a) (legalfix copy, "MS Code § 23-15-911 (2019)"): "within
// twelve (12) days after the canvass … any candidate or his or her
// representative authorized in writing by him or her shall have the right
// of full examination of the box and its contents".
func init() { register(&MS) }

const msChecked Date = 20261122

// MS is Mississippi's recount law: none, and the routes that remain.
var MS = Jurisdiction{
	Code: "MS", Name: "Mississippi", Counties: 82, Checked: msChecked,
	Versions: []Version{{
		ID: "ms-no-recount",
		Readings: []Reading{{
			ID:   "ms-no-recount",
			Cite: []Cite{cite("ceimn-ms-2022", "", Reported)},
		}},
		Facts: []Fact{
			{Kind: "ms-no-recount-law", Section: Before, Cite: []Cite{cite("ceimn-ms-2022", "", Reported), cite("ceimn-ms-2015", "", Reported)}},
			{Kind: "ms-box-examination", Section: Before, Numbers: []int64{12, 3}, Cite: []Cite{cite("ms-23-15-911", "(1)(a)", Verified)}},
			{Kind: "contest-route", Section: Before, Cite: []Cite{cite("ms-23-15-951", "", Verified)}},
			{Kind: "ms-rescan-in-practice", Section: During, Cite: []Cite{cite("ms-ag-2003-0517", "", Reported)}},
			{Kind: "ms-primary-contest", Section: AfterNote, Scope: Scope{Types: PrimaryTypes}, Numbers: []int64{20},
				Cite: []Cite{cite("ms-mcdaniel-2014", "¶ 1", Verified)}},
			{Kind: "ms-other-contests", Section: AfterNote, Scope: Scope{Except: LocalOffices},
				Cite: []Cite{cite("ms-23-15-951", "(refers to §§ 23-15-955, -961, not read)", NotFound)}},
		},
		Contest: &Contest{
			Receiver: Receiver{ID: "court", Kind: Court, Name: "Circuit Court of the county (filed with the circuit clerk)",
				Cite: []Cite{cite("ms-23-15-951", "", Verified)}},
			Deadline: &Deadline{N: 20, Unit: CalendarDays, From: ElectionDay, Cite: []Cite{cite("ms-23-15-951", "", Verified)}},
			Cite:     []Cite{cite("ms-23-15-951", "", Verified)},
		},
		Cite: []Cite{cite("ceimn-ms-2022", "", Reported)},
	}},
	Winner: []WinnerLaw{
		// A primary without a majority goes to a runoff (McDaniel v.
		// Cochran, 2014, describing the 2014 Senate primary).
		{Scope: Scope{Types: PrimaryTypes}, Rule: Majority, Cite: []Cite{cite("ms-mcdaniel-2014", "¶ 2", Reported)}},
		// Ballot Measure 2 (2020): governor and state offices need a
		// majority, or a runoff follows; first used in 2023.
		{Scope: Scope{Offices: []Office{Governor, LtGovernor, Statewide}}, Rule: Majority,
			Cite: []Cite{cite("ballotpedia-ms-2020", "", Reported), cite("clarion-ledger-2020", "", Reported)}},
	},
	Ties: []TieLaw{
		{Scope: Scope{Offices: []Office{Governor, LtGovernor, Statewide}, Types: []ElectionType{General, Special}}, Kind: RunoffTie,
			Cite: []Cite{cite("clarion-ledger-2020", "", Reported)}},
		// § 23-15-605: for a district office whose results the Secretary
		// of State sums across counties, "the election shall be decided
		// between the candidates having an equal number of votes by each
		// candidate individually drawing one (1) of the two (2) sealed
		// containers from an opaque bag".
		{Scope: Scope{Offices: []Office{USHouse, StateSenate, StateHouse, Judicial, District}, Area: MultiCounty}, Kind: ByLot,
			Cite: []Cite{cite("ms-23-15-605", "", Verified)}},
	},
	// § 3-3-7(1): "In the event any holiday hereinbefore declared legal
	// shall fall on Sunday, then the next following day shall be a legal
	// holiday." So every holiday on a Sunday is kept the Monday after
	// (SundayMonday); one on a Saturday stays there (the section names no
	// Saturday). Mississippi's time limits here are calendar days that do
	// not move, so no count of them skips a holiday.
	Holidays: Holidays{
		Rules: []HolidayRule{
			msHoliday("new-year", FixedDate, time.January, 1, 0, 0),
			// Robert E. Lee's and Dr. Martin Luther King, Jr.'s birthday.
			msHoliday("mlk", NthWeekday, time.January, 0, time.Monday, 3),
			msHoliday("washington", NthWeekday, time.February, 0, time.Monday, 3),
			msHoliday("confederate-memorial", NthWeekday, time.April, 0, time.Monday, -1),
			// National Memorial Day and Jefferson Davis' birthday.
			msHoliday("memorial", NthWeekday, time.May, 0, time.Monday, -1),
			msHoliday("independence", FixedDate, time.July, 4, 0, 0),
			msHoliday("labor", NthWeekday, time.September, 0, time.Monday, 1),
			msHoliday("veterans", FixedDate, time.November, 11, 0, 0),
			// The Governor proclaims it to match the President's day.
			msHoliday("thanksgiving", NthWeekday, time.November, 0, time.Thursday, 4),
			msHoliday("christmas", FixedDate, time.December, 25, 0, 0),
		},
		Cite: []Cite{cite("ms-3-3-7", "(1)", Verified)},
	},
	Sources: []Source{
		{ID: "ms-23-15-911", Kind: Statute, Title: "Miss. Code Ann. § 23-15-911",
			URL: "https://legalfix.com/statutes/state-codes/mississippi/title-23/chapter-15/article-29/subarticle-a-general-provisions/section-23-15-911", Checked: msChecked},
		{ID: "ms-23-15-951", Kind: Statute, Title: "Miss. Code Ann. § 23-15-951",
			URL: "https://ebench-dev.greeninfo.org/state/mississippi/statute/23-15-951", Checked: msChecked},
		{ID: "ms-23-15-605", Kind: Statute, Title: "Miss. Code Ann. § 23-15-605",
			URL: "https://instalawyer.io/laws/mississippi-code/23-15-605-ascertainment-of-vote", Checked: msChecked},
		{ID: "ms-3-3-7", Kind: Statute, Title: "Miss. Code Ann. § 3-3-7",
			URL: "https://codes.findlaw.com/ms/title-3-state-sovereignty-jurisdiction-and-holidays/ms-code-sect-3-3-7.html", Checked: msChecked},
		{ID: "ms-mcdaniel-2014", Kind: Opinion, Title: "McDaniel v. Cochran, 158 So. 3d 992 (Miss. 2014)",
			URL: "http://www.ecases.us/case/miss/c4688029/chris-mcdaniel-v-thad-cochran", Checked: msChecked},
		{ID: "ms-ag-2003-0517", Kind: Opinion, Title: "Miss. Att'y Gen. Op. No. 2003-0517 (September 26, 2003)",
			URL: "https://ebench-dev.greeninfo.org/state/mississippi/opinions/250162980-ago-2003-0517-september-26-2003", Checked: msChecked},
		{ID: "ceimn-ms-2022", Kind: Summary, Title: "Citizens for Election Integrity Minnesota, Mississippi recount laws (November 5, 2022)",
			URL: "http://ceimn-d9.devd.triplo.co/node/108/printable/print", Checked: msChecked},
		{ID: "ceimn-ms-2015", Kind: Summary, Title: "Citizens for Election Integrity Minnesota, Mississippi recount laws (2015 review)",
			URL: "https://ceimn.org/searchable-databases/recount-database/mississippi", Checked: msChecked},
		{ID: "ballotpedia-ms-2020", Kind: Summary, Title: "Ballotpedia, Mississippi Ballot Measure 2 (2020)",
			URL: "https://ballotpedia.org/Mississippi_Ballot_Measure_2,_Remove_Electoral_Vote_Requirement_and_Establish_Runoffs_for_Gubernatorial_and_State_Office_Elections_Amendment_(2020)", Checked: msChecked},
		{ID: "clarion-ledger-2020", Kind: News, Title: "Clarion Ledger, on Measure 2 (October 16, 2020)",
			URL: "https://www.clarionledger.com/story/news/2020/10/16/mississippi-voters-guide-measure-2-could-end-electoral-vote/5915562002/", Checked: msChecked},
	},
}

// msHoliday is a holiday of § 3-3-7(1), kept the next day when it falls on
// a Sunday.
func msHoliday(key string, kind HolidayKind, m time.Month, day int, wd time.Weekday, nth int) HolidayRule {
	return HolidayRule{Key: key, Kind: kind, Month: m, Day: day, Weekday: wd, Nth: nth, Observed: SundayMonday,
		Cite: []Cite{cite("ms-3-3-7", "(1)", Verified)}}
}

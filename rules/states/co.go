package states

import (
	"time"

	. "github.com/recount-explainer/recount/rules"
)

// Colorado: C.R.S. § 1-10.5-101 (the automatic recount when the margin is
// within one-half of one percent of the highest vote; the section's text was
// not reached), § 1-10.5-102 and § 1-10.5-103 (who orders it, and by when it
// is finished), § 1-10.5-106 (an interested party's request, at its
// expense), § 1-1-106 (computing time), § 1-11-101 (ties) and § 24-11-101
// (holidays). Research notes: shared/facts/states/CO.md (read 2026-11-22).
//
// § 1-10.5-106(2) (casetext copy, current through ch. 67 of the 2024
// session, read 2026-11-22): "Whenever a recount is not required an
// interested party may submit a notarized written request for a recount to
// be conducted in accordance with section 1-10.5-102 at the expense of the
// interested party making the request." The request is filed "no sooner
// than ten days or later than twenty-two days after any primary, general,
// coordinated, or recall election".
//
// § 1-10.5-102 (casetext copy, current through ch. 123 of the 2024
// session): the Secretary of State "shall order a complete recount ... no
// later than the twenty-fourth day after the election"; "The recount must
// be completed no later than the thirty-first day after any election."
//
// § 1-1-106(4) (ebenchbook and instalawyer copies): "If the last day for any
// act to be done or the last day of any period is a Saturday, Sunday, or
// legal holiday and completion of such act involves a filing or other
// action during business hours, the period is extended to include the next
// day which is not a Saturday, Sunday, or legal holiday."
//
// § 24-11-101(2) (casetext copy, current through ch. 67 of 2024): "In case
// any of said holidays ... falls upon a Sunday, then the Monday following
// shall be considered as the holiday". Saturdays are not moved, so every
// holiday below is kept the Monday after a Sunday and on a Saturday where
// it falls (SundayMonday).
func init() { register(&CO) }

const coChecked Date = 20261122

// CO is Colorado's recount law.
var CO = Jurisdiction{
	Code: "CO", Name: "Colorado", Counties: 64, Checked: coChecked,
	Versions: []Version{{
		ID: "co-1-10-5",
		// The text on file is current through the 2024 session; an older
		// text had the Secretary of State order the recount by the 30th day
		// and finish it by the 35th (undated copy). When it changed was not
		// found.
		Assumed: 20240101,
		Readings: []Reading{{
			ID: "co-1-10-5",
			Routes: []Route{
				{
					// (highest − next highest) ≤ 0.5% × highest: a county
					// election manager (2010), Estes Park's town officials
					// (2016) and CEIMN (2020). § 1-10.5-101 itself was not
					// read.
					Kind: Automatic,
					Tiers: []Tier{{
						Line:   Line{Kind: ShareOfLeader, Share: Percent / 2},
						Method: Machine,
						Cost:   Cost{Kind: Public, Cite: []Cite{cite("douglas-co-recounts", "§ 1-10.5-101(1)(b)", Reported)}},
					}},
					Finish: &Deadline{N: 31, Unit: CalendarDays, From: ElectionDay,
						Cite: []Cite{cite("co-1-10-5-102", "(2)", Verified), cite("co-1-10-5-103", "", Verified)}},
					Cite: []Cite{cite("co-1-10.5-101", "(1)(b)", Reported), cite("ceimn-co-2020", "§ 1-10.5-101", Reported), cite("csindy-2010", "", Reported), cite("eptrail-2016", "", Reported)},
				},
				{
					Kind:            Requested,
					UnlessAutomatic: true,
					Tiers: []Tier{{
						Line:   Line{Kind: AnyMargin},
						Method: Machine,
						Cost: Cost{Kind: RequesterPays, Refunded: true,
							Cite: []Cite{cite("co-1-10-5-106", "(2)", Verified), cite("douglas-co-recounts", "refund", Reported)}},
					}},
					Who: []Requester{
						{Kind: LosingCandidate, Cite: []Cite{cite("co-1-10-5-106", "(1)", Verified)}},
						{Kind: PartyOfficer, Cite: []Cite{cite("co-1-10-5-106", "(1)", Verified)}},
					},
					InWriting: true,
					Cite:      []Cite{cite("co-1-10-5-106", "(1), (2)", Verified)},
				},
			},
			Filings: []Filing{
				{
					Scope: Scope{Area: StatewideArea},
					Receiver: Receiver{ID: "secretary-of-state", Kind: SecretaryOfState, Name: "Colorado Secretary of State",
						Cite: []Cite{cite("co-1-10-5-106", "(2)", Verified), cite("co-1-10-5-102", "(1)", Verified)}},
					Deadline: coDeadline,
				},
				{
					Receiver: Receiver{ID: "filing-officer", Kind: FilingOfficer,
						Name: "official who certified the candidate for the ballot (the Secretary of State, the county clerk and recorder, or the designated election official)",
						Cite: []Cite{cite("co-1-10-5-106", "(2)", Verified)}},
					Deadline: coDeadline,
				},
			},
		}},
		Facts: []Fact{
			{Kind: "co-municipal-code", Section: Before, Scope: Scope{Offices: []Office{Municipal}},
				Cite: []Cite{cite("fountain-co", "", Reported), cite("co-1-1-102", "", Verified)}},
			{Kind: "co-sos-orders", Section: Where, When: Automatic, Numbers: []int64{24},
				Scope: Scope{Offices: []Office{USSenate, USHouse, Governor, LtGovernor, Statewide, StateSenate, StateHouse, Judicial}},
				Cite:  []Cite{cite("co-1-10-5-102", "(1)", Verified)}},
			{Kind: "co-clerk-orders", Section: Where, When: Automatic, Scope: Scope{Offices: []Office{County, Municipal, District}},
				Cite: []Cite{cite("co-1-10-5-103", "", Verified)}},
			{Kind: "co-request-window", Section: Where, When: Requested, Numbers: []int64{10, 22},
				Cite: []Cite{cite("co-1-10-5-106", "(2)", Verified)}},
			{Kind: "co-notarized", Section: Where, When: Requested, Cite: []Cite{cite("co-1-10-5-106", "(2)", Verified)}},
			{Kind: "co-leader-share", Section: During, When: Automatic,
				Cite: []Cite{cite("csindy-2010", "", Reported), cite("eptrail-2016", "", Reported)}},
			{Kind: "co-scanner-test", Section: During, Cite: []Cite{cite("co-1-10-5-102", "(3)(a)", Verified)}},
			{Kind: "machine-retabulation", Section: During, Cite: []Cite{cite("ceimn-co-2020", "8 CCR 1505-1 Rule 10.9", Reported)}},
			{Kind: "co-hand-batches", Section: During, Cite: []Cite{cite("ceimn-co-2020", "Rules 10.9.2, 10.13.5", Reported)}},
			{Kind: "co-watchers", Section: Watch, Cite: []Cite{cite("co-1-10-5-102", "(2)", Verified)}},
			{Kind: "co-certifier-pays", Section: CostTime, When: Automatic, Cite: []Cite{cite("douglas-co-recounts", "", Reported)}},
			{Kind: "co-cost-set", Section: CostTime, When: Requested, Numbers: []int64{4, 24},
				Cite: []Cite{cite("co-1-10-5-106", "(2)", Verified)}},
			{Kind: "co-refund", Section: CostTime, When: Requested, Cite: []Cite{cite("douglas-co-recounts", "", Reported)}},
			{Kind: "co-requested-finish-unread", Section: CostTime, When: Requested,
				Cite: []Cite{cite("co-1-10-5-106", "completion date for requests not read", NotFound)}},
			{Kind: "co-older-deadlines", Section: CostTime, When: Automatic, Until: 20240101, Numbers: []int64{30, 35},
				Cite: []Cite{cite("co-1-10-5-102-older", "", Reported)}},
			{Kind: "one-recount-per-candidate", Section: AfterNote, When: Requested, Cite: []Cite{cite("co-1-10-5-106", "(2)", Verified)}},
			{Kind: "co-denver-court", Section: AfterNote, Cite: []Cite{cite("co-1-10-5-109", "", Verified)}},
		},
		Cite: []Cite{cite("co-1-10-5-106", "", Verified), cite("co-1-10-5-102", "", Verified), cite("ceimn-co-2020", "", Reported)},
	}},
	Ties: []TieLaw{
		// § 1-11-101(1): "shall be chosen by the two houses of the general
		// assembly on a joint ballot" (Governor and Lieutenant Governor,
		// Secretary of State, Treasurer, Attorney General).
		{Scope: Scope{Offices: []Office{Governor, LtGovernor, Statewide}, Types: []ElectionType{General}}, Kind: Legislature,
			Cite: []Cite{cite("co-1-11-101", "(1)", Verified)}},
		// § 1-11-101(2): presidential electors, members of Congress, state
		// legislators (and regents, the State Board of Education, district
		// attorneys): "the secretary of state shall proceed to determine by
		// lot which of the candidates shall be declared elected".
		{Scope: Scope{Offices: []Office{President, USSenate, USHouse, StateSenate, StateHouse}, Types: []ElectionType{General}}, Kind: ByLot,
			Cite: []Cite{cite("co-1-11-101", "(2)", Verified)}},
		{Kind: TieUnknown, Cite: []Cite{cite("co-1-11-101", "other subsections not read", NotFound)}},
	},
	Holidays: Holidays{
		Rules: []HolidayRule{
			coHoliday("new-year", FixedDate, time.January, 1, 0, 0),
			coHoliday("mlk", NthWeekday, time.January, 0, time.Monday, 3),
			// "Washington-Lincoln day".
			coHoliday("washington", NthWeekday, time.February, 0, time.Monday, 3),
			coHoliday("memorial", NthWeekday, time.May, 0, time.Monday, -1),
			// In the 2024 text; the year it was added was not read.
			{Key: "juneteenth", Kind: FixedDate, Month: time.June, Day: 19, From: 2022, Observed: SundayMonday,
				Cite: []Cite{cite("co-24-11-101", "(1)", Verified)}},
			coHoliday("independence", FixedDate, time.July, 4, 0, 0),
			coHoliday("labor", NthWeekday, time.September, 0, time.Monday, 1),
			// Frances Xavier Cabrini Day replaced Columbus Day from 2020
			// (HB 20-1031).
			{Key: "co-cabrini", Kind: NthWeekday, Month: time.October, Weekday: time.Monday, Nth: 1, From: 2020, Observed: SundayMonday,
				Cite: []Cite{cite("co-24-11-101", "(1)", Verified), cite("co-puc-cabrini", "", Reported)}},
			{Key: "columbus", Kind: NthWeekday, Month: time.October, Weekday: time.Monday, Nth: 2, Until: 2019, Observed: SundayMonday,
				Cite: []Cite{cite("co-puc-cabrini", "", Reported)}},
			coHoliday("veterans", FixedDate, time.November, 11, 0, 0),
			coHoliday("thanksgiving", NthWeekday, time.November, 0, time.Thursday, 4),
			coHoliday("christmas", FixedDate, time.December, 25, 0, 0),
		},
		Cite: []Cite{cite("co-24-11-101", "", Verified)},
	},
	Sources: []Source{
		{ID: "co-1-10-5-102", Kind: Statute, Title: "C.R.S. § 1-10.5-102",
			URL: "https://casetext.com/statute/colorado-revised-statutes/title-1-elections/general-primary-recall-and-congressional-vacancy-elections/article-105-recounts/section-1-105-102-recounts-for-congressional-state-and-district-offices-state-ballot-questions-and-state-ballot-issues", Checked: coChecked},
		{ID: "co-1-10-5-102-older", Kind: Statute, Title: "C.R.S. § 1-10.5-102, an older text (undated copy)",
			URL: "https://getpocketlaw.com/law/state_colorado/section-1-10-5-102-recounts-for-congressional-state-and-district-offices-state-ballot-questions-and-state-ballot-issues_1e8777da3cd3", Checked: coChecked},
		{ID: "co-1-10-5-103", Kind: Statute, Title: "C.R.S. § 1-10.5-103",
			URL: "https://colorado.public.law/statutes/crs_1-10.5-103", Checked: coChecked},
		{ID: "co-1-10-5-106", Kind: Statute, Title: "C.R.S. § 1-10.5-106",
			URL: "https://casetext.com/statute/colorado-revised-statutes/title-1-elections/general-primary-recall-and-congressional-vacancy-elections/article-105-recounts/section-1-105-106-request-for-recount-by-interested-party-definitions", Checked: coChecked},
		{ID: "co-1-10-5-109", Kind: Statute, Title: "C.R.S. § 1-10.5-109 (read by the research on ebench)", Checked: coChecked},
		{ID: "co-1-1-106", Kind: Statute, Title: "C.R.S. § 1-1-106",
			URL: "http://ebenchbook.wm.edu/colorado/statutes/1-1-106-computation-of-time/", Checked: coChecked},
		{ID: "co-1-1-102", Kind: Statute, Title: "C.R.S. § 1-1-102 (scope of the Uniform Election Code, SOS copy)",
			URL: "https://www.coloradosos.gov/pubs/info_center/laws/Title1/Title1Article1.html", Checked: coChecked},
		{ID: "co-1-11-101", Kind: Statute, Title: "C.R.S. § 1-11-101 (Secretary of State's copy, not official)",
			URL: "https://www.sos.state.co.us/pubs/info_center/laws/Title1/Title1Article11.html", Checked: coChecked},
		{ID: "co-24-11-101", Kind: Statute, Title: "C.R.S. § 24-11-101",
			URL: "https://casetext.com/statute/colorado-revised-statutes/title-24-government-state/administration/article-11-holidays/24-11-101-legal-holidays-effect", Checked: coChecked},
		{ID: "co-puc-cabrini", Kind: OfficialGuide, Title: "Colorado Public Utilities Commission, Frances Xavier Cabrini Day (2020)",
			URL: "https://puc.colorado.gov/Frances_Cabrini_Day", Checked: coChecked},
		{ID: "co-1-10.5-101", Kind: Statute, Title: "C.R.S. § 1-10.5-101", Checked: coChecked},
		{ID: "ceimn-co-2020", Kind: Summary, Title: "Citizens for Election Integrity Minnesota, Colorado recount laws (October 2020)",
			URL: "https://ceimn.org/recount-and-audit-laws/recount-laws-database/colorado", Checked: coChecked},
		{ID: "csindy-2010", Kind: News, Title: "Colorado Springs Independent, “One-half of one percent, defined” (November 17, 2010)",
			URL: "https://m.csindy.com/IndyBlog/archives/2010/11/17/one-half-of-one-percent-defined", Checked: coChecked},
		{ID: "eptrail-2016", Kind: News, Title: "Estes Park Trail-Gazette, recount percentage calculation (2016)",
			URL: "http://www.eptrail.com/ci_29786829/recount-percentage-calculation-can-easily-be-misread", Checked: coChecked},
		{ID: "douglas-co-recounts", Kind: OfficialGuide, Title: "Douglas County Elections, recounts of results",
			URL: "https://www.douglas.co.us/elections/election-resources/recounts-of-results", Checked: coChecked},
		{ID: "fountain-co", Kind: OfficialGuide, Title: "City of Fountain, questions about an election recount",
			URL: "https://fountaincolorado.hosted.civiclive.com/news/what_s_new/questions_about_an_election_recount_", Checked: coChecked},
		{ID: "gjsentinel-2022", Kind: News, Title: "Grand Junction Daily Sentinel, recount confirms Boebert victory (December 2022)",
			URL: "https://www.gjsentinel.com/breaking/recount-confirms-boebert-victory-in-cd3-race/article_fc1fd878-7a7e-11ed-b8d8-c3326fd3c099.html", Checked: coChecked},
		{ID: "9news-2022", Kind: News, Title: "9News, Boebert–Frisch recount complete (December 12, 2022)",
			URL: "https://www.9news.com/article/news/local/local-politics/recount-boebert-frisch-complete/73-0ea856cc-215a-44ff-9ba2-72621fc8e2b4", Checked: coChecked},
	},
	Past: []PastRecount{
		// Original count Boebert +550; the automatic recount (which Frisch,
		// having conceded, did not ask for) gave +546.
		{Race: "co-2022-cd3", Election: 20221108, Finished: 20221212, Before: 550, After: 546,
			Cite: []Cite{cite("gjsentinel-2022", "", Reported), cite("9news-2022", "", Reported)}},
	},
}

// coDeadline: the request window closes on the 22nd day after the election;
// a last day on a weekend or legal holiday moves to the next business day
// (§ 1-1-106(4)).
var coDeadline = Deadline{N: 22, Unit: CalendarDays, From: ElectionDay, Rolls: true,
	Cite: []Cite{cite("co-1-10-5-106", "(2)", Verified), cite("co-1-1-106", "(4)", Verified)}}

// coHoliday is a holiday of § 24-11-101(1), kept the Monday after when it
// falls on a Sunday (§ 24-11-101(2)); on a Saturday it is not moved.
func coHoliday(key string, kind HolidayKind, m time.Month, day int, wd time.Weekday, nth int) HolidayRule {
	return HolidayRule{Key: key, Kind: kind, Month: m, Day: day, Weekday: wd, Nth: nth, Observed: SundayMonday,
		Cite: []Cite{cite("co-24-11-101", "(1)", Verified)}}
}

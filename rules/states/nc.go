package states

import (
	"time"

	. "github.com/recount-explainer/recount/rules"
)

// North Carolina: G.S. 163-182.7 (discretionary recounts and a candidate's
// right to demand one), 163-182.7A (hand-to-eye recounts), 163-182.4 (which
// board has jurisdiction), 163-182.8 (ties), 163-111 (the 30% primary
// rule) and 103-4 (legal holidays). Facts and their evidence:
// shared/facts/states/NC.md (read 2026-11-22).
//
// Read 2026-11-22 (instalawyer.io and self-law.org copies of
// § 163-182.7): "(b) … a candidate shall have the right to demand a recount
// of the votes if the difference between the votes for that candidate and
// the votes for a prevailing candidate is not more than one percent (1%) of
// the total votes cast in the ballot item" … "must be received by the county
// board of elections by 5:00 P.M. on the first business day after the
// canvass" … "(c)(2) For a statewide ballot item, one-half of one percent
// (0.5%) of the votes cast in the ballot item, or 10,000 votes, whichever is
// less." The sentence giving the State Board's deadline is cut off in every
// copy after "The demand for a recount must be in writi…"; noon on the
// second business day after the canvass is from Verified Voting and the
// 2024 reports (Griffin's request "prior to the noon deadline" on Tuesday,
// November 19, the second business day after the county canvass of
// Friday, November 15).
//
// There is no automatic recount: the statute's "mandatory" recounts are
// owed on a candidate's demand.
func init() { register(&NC) }

const ncChecked Date = 20261122

// NC is North Carolina's recount law.
var NC = Jurisdiction{
	Code: "NC", Name: "North Carolina", Counties: 100, Checked: ncChecked,
	Versions: []Version{{
		ID: "nc-163-182-7",
		Readings: []Reading{{
			ID: "nc-163-182-7",
			Routes: []Route{
				// (c)(2): a statewide ballot item, the lesser of the two lines.
				ncRequest(Scope{Area: StatewideArea}, Line{Kind: Lesser, Of: []Line{
					{Kind: ShareOfOffice, Share: Percent / 2},
					{Kind: FixedVotes, Votes: 10_000},
				}}, cite("nc-163-182-7", "(c)(2)", Verified)),
				// (b) and (c)(1): every other ballot item, 1% of the votes cast
				// in it (a multiseat item uses the two candidates' votes).
				ncRequest(Scope{Area: NotStatewide}, Line{Kind: ShareOfOffice, Share: Percent},
					cite("nc-163-182-7", "(b), (c)(1)", Verified)),
			},
			Filings: []Filing{
				{Scope: Scope{Offices: LegislativeOffices, Area: SingleCounty}, Receiver: ncCountyBoard, Deadline: ncCountyDeadline},
				{Scope: Scope{Offices: LocalOffices}, Receiver: ncCountyBoard, Deadline: ncCountyDeadline},
				{
					Receiver: Receiver{ID: "state-board", Kind: StateBoard, Name: "State Board of Elections",
						Cite: []Cite{cite("nc-163-182-4", "(b)", Verified), cite("nc-163-182-7", "(c)", Verified)}},
					Deadline: Deadline{N: 2, Unit: BusinessDays, From: Canvass, At: 12 * 60,
						Cite: []Cite{cite("vv-nc", "", Reported), cite("ncnewsline-2024", "", Reported)}},
				},
			},
		}},
		Facts: []Fact{
			{Kind: "board-own-motion", Section: Before, Cite: []Cite{cite("nc-163-182-7", "(a)", Verified)}},
			{Kind: "nc-no-automatic", Section: Before, Cite: []Cite{cite("nc-163-182-7", "(a)-(c)", Verified)}},
			{Kind: "nc-which-board", Section: Where, When: Requested, Cite: []Cite{cite("nc-163-182-4", "(a), (b)", Verified)}},
			{Kind: "machine-retabulation", Section: During, When: Requested,
				Cite: []Cite{cite("ncsbe-2024-recount", "", Verified), cite("vv-nc", "08 NCAC 09 .0107", Reported)}},
			// § 163-182.7A(a): "That sample shall be all the ballots in three
			// percent (3%) of the precincts casting ballots in each county in
			// the jurisdiction of the office, rounded up to the next whole
			// number of precincts."
			{Kind: "nc-hand-to-eye-sample", Section: During, When: Requested, Numbers: []int64{24, 3},
				Cite: []Cite{cite("nc-163-182-7a", "(a)", Verified)}},
			{Kind: "nc-full-hand-count-if-reversal", Section: During, When: Requested, Cite: []Cite{cite("nc-163-182-7a", "(a)", Verified)}},
			{Kind: "public-view", Section: Watch, When: Requested, Cite: []Cite{cite("ncsbe-2024-recount", "", Verified)}},
			{Kind: "counties-pay", Section: CostTime, When: Requested, Cite: []Cite{cite("ncsbe-2024-recount", "", Verified)}},
			{Kind: "no-finish-deadline", Section: CostTime, When: Requested, Cite: []Cite{cite("vv-nc", "", Reported)}},
			{Kind: "multi-seat-different", Section: AfterNote, Cite: []Cite{cite("nc-163-182-7", "(b), (c)(1)", Verified)}},
			{Kind: "nc-tie-5000", Section: AfterNote, Numbers: []int64{5000}, Cite: []Cite{cite("nc-163-182-8", "", Verified)}},
			{Kind: "nc-second-primary", Section: AfterNote, Scope: Scope{Types: []ElectionType{Primary}, Except: []Office{Municipal}},
				Numbers: []int64{30}, Cite: []Cite{cite("nc-163-111", "(a)(1), (b)", Verified)}},
			// Copies of § 163-111 as late as January 2017 say 40%; the date of
			// the change to 30% was not confirmed.
			{Kind: "nc-primary-40-percent", Section: AfterNote, Scope: Scope{Types: []ElectionType{Primary}, Except: []Office{Municipal}},
				Until: 20200101, Numbers: []int64{40, 30}, Cite: []Cite{cite("nc-163-111-old", "(a)(1)", Reported), cite("nc-h177-2017", "", Reported)}},
		},
		Cite: []Cite{cite("nc-163-182-7", "", Verified)},
	}},
	Winner: []WinnerLaw{
		// "the substantial plurality shall be ascertained by multiplying the
		// total vote cast for all aspirants by thirty percent (30%). Any
		// excess of the sum so ascertained shall be a substantial plurality"
		// (ebenchbook copy). A second primary is held only if the runner-up
		// asks (a Fact). Cities' nonpartisan primaries (§ 163-294) differ.
		{Scope: Scope{Types: []ElectionType{Primary}, Except: []Office{Municipal}}, Rule: Majority, Above: Percent * 30,
			Cite: []Cite{cite("nc-163-111", "(a)(1)", Verified)}},
	},
	Ties: []TieLaw{
		{Scope: Scope{Types: PrimaryTypes}, Kind: TieUnknown, Cite: []Cite{cite("nc-163-182-8", "primaries", NotFound)}},
		// § 163-182.8: "If 5,000 or fewer voters cast official ballots in the
		// ballot item, the board of elections with jurisdiction to certify the
		// election shall break the tie by a method of random selection"; more
		// than 5,000: a new election. Federal and state offices are taken to
		// have more than 5,000 voters.
		{Scope: Scope{Offices: append(append([]Office{}, FederalOffices...), StateOffices...)}, Kind: NewElection,
			Cite: []Cite{cite("nc-163-182-8", "", Verified)}},
		{Scope: Scope{Offices: LocalOffices}, Kind: TieUnknown, Cite: []Cite{cite("nc-163-182-8", "", Verified)}},
	},
	Holidays: Holidays{
		// § 103-4(b): "Whenever any public holiday shall fall upon Sunday,
		// the Monday following shall be a public holiday"; so every § 103-4
		// holiday on a Sunday is kept the Monday after (SundayMonday), and
		// the business days skip that Monday; a Saturday holiday is not
		// moved, so the Friday before is a business day. The holidays of
		// § 103-4 on which state offices stay open under the State Human
		// Resources Commission's schedule are possible closings (moved off
		// a Sunday the same way); Yom Kippur (a Hebrew-calendar date) is not
		// computed. The Commission's extra days below are kept where they
		// fall: its rules for a weekend were not read.
		Rules: []HolidayRule{
			ncHoliday("new-year", FixedDate, time.January, 1, 0, 0, false),
			ncHoliday("mlk", NthWeekday, time.January, 0, time.Monday, 3, false),
			ncHoliday("lee", FixedDate, time.January, 19, 0, 0, true),
			ncHoliday("washington", NthWeekday, time.February, 0, time.Monday, 3, true),
			ncHoliday("nc-greek-independence", FixedDate, time.March, 25, 0, 0, true),
			ncHoliday("nc-halifax-resolves", FixedDate, time.April, 12, 0, 0, true),
			ncHoliday("confederate-memorial", FixedDate, time.May, 10, 0, 0, true),
			ncHoliday("nc-mecklenburg-declaration", FixedDate, time.May, 20, 0, 0, true),
			ncHoliday("memorial", NthWeekday, time.May, 0, time.Monday, -1, false),
			{Key: "good-friday", Kind: EasterOffset, Days: -2, Cite: []Cite{cite("nc-103-4", "(a)(8)", Verified)}},
			ncHoliday("independence", FixedDate, time.July, 4, 0, 0, false),
			ncHoliday("labor", NthWeekday, time.September, 0, time.Monday, 1, false),
			ncHoliday("columbus", NthWeekday, time.October, 0, time.Monday, 2, true),
			{Key: "election-day", Kind: GeneralElection, EveryYears: 2, Possible: true, Cite: []Cite{cite("nc-103-4", "(a)(13)", Verified)}},
			ncHoliday("veterans", FixedDate, time.November, 11, 0, 0, false),
			ncHoliday("thanksgiving", NthWeekday, time.November, 0, time.Thursday, 4, false),
			ncHoliday("christmas", FixedDate, time.December, 25, 0, 0, false),
			// The Commission's schedule: three days for Christmas, and
			// (reported) the Friday after Thanksgiving.
			{Key: "day-after-thanksgiving", Kind: DaysAfter, After: "thanksgiving", Days: 1, Possible: true,
				Cite: []Cite{cite("nc-oshr-holidays", "", Reported)}},
			{Key: "christmas-eve", Kind: FixedDate, Month: time.December, Day: 24, Possible: true,
				Cite: []Cite{cite("nc-oshr-holidays", "", Reported)}},
			{Key: "nc-day-after-christmas", Kind: FixedDate, Month: time.December, Day: 26, Possible: true,
				Cite: []Cite{cite("nc-oshr-holidays", "", Reported)}},
		},
		Cite: []Cite{cite("nc-103-4", "", Verified), cite("nc-oshr-holidays", "", Reported)},
	},
	Sources: []Source{
		{ID: "nc-163-182-7", Kind: Statute, Title: "N.C. Gen. Stat. § 163-182.7",
			URL: "https://instalawyer.io/laws/north-carolina-general-statutes/163-1827-ordering-recounts", Checked: ncChecked},
		{ID: "nc-163-182-7a", Kind: Statute, Title: "N.C. Gen. Stat. § 163-182.7A",
			URL: "https://self-law.org/code/nc/chapter-163/163-182-7a", Checked: ncChecked},
		{ID: "nc-163-182-4", Kind: Statute, Title: "N.C. Gen. Stat. § 163-182.4",
			URL: "https://self-law.org/code/nc/chapter-163/163-182-4", Checked: ncChecked},
		{ID: "nc-163-182-8", Kind: Statute, Title: "N.C. Gen. Stat. § 163-182.8 (2014 copy)",
			URL: "http://law.onecle.com/north-carolina/163-elections-and-election-laws/163-182.8.html", Checked: ncChecked},
		{ID: "nc-163-111", Kind: Statute, Title: "N.C. Gen. Stat. § 163-111",
			URL: "https://ebenchbook.org/north-carolina/statutes/%c2%a7-163-111-determination-of-primary-results-second-primaries/", Checked: ncChecked},
		{ID: "nc-163-111-old", Kind: Statute, Title: "N.C. Gen. Stat. § 163-111 (an older copy)",
			URL: "http://www.laws9.com/statutes/north-carolina/Chapter_163/GS_163-111", Checked: ncChecked},
		{ID: "nc-h177-2017", Kind: SessionLaw, Title: "N.C. House Bill 177 (2017), as introduced (quotes § 163-111 as then in force)",
			URL: "http://www.ncga.state.nc.us/Sessions/2017/Bills/House/HTML/H177v0.html", Checked: ncChecked},
		{ID: "nc-103-4", Kind: Statute, Title: "N.C. Gen. Stat. § 103-4",
			URL: "https://holidays.uslegal.com/state-holidays/north-carolina-legal-holidays/", Checked: ncChecked},
		{ID: "nc-oshr-holidays", Kind: OfficialGuide, Title: "N.C. Office of State Human Resources, Holidays Policy",
			URL: "https://oshr.nc.gov/policies/holidays-policy", Checked: ncChecked},
		{ID: "ncsbe-2024-recount", Kind: OfficialGuide, Title: "N.C. State Board of Elections, press release of 2024-11-19 on the Supreme Court recount",
			URL: "https://ncsbe.gov/news/press-releases/2024/11/19/county-boards-elections-conduct-statewide-recount-supreme-court-contest", Checked: ncChecked},
		{ID: "vv-nc", Kind: Summary, Title: "Verified Voting, North Carolina recount law",
			URL: "https://verifiedvoting.org/recountlaw/north-carolina", Checked: ncChecked},
		{ID: "ncnewsline-2024", Kind: News, Title: "NC Newsline, county recounts begin (2024-11-20)",
			URL: "https://triad-city-beat.com/?p=48911", Checked: ncChecked},
		{ID: "wunc-2024-recount", Kind: News, Title: "WUNC, on the Supreme Court recount (2024-12-04)",
			URL: "https://www.wunc.org/politics/2024-12-04/nc-supreme-court-recount-allison-riggs-jefferson-griffin-recount", Checked: ncChecked},
		{ID: "carolinajournal-2024-recount", Kind: News, Title: "Carolina Journal, final machine recount (December 2024)",
			URL: "https://www.carolinajournal.com/final-machine-recount-shows-riggs-griffin-both-losing-110-votes/", Checked: ncChecked},
	},
	Past: []PastRecount{
		// The canvass was reported as +625 on November 19 and later as +734;
		// the machine recount took 110 votes from each and left +734.
		{Race: "nc-2024-supreme-court-seat6", Election: 20241105, Requested: 20241119, Started: 20241120, Finished: 20241210,
			Before: 734, After: 734,
			Cite: []Cite{cite("ncsbe-2024-recount", "", Verified), cite("wunc-2024-recount", "", Reported), cite("carolinajournal-2024-recount", "", Reported)}},
	},
}

// ncRequest is a candidate's demand: in writing, by a candidate behind a
// prevailing one; the first recount is by machine, at the counties' cost.
func ncRequest(scope Scope, line Line, c Cite) Route {
	return Route{
		Kind:  Requested,
		Scope: scope,
		Tiers: []Tier{{
			Line:   line,
			Method: Machine,
			Cost:   Cost{Kind: Public, Cite: []Cite{cite("ncsbe-2024-recount", "", Verified)}},
			Cite:   []Cite{cite("ncsbe-2024-recount", "", Verified)},
		}},
		Who:       []Requester{{Kind: LosingCandidate, Cite: []Cite{c}}},
		InWriting: true,
		Cite:      []Cite{c},
	}
}

// ncCountyBoard receives the demand for items in its jurisdiction (§
// 163-182.4(a): county offices, a General Assembly seat from a district
// inside the county, municipal offices).
var ncCountyBoard = Receiver{ID: "county-board", Kind: CountyBoard, Name: "County board of elections",
	Cite: []Cite{cite("nc-163-182-4", "(a)", Verified), cite("nc-163-182-7", "(b)", Verified)}}

var ncCountyDeadline = Deadline{N: 1, Unit: BusinessDays, From: Canvass, At: 17 * 60,
	Cite: []Cite{cite("nc-163-182-7", "(b)", Verified)}}

// ncHoliday is a public holiday of § 103-4(a), kept the Monday after when
// it falls on a Sunday (§ 103-4(b)).
func ncHoliday(key string, kind HolidayKind, m time.Month, day int, wd time.Weekday, nth int, possible bool) HolidayRule {
	return HolidayRule{Key: key, Kind: kind, Month: m, Day: day, Weekday: wd, Nth: nth, Possible: possible, Observed: SundayMonday,
		Cite: []Cite{cite("nc-103-4", "(a)", Verified)}}
}

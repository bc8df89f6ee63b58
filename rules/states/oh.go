package states

import (
	"time"

	. "github.com/recount-explainer/recount/rules"
)

// Ohio: R.C. 3515.011 (automatic recounts), 3515.01 to 3515.04 (a request:
// who, where, by when, the deposit, the recount), 3505.33 and 3513.22
// (ties) and 1.14 (computing time; legal holidays). Facts and their
// evidence: shared/facts/states/OH.md (read 2026-11-22).
//
// R.C. 3515.011 (codes.ohio.gov, the official code, stored copy, undated;
// its only version is "July 4, 1984 – Senate Bill 79 - 115th General
// Assembly"; read 2026-11-22 and again 2026-11-23): "If the number of votes
// cast in any county or municipal election for the declared winning
// nominee, candidate, question, or issue does not exceed the number of votes
// cast for the declared defeated nominee, candidate, question, or issue by a
// margin of one-half of one per cent or more of the total vote, the
// appropriate board of elections shall order a recount"; the same for a
// district election (ordered by the Secretary of State), and "by a margin of
// one-fourth of one per cent or more of the total vote" for a statewide
// election.
//
// The statute says neither "less than" nor "equal to or less than" nor "not
// more than": it says the winner "does not exceed" the loser "by a margin of
// one-half of one per cent or more of the total vote". A margin of exactly
// one-half of one per cent is a margin of "one-half of one per cent or
// more", so it orders no recount: the line is "less than" (margin < 0.5% of
// the total vote; < 0.25% statewide). The section does not define "the
// total vote"; it is taken as every vote cast in the race, as the Secretary
// of State's outline adds up "the votes for all candidates in that race"
// (Reported). Settled on 2026-11-23 by the statute's words.
// The Secretary of State's older outline (as quoted in 2004) and later
// summaries say "one-half of one percent or less"; that paraphrase turns the
// statute's "or more" around and is not the law's text. No official copy of
// the Secretary of State's current manual was read. The page says so in a
// fact (oh-sos-or-less), and a candidate can always ask for a recount.
func init() { register(&OH) }

const ohChecked Date = 20261122

// ohRead is the date R.C. 3515.011 was read again to settle its line.
const ohRead Date = 20261123

// OH is Ohio's recount law.
var OH = Jurisdiction{
	Code: "OH", Name: "Ohio", Counties: 88, Checked: ohRead,
	Versions: []Version{{
		ID: "oh-3515-011",
		Readings: []Reading{{
			ID:      "oh-3515-011",
			Routes:  ohRoutes,
			Filings: ohFilings,
		}},
		Facts: []Fact{
			{Kind: "oh-who-orders", Section: Where, When: Automatic, Cite: []Cite{cite("oh-3515-011", "", Verified)}},
			{Kind: "precincts-chosen", Section: During, When: Requested, Cite: []Cite{cite("oh-3515-01", "", Verified), cite("oh-3515-03", "", Verified)}},
			// R.C. 3515.03: "the board shall promptly fix the time, method,
			// and the place at which the recount will be made, which time
			// shall be not later than ten days after the day upon which such
			// application is filed or such declaration is made".
			{Kind: "oh-starts-within", Section: During, Numbers: []int64{10}, Cite: []Cite{cite("oh-3515-03", "", Verified)}},
			{Kind: "board-conducts", Section: During, Cite: []Cite{cite("oh-3515-04", "", Verified)}},
			{Kind: "oh-sample-5-percent", Section: During, Numbers: []int64{5}, Cite: []Cite{cite("ceimn-oh", "SOS directive", Reported)}},
			{Kind: "oh-stop-recount", Section: During, Cite: []Cite{cite("oh-3515-04", "", Verified)}},
			{Kind: "candidates-watch", Section: Watch, Cite: []Cite{cite("oh-3515-03", "", Verified), cite("oh-3515-04", "", Verified)}},
			{Kind: "deposit-per-precinct", Section: CostTime, When: Requested, Numbers: []int64{50}, Cite: []Cite{cite("oh-3515-03", "", Verified)}},
			{Kind: "oh-pays-if-unchanged", Section: CostTime, When: Requested, Cite: []Cite{cite("oh-hb3-126", "title", Reported)}},
			// $10 a precinct in November 2004 (Moritz commentary); $50 in the
			// current text, probably since H.B. 3 (126th G.A.), whose date
			// was not confirmed.
			{Kind: "oh-deposit-was-10", Section: CostTime, When: Requested, Until: 20070101, Numbers: []int64{10, 50},
				Cite: []Cite{cite("moritz-2004", "", Reported)}},
			// At exactly 0.5% (0.25% statewide) the statute orders no recount;
			// the Secretary of State's guides have said "or less".
			{Kind: "oh-sos-or-less", Section: AfterNote, When: Automatic,
				Cite: []Cite{cite("oh-3515-011", "", Verified), cite("oh-sos-outline", "A. Eligibility", Reported),
					cite("informingdemocracy-oh", "", Reported)}},
			{Kind: "multi-seat-different", Section: AfterNote, Cite: []Cite{cite("oh-sos-outline", "Determining one-half of one percent", Reported)}},
		},
		Cite: []Cite{cite("oh-3515-011", "", Verified)},
	}},
	Ties: []TieLaw{
		// "such tie shall be resolved by lot by the chairman of the board in
		// the presence of a majority of the members of the board".
		{Kind: ByLot, Cite: []Cite{cite("oh-3505-33", "", Verified), cite("oh-3513-22", "(C)", Verified)}},
	},
	Holidays: Holidays{
		// R.C. 1.14 as restated in municipal codes (Grand Rapids): the
		// federal list with Juneteenth; a Sunday holiday's next day (not
		// read for certain, so the cite stays Reported). A Saturday holiday
		// is not moved: every holiday here is SundayMonday.
		Rules: []HolidayRule{
			ohHoliday("new-year", FixedDate, time.January, 1, 0, 0),
			ohHoliday("mlk", NthWeekday, time.January, 0, time.Monday, 3),
			ohHoliday("washington", NthWeekday, time.February, 0, time.Monday, 3),
			ohHoliday("memorial", NthWeekday, time.May, 0, time.Monday, -1),
			// In the current list; the year it was added was not found.
			{Key: "juneteenth", Kind: FixedDate, Month: time.June, Day: 19, From: 2021, Possible: true, Observed: SundayMonday,
				Cite: []Cite{cite("oh-1-14", "(E)", Reported)}},
			ohHoliday("independence", FixedDate, time.July, 4, 0, 0),
			ohHoliday("labor", NthWeekday, time.September, 0, time.Monday, 1),
			ohHoliday("columbus", NthWeekday, time.October, 0, time.Monday, 2),
			ohHoliday("veterans", FixedDate, time.November, 11, 0, 0),
			ohHoliday("thanksgiving", NthWeekday, time.November, 0, time.Thursday, 4),
			ohHoliday("christmas", FixedDate, time.December, 25, 0, 0),
		},
		Cite: []Cite{cite("oh-1-14", "", Reported)},
	},
	Sources: []Source{
		{ID: "oh-3515-011", Kind: Statute, Title: "Ohio Rev. Code § 3515.011",
			URL: "https://codes.ohio.gov/ohio-revised-code/section-3515.011", Checked: ohRead},
		{ID: "oh-3515-01", Kind: Statute, Title: "Ohio Rev. Code § 3515.01",
			URL: "https://d1tvxue8o4w0fl.cloudfront.net/statute/ohio-revised-code/title-35-elections/chapter-3515-recount-contest-of-elections/section-351501-eligibility-for-recount", Checked: ohChecked},
		{ID: "oh-3515-02", Kind: Statute, Title: "Ohio Rev. Code § 3515.02",
			URL: "https://courtgpt.ai/laws/ohio/title-35/chapter-3515/section-3515-02", Checked: ohChecked},
		{ID: "oh-3515-03", Kind: Statute, Title: "Ohio Rev. Code § 3515.03 (undated copy)",
			URL: "http://statutes.laws-info.com/ohio/title35/chapter3515/3515_03", Checked: ohChecked},
		{ID: "oh-3515-04", Kind: Statute, Title: "Ohio Rev. Code § 3515.04",
			URL: "https://codes.findlaw.com/oh/title-xxxv-elections/oh-rev-code-sect-3515-04/", Checked: ohChecked},
		{ID: "oh-3505-33", Kind: Statute, Title: "Ohio Rev. Code § 3505.33",
			URL: "https://instalawyer.io/laws/ohio-revised-code/section-350533-declaration-of", Checked: ohChecked},
		{ID: "oh-3513-22", Kind: Statute, Title: "Ohio Rev. Code § 3513.22", Checked: ohChecked},
		{ID: "oh-1-14", Kind: Statute, Title: "Ohio Rev. Code § 1.14 (as restated in the Grand Rapids, Ohio, code)",
			URL: "https://codelibrary.amlegal.com/codes/grandrapidsoh/latest/grandrapids_oh/0-0-0-79", Checked: ohChecked},
		{ID: "oh-hb3-126", Kind: SessionLaw, Title: "Ohio H.B. 3, 126th General Assembly (as introduced)",
			URL: "http://archives.legislature.state.oh.us/BillText126/126_HB_3_I_Y.html", Checked: ohChecked},
		{ID: "oh-sos-outline", Kind: OfficialGuide, Title: "Ohio Secretary of State, “Provisions for Recounts” (an older outline, as quoted in 2004)",
			URL: "https://du4.democraticunderground.com/discuss/duboard.php?address=203x292585&az=view_all", Checked: ohChecked},
		{ID: "moritz-2004", Kind: Study, Title: "Christopher Fairman, Moritz College of Law, on Ohio recounts (2004, as reposted)",
			URL: "https://www.ar15.com/forums/general/OHIO_RECOUNT_RULES_/5-291185/", Checked: ohChecked},
		{ID: "informingdemocracy-oh", Kind: Summary, Title: "Informing Democracy, Ohio recounts",
			URL: "https://informingdemocracy.notion.site/Recounts-8480b25a56f440ecb054fa09cc0bfa27", Checked: ohChecked},
		{ID: "ceimn-oh", Kind: Summary, Title: "Citizens for Election Integrity Minnesota, Ohio recount law (2012)",
			URL: "http://www.ceimn.org/ceimn-state-recount-laws-searchable-database/states/Ohio", Checked: ohChecked},
	},
}

// ohRoutes: the automatic recount (a margin under one-half of one per cent
// of the total vote in county, municipal and district elections; under
// one-fourth statewide: "does not exceed … by a margin of … or more") and a
// request at any margin, with the deposit.
var ohRoutes = []Route{
	ohAuto(Scope{Area: NotStatewide}, Percent/2),
	ohAuto(Scope{Area: StatewideArea}, Percent/4),
	ohRequest,
}

// ohAuto is R.C. 3515.011's automatic recount for a scope: strictly under
// the share of "the total vote".
func ohAuto(scope Scope, share Share) Route {
	return Route{Kind: Automatic, Scope: scope, Tiers: []Tier{{
		Line:   Line{Kind: ShareOfOffice, Share: share, Strict: true},
		Method: MachineAndHand,
		Cite:   []Cite{cite("ceimn-oh", "", Reported)},
	}}, Cite: []Cite{cite("oh-3515-011", "", Verified)}}
}

// ohRequest: R.C. 3515.01, "Any person who was a candidate at a general,
// special, or primary election for election to an office or postion who
// was not declared elected may file with the board of a county a written
// application for a recount" (casetext mirror, read 2026-11-22); 3515.03,
// "fifty dollars … for each precinct so listed".
var ohRequest = Route{
	Kind: Requested,
	Tiers: []Tier{{
		Line: Line{Kind: AnyMargin},
		Cost: Cost{Kind: Deposit, PerPrecinct: 50, Refunded: true,
			Cite: []Cite{cite("oh-3515-03", "", Verified), cite("oh-hb3-126", "title", Reported)}},
	}},
	Who:       []Requester{{Kind: LosingCandidate, Cite: []Cite{cite("oh-3515-01", "", Verified)}}},
	InWriting: true,
	Cite:      []Cite{cite("oh-3515-01", "", Verified)},
}

// ohFilings: the board of elections of each county whose precincts are
// listed, within five days after the results are declared (R.C. 3515.02:
// "the application for recount shall be filed within five days after the
// day upon which the board of elections of such county declares the results
// of such election"); a last day on a Sunday or holiday, or when the office
// is closed, moves on (R.C. 1.14).
var ohFilings = []Filing{{
	Receiver: Receiver{ID: "county-board", Kind: CountyBoard, Name: "Board of elections of the county",
		Cite: []Cite{cite("oh-3515-01", "", Verified)}},
	Deadline: Deadline{N: 5, Unit: CalendarDays, From: Declaration, Rolls: true,
		Cite: []Cite{cite("oh-3515-02", "", Verified), cite("oh-1-14", "", Reported)}},
}}

// ohHoliday is a legal holiday of R.C. 1.14, kept the next day when it
// falls on a Sunday; a Saturday one is not moved.
func ohHoliday(key string, kind HolidayKind, m time.Month, day int, wd time.Weekday, nth int) HolidayRule {
	return HolidayRule{Key: key, Kind: kind, Month: m, Day: day, Weekday: wd, Nth: nth, Observed: SundayMonday,
		Cite: []Cite{cite("oh-1-14", "", Reported)}}
}

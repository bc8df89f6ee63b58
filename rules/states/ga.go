package states

import (
	_ "embed" // the Governor's holiday lists
	"time"

	. "github.com/recount-explainer/recount/rules"
)

// Georgia: O.C.G.A. § 21-2-495(c), the losing candidate's right to a
// recount; its 1 percent line, HB 316's one-half of 1 percent, and SB 3EX's
// automatic hand recount (2026). Facts and their evidence:
// shared/facts/georgia.md and georgia-2.md (read 2026-11-22).
//
// What the statute says, as printed in news coverage of the 2009 and 2017
// Atlanta runoffs (the enacted text of (c) itself was not reached):
// "Whenever the difference between the number of votes received by a
// candidate who has been declared nominated … elected … or … eligible for a
// run-off … and the number of votes received by any other candidate … shall
// be not more than 1 percent of the total votes which were cast for such
// office therein, any such candidate … within a period of two business days
// following the certification of the election results, shall have the
// right to a recount … if such request is made in writing by the losing
// candidate."
func init() { register(&GA) }

//go:embed data/ga-holidays.tsv
var gaHolidayLists string

const gaChecked Date = 20261122

// GA is Georgia's recount law.
var GA = Jurisdiction{
	Code: "GA", Name: "Georgia", Counties: 159, Checked: gaChecked,
	Versions: []Version{
		{
			ID:      "ga-1-percent",
			Assumed: 20090101, // the text is reported for 2009–2017; older text not read
			Readings: []Reading{{
				ID:      "ga-1-percent",
				Routes:  []Route{gaRequest(Percent, cite("ga-21-2-495c", "(c)", Reported))},
				Filings: gaFilings,
			}},
			Facts: gaFacts,
			Cite:  []Cite{cite("ga-21-2-495c", "(c)", Reported), cite("ceimn-ga", "", Reported)},
		},
		{
			ID:   "ga-hb316-half-percent",
			From: 20190402, // HB 316 signed; its effective-date section not read
			// The 0.5% line was in use by the June 9, 2020 primary (AJC,
			// Gwinnett); a county cited 1% in November 2019.
			FromUnsure: 20200609,
			Readings: []Reading{{
				ID:      "ga-hb316-half-percent",
				Routes:  []Route{gaRequest(Percent/2, cite("ga-21-2-495c", "(c)", Reported), cite("ga-hb316", "", Reported))},
				Filings: gaFilings,
			}},
			Facts: gaFacts,
			Cite:  []Cite{cite("ga-hb316", "", Reported), cite("ajc-2020-gwinnett", "", Reported), cite("spalding-2019", "", Conflicting)},
		},
		{
			ID: "ga-sb3ex-2026",
			// Signed June 25, 2026. The legislature's status record for SB 3
			// (2026 special session), as copied by Open States in
			// github.com/Votega/ga-legislation sessions/2026-ss/bills.json
			// (generated 2026-09-06, read 2026-11-23), ends: status
			// "Effective Date", statusDate "2026-06-25"; governor "Signed",
			// decisionDate "2026-06-25". So the Act took effect before
			// Nov 3, 2026, unless a section of it carries a later date: the
			// Act's own effective-date section was not read.
			From: 20260625,
			// The enrolled text (the legislature's document link is
			// https://www.legis.ga.gov/api/legislation/document/2026EX/249745)
			// was not read, nor was any Code section it made. The reports
			// disagree on SB 3EX's line ("less than 0.5%" or "0.5% or less"),
			// its denominator (none states one) and its offices (governor and
			// lieutenant governor, or other statewide offices too): two
			// readings.
			Readings: []Reading{
				{
					ID: "ga-sb3ex-or-less",
					Routes: []Route{
						gaAutomatic(false, []Office{Governor, LtGovernor, Statewide}, cite("ga-sb3ex", "", Reported), cite("fox5-2026-sb3ex", "", Reported)),
						gaRequest(Percent/2, cite("ga-21-2-495c", "(c)", Reported), cite("ga-hb316", "", Reported)),
					},
					Filings: gaFilings,
					Cite:    []Cite{cite("fox5-2026-sb3ex", "", Reported)},
				},
				{
					ID: "ga-sb3ex-less-than",
					Routes: []Route{
						gaAutomatic(true, []Office{Governor, LtGovernor}, cite("ga-sb3ex", "", Reported), cite("ballotpedia-2026-sb3ex", "", Reported), cite("georgia-recorder-2026", "", Reported)),
						gaRequest(Percent/2, cite("ga-21-2-495c", "(c)", Reported), cite("ga-hb316", "", Reported)),
					},
					Filings: gaFilings,
					Cite:    []Cite{cite("ballotpedia-2026-sb3ex", "", Reported), cite("georgia-recorder-2026", "", Reported)},
				},
			},
			Facts: gaFacts,
			Cite:  []Cite{cite("ga-sb3ex", "", Reported)},
		},
	},
	Winner: []WinnerLaw{
		// Presidential electors: no runoff (none held in 1992 or 2020); the
		// exception in § 21-2-501 was not read.
		{Scope: Scope{Offices: []Office{President}}, Rule: Plurality, Cite: []Cite{cite("ga-21-2-501", "exceptions", Reported)}},
		{Rule: Majority, Cite: []Cite{cite("ga-21-2-501", "(a)(1)", Verified)}},
	},
	Holidays: Holidays{
		Rules: []HolidayRule{
			gaHoliday("new-year", FixedDate, time.January, 1, 0, 0),
			gaHoliday("mlk", NthWeekday, time.January, 0, time.Monday, 3),
			gaHoliday("memorial", NthWeekday, time.May, 0, time.Monday, -1),
			{Key: "juneteenth", Kind: FixedDate, Month: time.June, Day: 19, From: 2022, Observed: FridayMonday,
				Cite: []Cite{cite("ga-1-4-1", "(a)", Verified)}},
			gaHoliday("independence", FixedDate, time.July, 4, 0, 0),
			gaHoliday("labor", NthWeekday, time.September, 0, time.Monday, 1),
			gaHoliday("columbus", NthWeekday, time.October, 0, time.Monday, 2),
			gaHoliday("veterans", FixedDate, time.November, 11, 0, 0),
			gaHoliday("thanksgiving", NthWeekday, time.November, 0, time.Thursday, 4),
			gaHoliday("christmas", FixedDate, time.December, 25, 0, 0),
			// Days the Governor's lists have closed in every year on file:
			// the Friday after Thanksgiving, and Washington's Birthday kept
			// on December 24 or 26.
			{Key: "day-after-thanksgiving", Kind: DaysAfter, After: "thanksgiving", Days: 1, Possible: true,
				Cite: []Cite{cite("ga-holiday-lists", "", Reported)}},
			{Key: "washington-december", Kind: FixedDate, Month: time.December, Day: 24, Possible: true,
				Cite: []Cite{cite("ga-holiday-lists", "", Reported)}},
			{Key: "washington-december", Kind: FixedDate, Month: time.December, Day: 26, Possible: true,
				Cite: []Cite{cite("ga-holiday-lists", "", Reported)}},
		},
		Lists: gaHolidayLists,
		Cite:  []Cite{cite("ga-1-4-1", "", Verified), cite("ga-holiday-lists", "", Reported)},
	},
	Sources: []Source{
		{ID: "ga-21-2-495c", Kind: Statute, Title: "O.C.G.A. § 21-2-495(c)",
			URL: "https://law.justia.com/codes/georgia/title-21/chapter-2/article-12/section-21-2-495/", Checked: gaChecked},
		{ID: "ga-21-2-495a", Kind: Statute, Title: "O.C.G.A. § 21-2-495(a)",
			URL: "https://law.justia.com/codes/georgia/title-21/chapter-2/article-12/section-21-2-495/", Checked: gaChecked},
		{ID: "ga-21-2-501", Kind: Statute, Title: "O.C.G.A. § 21-2-501",
			URL: "https://law.justia.com/codes/georgia/title-21/chapter-2/article-13/section-21-2-501/", Checked: gaChecked},
		{ID: "ga-21-2-40-70", Kind: Statute, Title: "O.C.G.A. §§ 21-2-40, 21-2-70, 21-2-70.1, 21-2-45(c)",
			URL: "https://law.justia.com/codes/georgia/title-21/chapter-2/article-2/", Checked: gaChecked},
		{ID: "ga-1-4-1", Kind: Statute, Title: "O.C.G.A. § 1-4-1",
			URL: "https://law.justia.com/codes/georgia/title-1/chapter-4/section-1-4-1/", Checked: gaChecked},
		{ID: "ga-rule-183-1-15-03", Kind: Regulation, Title: "Ga. Comp. R. & Regs. 183-1-15-.03",
			URL: "https://rules.sos.ga.gov/gac/183-1-15", Checked: gaChecked},
		{ID: "ga-hb316", Kind: SessionLaw, Title: "Ga. L. 2019, Act 24 (HB 316)",
			URL: "https://www.legis.ga.gov/legislation/55191", Checked: gaChecked},
		{ID: "ga-sb3ex", Kind: SessionLaw, Title: "Ga. SB 3EX (2026 special session)", Checked: gaChecked},
		{ID: "ga-holiday-lists", Kind: HolidayList, Title: "Georgia state holidays, the Governor's yearly list (georgia.gov)",
			URL: "https://georgia.gov/georgia-state-holidays", Checked: gaChecked},
		{ID: "ceimn-ga", Kind: Summary, Title: "Citizens for Election Integrity Minnesota, Georgia recount law (2016, 2022)",
			URL: "https://ceimn.org/searchable-databases/recount-database/georgia", Checked: gaChecked},
		{ID: "ceimn-ga-dre", Kind: Summary, Title: "CEIMN summary of O.C.G.A. § 21-2-495(b) and Ga. Comp. R. & Regs. 183-1-12-.02(7) (2016)",
			URL: "https://ceimn.org/searchable-databases/recount-database/georgia", Checked: gaChecked},
		{ID: "fox5-2024", Kind: News, Title: "Fox 5 Atlanta, “Recounts in Georgia: what does the law say” (2024)",
			URL: "https://fox5atlanta.com/news/recounts-georgia-what-does-law-say", Checked: gaChecked},
		{ID: "fox5-2026-sb3ex", Kind: News, Title: "Fox 5 Atlanta, on SB 3EX (June 2026)",
			URL: "https://fox5atlanta.com/news/georgia-house-approves-hand-recount-election-bill", Checked: gaChecked},
		{ID: "ballotpedia-2026-sb3ex", Kind: News, Title: "Ballotpedia News, 2026-06-29, on SB 3EX",
			URL: "https://news.ballotpedia.org/2026/06/29/georgia-enacts-legislation-extending-voting-machine-deadline-establishing-automatic-hand-recounts/", Checked: gaChecked},
		{ID: "georgia-recorder-2026", Kind: News, Title: "Georgia Recorder, 2026-06-23, on SB 3EX",
			URL: "https://georgiarecorder.com/2026/06/23/ballot-qr-code-bill-headed-to-governor-after-georgia-lawmakers-scale-back-hand-counting-requirement/", Checked: gaChecked},
		{ID: "ajc-2020-gwinnett", Kind: News, Title: "Atlanta Journal-Constitution, June 2020 (Gwinnett County runoffs)",
			URL: "https://ajc.com/news/local/gwinnett-county-see-number-august-runoffs/5mtNisqozuMvPRxFfw9tXM", Checked: gaChecked},
		{ID: "spalding-2019", Kind: News, Title: "Spalding County election supervisor on the Griffin mayoral recount (November 2019)",
			URL: "https://spalding365.rssing.com/chan-53626144/article465.html", Checked: gaChecked},
		{ID: "ajc-2020-cost", Kind: News, Title: "Atlanta Journal-Constitution, November 2020 (who pays for the recount)", Checked: gaChecked},
		{ID: "news-2020-recount", Kind: News, Title: "News coverage of Georgia's 2020 presidential recount (November–December 2020)", Checked: gaChecked},
		{ID: "mdj-2017", Kind: News, Title: "Marietta Daily Journal, December 2017 (Mary Norwood on the recount)", Checked: gaChecked},
		{ID: "ajc-2019-pilot", Kind: News, Title: "AJC and AP, November 2019 (six counties pilot paper ballots)", Checked: gaChecked},
		{ID: "cnn-2009", Kind: News, Title: "CNN Political Ticker, 2009-12-08 and 2009-12-09", Checked: gaChecked},
		{ID: "ap-2017", Kind: News, Title: "Associated Press, 2017-12-11 to 2017-12-21", Checked: gaChecked},
		{ID: "ga-sos-2020-recount", Kind: OfficialResults, Title: "Georgia Secretary of State, 2020 presidential recount results (2020-12-07)",
			URL: "https://github.com/openelections/openelections-sources-ga/blob/master/2020/export-2020NovGenRec.json", Checked: gaChecked},
		{ID: "wchm-2018", Kind: News, Title: "WCHM, 2018-12-17 (State House District 28 recount)",
			URL: "http://www.wchmradio.com/news/house-district-recount-to-take-place-tomorrow", Checked: gaChecked},
	},
	Past: []PastRecount{
		{Race: "atlanta-2009-runoff", Election: 20091201, Requested: 20091208, Started: 20091209, Finished: 20091209,
			Before: 715, After: 714, Cite: []Cite{cite("cnn-2009", "", Reported)}},
		{Race: "atlanta-2017-runoff", Election: 20171205, Started: 20171214, Finished: 20171216,
			Before: 832, After: 821, Cite: []Cite{cite("ap-2017", "", Reported)}},
		{Race: "ga-2018-hd28-special-rep-primary", Election: 20181204, Requested: 20181217, Started: 20181218, Finished: 20181218,
			Before: 2, After: 2, Cite: []Cite{cite("wchm-2018", "", Reported)}},
		{Race: "georgia-2020-president", Election: 20201103, Requested: 20201121, Started: 20201124, Finished: 20201202,
			Before: 12670, After: 11779, Cite: []Cite{cite("news-2020-recount", "", Reported), cite("ga-sos-2020-recount", "", Verified)}},
	},
}

// gaRequest is § 21-2-495(c)'s right at a line of share: the losing
// candidate, in writing, measured against the candidate declared elected or
// nominated or the last runoff qualifier, against every vote for the office.
func gaRequest(share Share, cites ...Cite) Route {
	return Route{
		Kind: Requested,
		Tiers: []Tier{{
			Line:   Line{Kind: ShareOfOffice, Share: share},
			Method: Machine,
			Cost:   Cost{Kind: Public, Cite: []Cite{cite("ajc-2020-cost", "", Reported)}},
		}},
		Who:       []Requester{{Kind: LosingCandidate, Cite: cites}},
		InWriting: true,
		Cite:      cites,
	}
}

// gaAutomatic is SB 3EX's automatic hand recount of a race decided by
// 0.5% (strict: "less than"), for the offices one reading gives.
func gaAutomatic(strict bool, offices []Office, cites ...Cite) Route {
	return Route{
		Kind:        Automatic,
		Scope:       Scope{Offices: offices, Area: StatewideArea},
		DecidedOnly: true,
		Tiers: []Tier{{
			// The denominator is not stated in any report read; every vote
			// for the office is assumed, as in § 21-2-495(c).
			Line:   Line{Kind: ShareOfOffice, Share: Percent / 2, Strict: strict},
			Method: Hand,
			Cost:   Cost{Kind: Public, Cite: []Cite{cite("georgia-recorder-2026", "", Reported)}},
		}},
		Finish: &Deadline{N: 17, Unit: CalendarDays, Cite: []Cite{cite("fox5-2026-sb3ex", "", Reported)}},
		Cite:   cites,
	}
}

// gaFilings: a federal or state office voted on in more than one county
// goes to the Secretary of State, who directs the recount in every county;
// all other cases to the superintendent. Two business days after
// certification.
var gaFilings = []Filing{
	{
		Scope: Scope{Offices: append(append([]Office{}, FederalOffices...), StateOffices...), Area: MultiCounty},
		Receiver: Receiver{ID: "secretary-of-state", Kind: SecretaryOfState, Name: "Secretary of State of Georgia", Directs: true,
			Cite: []Cite{cite("ga-21-2-495c", "(c)", Reported)}},
		Deadline: gaDeadline,
	},
	{
		Receiver: Receiver{ID: "superintendent", Kind: Superintendent,
			Cite: []Cite{cite("ga-21-2-495c", "(c)", Reported), cite("ga-21-2-40-70", "", Verified)}},
		Deadline: gaDeadline,
	},
}

var gaDeadline = Deadline{N: 2, Unit: BusinessDays, From: Certification,
	Cite: []Cite{cite("ga-21-2-495c", "(c)", Reported), cite("fox5-2024", "", Reported)}}

// The eras of Georgia's voting equipment decide what a recount is.
const (
	gaTouchscreens Date = 20020101
	gaPaper        Date = 20200101
	gaPilot        Date = 20191101
)

var gaFacts = []Fact{
	{Kind: "ga-precert-recount", Section: Before, Cite: []Cite{cite("ga-21-2-495a", "(a)", Verified)}},
	{Kind: "ga-superintendent-county", Section: Where, Cite: []Cite{cite("ga-21-2-40-70", "§§ 21-2-40, 21-2-70", Verified)}},
	{Kind: "ga-superintendent-city", Section: Where, Scope: Scope{Offices: []Office{Municipal}},
		Cite: []Cite{cite("ga-21-2-40-70", "§§ 21-2-70.1, 21-2-45(c)", Verified)}},
	{Kind: "ordered-immediately", Section: During, When: Requested, Cite: []Cite{cite("ga-21-2-495c", "(c)", Reported)}},
	{Kind: "ga-era-mixed", Section: During, Until: gaTouchscreens, Cite: []Cite{cite("ceimn-ga-dre", "", Reported)}},
	{Kind: "ga-era-touchscreen", Section: During, From: gaTouchscreens, Until: gaPaper, Cite: []Cite{cite("ceimn-ga-dre", "", Reported)}},
	{Kind: "ga-paper-pilot-2019", Section: During, From: gaPilot, Until: gaPaper, Cite: []Cite{cite("ajc-2019-pilot", "", Reported)}},
	{Kind: "ga-late-ballots", Section: During, From: gaTouchscreens, Until: gaPaper, Cite: []Cite{cite("cnn-2009", "", Reported)}},
	{Kind: "ga-recanvass-memory-cards", Section: During, From: gaTouchscreens, Until: gaPaper, Cite: []Cite{cite("ceimn-ga-dre", "", Reported)}},
	{Kind: "ga-recount-paper-ballots", Section: During, From: gaTouchscreens, Until: gaPaper, Cite: []Cite{cite("ceimn-ga-dre", "", Reported)}},
	{Kind: "ga-norwood-2017", Section: During, From: 20170101, Until: 20180101, Cite: []Cite{cite("mdj-2017", "", Reported)}},
	{Kind: "ga-era-paper", Section: During, From: gaPaper, Cite: []Cite{cite("ga-rule-183-1-15-03", "", Verified)}},
	{Kind: "ga-test-scanners", Section: During, From: gaPaper, When: Requested, Numbers: []int64{75, 25, 3},
		Cite: []Cite{cite("ga-rule-183-1-15-03", "", Verified)}},
	{Kind: "ga-rescan", Section: During, From: gaPaper, When: Requested, Cite: []Cite{cite("ga-rule-183-1-15-03", "", Verified)}},
	{Kind: "ga-hand-count-only-if", Section: During, From: gaPaper, When: Requested, Cite: []Cite{cite("ga-rule-183-1-15-03", "", Verified)}},
	{Kind: "ga-hand-recount-sb3ex", Section: During, From: 20260625, When: Automatic, Cite: []Cite{cite("georgia-recorder-2026", "", Reported)}},
	{Kind: "ga-batches-kept", Section: During, From: gaPaper, Cite: []Cite{cite("news-2020-recount", "", Reported)}},
	{Kind: "ga-no-signature-recheck", Section: During, From: gaPaper, Cite: []Cite{cite("news-2020-recount", "", Reported)}},
	{Kind: "correct-and-recertify", Section: During, Cite: []Cite{cite("ga-21-2-495c", "(c)", Reported)}},
	{Kind: "candidates-watch", Section: Watch, Cite: []Cite{cite("ga-21-2-495a", "(a)", Verified)}},
	{Kind: "party-representatives", Section: Watch, Numbers: []int64{2}, Cite: []Cite{cite("ga-21-2-495a", "(a)", Verified)}},
	{Kind: "public-view", Section: Watch, From: gaPaper, Cite: []Cite{cite("ga-rule-183-1-15-03", "", Verified)}},
	{Kind: "ga-counties-pay", Section: CostTime, When: Requested, Cite: []Cite{cite("ajc-2020-cost", "", Reported)}},
	{Kind: "no-finish-deadline", Section: CostTime, When: Requested, Cite: []Cite{cite("ga-21-2-495c", "(c)", Reported)}},
	{Kind: "ga-sb3ex-reimburse", Section: CostTime, From: 20260625, When: Automatic, Cite: []Cite{cite("georgia-recorder-2026", "", Reported)}},
}

func gaHoliday(key string, kind HolidayKind, m time.Month, day int, wd time.Weekday, nth int) HolidayRule {
	return HolidayRule{Key: key, Kind: kind, Month: m, Day: day, Weekday: wd, Nth: nth, Observed: FridayMonday,
		Cite: []Cite{cite("ga-1-4-1", "(a)", Verified)}}
}

// cite is a Cite literal in one line.
func cite(source, pin string, status Status) Cite {
	return Cite{Source: source, Pin: pin, Status: status}
}

package states

import (
	"time"

	. "github.com/recount-explainer/recount/rules"
)

// Maryland: Md. Code, Election Law §§ 12-101 (a defeated candidate's
// petition, filed within 3 days after certification with the board the
// candidate filed with; none beyond 5% of the two top candidates' votes),
// 12-106 (the local board recounts), 12-107 (who pays: the petitioner,
// unless the margin is 0.25% or less, the outcome changes or the petitioner
// gains 2%), 12-108 (the petitioner picks the method, 2024), and General
// Provisions § 1-111 (legal holidays). Research notes:
// shared/facts/states/MD.md (read 2026-11-22).
//
// Read (self-law.org copy of § 12-101, read 2026-11-22): "A candidate may
// not petition for a recount if the margin of difference between the number
// of votes received by an apparent winner and the losing candidate with the
// highest number of votes for the office is greater than 5% of the total
// votes cast for those candidates." § 12-101(d): "The petition must be
// filed within 3 days after the results of the election have been
// certified."
//
// § 12-107(b)(2)(iii)1, FindLaw copy "current as of January 01, 2025"
// (https://codes.findlaw.com/md/election-law/md-code-elec-law-sect-12-107/,
// read 2026-11-22): "the margin of difference … is 0.25% or less of the
// total votes cast for those candidates". An older crawl of the official
// page (mgaleg.maryland.gov, undated) reads "0.1% or less", as do CEIMN
// (2016) and a 2018 blog that quotes § 12-101 with no 5% bar. The act that
// changed both was not found: two versions, with the change dated between
// the June 26, 2018 primary and January 1, 2025.
func init() { register(&MD) }

const mdChecked Date = 20261122

// MD is Maryland's recount law.
var MD = Jurisdiction{
	Code: "MD", Name: "Maryland", Counties: 24, Checked: mdChecked,
	Versions: []Version{
		{
			ID:      "md-tenth-percent",
			Assumed: 20160426, // CEIMN's review of the code current through Ch. 9, Acts 2016
			Readings: []Reading{{
				ID: "md-tenth-percent",
				Routes: []Route{{
					Kind: Requested,
					Tiers: []Tier{
						{Line: Line{Kind: ShareOfTwo, Share: Percent / 10}, Method: RequesterPicks,
							Cost: Cost{Kind: Public, Cite: []Cite{cite("md-el-12-107-old", "(b)(2)(iii)", Verified)}}},
						{Line: Line{Kind: AnyMargin}, Method: RequesterPicks, Cost: mdBond},
					},
					Who:  []Requester{{Kind: LosingCandidate, Cite: []Cite{cite("md-seventh-state-2018", "§ 12-101(a) as quoted", Reported)}}},
					Cite: []Cite{cite("md-seventh-state-2018", "§ 12-101(a) as quoted", Reported), cite("ceimn-md-2016", "", Reported)},
				}},
				Filings: mdFilings,
			}},
			Facts: mdFacts,
			Cite:  []Cite{cite("md-el-12-107-old", "", Verified), cite("ceimn-md-2016", "", Reported)},
		},
		{
			ID:         "md-quarter-percent",
			From:       20180627,
			FromUnsure: 20250101,
			Readings: []Reading{{
				ID: "md-quarter-percent",
				Routes: []Route{{
					Kind: Requested,
					Tiers: []Tier{
						{Line: Line{Kind: ShareOfTwo, Share: Percent / 4}, Method: RequesterPicks,
							Cost: Cost{Kind: Public, Cite: []Cite{cite("md-el-12-107", "(b)(2)(iii), (c)", Verified)}}},
						// Barred only if "greater than 5%": exactly 5% may ask.
						{Line: Line{Kind: ShareOfTwo, Share: 5 * Percent}, Method: RequesterPicks, Cost: mdBond},
					},
					Who:  []Requester{{Kind: LosingCandidate, Cite: []Cite{cite("md-el-12-101", "(a)(1)", Verified)}}},
					Cite: []Cite{cite("md-el-12-101", "(a)", Verified), cite("md-el-12-107", "(b)", Verified)},
				}},
				Filings: mdFilings,
			}},
			Facts: mdFacts,
			Cite: []Cite{cite("md-el-12-101", "", Verified), cite("md-el-12-107", "", Verified),
				cite("verifiedvoting-md", "", Reported), cite("ballotpedia-md-2023", "", Reported)},
		},
	},
	// Ties are set by the Maryland Constitution, per a 2018 blog; the
	// articles were not read.
	Ties: []TieLaw{
		{Scope: Scope{Offices: []Office{Governor, LtGovernor}, Types: []ElectionType{General, Special}}, Kind: Legislature,
			Cite: []Cite{cite("md-seventh-state-ties", "Md. Const. art. II, § 4", Reported)}},
		{Scope: Scope{Offices: []Office{County, Judicial}, Types: []ElectionType{General, Special}}, Kind: NewElection,
			Cite: []Cite{cite("md-seventh-state-ties", "Md. Const. art. XVII, § 8", Reported)}},
	},
	// § 1-111(b): "a legal holiday shall be observed on: (1) the date
	// specified … or (2) if that date falls on a Sunday, on the next Monday
	// after that date." So every holiday on a Sunday is kept the Monday
	// after (SundayMonday), and one on a Saturday stays there (the section
	// names no Saturday). Good Friday, the day after Thanksgiving and
	// election day never fall on a Sunday. Maryland's request deadline is
	// in calendar days and does not move, so no count of it skips a
	// holiday.
	Holidays: Holidays{
		Rules: []HolidayRule{
			mdHoliday("new-year", FixedDate, time.January, 1, 0, 0),
			mdHoliday("mlk", NthWeekday, time.January, 0, time.Monday, 3), // the day Congress designates
			mdHoliday("lincoln", FixedDate, time.February, 12, 0, 0),
			mdHoliday("washington", NthWeekday, time.February, 0, time.Monday, 3),
			mdHoliday("md-maryland-day", FixedDate, time.March, 25, 0, 0),
			{Key: "good-friday", Kind: EasterOffset, Days: -2, Cite: []Cite{cite("md-gp-1-111", "(a)(6)", Verified)}},
			mdHoliday("memorial", NthWeekday, time.May, 0, time.Monday, -1), // the day Congress designates
			// Juneteenth is in today's text, not in the older copy; the
			// year it was added was not read (assumed 2022).
			{Key: "juneteenth", Kind: FixedDate, Month: time.June, Day: 19, From: 2022, Observed: SundayMonday,
				Cite: []Cite{cite("md-gp-1-111", "(a)(8)", Verified), cite("md-art1-27-old", "", Reported)}},
			mdHoliday("independence", FixedDate, time.July, 4, 0, 0),
			mdHoliday("labor", NthWeekday, time.September, 0, time.Monday, 1),
			mdHoliday("md-defenders-day", FixedDate, time.September, 12, 0, 0),
			mdHoliday("columbus", NthWeekday, time.October, 0, time.Monday, 2), // the day Congress designates
			mdHoliday("veterans", FixedDate, time.November, 11, 0, 0),
			mdHoliday("thanksgiving", NthWeekday, time.November, 0, time.Thursday, 4),
			{Key: "md-american-indian-heritage-day", Kind: DaysAfter, After: "thanksgiving", Days: 1, From: 2008,
				Cite: []Cite{cite("md-gp-1-111", "(a)(15)", Verified), cite("md-hb83-2008", "", Reported)}},
			mdHoliday("christmas", FixedDate, time.December, 25, 0, 0),
			{Key: "election-day", Kind: GeneralElection, EveryYears: 2, Cite: []Cite{cite("md-gp-1-111", "(a)(17)", Verified)}},
		},
		Cite: []Cite{cite("md-gp-1-111", "", Verified)},
	},
	Sources: []Source{
		{ID: "md-el-12-101", Kind: Statute, Title: "Md. Code, Elec. Law § 12-101",
			URL: "https://self-law.org/code/md/election-law/12-101", Checked: mdChecked},
		{ID: "md-el-12-103", Kind: Statute, Title: "Md. Code, Elec. Law § 12-103",
			URL: "https://self-law.org/code/md/election-law/12-103", Checked: mdChecked},
		{ID: "md-el-12-106", Kind: Statute, Title: "Md. Code, Elec. Law § 12-106",
			URL: "https://law.justia.com/codes/maryland/2005/gel/12-106.html", Checked: mdChecked},
		{ID: "md-el-12-107", Kind: Statute, Title: "Md. Code, Elec. Law § 12-107",
			URL: "https://codes.findlaw.com/md/election-law/md-code-elec-law-sect-12-107/", Checked: mdChecked},
		{ID: "md-el-12-107-old", Kind: Statute, Title: "Md. Code, Elec. Law § 12-107 (older text on the General Assembly's site, undated)",
			URL: "https://www.mgaleg.maryland.gov/mgawebsite/Laws/StatuteText?article=gel&section=12-107&enactments=false", Checked: mdChecked},
		{ID: "md-el-12-108", Kind: Statute, Title: "Md. Code, Elec. Law § 12-108",
			URL: "https://codes.findlaw.com/md/election-law/md-code-elec-law-sect-12-108/", Checked: mdChecked},
		{ID: "md-hb371-2024", Kind: SessionLaw, Title: "Md. HB 371 / SB 115 (2024), Election Law – Recounts – Procedures",
			URL: "https://app.legiplex.com/lpx/bill/418434", Checked: mdChecked},
		{ID: "md-gp-1-111", Kind: Statute, Title: "Md. Code, Gen. Prov. § 1-111",
			URL: "https://self-law.org/code/md/general-provisions/1-111", Checked: mdChecked},
		{ID: "md-art1-27-old", Kind: Statute, Title: "Md. Code, Art. 1, § 27 (older text, before 2008)",
			URL: "http://arkansas.statelawyers.com/Statutes/Index.cfm/StateID:20/ID:29420", Checked: mdChecked},
		{ID: "md-hb83-2008", Kind: SessionLaw, Title: "Md. House Bill 83 (2008), American Indian Heritage Day",
			URL: "https://docslib.org/doc/10963831/hb0083-2-house-bill-83", Checked: mdChecked},
		{ID: "md-comar-33-12", Kind: Regulation, Title: "COMAR 33.12 (recount regulations)", Checked: mdChecked},
		{ID: "md-seventh-state-2018", Kind: News, Title: "The Seventh State (Adam Pagnucco), on Maryland's recount procedure (2018)",
			URL: "http://theseventhstate.com/?tag=recounts", Checked: mdChecked},
		{ID: "md-seventh-state-ties", Kind: News, Title: "The Seventh State, on tied elections in Maryland (June 25, 2018)",
			URL: "https://theseventhstate.com/?tag=tie-elections", Checked: mdChecked},
		{ID: "ceimn-md-2016", Kind: Summary, Title: "Citizens for Election Integrity Minnesota, Maryland recount laws (April 25, 2016)",
			URL: "http://ceimn.org/ceimn-state-recount-laws-searchable-database/states/Maryland", Checked: mdChecked},
		{ID: "verifiedvoting-md", Kind: Summary, Title: "Verified Voting, Maryland recount law",
			URL: "https://verifiedvoting.org/?p=13670", Checked: mdChecked},
		{ID: "ballotpedia-md-2023", Kind: Summary, Title: "Ballotpedia, Recount laws in Maryland (c. 2023, mirror)",
			URL: "http://www.olesavior.org/recount_laws_in_maryland.html", Checked: mdChecked},
	},
}

// mdBond: past the free line the petitioner pays, and the petitioner's
// bond is liable for the cost (§ 12-107(b)(1)).
var mdBond = Cost{Kind: RequesterPays, Cite: []Cite{cite("md-el-12-107", "(b)(1)", Verified)}}

// mdFilings: "The petition shall be filed with the board with which the
// candidate's certificate of candidacy was filed" (§ 12-101(c)): the State
// Board or a local board. Which offices file where (§ 5-302) was not read.
var mdFilings = []Filing{{
	Receiver: Receiver{ID: "filing-officer", Kind: FilingOfficer,
		Name: "the board of elections the candidate filed with (the State Board of Elections or a local board of elections)",
		Cite: []Cite{cite("md-el-12-101", "(c)", Verified)}},
	Deadline: Deadline{N: 3, Unit: CalendarDays, From: Certification, Cite: []Cite{cite("md-el-12-101", "(d)", Verified)}},
}}

var mdFacts = []Fact{
	{Kind: "md-boards-notify", Section: Where, When: Requested, Cite: []Cite{cite("md-el-12-101", "(e)", Verified)}},
	{Kind: "md-top-two-margin", Section: Where, When: Requested, Cite: []Cite{cite("md-el-12-101", "(a)(2)", Verified), cite("md-el-12-107", "(b)(2)(iii)", Verified)}},
	{Kind: "precincts-chosen", Section: During, When: Requested, Cite: []Cite{cite("md-el-12-101", "(b)", Verified)}},
	{Kind: "board-conducts", Section: During, When: Requested, Cite: []Cite{cite("md-el-12-106", "(a)", Verified)}},
	// § 12-108(b)(1) (2024): "the petitioner shall select the method for
	// conducting the recount." Before, a regulation let the initiator choose.
	{Kind: "md-method-choice", Section: During, From: 20240425, When: Requested,
		Cite: []Cite{cite("md-el-12-108", "(b)", Verified), cite("md-hb371-2024", "", Reported)}},
	{Kind: "md-method-choice-comar", Section: During, Until: 20240425, When: Requested,
		Cite: []Cite{cite("ceimn-md-2016", "COMAR 33.12.05.02", Reported)}},
	{Kind: "public-view", Section: Watch, Cite: []Cite{cite("md-comar-33-12", "33.12.03.02", Reported)}},
	{Kind: "bond", Section: CostTime, When: Requested, Cite: []Cite{cite("md-el-12-107", "(b)(1)", Verified)}},
	{Kind: "md-free-if-changed", Section: CostTime, When: Requested, Numbers: []int64{2},
		Cite: []Cite{cite("md-el-12-107", "(b)(2)(i)–(ii), (c)", Verified)}},
	{Kind: "no-finish-deadline", Section: CostTime, Cite: []Cite{cite("verifiedvoting-md", "", Reported)}},
	{Kind: "md-tie-general-assembly", Section: AfterNote, Scope: Scope{Offices: LegislativeOffices},
		Cite: []Cite{cite("md-seventh-state-ties", "Md. Const. art. III, § 13", Reported)}},
	{Kind: "questions-differ", Section: AfterNote, Cite: []Cite{cite("md-el-12-103", "", Verified)}},
}

// mdHoliday is a holiday of § 1-111(a), kept the Monday after when it falls
// on a Sunday (§ 1-111(b)).
func mdHoliday(key string, kind HolidayKind, m time.Month, day int, wd time.Weekday, nth int) HolidayRule {
	return HolidayRule{Key: key, Kind: kind, Month: m, Day: day, Weekday: wd, Nth: nth, Observed: SundayMonday,
		Cite: []Cite{cite("md-gp-1-111", "(a)", Verified)}}
}

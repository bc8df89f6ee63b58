package states

import (
	"time"

	. "github.com/recount-explainer/recount/rules"
)

// New Jersey: N.J.S.A. 19:28-1 (a candidate who has reason to believe the
// count is wrong applies to a Superior Court judge, at any margin),
// 19:28-3 (the judge orders a public recount by the county board), 19:28-4
// (a new certificate; a further deposit of up to $25 a district), 36:1-1
// and 11A:6-24.1 (holidays). Facts and their evidence:
// shared/facts/states/NJ.md (read 2026-11-22).
//
// The deadline in 19:28-1 changed, on a date not found. Earlier it read
// "within a period of 17 days following such election" (the statute as
// quoted by Save Jersey in November 2021, after that month's election;
// Verified Voting; Ballotpedia's 2023 copy: all secondary). The law in
// force when Assembly Bill 4100 was introduced on April 4, 2024 already
// read "within a period of 3 days after the certification of the results of
// the election": the bill (LegiScan's copy of the text as introduced, read
// 2026-11-23) prints 19:28-1 with its changes marked, and New Jersey bills
// put deleted matter in [brackets], which LegiScan's plain text keeps (its
// copy of A5175 of 2023 reads "at least [70] 81 days"); A4100's 19:28-1 a.
// has no bracket, so it did not strike a 17-day period: the 3 days were
// already the law (its own change is the 10-vote recount it adds). A4100
// itself never moved: LegiScan's status is "(Introduced) 2024-04-04 -
// Introduced, Referred to Assembly State and Local Government Committee",
// with no amendment on file. The act that made the change was not read
// (P.L.2023, c.124, approved July 20, 2023, moved other post-election
// deadlines to the certification, e.g. 19:53B-21, but its text for
// 19:28-1 was not reached), so the 3-day version starts unsure: an
// election from November 3, 2021 to April 3, 2024 shows both.
func init() { register(&NJ) }

const njChecked Date = 20261122

// NJ is New Jersey's recount law.
var NJ = Jurisdiction{
	Code: "NJ", Name: "New Jersey", Counties: 21, Checked: njChecked,
	Versions: []Version{
		{
			ID: "nj-17-days",
			Readings: []Reading{{
				ID:     "nj-17-days",
				Routes: []Route{njRequest},
				Filings: []Filing{{Receiver: njCourt, Deadline: Deadline{N: 17, Unit: CalendarDays, From: ElectionDay,
					Cite: []Cite{cite("savejersey-2021", "19:28-1", Reported), cite("vv-nj", "", Reported), cite("ballotpedia-nj-2023", "", Reported)}}}},
			}},
			Facts: njFacts,
			Cite:  []Cite{cite("nj-19-28-3", "", Verified), cite("savejersey-2021", "19:28-1", Reported)},
		},
		{
			// "the candidate may, within a period of 3 days after the
			// certification of the results of the election, apply to a judge
			// of the Superior Court" (19:28-1 a. as A4100 prints it, no
			// bracket: the law in force on April 4, 2024). From the day after
			// the November 2021 election, the last the 17 days are quoted
			// for; certain from A4100's introduction. Reported, not
			// verified: the statute itself was not read, and that the words
			// were already law is inferred from a plain-text copy of a bill
			// (deleted words are bracketed there; underlining is lost).
			ID:         "nj-3-days-after-certification",
			From:       20211103,
			FromUnsure: 20240404,
			Readings: []Reading{{
				ID:     "nj-3-days-after-certification",
				Routes: []Route{njRequest},
				Filings: []Filing{{Receiver: njCourt, Deadline: Deadline{N: 3, Unit: CalendarDays, From: Certification,
					Cite: []Cite{cite("nj-a4100", "§ 1 (19:28-1 a.)", Reported), cite("ballotpedia-nj", "", Reported)}}}},
			}},
			Facts: njFacts,
			Cite:  []Cite{cite("nj-a4100", "§ 1 (19:28-1 a.)", Reported), cite("nj-19-28-3", "", Verified)},
		},
	},
	// 19:28-4's last paragraph ("In case of a tie vote as a result of a
	// recount the judge conducting the recount shall …") was cut off.
	Ties: []TieLaw{{Kind: TieUnknown, Cite: []Cite{cite("nj-19-28-4", "last paragraph", NotFound)}}},
	Holidays: Holidays{
		// 36:1-1 was seen only in part; 11A:6-24.1 lists the paid holidays of
		// State employees (cut off after Thanksgiving): Good Friday and
		// Juneteenth on the third Friday in June among them; general election
		// day from a summary. No New Jersey recount deadline counts business
		// days.
		Rules: []HolidayRule{
			njHoliday("new-year", FixedDate, time.January, 1, 0, 0),
			njHoliday("mlk", NthWeekday, time.January, 0, time.Monday, 3),
			njHoliday("washington", NthWeekday, time.February, 0, time.Monday, 3),
			{Key: "good-friday", Kind: EasterOffset, Days: -2, Cite: []Cite{cite("nj-11a-6-24-1", "a.(4)", Reported)}},
			njHoliday("memorial", NthWeekday, time.May, 0, time.Monday, -1),
			{Key: "juneteenth", Kind: NthWeekday, Month: time.June, Weekday: time.Friday, Nth: 3, From: 2021,
				Cite: []Cite{cite("nj-11a-6-24-1", "a.(6)", Reported)}},
			njHoliday("independence", FixedDate, time.July, 4, 0, 0),
			njHoliday("labor", NthWeekday, time.September, 0, time.Monday, 1),
			njHoliday("columbus", NthWeekday, time.October, 0, time.Monday, 2),
			{Key: "election-day", Kind: GeneralElection, EveryYears: 1, Cite: []Cite{cite("legalclarity-nj", "", Reported)}},
			njHoliday("veterans", FixedDate, time.November, 11, 0, 0),
			njHoliday("thanksgiving", NthWeekday, time.November, 0, time.Thursday, 4),
			njHoliday("christmas", FixedDate, time.December, 25, 0, 0),
		},
		Cite: []Cite{cite("nj-11a-6-24-1", "", Reported), cite("nj-36-1-1", "", Reported), cite("legalclarity-nj", "", Reported)},
	},
	Sources: []Source{
		{ID: "nj-a4100", Kind: SessionLaw, Title: "N.J. Assembly Bill 4100 (2024), as introduced April 4, 2024 (referred to committee; no later action on file), printing N.J.S.A. 19:28-1 with its changes marked",
			URL: "https://legiscan.com/NJ/text/A4100/2024", Checked: 20261123},
		{ID: "savejersey-2021", Kind: News, Title: "Save Jersey, “Here is New Jersey's election recount law” (November 2021, quoting N.J.S.A. 19:28-1)",
			URL: "https://savejersey.com/2021/11/here-is-new-jerseys-election-recount-law/", Checked: njChecked},
		{ID: "nj-19-28-3", Kind: Statute, Title: "N.J.S.A. 19:28-3",
			URL: "https://ebench-dev.greeninfo.org/state/new-jersey/statute/19:28-3", Checked: njChecked},
		{ID: "nj-19-28-4", Kind: Statute, Title: "N.J.S.A. 19:28-4",
			URL: "https://self-law.org/code/nj/title-19/chapter-28/19-28-4", Checked: njChecked},
		{ID: "nj-36-1-1", Kind: Statute, Title: "N.J.S.A. 36:1-1 (in part)",
			URL: "https://lawserver.com/?p=29511937", Checked: njChecked},
		{ID: "nj-11a-6-24-1", Kind: Statute, Title: "N.J.S.A. 11A:6-24.1 (in part)",
			URL: "https://law.counselstack.com/statute/nj/11A/11A%3A6-24.1", Checked: njChecked},
		{ID: "legalclarity-nj", Kind: Summary, Title: "LegalClarity, “State Holidays in NJ”",
			URL: "https://legalclarity.org/state-holidays-in-nj-official-calendar-and-office-closures", Checked: njChecked},
		{ID: "vv-nj", Kind: Summary, Title: "Verified Voting, New Jersey recount law",
			URL: "https://verifiedvoting.org/?p=13659", Checked: njChecked},
		{ID: "ballotpedia-nj", Kind: Summary, Title: "Ballotpedia, Recount laws in New Jersey (current page, as the research notes read it)",
			URL: "https://www.ballotpedia.org/Recount_laws_in_New_Jersey", Checked: njChecked},
		{ID: "ballotpedia-nj-2023", Kind: Summary, Title: "Ballotpedia, Recount laws in New Jersey (a 2023 copy)",
			URL: "http://www.olesavior.org/recount_laws_in_new_jersey.html", Checked: njChecked},
		{ID: "ceimn-nj", Kind: Summary, Title: "Citizens for Election Integrity Minnesota, New Jersey recount laws (2015)",
			URL: "http://ceimn.org/ceimn-state-recount-laws-searchable-database/states/New%20Jersey", Checked: njChecked},
		{ID: "nj-fernandez", Kind: Opinion, Title: "In re Fernandez (N.J. App. Div.), as summarized by Sullivan & Simon",
			URL: "https://sullivansimon.com/in-re-fernandez/", Checked: njChecked},
		{ID: "nj-s3202", Kind: Summary, Title: "N.J. Senate Bill 3202 (introduced 2026-01-28), a recount within 10 votes",
			URL: "https://www.billtrack50.com/billdetail/1932013", Checked: njChecked},
	},
}

// njRequest is 19:28-1's application: "When any candidate at any election
// shall have reason to believe that an error has been made in counting the
// votes of that election, the candidate may … apply to a judge of the
// Superior Court" (as quoted by Save Jersey, 2021). No margin is needed;
// the judge decides whether to order it (a Fact). The deposit per district
// is set by the judge and refunded when the recount changes the outcome or
// moves a district's result by 10 percent or 10 votes (Ballotpedia).
var njRequest = Route{
	Kind: Requested,
	Tiers: []Tier{{Line: Line{Kind: AnyMargin},
		Cost: Cost{Kind: Deposit, Refunded: true, Cite: []Cite{cite("ballotpedia-nj-2023", "", Reported), cite("savejersey-2021", "", Reported)}}}},
	Who:  []Requester{{Kind: AnyCandidate, Cite: []Cite{cite("savejersey-2021", "19:28-1", Reported)}}},
	Cite: []Cite{cite("savejersey-2021", "19:28-1", Reported), cite("vv-nj", "", Reported), cite("nj-19-28-3", "", Verified)},
}

var njCourt = Receiver{ID: "nj-superior-court", Kind: Court, Name: "Superior Court of New Jersey (a judge assigned to the county)",
	Cite: []Cite{cite("savejersey-2021", "19:28-1", Reported), cite("ceimn-nj", "", Reported)}}

var njFacts = []Fact{
	{Kind: "nj-judge-decides", Section: Before, When: Requested, Cite: []Cite{cite("nj-fernandez", "", Reported)}},
	// "Such judge shall be authorized to order upon such terms as he deems
	// proper a recount of the votes as he may determine, to be publicly
	// made under his direction by the county board." (19:28-3, ebench copy,
	// amended 1953, read 2026-11-22)
	{Kind: "nj-county-board-under-judge", Section: During, Cite: []Cite{cite("nj-19-28-3", "", Verified)}},
	{Kind: "precincts-chosen", Section: During, Cite: []Cite{cite("ceimn-nj", "", Reported), cite("vv-nj", "", Reported)}},
	{Kind: "nj-method", Section: During, Cite: []Cite{cite("vv-nj", "19:53A-8, 19:53A-14", Reported)}},
	{Kind: "public-view", Section: Watch, Cite: []Cite{cite("nj-19-28-3", "", Verified)}},
	{Kind: "nj-deposit-refund", Section: CostTime, When: Requested, Numbers: []int64{10, 10},
		Cite: []Cite{cite("ballotpedia-nj-2023", "", Reported), cite("savejersey-2021", "", Reported)}},
	// "not exceeding twenty-five dollars ($25.00) per district" (19:28-4).
	{Kind: "nj-further-deposit", Section: CostTime, When: Requested, Numbers: []int64{25}, Cite: []Cite{cite("nj-19-28-4", "", Verified)}},
	{Kind: "no-finish-deadline", Section: CostTime, Cite: []Cite{cite("vv-nj", "", Reported), cite("ballotpedia-nj-2023", "", Reported)}},
	{Kind: "nj-new-certificate", Section: AfterNote, Cite: []Cite{cite("nj-19-28-4", "", Verified)}},
	{Kind: "contest-route", Section: AfterNote, Cite: []Cite{cite("vv-nj", "", Reported)}},
	{Kind: "nj-bills-10-votes", Section: AfterNote, From: 20240101, Scope: Scope{Offices: []Office{County, Municipal}},
		Cite: []Cite{cite("nj-a4100", "", Reported), cite("nj-s3202", "", Reported)}},
}

func njHoliday(key string, kind HolidayKind, m time.Month, day int, wd time.Weekday, nth int) HolidayRule {
	return HolidayRule{Key: key, Kind: kind, Month: m, Day: day, Weekday: wd, Nth: nth, Observed: FridayMonday,
		Cite: []Cite{cite("nj-11a-6-24-1", "a.", Reported)}}
}

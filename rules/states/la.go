package states

import (
	"time"

	. "github.com/recount-explainer/recount/rules"
)

// Louisiana: R.S. 18:1313 (and 18:1313.1), the recount of absentee-by-mail
// and early-voting ballots by the parish board of election supervisors, as
// amended by Acts 2014, No. 615 (HB 296); R.S. 18:1452 (costs of a
// court-ordered recount); R.S. 18:511 (majority vote in the primary);
// R.S. 18:483 and 18:410.7 (primary ties); R.S. 1:55 (legal holidays).
// Only mail and early ballots can be recounted, and only when there are
// enough of them to change the outcome: a count this page does not ask for,
// so its answer depends on it. Research notes: shared/facts/states/LA.md
// (2026-11-22).
//
// Read in the statute text on 2026-11-22:
//
//   - Act 615 of 2014, enrolled (legiplex.com), R.S. 18:1313(J)(2)(a)(i):
//     "if the number of absentee by mail and early voting ballots cast for
//     all candidates for an office could make a difference in the outcome";
//     "upon the written request of a candidate for such office, the board
//     shall recount"; "the absentee by
//     mail ballots by hand or scanning equipment and early voting ballots
//     electronically, unless paper ballots were used for early voting".
//     The subsection is now lettered (K)(2) (and 18:1313.1(L)(2)); its
//     deadline (b) and costs (d) were not reached.
//   - R.S. 18:511(A) (getpocketlaw.com copy): "A candidate who receives a
//     majority of the votes cast for an office in a primary election is
//     elected."
//   - R.S. 1:55(A)(1) (legis.la.gov): "The following shall be days of public
//     rest and legal holidays", and the days below.
func init() { register(&LA) }

const laChecked Date = 20261122

// LA is Louisiana's recount law.
var LA = Jurisdiction{
	Code: "LA", Name: "Louisiana", Counties: 64, Checked: laChecked,
	Versions: []Version{{
		ID:      "la-act-615-2014",
		Assumed: 20140801, // Act 615's text (effective August 1, 2014, the session's general date); older text not read
		Readings: []Reading{{
			ID:      "la-act-615-2014",
			Routes:  []Route{laRoute},
			Filings: laFilings,
		}},
		Facts: laFacts,
		Cite:  []Cite{cite("la-act-615-2014", "", Verified), cite("verifiedvoting-la", "", Reported)},
	}},
	Winner: []WinnerLaw{
		// The open primary (and the first party primary) elects or nominates
		// by majority; the general election (or second party primary) that
		// follows is won by the most votes.
		{Scope: Scope{Types: []ElectionType{Primary}}, Rule: Majority,
			Cite: []Cite{cite("la-18-511", "(A)", Verified), cite("la-18-410.7", "(A)-(B)", Verified), cite("la-sos-how-elected", "", Verified)}},
	},
	Ties: []TieLaw{
		// A tie in the primary sends every tied candidate on (R.S. 18:483;
		// 18:410.7(B) for the first party primary).
		{Scope: Scope{Types: []ElectionType{Primary}}, Kind: RunoffTie,
			Cite: []Cite{cite("la-18-483", "", Verified), cite("la-18-410.7", "(B)(2)-(3)", Verified)}},
		// General election ties: the rule was not read.
		{Kind: TieUnknown, Cite: []Cite{cite("la-sos-how-elected", "", NotFound)}},
	},
	Holidays: Holidays{
		// R.S. 1:55(A)(1). No rule moving the recount request's last day off
		// a weekend or holiday was read, so these change no count here.
		Rules: []HolidayRule{
			laHoliday("new-year", FixedDate, time.January, 1, 0, 0),
			laHoliday("la-battle-of-new-orleans", FixedDate, time.January, 8, 0, 0),
			laHoliday("mlk", NthWeekday, time.January, 0, time.Monday, 3),
			laHoliday("washington", NthWeekday, time.February, 0, time.Monday, 3),
			{Key: "la-mardi-gras", Kind: EasterOffset, Days: -47, Cite: []Cite{cite("la-1-55", "(A)(1)", Verified)}},
			{Key: "good-friday", Kind: EasterOffset, Days: -2, Cite: []Cite{cite("la-1-55", "(A)(1)", Verified)}},
			laHoliday("memorial", NthWeekday, time.May, 0, time.Monday, -1),
			laHoliday("independence", FixedDate, time.July, 4, 0, 0),
			laHoliday("la-huey-long", FixedDate, time.August, 30, 0, 0),
			laHoliday("labor", NthWeekday, time.September, 0, time.Monday, 1),
			laHoliday("columbus", NthWeekday, time.October, 0, time.Monday, 2),
			laHoliday("la-all-saints", FixedDate, time.November, 1, 0, 0),
			laHoliday("veterans", FixedDate, time.November, 11, 0, 0),
			laHoliday("thanksgiving", NthWeekday, time.November, 0, time.Thursday, 4),
			laHoliday("christmas", FixedDate, time.December, 25, 0, 0),
			// General election day in even years, for state employees (R.S.
			// 1:55(B), as summarized by FindLaw; not read).
			{Key: "election-day", Kind: GeneralElection, EveryYears: 2, Possible: true,
				Cite: []Cite{cite("findlaw-la-holidays", "", Reported)}},
		},
		Cite: []Cite{cite("la-1-55", "(A)(1)", Verified)},
	},
	Sources: []Source{
		{ID: "la-act-615-2014", Kind: SessionLaw, Title: "La. Acts 2014, No. 615 (HB 296), amending R.S. 18:1313(J)(2)",
			URL: "https://app.legiplex.com/la/legislature/2014/2014-r/bills/hb296/draft-459044?id=459044", Checked: laChecked},
		{ID: "la-18-1313", Kind: Statute, Title: "La. R.S. 18:1313",
			URL: "https://casetext.com/statute/louisiana-revised-statutes/revised-statutes/title-18-louisiana-election-code/chapter-7-absentee-by-mail-and-early-voting/section-181313-tabulation-and-counting-of-absentee-by-mail-and-early-voting-ballots", Checked: laChecked},
		{ID: "la-18-1452", Kind: Statute, Title: "La. R.S. 18:1452 (2018)",
			URL: "https://law.justia.com/codes/louisiana/2018/code-revisedstatutes/title-18/rs-18-1452/index.html", Checked: laChecked},
		{ID: "la-18-511", Kind: Statute, Title: "La. R.S. 18:511",
			URL: "https://getpocketlaw.com/law/state_louisiana/section-511-election-of-candidates-in-a-primary-election_a8aa3f708066", Checked: laChecked},
		{ID: "la-18-483", Kind: Statute, Title: "La. R.S. 18:483",
			URL: "https://theusufruct.com/rs/title-18/section-483.json", Checked: laChecked},
		{ID: "la-18-410.7", Kind: Statute, Title: "La. R.S. 18:410.7 (Acts 2024, 1st Ex. Sess., No. 1)",
			URL: "https://www.legis.la.gov/legis/Law.aspx?d=1341864", Checked: laChecked},
		{ID: "la-1-55", Kind: Statute, Title: "La. R.S. 1:55",
			URL: "https://legis.la.gov/legis/Law.aspx?d=74097", Checked: laChecked},
		{ID: "la-sos-how-elected", Kind: OfficialGuide, Title: "Louisiana Secretary of State, How are candidates elected?",
			URL: "https://www.sos.la.gov/ElectionsAndVoting/GetElectionInformation/HowAreCandidatesElected/Pages/default.aspx", Checked: laChecked},
		{ID: "verifiedvoting-la", Kind: Summary, Title: "Verified Voting, Louisiana recount laws",
			URL: "https://verifiedvoting.org/?p=13681", Checked: laChecked},
		{ID: "ballotpedia-la", Kind: Summary, Title: "Ballotpedia, Recount laws in Louisiana (2024, mirror)",
			URL: "https://lol.lynx.net.ru:443/index.php?q=uggcf%3A%2F%2Fonyybgcrqvn.bet%2FErpbhag_ynjf_va_Ybhvfvnan", Checked: laChecked},
		{ID: "ceimn-la", Kind: Summary, Title: "Citizens for Election Integrity Minnesota, Louisiana recount laws (2018, 2022)", Checked: laChecked},
		{ID: "findlaw-la-holidays", Kind: Summary, Title: "FindLaw, Louisiana legal holidays laws",
			URL: "https://www.findlaw.com/state/louisiana-law/louisiana-legal-holidays-laws.html", Checked: laChecked},
	},
}

// laRoute: a candidate for the office, in writing, if the absentee-by-mail
// and early-voting ballots cast for all candidates "could make a difference
// in the outcome": the margin against a count the page does not ask for.
var laRoute = Route{
	Kind: Requested,
	Tiers: []Tier{{
		Line:   Line{Kind: OtherCount},
		Method: MachineAndHand,
		Cost:   Cost{Kind: RequesterPays, Cite: []Cite{cite("ballotpedia-la", "", Reported), cite("la-act-615-2014", "(J)(2)(d)", NotFound)}},
		Cite:   []Cite{cite("la-act-615-2014", "(J)(2)(a)(i)", Verified)},
	}},
	Who:       []Requester{{Kind: AnyCandidate, Cite: []Cite{cite("la-act-615-2014", "(J)(2)(a)(i)", Verified)}}},
	InWriting: true,
	Cite:      []Cite{cite("la-act-615-2014", "(J)(2)(a)(i)", Verified), cite("la-18-1313", "(K)(2)", Reported)},
}

// laFilings: the parish board of election supervisors, which counts the
// mail and early ballots; by the third day after the election (reported).
var laFilings = []Filing{{
	Receiver: Receiver{ID: "la-parish-board", Kind: CountyBoard, Name: "Parish Board of Election Supervisors",
		Cite: []Cite{cite("la-act-615-2014", "(J)(2)(a)(i)", Verified), cite("la-18-1313", "(B)(1)", Verified)}},
	Deadline: Deadline{N: 3, Unit: CalendarDays, From: ElectionDay,
		Cite: []Cite{cite("verifiedvoting-la", "", Reported), cite("ballotpedia-la", "", Reported), cite("la-18-1313", "(K)(2)(b)", NotFound)}},
}}

var laFacts = []Fact{
	{Kind: "la-open-primary", Section: Before, Cite: []Cite{cite("la-18-511", "(A)", Verified), cite("la-sos-how-elected", "", Verified)}},
	{Kind: "la-machine-reinspection", Section: Before, Cite: []Cite{cite("ceimn-la", "R.S. 18:573(A)(3)", Reported)}},
	{Kind: "contest-route", Section: Before, Cite: []Cite{cite("la-18-1452", "", Verified)}},
	{Kind: "la-enough-mail-ballots", Section: Where, Cite: []Cite{cite("la-act-615-2014", "(J)(2)(a)(i)", Verified)}},
	{Kind: "la-only-mail-and-early", Section: During, Cite: []Cite{cite("la-act-615-2014", "(J)(2)(a)(i)", Verified)}},
	{Kind: "la-how-counted", Section: During, Cite: []Cite{cite("la-act-615-2014", "(J)(2)(a)(i)", Verified)}},
	{Kind: "board-conducts", Section: During, Cite: []Cite{cite("la-18-1313", "(B)(1)", Verified)}},
	{Kind: "la-recount-day", Section: CostTime, Numbers: []int64{5},
		Cite: []Cite{cite("verifiedvoting-la", "", Reported), cite("ballotpedia-la", "", Reported)}},
	{Kind: "requester-pays", Section: CostTime, Cite: []Cite{cite("ballotpedia-la", "", Reported)}},
	{Kind: "la-cost-back-if-changed", Section: CostTime, Cite: []Cite{cite("ballotpedia-la", "", Reported)}},
	{Kind: "la-court-costs", Section: AfterNote, Cite: []Cite{cite("la-18-1452", "", Verified)}},
	{Kind: "la-party-primaries", Section: AfterNote, From: 20250612, Cite: []Cite{cite("la-18-410.7", "", Verified)}},
}

func laHoliday(key string, kind HolidayKind, m time.Month, day int, wd time.Weekday, nth int) HolidayRule {
	return HolidayRule{Key: key, Kind: kind, Month: m, Day: day, Weekday: wd, Nth: nth,
		Cite: []Cite{cite("la-1-55", "(A)(1)", Verified)}}
}

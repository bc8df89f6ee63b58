package states

import (
	"time"

	. "github.com/recount-explainer/recount/rules"
)

// Texas: Election Code title 13: § 212.0241 (no ground, so no margin, for a
// recount of electronic voting system results; only a candidate shown not
// to be nominated or elected), § 212.026 (to whom the petition goes),
// § 212.028 (by when), § 212.001 (in writing, with a deposit), §§ 212.113
// and 215.003 (deposit and costs), §§ 212.005 and 214.042 (the counting
// method), §§ 212.081 and 212.088 (the expedited recount), chapter 216 (the
// automatic recount of a tie), § 1.006 (weekends and holidays), §§ 2.001,
// 2.002, 172.003 and 203.003 (plurality, ties, majorities), and Government
// Code § 662.003 (holidays). Research notes: shared/facts/states/TX.md
// (read 2026-11-22).
//
// § 212.0241 (gavvy copy, Acts 2001, read 2026-11-22): "(a) A ground for
// obtaining an initial recount as prescribed by this subchapter is not
// required to obtain an initial recount of electronic voting system
// results". (b): a candidate "may obtain an initial recount of electronic
// voting system results ... only if the candidate is shown by the election
// returns not to be nominated or elected."
//
// § 212.026 (texas.public.law, accessed June 5, 2024, read 2026-11-22):
// "(c) In an election for which a final canvass is made by a canvassing
// authority at the state level, a recount petition must be submitted to the
// presiding officer of the final canvassing authority." "(e) In a general
// election for governor or lieutenant governor, a recount petition must be
// submitted to the secretary of state."
//
// § 212.028 (codes.lp.findlaw copy, as read by the research): "submitted by
// the later of: (1) 5 p.m. of the fifth day after election day; or (2) 5
// p.m. of the second day after the date the canvassing authority ...
// completes its canvass". Both are counted and the later one stands.
//
// § 1.006(a), as printed in H.B. 303 (89th Leg., 1st C.S., 2025): "If the
// last day for performance of an act is a Saturday, Sunday, or legal state
// or national holiday ... the act is timely if performed on the next
// regular business day, except as otherwise provided by this code."
//
// Hand-counted paper ballots need a ground (§ 212.022, not read); news
// citing the Secretary of State reports a margin under 10% of the winner's
// votes. Texas counts nearly all ballots on electronic voting systems, so
// the route below needs no margin, and a fact gives the paper rule.
//
// Government Code § 662.003(b), as printed in H.B. 463 (2013) and H.B. 596
// (2021): the state holidays are January 19, March 2, April 21, June 19,
// August 27, "the Friday after Thanksgiving Day", "the 24th day of
// December" and "the 26th day of December". Which of them are legal
// holidays (§ 662.021) was not settled: the last three, on which state
// offices close, are possible holidays. The national holidays of
// § 662.003(a) were not read. No rule moves a holiday off a weekend.
func init() { register(&TX) }

const txChecked Date = 20261122

// TX is Texas's recount law.
var TX = Jurisdiction{
	Code: "TX", Name: "Texas", Counties: 254, Checked: txChecked,
	Versions: []Version{{
		ID: "tx-title-13",
		// Chapter 216 and the present § 212.0241 date from Acts 2001, ch.
		// 851 (September 1, 2001); older text not read.
		Assumed: 20010901,
		Readings: []Reading{{
			ID: "tx-title-13",
			Routes: []Route{
				{
					Kind: Automatic,
					Tiers: []Tier{{Line: Line{Kind: TieOnly},
						Cite: []Cite{cite("tx-216-004", "", Verified)}}},
					Cite: []Cite{cite("tx-216-003", "", Verified), cite("tx-216-004", "", Verified)},
				},
				{
					Kind: Requested,
					Tiers: []Tier{{
						Line:   Line{Kind: AnyMargin},
						Method: RequesterPicks,
						Cost: Cost{Kind: Deposit, Refunded: true,
							Cite: []Cite{cite("tx-212-001", "(11)", Verified), cite("tx-215-003", "(a)", Verified)}},
						Cite: []Cite{cite("tx-212-0241", "(a)", Verified)},
					}},
					Who:       []Requester{{Kind: LosingCandidate, Cite: []Cite{cite("tx-212-0241", "(b)", Verified)}}},
					InWriting: true,
					Cite:      []Cite{cite("tx-212-0241", "", Verified), cite("tx-212-001", "(1)", Verified)},
				},
			},
			Filings: append(txFilings(true), txFilings(false)...),
		}},
		Facts: []Fact{
			{Kind: "tx-paper-ballot-ground", Section: Before, When: Requested, Numbers: []int64{10},
				Cite: []Cite{cite("tx-212-022", "not read", NotFound), cite("vimarsana-2021", "", Reported)}},
			{Kind: "tx-no-own-motion", Section: Before, Cite: []Cite{cite("tx-sos-recounts", "", Reported)}},
			{Kind: "tx-winner-may-ask", Section: Before, When: Requested, Cite: []Cite{cite("tx-212-0241", "(b)", Verified)}},
			{Kind: "tx-expedited-recount", Section: Where, When: Requested,
				Cite: []Cite{cite("tx-212-081", "", Verified), cite("tx-212-088", "", Verified)}},
			{Kind: "tx-local-majority", Section: Before, Scope: Scope{Offices: []Office{Municipal, District}},
				Cite: []Cite{cite("texapedia-runoffs", "", Reported)}},
			{Kind: "tx-automatic-same-method", Section: During, When: Automatic, Cite: []Cite{cite("tx-216-004", "", Verified)}},
			{Kind: "tx-method-choice", Section: During, When: Requested, Cite: []Cite{cite("tx-214-042", "(a), (c)", Verified), cite("tx-212-005", "(d)", Verified)}},
			{Kind: "tx-costs-if-unchanged", Section: CostTime, When: Requested,
				Cite: []Cite{cite("tx-215-003", "(a)", Verified), cite("tx-212-113", "", Verified)}},
			{Kind: "tx-deposit-amount-unread", Section: CostTime, When: Requested, Cite: []Cite{cite("tx-212-001", "(11): amounts in subchapter E not read", NotFound)}},
			{Kind: "tx-certificate-delayed", Section: AfterNote, When: Requested, Cite: []Cite{cite("tx-sos-recounts", "", Reported)}},
		},
		Cite: []Cite{cite("tx-212-0241", "", Verified), cite("tx-216-004", "", Verified)},
	}},
	Winner: []WinnerLaw{
		// § 172.003: "a candidate in a primary election must receive a
		// majority of the total number of votes received by all the
		// candidates for the nomination" (as quoted in 2006).
		{Scope: Scope{Types: []ElectionType{Primary}}, Rule: Majority, Cite: []Cite{cite("tx-172-003", "", Reported)}},
		// § 203.003: special elections to fill a vacancy in the Legislature.
		{Scope: Scope{Offices: LegislativeOffices, Types: []ElectionType{Special}}, Rule: Majority, Cite: []Cite{cite("tx-172-003", "§ 203.003", Reported)}},
		// § 2.001: "to be elected to a public office, a candidate must
		// receive more votes than any other candidate for the office".
		{Rule: Plurality, Cite: []Cite{cite("tx-172-003", "§ 2.001", Reported)}},
	},
	Ties: []TieLaw{
		// § 2.002: a tie in a plurality election goes to a second election,
		// after the automatic recount (2001 bill text; current text not
		// read).
		{Scope: Scope{Types: []ElectionType{General, Special}}, Kind: NewElection, Cite: []Cite{cite("tx-2-002", "(a), (i)", Reported)}},
		{Kind: TieUnknown, Cite: []Cite{cite("tx-2-002", "primary ties not read", NotFound)}},
	},
	Holidays: Holidays{
		Rules: []HolidayRule{
			txNational("new-year", FixedDate, time.January, 1, 0, 0),
			txNational("mlk", NthWeekday, time.January, 0, time.Monday, 3),
			txNational("washington", NthWeekday, time.February, 0, time.Monday, 3),
			txNational("memorial", NthWeekday, time.May, 0, time.Monday, -1),
			txNational("independence", FixedDate, time.July, 4, 0, 0),
			txNational("labor", NthWeekday, time.September, 0, time.Monday, 1),
			txNational("veterans", FixedDate, time.November, 11, 0, 0),
			txNational("thanksgiving", NthWeekday, time.November, 0, time.Thursday, 4),
			txNational("christmas", FixedDate, time.December, 25, 0, 0),
			txState("tx-confederate-heroes", time.January, 19),
			txState("tx-texas-independence", time.March, 2),
			txState("tx-san-jacinto", time.April, 21),
			txState("tx-emancipation", time.June, 19),
			txState("tx-lbj", time.August, 27),
			{Key: "day-after-thanksgiving", Kind: DaysAfter, After: "thanksgiving", Days: 1, Possible: true,
				Cite: []Cite{cite("tx-gov-662-003", "(b)(6)", Verified)}},
			{Key: "christmas-eve", Kind: FixedDate, Month: time.December, Day: 24, Possible: true,
				Cite: []Cite{cite("tx-gov-662-003", "(b)(7)", Verified)}},
			{Key: "tx-day-after-christmas", Kind: FixedDate, Month: time.December, Day: 26, Possible: true,
				Cite: []Cite{cite("tx-gov-662-003", "(b)(8)", Verified)}},
		},
		Cite: []Cite{cite("tx-1-006", "(a)", Verified), cite("tx-gov-662-003", "(b)", Verified), cite("tx-gov-662-003", "(a) not read", NotFound)},
	},
	Sources: []Source{
		{ID: "tx-212-0241", Kind: Statute, Title: "Tex. Elec. Code § 212.0241",
			URL: "https://gavvy.com/details/2120241-no-ground-required-for-electronic-voting-system-recount", Checked: txChecked},
		{ID: "tx-212-026", Kind: Statute, Title: "Tex. Elec. Code § 212.026",
			URL: "https://texas.public.law/statutes/tex._election_code_section_212.026", Checked: txChecked},
		{ID: "tx-212-028", Kind: Statute, Title: "Tex. Elec. Code § 212.028",
			URL: "http://codes.lp.findlaw.com/txstatutes/EL/13/212/B/212.028", Checked: txChecked},
		{ID: "tx-212-001", Kind: Statute, Title: "Tex. Elec. Code § 212.001",
			URL: "http://statutes.laws-info.com/texas/election-code/title-13-recounts/chapter-212-requesting-recount", Checked: txChecked},
		{ID: "tx-212-005", Kind: Statute, Title: "Tex. Elec. Code § 212.005",
			URL: "https://lexace.ai/us/statute/texas/212.005", Checked: txChecked},
		{ID: "tx-212-022", Kind: Statute, Title: "Tex. Elec. Code § 212.022", Checked: txChecked},
		{ID: "tx-212-081", Kind: Statute, Title: "Tex. Elec. Code § 212.081",
			URL: "https://instalawyer.io/laws/texas-statutes/section-212081-applicability-of-subchapter", Checked: txChecked},
		{ID: "tx-212-088", Kind: Statute, Title: "Tex. Elec. Code § 212.088",
			URL: "https://casetext.com/statute/texas-codes/election-code/title-13-recounts/chapter-212-requesting-recount/subchapter-d-expedited-recount/section-212088-deadline-on-saturday-sunday-or-holiday", Checked: txChecked},
		{ID: "tx-212-113", Kind: Statute, Title: "Tex. Elec. Code § 212.113",
			URL: "https://law.onecle.com/texas/election/212.113.html", Checked: txChecked},
		{ID: "tx-214-042", Kind: Statute, Title: "Tex. Elec. Code § 214.042",
			URL: "https://lexace.ai/us/statute/texas/214.042", Checked: txChecked},
		{ID: "tx-215-003", Kind: Statute, Title: "Tex. Elec. Code § 215.003",
			URL: "https://lexace.ai/us/statute/texas/215.003", Checked: txChecked},
		{ID: "tx-216-003", Kind: Statute, Title: "Tex. Elec. Code § 216.003",
			URL: "http://law.onecle.com/texas/election/216.003.html", Checked: txChecked},
		{ID: "tx-216-004", Kind: Statute, Title: "Tex. Elec. Code § 216.004",
			URL: "https://ebench-dev.greeninfo.org/state/texas/statute/216.004", Checked: txChecked},
		{ID: "tx-1-006", Kind: Statute, Title: "Tex. Elec. Code § 1.006 (as printed in H.B. 303, 89th Leg., 1st C.S.)",
			URL: "https://capitol.texas.gov/tlodocs/891/billtext/html/HB00303I.htm", Checked: txChecked},
		{ID: "tx-2-002", Kind: SessionLaw, Title: "Tex. H.B. 1599 (2001), House amendments adding Elec. Code § 2.002(i)",
			URL: "https://capitol.texas.gov/tlodocs/77R/amendments/html/HB01599H21.HTM", Checked: txChecked},
		{ID: "tx-172-003", Kind: News, Title: "Off the Kuff, “Why it only takes a plurality” (April 3, 2006), quoting Tex. Elec. Code §§ 2.001, 172.003 and 203.003",
			URL: "http://www.offthekuff.com/mt/archives/007094.html", Checked: txChecked},
		{ID: "tx-gov-662-003", Kind: Statute, Title: "Tex. Gov't Code § 662.003 (subsection (b) as printed in H.B. 463, 2013, and H.B. 596, 2021)",
			URL: "https://legiscan.com/TX/text/HB596/2021", Checked: txChecked},
		{ID: "tx-sos-recounts", Kind: OfficialGuide, Title: "Texas Secretary of State, “Procedures to Request and Conduct a Recount”",
			URL: "https://www.sos.state.tx.us/elections/laws/recounts.shtml", Checked: txChecked},
		{ID: "vimarsana-2021", Kind: News, Title: "“What a potential election recount would look like at Pflugerville ISD” (May 2021), citing the Texas Secretary of State",
			URL: "https://vimarsana.com/article/what-a-potential-election-recount-would-look-like-at-pflugerville-isd-202105077423083", Checked: txChecked},
		{ID: "texapedia-runoffs", Kind: Summary, Title: "Texapedia, “Runoff elections in Texas”",
			URL: "https://texapedia.info/elections/runoff-elections-in-texas/", Checked: txChecked},
	},
}

// txDeadline is § 212.028(a): the later of 5 p.m. of the second day after
// the canvass the petition's receiver completes ((a)(2)) and 5 p.m. of the
// fifth day after election day ((a)(1)); a weekend or holiday moves either
// to the next business day (§ 1.006).
func txDeadline(from Event) Deadline {
	return Deadline{N: 2, Unit: CalendarDays, From: from, At: 17 * 60, Rolls: true,
		OrLater: &Deadline{N: 5, Unit: CalendarDays, From: ElectionDay, At: 17 * 60, Rolls: true,
			Cite: []Cite{cite("tx-212-028", "(a)(1)", Verified), cite("tx-1-006", "(a)", Verified)}},
		Cite: []Cite{cite("tx-212-028", "(a)(2)", Verified), cite("tx-1-006", "(a)", Verified)}}
}

// txFilings: the governor's and lieutenant governor's general election to
// the Secretary of State; federal, state and multi-county judicial offices
// to the presiding officer of the final canvass at the state level; county
// offices and other local races to the presiding officer of the local
// canvass. In a primary, a race of more than two candidates takes the
// expedited recount, whose deadlines were not read: no deadline is counted
// there (the primary filings come first).
func txFilings(primary bool) []Filing {
	scope := func(s Scope) Scope {
		if primary {
			s.Types = []ElectionType{Primary}
		}
		return s
	}
	deadline := func(from Event) Deadline {
		if primary {
			return Deadline{}
		}
		return txDeadline(from)
	}
	state := append(append([]Office{}, FederalOffices...), Governor, LtGovernor, Statewide, StateSenate, StateHouse, State)
	var out []Filing
	if !primary {
		out = append(out, Filing{
			Scope: Scope{Offices: []Office{Governor, LtGovernor}, Types: []ElectionType{General}},
			Receiver: Receiver{ID: "secretary-of-state", Kind: SecretaryOfState, Name: "Texas Secretary of State",
				Cite: []Cite{cite("tx-212-026", "(e)", Verified)}},
			Deadline: txDeadline(StateCanvass),
		})
	}
	return append(out,
		Filing{Scope: scope(Scope{Offices: state}), Receiver: txStateCanvass, Deadline: deadline(StateCanvass)},
		Filing{Scope: scope(Scope{Offices: []Office{Judicial}, Area: MultiCounty}), Receiver: txStateCanvass, Deadline: deadline(StateCanvass)},
		Filing{Scope: scope(Scope{Offices: []Office{County}}), Receiver: txCountyCanvass, Deadline: deadline(Canvass)},
		Filing{Scope: scope(Scope{}), Receiver: txLocalCanvass, Deadline: deadline(Canvass)},
	)
}

var (
	txStateCanvass = Receiver{ID: "tx-state-canvass-presiding-officer", Kind: StateBoard,
		Name: "presiding officer of the final canvassing authority at the state level (the recount coordinator)",
		Cite: []Cite{cite("tx-212-026", "(c)", Verified)}}
	txCountyCanvass = Receiver{ID: "tx-county-canvass-presiding-officer", Kind: CountyOfficial,
		Name: "presiding officer of the county's canvassing authority (the recount coordinator)",
		Cite: []Cite{cite("tx-212-026", "(a)", Verified)}}
	txLocalCanvass = Receiver{ID: "tx-local-canvass-presiding-officer", Kind: LocalOfficial,
		Name: "presiding officer of the local canvassing authority (the recount coordinator)",
		Cite: []Cite{cite("tx-212-026", "(a), (d)", Verified)}}
)

func txNational(key string, kind HolidayKind, m time.Month, day int, wd time.Weekday, nth int) HolidayRule {
	return HolidayRule{Key: key, Kind: kind, Month: m, Day: day, Weekday: wd, Nth: nth,
		Cite: []Cite{cite("tx-gov-662-003", "(a) not read", NotFound)}}
}

func txState(key string, m time.Month, day int) HolidayRule {
	return HolidayRule{Key: key, Kind: FixedDate, Month: m, Day: day,
		Cite: []Cite{cite("tx-gov-662-003", "(b)", Verified)}}
}

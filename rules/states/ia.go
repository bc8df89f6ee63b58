package states

import (
	"time"

	. "github.com/recount-explainer/recount/rules"
)

// Iowa: Iowa Code § 50.48 (general recount provisions), § 43.56 (primary
// recounts), § 50.50 (administrative recounts), § 47.4 (election filing
// deadlines), §§ 1C.1 and 1C.2 (holidays). House File 928 (2025) rewrote
// § 50.48; its enrolled text was not found, so the 2025 version rests on
// news reports and bill summaries, and the reports disagree on whether its
// recount is requested or automatic: two readings. Research notes:
// shared/facts/states/IA.md (2026-11-22).
//
// Read in the statute text on 2026-11-22:
//
//   - old § 50.48(1)(a) (statutes.laws-info.com copy, undated; the same in
//     the 2009 Code on Justia): "The county board of canvassers shall order
//     a recount of the votes cast for a particular office or nomination in
//     one or more specified election precincts" … "if a written request
//     therefor is made not later than 5:00 p.m. on the third day following
//     the county board's canvass". The bond waiver in (2)(a) was
//     cut off after "the difference between the total number of votes cast
//     for the apparent winner and the total number of votes cast for the
//     candidate requesting the recou…": reported.
//   - old § 43.56(2) (laws-info copy, history to 2008): no bond "if the
//     difference … is less than fifty votes or one percent of the total
//     number of votes cast for the nomination in question, whichever is
//     greater."
//   - § 47.4 (instalawyer.io copy): "If the deadline for a filing pertaining
//     to an election falls on a day that the state or county commissioner's
//     office is closed for business, the deadline shall be extended to the
//     next day that the office … is open".
//   - § 1C.2 (lawserver.com copy, current as of 2024): the state employees'
//     paid holidays, and "If a holiday enumerated in this section falls on
//     Saturday, the preceding Friday shall be granted and if … on Sunday,
//     the following Monday".
//   - HF 596 (2025, introduced; legiplex.com): "The state commissioner of
//     elections shall order a recount of the votes cast for the election or
//     nomination of a candidate for a statewide elected office, member of
//     the general assembly, or fede[ral office]" (a bill, not the enacted
//     text).
//
// Searched again on 2026-11-23 for the enrolled HF 928 (legis.iowa.gov
// LGE/LGI/LGR, LegiScan, the 2025 Iowa Acts chapter) and for § 50.48 as
// the Code now prints it (legis.iowa.gov, Justia, self-law.org,
// courtgpt.ai, instalawyer.io): none of them is in the stored copies, so
// the conflict stays open. What was found narrows it a little:
//
//   - current § 43.56 (self-law.org research copy of the Iowa Code,
//     undated, read 2026-11-23): "Recounts of votes for primary elections
//     shall be conducted following the procedure outlined in section 50.48.
//     However, if a recount is requested for an office for which no
//     candidate has received the required thirty-five percent …", with the
//     note "Subsection 2 stricken and former subsection 1 editorially
//     internally redesignated": the old bond waiver of § 43.56(2) is gone,
//     and the Code still speaks of a primary recount being "requested". That
//     fits the requested reading but does not say whether the new § 50.48
//     also orders a recount with no request, so neither reading is ruled
//     out.
//   - HF 928's companion, SF 543: "2025-04-14 … HF 928 substituted. S.J.
//     766" and "Withdrawn. S.J. 767" (keepinglawsimple.org's copy of the
//     Senate history; secondary). The Governor's action on HF 928 and the
//     Act's chapter number were still not found; July 1, 2025 (legiplex) is
//     Iowa's usual date and is kept.
func init() { register(&IA) }

const iaChecked Date = 20261122

// iaHF928 is the effective date legiplex gives for House File 928; the
// Governor's signature was not found (Election Law Blog reports it
// enacted).
const iaHF928 Date = 20250701

// IA is Iowa's recount law.
var IA = Jurisdiction{
	Code: "IA", Name: "Iowa", Counties: 99, Checked: iaChecked,
	Versions: []Version{
		{
			ID:      "ia-before-2025",
			Assumed: 20090101, // the 2009 Code's text; older text not read
			Readings: []Reading{{
				ID:      "ia-before-2025",
				Routes:  []Route{iaOldRoute},
				Filings: iaOldFilings,
			}},
			Facts: iaOldFacts,
			Cite:  []Cite{cite("ia-50.48-old", "", Verified)},
		},
		{
			ID:   "ia-hf928-2025",
			From: iaHF928,
			Readings: []Reading{
				{
					ID:      "ia-hf928-requested",
					Routes:  iaHF928Routes(Requested),
					Filings: iaHF928Filings,
					Cite: []Cite{cite("radio-iowa-2025", "", Reported), cite("ia-capital-dispatch-2025", "", Reported),
						cite("fastdemocracy-ia-hf928", "", Reported), cite("ia-gazette-2025", "", Reported)},
				},
				{
					ID:      "ia-hf928-automatic",
					Routes:  iaHF928Routes(Automatic),
					Filings: iaHF928Filings,
					Cite:    []Cite{cite("elb-ia-hf928", "", Conflicting)},
				},
			},
			Facts: iaNewFacts,
			Cite: []Cite{cite("ia-hf928", "", Reported), cite("legiplex-ia-hf928", "effective date", Reported),
				cite("elb-ia-hf928", "", Reported)},
		},
	},
	Ties: []TieLaw{{Kind: TieUnknown, Cite: []Cite{cite("ia-50.48-old", "", NotFound)}}},
	Holidays: Holidays{
		// § 47.4 moves a filing deadline past a day the commissioner's
		// office is closed: the state employees' paid holidays of § 1C.2
		// (county offices are assumed to close on them too). § 1C.1's
		// legal holidays add Lincoln's and Washington's Birthdays, on which
		// offices stay open.
		Rules: []HolidayRule{
			iaHoliday("new-year", FixedDate, time.January, 1, 0, 0),
			iaHoliday("mlk", NthWeekday, time.January, 0, time.Monday, 3),
			iaHoliday("memorial", NthWeekday, time.May, 0, time.Monday, -1),
			iaHoliday("independence", FixedDate, time.July, 4, 0, 0),
			iaHoliday("labor", NthWeekday, time.September, 0, time.Monday, 1),
			iaHoliday("veterans", FixedDate, time.November, 11, 0, 0),
			iaHoliday("thanksgiving", NthWeekday, time.November, 0, time.Thursday, 4),
			{Key: "day-after-thanksgiving", Kind: DaysAfter, After: "thanksgiving", Days: 1,
				Cite: []Cite{cite("ia-1c.2", "1(h)", Verified)}},
			iaHoliday("christmas", FixedDate, time.December, 25, 0, 0),
		},
		Cite: []Cite{cite("ia-1c.2", "", Verified), cite("ia-47.4", "", Verified), cite("ia-1c.1", "", Verified)},
	},
	Sources: []Source{
		{ID: "ia-50.48-old", Kind: Statute, Title: "Iowa Code § 50.48 (before 2025)",
			URL: "http://statutes.laws-info.com/iowa/title-2/subtitle-1/chapter-50/50-48", Checked: iaChecked},
		{ID: "ia-43.56-old", Kind: Statute, Title: "Iowa Code § 43.56 (before 2025)",
			URL: "http://statutes.laws-info.com/iowa/title-2/subtitle-1/chapter-43/43-56", Checked: iaChecked},
		{ID: "ia-50.49", Kind: Statute, Title: "Iowa Code § 50.49 (2019)",
			URL: "https://law.justia.com/codes/iowa/2019/title-ii/chapter-50/section-50-49/", Checked: iaChecked},
		{ID: "ia-50.50", Kind: Statute, Title: "Iowa Code § 50.50",
			URL: "https://instalawyer.io/laws/iowa-code/section-5050-administrative-recounts", Checked: iaChecked},
		{ID: "ia-721-26.103", Kind: Regulation, Title: "Iowa Admin. Code r. 721-26.103 (current through December 11, 2024)", Checked: iaChecked},
		{ID: "ia-47.4", Kind: Statute, Title: "Iowa Code § 47.4",
			URL: "https://instalawyer.io/laws/iowa-code/section-474-election-filing", Checked: iaChecked},
		{ID: "ia-1c.1", Kind: Statute, Title: "Iowa Code § 1C.1",
			URL: "https://www.legis.iowa.gov/DOCS/IACODE/2001/1C/1.html", Checked: iaChecked},
		{ID: "ia-1c.2", Kind: Statute, Title: "Iowa Code § 1C.2",
			URL: "https://lawserver.com/law/state/iowa/ia-code/iowa_code_1c-2", Checked: iaChecked},
		{ID: "ia-hf928", Kind: SessionLaw, Title: "Iowa House File 928 (2025); enrolled text not found", Checked: iaChecked},
		{ID: "ia-hf596", Kind: SessionLaw, Title: "Iowa House File 596 (2025, as introduced)",
			URL: "https://app.legiplex.com/ia/legislature/2025/2025-r/bills/hf596/drafts-latest", Checked: iaChecked},
		{ID: "legiplex-ia-hf928", Kind: Summary, Title: "Legiplex, Iowa HF 928 (2025) status and effective date",
			URL: "https://app.legiplex.com/ia/legislature/2025/2025-r/bills/hf928", Checked: iaChecked},
		{ID: "fastdemocracy-ia-hf928", Kind: Summary, Title: "FastDemocracy, summary of Iowa HF 928 as reprinted (2025)",
			URL: "https://fastdemocracy.com/bill-summary/?billsummary_id=IAB00021972&billsummary_session=2025-2026&billsummary_state=ia", Checked: iaChecked},
		{ID: "radio-iowa-2025", Kind: News, Title: "Radio Iowa, 2025-04-15, on the recount bill's final approval",
			URL: "https://www.radioiowa.com/2025/04/15/final-legislative-approval-for-new-standards-for-iowa-election-recounts/", Checked: iaChecked},
		{ID: "ia-capital-dispatch-2025", Kind: News, Title: "Iowa Capital Dispatch, 2025-04-14, on the recount bill",
			URL: "https://www.newsfromthestates.com/article/bill-changing-iowa-election-recount-process-heads-governors-desk", Checked: iaChecked},
		{ID: "ia-gazette-2025", Kind: News, Title: "The Gazette (Cedar Rapids), March and April 2025, on the recount bill",
			URL: "https://www.thegazette.com/?p=394761", Checked: iaChecked},
		{ID: "elb-ia-hf928", Kind: News, Title: "Election Law Blog, on Iowa's 2025 recount law",
			URL: "https://electionlawblog.org/?p=149457", Checked: iaChecked},
		{ID: "verifiedvoting-ia", Kind: Summary, Title: "Verified Voting, Iowa recount law",
			URL: "https://verifiedvoting.org/recountlaw/iowa", Checked: iaChecked},
		{ID: "ceimn-ia", Kind: Summary, Title: "Citizens for Election Integrity Minnesota, Iowa recount laws (2016)",
			URL: "http://ceimn.org/ceimn-state-recount-laws-searchable-database/states/Iowa", Checked: iaChecked},
	},
}

// iaOldRoute: before 2025, any candidate printed on the ballot (or anyone
// else voted for and qualified) at any margin, in writing. No bond when the
// margin is less than 50 votes or less than 1% of the votes for the office,
// whichever is greater ("less than": strict); a bond otherwise.
var iaOldRoute = Route{
	Kind: Requested,
	Tiers: []Tier{
		{
			Line: Line{Kind: Greater, Of: []Line{
				{Kind: FixedVotes, Votes: 50, Strict: true},
				{Kind: ShareOfOffice, Share: Percent, Strict: true},
			}},
			Cost: Cost{Kind: Public, Cite: []Cite{cite("ia-50.48-old", "(2)(a), as summarized", Reported), cite("verifiedvoting-ia", "", Reported)}},
			Cite: []Cite{cite("ia-50.48-old", "(2)(a), as summarized", Reported), cite("ia-43.56-old", "(2)", Verified), cite("ia-50.49", "(4)", Verified)},
		},
		{
			Line: Line{Kind: AnyMargin},
			Cost: Cost{Kind: RequesterPays, Cite: []Cite{cite("ia-50.48-old", "(2)(a)", Verified)}},
			Cite: []Cite{cite("ia-50.48-old", "(1)(a)", Verified)},
		},
	},
	Who:       []Requester{{Kind: AnyCandidate, Cite: []Cite{cite("ia-50.48-old", "(1)(a)", Verified)}}},
	InWriting: true,
	Cite:      []Cite{cite("ia-50.48-old", "(1)(a)", Verified)},
}

// iaOldFilings: the commissioner (county auditor) of each county, by 5 p.m.
// on the third day after the county board's canvass; § 47.4 moves a
// deadline on a day the office is closed.
var iaOldFilings = []Filing{{
	Receiver: Receiver{ID: "county-official", Kind: CountyOfficial, Name: "County commissioner of elections (the county auditor) of each county",
		Cite: []Cite{cite("ia-50.48-old", "(1)(a)", Verified)}},
	Deadline: Deadline{N: 3, Unit: CalendarDays, From: Canvass, At: 17 * 60, Rolls: true,
		Cite: []Cite{cite("ia-50.48-old", "(1)(a)", Verified), cite("ia-47.4", "", Verified)}},
}}

// iaHF928Routes is HF 928's recount line as the reports give it: "less than
// fifteen hundredths of one percent for statewide or federal offices", and
// "less than one percent or fifty votes, whichever is lesser" for the rest.
// What the percentage is of is not reported: every vote for the office is
// assumed, as in the old bond waiver.
func iaHF928Routes(kind RouteKind) []Route {
	cites := []Cite{cite("ia-hf928", "", Reported), cite("fastdemocracy-ia-hf928", "", Reported), cite("radio-iowa-2025", "", Reported)}
	if kind == Automatic {
		cites = []Cite{cite("ia-hf928", "", Reported), cite("elb-ia-hf928", "", Conflicting)}
	}
	var who []Requester
	if kind == Requested {
		who = []Requester{{Kind: AnyCandidate, Cite: []Cite{cite("ia-hf596", "§ 1", Reported)}}}
	}
	return []Route{
		{
			Kind:  kind,
			Scope: Scope{Offices: iaStatewideFederal},
			Tiers: []Tier{{
				Line:   Line{Kind: ShareOfOffice, Share: Percent * 15 / 100, Strict: true},
				Method: Machine,
				Cite:   cites,
			}},
			Who:       who,
			InWriting: kind == Requested,
			Cite:      cites,
		},
		{
			Kind:  kind,
			Scope: Scope{Except: iaStatewideFederal},
			Tiers: []Tier{{
				Line: Line{Kind: Lesser, Of: []Line{
					{Kind: FixedVotes, Votes: 50, Strict: true},
					{Kind: ShareOfOffice, Share: Percent, Strict: true},
				}},
				Method: Machine,
				Cite:   cites,
			}},
			Who:       who,
			InWriting: kind == Requested,
			Cite:      cites,
		},
	}
}

// iaStatewideFederal are the offices of HF 928's 0.15% line.
var iaStatewideFederal = []Office{President, USSenate, USHouse, Federal, Governor, LtGovernor, Statewide}

// iaHF928Filings: as HF 596 was introduced, the state commissioner orders
// recounts for statewide, legislative and federal offices, the county
// commissioner for the rest. The final bill's deadline was not read.
var iaHF928Filings = []Filing{
	{
		Scope: Scope{Offices: append(append([]Office{}, iaStatewideFederal...), StateSenate, StateHouse)},
		Receiver: Receiver{ID: "secretary-of-state", Kind: SecretaryOfState, Name: "Iowa Secretary of State (the state commissioner of elections)",
			Directs: true, Cite: []Cite{cite("ia-hf596", "§ 2", Reported)}},
	},
	{
		Receiver: Receiver{ID: "county-official", Kind: CountyOfficial, Name: "County commissioner of elections (the county auditor)",
			Cite: []Cite{cite("ia-hf596", "§ 1", Reported)}},
	},
}

var iaOldFacts = []Fact{
	{Kind: "ia-administrative-recount", Section: Before, Cite: []Cite{cite("ia-50.50", "", Verified)}},
	{Kind: "precincts-chosen", Section: During, Cite: []Cite{cite("ia-50.48-old", "(1)(a)", Verified)}},
	{Kind: "ia-recount-board", Section: During, Cite: []Cite{cite("ia-721-26.103", "", Verified), cite("ia-43.56-old", "(1)", Verified)}},
	{Kind: "ia-board-chooses-method", Section: During, Cite: []Cite{cite("ceimn-ia", "§ 50.48(4)(a)", Reported)}},
	{Kind: "ia-bond-waiver", Section: CostTime, Numbers: []int64{50, 1},
		Cite: []Cite{cite("ia-50.48-old", "(2)(a), as summarized", Reported), cite("ia-43.56-old", "(2)", Verified), cite("verifiedvoting-ia", "", Reported)}},
	{Kind: "ia-primary-bond-measure", Section: CostTime, Scope: Scope{Types: PrimaryTypes}, Numbers: []int64{35},
		Cite: []Cite{cite("ia-43.56-old", "(2)", Verified)}},
	{Kind: "ia-finish-after-canvass", Section: CostTime, Numbers: []int64{18},
		Cite: []Cite{cite("verifiedvoting-ia", "", Reported)}},
	{Kind: "ia-primary-35-percent", Section: AfterNote, Scope: Scope{Types: PrimaryTypes}, Numbers: []int64{35},
		Cite: []Cite{cite("ia-43.56-old", "(1)", Verified)}},
	{Kind: "questions-differ", Section: AfterNote, Cite: []Cite{cite("ia-50.49", "", Verified)}},
}

var iaNewFacts = []Fact{
	{Kind: "ia-hf928-unconfirmed", Section: Before,
		Cite: []Cite{cite("ia-hf928", "", Reported), cite("legiplex-ia-hf928", "", Reported), cite("elb-ia-hf928", "", Reported)}},
	{Kind: "ia-administrative-recount", Section: Before, Cite: []Cite{cite("ia-50.50", "as amended in 2025, not read", Reported)}},
	{Kind: "ia-hf928-deadline-unread", Section: Where, Cite: []Cite{cite("ia-hf596", "§ 1", Reported), cite("ia-hf928", "", NotFound)}},
	{Kind: "ia-hf928-same-equipment", Section: During,
		Cite: []Cite{cite("radio-iowa-2025", "", Reported), cite("elb-ia-hf928", "", Reported)}},
	{Kind: "ia-hf928-cost-unread", Section: CostTime, Cite: []Cite{cite("ia-gazette-2025", "", Reported), cite("ia-hf928", "", NotFound)}},
	{Kind: "ia-hf928-line-wording", Section: AfterNote,
		Cite: []Cite{cite("fastdemocracy-ia-hf928", "", Reported), cite("radio-iowa-2025", "", Reported),
			cite("ia-capital-dispatch-2025", "", Conflicting), cite("ia-gazette-2025", "", Conflicting)}},
	{Kind: "ia-hf928-denominator", Section: AfterNote, Cite: []Cite{cite("ia-hf596", "§ 1", Reported)}},
	{Kind: "ia-primary-35-percent", Section: AfterNote, Scope: Scope{Types: PrimaryTypes}, Numbers: []int64{35},
		Cite: []Cite{cite("ia-43.56-old", "(1)", Verified)}},
	{Kind: "questions-differ", Section: AfterNote, Cite: []Cite{cite("ia-50.49", "", Verified)}},
}

func iaHoliday(key string, kind HolidayKind, m time.Month, day int, wd time.Weekday, nth int) HolidayRule {
	return HolidayRule{Key: key, Kind: kind, Month: m, Day: day, Weekday: wd, Nth: nth, Observed: FridayMonday,
		Cite: []Cite{cite("ia-1c.2", "1", Verified)}}
}

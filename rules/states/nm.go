package states

import (
	"time"

	. "github.com/recount-explainer/recount/rules"
)

// New Mexico: NMSA 1978, § 1-14-24 (automatic recounts), § 1-14-14 (a
// candidate's application for a recount or recheck), § 1-14-15 (the
// deposit), § 1-14-23 (how a recount is done), § 12-2A-7 (computing time)
// and § 12-5-2 (legal holidays). Facts and their evidence:
// shared/facts/states/NM.md (read 2026-11-22).
//
// § 1-14-24(A), as printed in the 2023 compilation (law.justia.com) and the
// casetext copy "Current through 2024, ch. 69", read 2026-11-22: "is less
// than: (1) one-fourth percent of the total votes cast in that election:
// (a) for that office in the case of a federal or statewide office" … "(3)
// one percent of the total votes cast in that election or five or fewer
// votes between the two candidates receiving the greatest number of votes
// for that office in the case of any other office."
//
// The 2016 compilation (law.justia.com/codes/new-mexico/2016/…, read
// 2026-11-22): "is less than one-fourth of one percent of the total votes
// cast for that office in that election" for a federal or statewide office
// and "less than one percent" for "any other state office", "in a primary
// or general election". The 2020 compilation prints the three tiers without
// "five or fewer votes", marked "Contingent effective date". The acts that
// made these changes and their effective dates were not identified, so the
// later versions carry unsure start dates.
//
// § 12-2A-7(E) (statutes.laws-info.com, undated copy, read 2026-11-22): "if
// the period is less than eleven days, a Saturday, Sunday or legal holiday
// is excluded from the computation": § 1-14-14's six days are counted as
// business days.
func init() { register(&NM) }

const nmChecked Date = 20261122

// NM is New Mexico's recount law.
var NM = Jurisdiction{
	Code: "NM", Name: "New Mexico", Counties: 33, Checked: nmChecked,
	Versions: []Version{
		{
			// The 2016 compilation's text; older text (an undated copy with
			// one line of 0.5%) could not be dated, so elections before the
			// 2016 primary are judged by this text, marked assumed.
			ID:      "nm-2016",
			Assumed: 20160607,
			Readings: []Reading{{
				ID: "nm-2016",
				Routes: []Route{
					nmAutomatic(Scope{Offices: nmFederalStatewide, Types: nmPrimaryGeneral}, Line{Kind: ShareOfOffice, Share: Percent / 4, Strict: true}, nm2016),
					nmAutomatic(Scope{Offices: []Office{Judicial}, Types: nmPrimaryGeneral, Area: StatewideArea}, Line{Kind: ShareOfOffice, Share: Percent / 4, Strict: true}, nm2016),
					// "any other state office": the legislature and judges
					// elected in part of the state (the big-county judges'
					// 0.25% is a Fact). No automatic recount of local offices.
					nmAutomatic(Scope{Offices: []Office{StateSenate, StateHouse, Judicial}, Types: nmPrimaryGeneral, Area: NotStatewide}, Line{Kind: ShareOfOffice, Share: Percent, Strict: true}, nm2016),
					nmRequest,
				},
				Filings: nmFilings,
			}},
			Facts: append(append([]Fact{}, nmFacts...),
				Fact{Kind: "nm-older-half-percent", Section: AfterNote, Until: 20160607, When: Automatic,
					Cite: []Cite{cite("nm-1-14-24-old", "(A)", Verified)}},
				Fact{Kind: "nm-big-county-judges-2016", Section: AfterNote, Scope: Scope{Offices: []Office{Judicial}}, When: Automatic,
					Cite: []Cite{nm2016}},
			),
			Cite: []Cite{nm2016},
		},
		{
			// The three tiers, first seen in the 2020 compilation with a
			// contingent effective date: possibly in force from 2017, and
			// certainly by the time the 2023 text (below) was printed.
			ID: "nm-tiers", From: 20170101, FromUnsure: 20230101,
			Readings: []Reading{{
				ID:      "nm-tiers",
				Routes:  nmTierRoutes(Line{Kind: ShareOfOffice, Share: Percent, Strict: true}, nm2020),
				Filings: nmFilings,
			}},
			Facts: append(append([]Fact{}, nmFacts...), nmHalfPercentFact(nm2020)),
			Cite:  []Cite{nm2020},
		},
		{
			// "or five or fewer votes" in the third tier: in the 2023
			// compilation, not in 2020's; certainly in force by the 2024
			// primary (the casetext copy is current through 2024).
			ID: "nm-tiers-five-votes", From: 20230101, FromUnsure: 20240604,
			Readings: []Reading{{
				ID: "nm-tiers-five-votes",
				Routes: nmTierRoutes(Line{Kind: Greater, Of: []Line{
					{Kind: ShareOfOffice, Share: Percent, Strict: true},
					{Kind: FixedVotes, Votes: 5},
				}}, nm2023),
				Filings: nmFilings,
			}},
			Facts: append(append([]Fact{}, nmFacts...), nmHalfPercentFact(nm2023)),
			Cite:  []Cite{nm2023},
		},
	},
	Ties: []TieLaw{
		// "governor and lieutenant governor fall under a separate
		// constitutional provision" (AP, 2000); not read.
		{Scope: Scope{Offices: []Office{Governor, LtGovernor}}, Kind: TieUnknown, Cite: []Cite{cite("ap-2000-nm-tie", "", Reported)}},
		{Kind: ByLot, Cite: []Cite{cite("ap-2000-nm-tie", "", Reported), cite("lcsun-2021-nm-ties", "", Reported), cite("abqj-2023-nm-local", "", Reported)}},
	},
	Holidays: Holidays{
		// § 12-5-3 moves a holiday on a Sunday to the Monday (secondary
		// sources); a Saturday holiday is not moved. So every holiday here is
		// SundayMonday: a Sunday holiday's Monday is not counted, and the
		// Friday before a Saturday holiday is.
		Rules: []HolidayRule{
			nmHoliday("new-year", FixedDate, time.January, 1, 0, 0),
			nmHoliday("mlk", NthWeekday, time.January, 0, time.Monday, 3),
			nmHoliday("washington", NthWeekday, time.February, 0, time.Monday, 3),
			nmHoliday("memorial", NthWeekday, time.May, 0, time.Monday, -1),
			nmHoliday("independence", FixedDate, time.July, 4, 0, 0),
			nmHoliday("labor", NthWeekday, time.September, 0, time.Monday, 1),
			// Columbus Day, renamed Indigenous Peoples' Day (2019); same date.
			{Key: "nm-indigenous-peoples-day", Kind: NthWeekday, Month: time.October, Weekday: time.Monday, Nth: 2, Observed: SundayMonday,
				Cite: []Cite{cite("nm-12-5-2", "", Reported), cite("nm-holidays-handbook", "", Reported)}},
			nmHoliday("veterans", FixedDate, time.November, 11, 0, 0),
			nmHoliday("thanksgiving", NthWeekday, time.November, 0, time.Thursday, 4),
			nmHoliday("christmas", FixedDate, time.December, 25, 0, 0),
			// State offices have closed the day after Thanksgiving (a 2016
			// list); § 12-5-2 as summarised does not name it.
			{Key: "day-after-thanksgiving", Kind: DaysAfter, After: "thanksgiving", Days: 1, Possible: true,
				Cite: []Cite{cite("nm-holidays-2016", "", Reported)}},
		},
		Cite: []Cite{cite("nm-12-5-2", "", Reported), cite("nm-12-2A-7", "(E), (F)", Verified)},
	},
	Sources: []Source{
		{ID: "nm-1-14-24", Kind: Statute, Title: "NMSA 1978, § 1-14-24",
			URL: "https://law.justia.com/codes/new-mexico/chapter-1/article-14/section-1-14-24/", Checked: nmChecked},
		{ID: "nm-1-14-24-2020", Kind: Statute, Title: "NMSA 1978, § 1-14-24 (2020 compilation, contingent effective date)",
			URL: "https://law.justia.com/codes/new-mexico/2020/chapter-1/article-14/section-1-14-24-d-1/", Checked: nmChecked},
		{ID: "nm-1-14-24-2016", Kind: Statute, Title: "NMSA 1978, § 1-14-24 (2016 compilation)",
			URL: "https://law.justia.com/codes/new-mexico/2016/chapter-1/article-14/section-1-14-24/", Checked: nmChecked},
		{ID: "nm-1-14-24-old", Kind: Statute, Title: "NMSA 1978, § 1-14-24 (an older, undated copy)",
			URL: "https://statutes.laws.com/new-mexico/chapter-1/article-14/section-1-14-24", Checked: nmChecked},
		{ID: "nm-1-14-14", Kind: Statute, Title: "NMSA 1978, § 1-14-14",
			URL: "https://law.justia.com/codes/new-mexico/2020/chapter-1/article-14/section-1-14-14/", Checked: nmChecked},
		{ID: "nm-1-14-15", Kind: Statute, Title: "NMSA 1978, § 1-14-15",
			URL: "https://legalfix.com/statutes/state-codes/new-mexico/chapter-1/article-14/section-1-14-15", Checked: nmChecked},
		{ID: "nm-1-14-23", Kind: Statute, Title: "NMSA 1978, § 1-14-23 (undated copy)",
			URL: "http://statutes.laws-info.com/new-mexico/chapter-1/article-14/section-1-14-23", Checked: nmChecked},
		{ID: "nm-12-2A-7", Kind: Statute, Title: "NMSA 1978, § 12-2A-7",
			URL: "http://statutes.laws-info.com/new-mexico/chapter-12/article-2a/section-12-2a-7", Checked: nmChecked},
		{ID: "nm-12-5-2", Kind: Statute, Title: "NMSA 1978, §§ 12-5-2 and 12-5-3 (as summarised by FindLaw)",
			URL: "https://www.findlaw.com/state/new-mexico-law/new-mexico-legal-holidays-laws.html", Checked: nmChecked},
		{ID: "nm-holidays-handbook", Kind: Summary, Title: "Employment Law Handbook, New Mexico state holidays",
			URL: "https://www.employmentlawhandbook.com/employment-and-labor-laws/states/new-mexico/leave-laws/holidays/", Checked: nmChecked},
		{ID: "nm-holidays-2016", Kind: Summary, Title: "us-public-holidays.com, New Mexico public holidays 2016",
			URL: "http://us-public-holidays.com/new-mexico/2016", Checked: nmChecked},
		{ID: "vv-nm", Kind: Summary, Title: "Verified Voting, New Mexico recount law",
			URL: "https://verifiedvoting.org/recountlaw/new-mexico", Checked: nmChecked},
		{ID: "ceimn-nm", Kind: Summary, Title: "Citizens for Election Integrity Minnesota, New Mexico recount law",
			URL: "https://ceimn.org/searchable-databases/recount-database/new-mexico", Checked: nmChecked},
		{ID: "ap-2000-nm-tie", Kind: News, Title: "Associated Press, “Resolving Election Nightmare: a Tie” (2000-11-16)",
			URL: "https://apnews.com/article/dbebbb21e65742fce2b415670d3b3613", Checked: nmChecked},
		{ID: "lcsun-2021-nm-ties", Kind: News, Title: "Las Cruces Sun-News, on tied local elections decided by chance (2021-12-14)",
			URL: "https://www.lcsun-news.com/story/news/politics/elections/2021/12/14/elections-decided-cards-coin-toss-tie-votes-dulce-house-quay/8797130002/", Checked: nmChecked},
		{ID: "abqj-2023-nm-local", Kind: News, Title: "Albuquerque Journal, on close local races and recounts (November 2023)",
			URL: "https://www.abqjournal.com/election/several-races-in-small-towns-in-new-mexico-are-too-close-to-call-what-happens-next/2905984", Checked: nmChecked},
	},
}

var (
	nm2016 = cite("nm-1-14-24-2016", "(A)", Verified)
	nm2020 = cite("nm-1-14-24-2020", "(A)", Verified)
	nm2023 = cite("nm-1-14-24", "(A)", Verified)

	nmFederalStatewide = []Office{President, USSenate, USHouse, Federal, Governor, LtGovernor, Statewide}
	nmPrimaryGeneral   = []ElectionType{Primary, General}
)

// nmAutomatic is an automatic recount: ordered by the State Canvassing
// Board, with no request. Who pays was not read in the statute.
func nmAutomatic(scope Scope, line Line, c Cite) Route {
	return Route{Kind: Automatic, Scope: scope, Tiers: []Tier{{Line: line, Method: MachineAndHand,
		Cite: []Cite{cite("nm-1-14-23", "(B)-(D)", Verified)}}}, Cite: []Cite{c}}
}

// nmTierRoutes are the tiers of the 2020 and later text: one-fourth percent
// for federal and statewide offices (the supreme court and court of
// appeals are elected statewide), and the "any other office" line for the
// rest. The one-half percent tier (public education commissioner, district
// attorney, offices elected countywide in a county of more than 150,000
// registered voters) cannot be told apart on the form: a Fact says so.
func nmTierRoutes(other Line, c Cite) []Route {
	quarter := Line{Kind: ShareOfOffice, Share: Percent / 4, Strict: true}
	return []Route{
		nmAutomatic(Scope{Offices: nmFederalStatewide}, quarter, c),
		nmAutomatic(Scope{Offices: []Office{Judicial}, Area: StatewideArea}, quarter, c),
		nmAutomatic(Scope{Offices: []Office{StateSenate, StateHouse, County, Municipal, District}}, other, c),
		nmAutomatic(Scope{Offices: []Office{Judicial}, Area: NotStatewide}, other, c),
		nmRequest,
	}
}

// nmRequest is § 1-14-14: any candidate who believes error or fraud was
// committed may have a recount (or a recheck of the machines) at any
// margin, depositing the estimated cost for the precincts named. "the
// candidate, within six days after completion of the canvass by the proper
// canvassing board, may have a recount of the ballots, or a recheck of the
// votes shown on the voting machines" (justia 2020 copy, via NM.md).
var nmRequest = Route{
	Kind: Requested,
	Tiers: []Tier{{
		Line: Line{Kind: AnyMargin},
		// § 1-14-23(E): "Nothing in this section prohibits a candidate from
		// requesting a hand recount in accordance with the provisions of
		// Section 1-14-15 NMSA 1978."
		Method: RequesterPicks,
		Cost: Cost{Kind: Deposit, Refunded: true,
			Cite: []Cite{cite("nm-1-14-15", "(A)-(D)", Verified)}},
		Cite: []Cite{cite("nm-1-14-23", "(E)", Verified)},
	}},
	Who:       []Requester{{Kind: AnyCandidate, Cite: []Cite{cite("nm-1-14-14", "(A)", Verified)}}},
	InWriting: true,
	Cite:      []Cite{cite("nm-1-14-14", "(A)", Verified)},
}

// nmFilings: offices the State Canvassing Board certifies go to the
// Secretary of State; the others to the district judge of the county where
// the applicant lives (§ 1-14-14(B), (C), verbatim: "application for
// recount or recheck shall be filed with the district judge for the county
// in which the applicant resides"). Six days after the proper canvass,
// counted without weekends and holidays (§ 12-2A-7(E)).
var nmFilings = []Filing{
	{
		Scope: Scope{Offices: append(append([]Office{}, FederalOffices...), StateOffices...)},
		Receiver: Receiver{ID: "secretary-of-state", Kind: SecretaryOfState, Name: "Secretary of State of New Mexico",
			Cite: []Cite{cite("nm-1-14-14", "(B)", Verified)}},
		Deadline: Deadline{N: 6, Unit: BusinessDays, From: StateCanvass, Cite: nmDeadlineCite},
	},
	{
		Receiver: Receiver{ID: "court", Kind: Court, Name: "District judge for the county where the applicant lives",
			Cite: []Cite{cite("nm-1-14-14", "(C)", Verified)}},
		Deadline: Deadline{N: 6, Unit: BusinessDays, From: Canvass, Cite: nmDeadlineCite},
	},
}

var nmDeadlineCite = []Cite{cite("nm-1-14-14", "(A)", Verified), cite("nm-12-2A-7", "(E)", Verified)}

var nmFacts = []Fact{
	{Kind: "nm-state-board-orders", Section: Where, When: Automatic, Cite: []Cite{cite("nm-1-14-24", "(B)", Verified)}},
	{Kind: "nm-recheck", Section: Before, When: Requested, Cite: []Cite{cite("nm-1-14-14", "(A)", Verified)}},
	{Kind: "precincts-chosen", Section: During, When: Requested, Cite: []Cite{cite("nm-1-14-14", "(A)", Verified)}},
	// § 1-14-23(B), undated copy: "The votes from a random selection of
	// ballots shall be tallied by hand, and the votes from the same ballots
	// shall be tabulated by an electronic vote tabulating system."
	{Kind: "nm-sample-then-rest", Section: During, Cite: []Cite{cite("nm-1-14-23", "(B)-(D)", Verified), cite("vv-nm", "", Reported)}},
	// § 1-14-15: "The state canvassing board shall determine the estimated
	// actual cost of a recount per precinct and a recheck per voting
	// machine no later than March 15 of even-numbered years."
	{Kind: "nm-deposit-estimated-cost", Section: CostTime, When: Requested, Cite: []Cite{cite("nm-1-14-15", "(A)-(B)", Verified)}},
	{Kind: "nm-public-pays-if-changed", Section: CostTime, When: Requested, Cite: []Cite{cite("nm-1-14-15", "(C)-(D)", Verified)}},
	{Kind: "nm-convene-within", Section: CostTime, When: Requested, Numbers: []int64{10}, Cite: []Cite{cite("vv-nm", "", Reported)}},
	{Kind: "no-finish-deadline", Section: CostTime, When: Automatic, Cite: []Cite{cite("vv-nm", "", Reported)}},
	{Kind: "nm-municipal-chapter-3", Section: AfterNote, Scope: Scope{Offices: []Office{Municipal}}, Cite: []Cite{cite("ceimn-nm", "", Reported)}},
	{Kind: "questions-differ", Section: AfterNote, Cite: []Cite{cite("nm-1-14-24", "(A)", Verified)}},
}

// nmHalfPercentFact says what the page does not model in the 2020 and later
// text: the one-half percent tier.
func nmHalfPercentFact(c Cite) Fact {
	return Fact{Kind: "nm-half-percent-tier", Section: AfterNote, When: Automatic,
		Scope: Scope{Offices: []Office{Judicial, County, District}}, Cite: []Cite{c}}
}

// nmHoliday is a legal holiday of § 12-5-2, kept the Monday after when it
// falls on a Sunday (§ 12-5-3); a Saturday one is not moved.
func nmHoliday(key string, kind HolidayKind, m time.Month, day int, wd time.Weekday, nth int) HolidayRule {
	return HolidayRule{Key: key, Kind: kind, Month: m, Day: day, Weekday: wd, Nth: nth, Observed: SundayMonday,
		Cite: []Cite{cite("nm-12-5-2", "", Reported)}}
}

package states

import (
	"time"

	. "github.com/recount-explainer/recount/rules"
)

// West Virginia: W. Va. Code § 3-6-9 (canvass, declaration of results and
// recounts) and its legislative rule, W. Va. Code St. R. 153-20 (procedures
// for recount of election results); § 3-6-12 (ties); § 2-2-1 (legal
// holidays). Research notes: shared/facts/states/WV.md (2026-11-22).
//
// The recount part of § 3-6-9 itself was not read (copies break off in the
// canvass part). The rule, current through the Register of December 13,
// 2024, was read on 2026-11-22 (cloudfront copy of the Administrative Code):
//
//   - 153-20-3.1: "The person requesting a recount for an elected office
//     must be a candidate for the elected office in which the recount is
//     requested."
//   - 153-20-3.2: "A candidate shall make a request for recount within
//     forty-eight (48) hours after the canvass. The forty-eight-hour (48)
//     period begins when the board of canvassers publicly declares the
//     results"; "Saturdays, Sundays and legal holidays are excluded when
//     computing the forty-eight-hour (48) period." 3.2.a: "in writing to
//     the county clerk who shall present the request to the board."
//   - 153-20-4.7: the bond is set "in a reasonable amount with good
//     sufficient surety" but "not to exceed three-hundred dollars".
//
// The Secretary of State's Best Practices Guide for Recounts (July 25,
// 2023) says the same, citing § 3-6-9(h) for the bond. § 2-2-1 was read on
// the Legislature's site (code.wvlegislature.gov).
//
// The 48 hours, weekends and holidays excluded, are shown as two business
// days after the declaration: the hour of the declaration is the hour of
// the last day, which a fact says.
func init() { register(&WV) }

const wvChecked Date = 20261122

// WV is West Virginia's recount law.
var WV = Jurisdiction{
	Code: "WV", Name: "West Virginia", Counties: 55, Checked: wvChecked,
	Versions: []Version{{
		ID: "wv-3-6-9",
		// The rule and the 2023 guide are the text on file.
		Assumed: 20230725,
		Readings: []Reading{{
			ID:      "wv-3-6-9",
			Routes:  []Route{wvRequest},
			Filings: wvFilings,
		}},
		Facts: wvFacts,
		Cite:  []Cite{cite("wv-153-20", "", Verified), cite("wv-3-6-9", "", NotFound)},
	}},
	Ties: []TieLaw{
		// The Governor (statewide) or the board of canvassers chooses one of
		// the tied candidates, which no tie kind names; a fact says it.
		{Kind: TieUnknown, Cite: []Cite{cite("wv-3-6-12", "", Verified)}},
	},
	Holidays: Holidays{
		// § 2-2-1(b): a holiday on a Sunday is kept Monday, on a Saturday the
		// Friday before, except election days and proclaimed days. Election
		// days are holidays where the election is held: the general election
		// is in even years; primaries and special elections are not modeled.
		Rules: []HolidayRule{
			wvHoliday("new-year", FixedDate, time.January, 1, 0, 0),
			wvHoliday("mlk", NthWeekday, time.January, 0, time.Monday, 3),
			wvHoliday("washington", NthWeekday, time.February, 0, time.Monday, 3),
			wvHoliday("memorial", NthWeekday, time.May, 0, time.Monday, -1),
			wvHoliday("wv-west-virginia-day", FixedDate, time.June, 20, 0, 0),
			wvHoliday("independence", FixedDate, time.July, 4, 0, 0),
			wvHoliday("labor", NthWeekday, time.September, 0, time.Monday, 1),
			wvHoliday("columbus", NthWeekday, time.October, 0, time.Monday, 2),
			{Key: "election-day", Kind: GeneralElection, EveryYears: 2, Cite: []Cite{cite("wv-2-2-1", "(a)(13)-(14)", Verified)}},
			wvHoliday("veterans", FixedDate, time.November, 11, 0, 0),
			wvHoliday("thanksgiving", NthWeekday, time.November, 0, time.Thursday, 4),
			{Key: "wv-lincolns-day", Kind: DaysAfter, After: "thanksgiving", Days: 1,
				Cite: []Cite{cite("wv-2-2-1", "(a)(11)", Verified)}},
			wvHoliday("christmas", FixedDate, time.December, 25, 0, 0),
		},
		Cite: []Cite{cite("wv-2-2-1", "", Verified)},
	},
	Sources: []Source{
		{ID: "wv-153-20", Kind: Regulation, Title: "W. Va. Code St. R. §§ 153-20-3, 153-20-4, 153-20-6",
			URL: "https://d1tvxue8o4w0fl.cloudfront.net/regulation/west-virginia-administrative-code/agency-153-secretary-of-state/title-153-legislative-rule-secretary-of-state/series-153-20-procedures-for-recount-of-election-results/section-153-20-3-requesting-a-recount", Checked: wvChecked},
		{ID: "wv-3-6-9", Kind: Statute, Title: "W. Va. Code § 3-6-9 (recount part not read)",
			URL: "https://www.global-regulation.com/law/united-states/992628/3-6-9.-canvass-of-returns%253b-declaration-of-results%253b-recounts%253b-recordkeeping.html", Checked: wvChecked},
		{ID: "wv-sos-guide-2023", Kind: OfficialGuide, Title: "West Virginia Secretary of State, Best Practices Guide for Recounts (July 25, 2023)",
			URL: "https://atmos360orlando.com/at-what-time-will-the-results-be-declared-3786", Checked: wvChecked},
		{ID: "wv-3-6-12", Kind: Statute, Title: "W. Va. Code § 3-6-12",
			URL: "https://code.wvlegislature.gov/email/3-6-12/", Checked: wvChecked},
		{ID: "wv-2-2-1", Kind: Statute, Title: "W. Va. Code § 2-2-1",
			URL: "http://code.wvlegislature.gov/email/2-2/", Checked: wvChecked},
		{ID: "verifiedvoting-wv", Kind: Summary, Title: "Verified Voting, West Virginia recount laws",
			URL: "https://verifiedvoting.org/?p=13705", Checked: wvChecked},
		{ID: "ceimn-wv", Kind: Summary, Title: "Citizens for Election Integrity Minnesota, West Virginia recount laws (June 2020)",
			URL: "http://ceimn-d9.devd.triplo.co/node/142/printable/print", Checked: wvChecked},
		{ID: "wv-bills-2025-2026", Kind: SessionLaw, Title: "West Virginia bills of 2025 and 2026 amending § 3-6-9 (FastDemocracy summaries)",
			URL: "https://fastdemocracy.com/bill-summary/?billsummary_id=WVB00030508&billsummary_session=2025&billsummary_state=wv", Checked: wvChecked},
	},
}

// wvRequest: any candidate for the office, at any margin, in writing, with
// a bond of at most $300; counted by hand unless the candidate names
// precincts not to be hand counted.
var wvRequest = Route{
	Kind: Requested,
	Tiers: []Tier{{
		Line:   Line{Kind: AnyMargin},
		Method: RequesterPicks,
		Cost:   Cost{Kind: RequesterPays, Cite: []Cite{cite("wv-153-20", "4.7", Verified), cite("verifiedvoting-wv", "", Reported)}},
		Cite:   []Cite{cite("verifiedvoting-wv", "no margin required", Reported)},
	}},
	Who:       []Requester{{Kind: AnyCandidate, Cite: []Cite{cite("wv-153-20", "3.1", Verified)}}},
	InWriting: true,
	Cite:      []Cite{cite("wv-153-20", "3.1-3.2", Verified), cite("wv-3-6-9", "", NotFound)},
}

var wvDeadline = Deadline{N: 2, Unit: BusinessDays, From: Declaration,
	Cite: []Cite{cite("wv-153-20", "3.2", Verified), cite("wv-sos-guide-2023", "", Verified)}}

// wvFilings: a municipal election to the municipal governing body (its
// clerk or recorder assisting); every other race to the county clerk, who
// presents it to the board of canvassers (the county commission).
var wvFilings = []Filing{
	{
		Scope: Scope{Offices: []Office{Municipal}},
		Receiver: Receiver{ID: "local-official", Kind: LocalOfficial, Name: "Municipal clerk or recorder",
			Cite: []Cite{cite("wv-153-20", "4.2, 4.5", Verified)}},
		Deadline: wvDeadline,
	},
	{
		Receiver: Receiver{ID: "county-official", Kind: CountyOfficial, Name: "County clerk",
			Cite: []Cite{cite("wv-153-20", "3.2.a", Verified)}},
		Deadline: wvDeadline,
	},
}

var wvFacts = []Fact{
	{Kind: "wv-no-automatic", Section: Before, Cite: []Cite{cite("verifiedvoting-wv", "", Reported)}},
	{Kind: "wv-48-hours", Section: Where, Numbers: []int64{48}, Cite: []Cite{cite("wv-153-20", "3.2", Verified)}},
	{Kind: "wv-last-county", Section: Where, Scope: Scope{Area: MultiCounty}, Cite: []Cite{cite("wv-153-20", "3.2", Verified)}},
	{Kind: "wv-bills-5-days", Section: Where, Numbers: []int64{5}, Cite: []Cite{cite("wv-bills-2025-2026", "", Reported)}},
	{Kind: "board-conducts", Section: During, Cite: []Cite{cite("wv-153-20", "4.1, 6.1", Verified)}},
	{Kind: "hand-count", Section: During, Cite: []Cite{cite("ceimn-wv", "2018 Best Practices Guide", Reported)}},
	{Kind: "precincts-chosen", Section: During, Cite: []Cite{cite("wv-153-20", "3.1.a-3.1.c", Verified)}},
	{Kind: "wv-two-party-teams", Section: During, Cite: []Cite{cite("wv-153-20", "4.6.d", Verified)}},
	{Kind: "public-view", Section: Watch, Cite: []Cite{cite("wv-153-20", "6.2", Verified)}},
	{Kind: "candidates-watch", Section: Watch, Cite: []Cite{cite("wv-153-20", "6.2", Verified)}},
	{Kind: "bond", Section: CostTime, Cite: []Cite{cite("wv-153-20", "4.7", Verified)}},
	{Kind: "wv-bond-300", Section: CostTime, Numbers: []int64{300}, Cite: []Cite{cite("wv-153-20", "4.7", Verified)}},
	{Kind: "wv-pays-unless-changed", Section: CostTime, Cite: []Cite{cite("verifiedvoting-wv", "", Reported)}},
	{Kind: "no-finish-deadline", Section: CostTime, Cite: []Cite{cite("verifiedvoting-wv", "", Reported)}},
	{Kind: "wv-tie-chosen", Section: AfterNote, Numbers: []int64{30}, Cite: []Cite{cite("wv-3-6-12", "", Verified)}},
}

func wvHoliday(key string, kind HolidayKind, m time.Month, day int, wd time.Weekday, nth int) HolidayRule {
	return HolidayRule{Key: key, Kind: kind, Month: m, Day: day, Weekday: wd, Nth: nth, Observed: FridayMonday,
		Cite: []Cite{cite("wv-2-2-1", "(a)-(b)", Verified)}}
}

package states

import (
	"time"

	. "github.com/recount-explainer/recount/rules"
)

// North Dakota: N.D.C.C. § 16.1-16-01 (recounts: automatic, and a band in
// which a losing candidate may demand one), §§ 16.1-15-28, 16.1-15-29 and
// 16.1-15-43 (certificates and ties) and §§ 1-03-01 to 1-03-02.1 (holidays).
// Facts and their evidence: shared/facts/states/ND.md (read 2026-11-22).
//
// § 16.1-16-01 as printed by lexace.ai (layout of the Century Code PDF),
// read 2026-11-22: "1. A recount must be conducted when: … b. Any individual
// failed to be elected in a general or special election by one-half of one
// percent or less of the highest vote cast for a candidate for that
// office." "2. A demand for a recount may be made by … b. Any individual
// who failed to be elected in a general or special election by more than
// one-half of one percent and less than two percent of the highest vote
// cast". "3. A demand for a recount must be made within three days after
// the canvass of the votes by the county canvassing board in the cas[e …]"
// (the copy is cut off there; Verified Voting and the Secretary of State's
// 2024 remarks put the deadline for other offices after the state canvass).
//
// Read again 2026-11-23 in the same lexace.ai copy (no date shown; the
// ndlegis.gov chapter page lists the section but its text was not reached):
// "1. A recount must be conducted when: a. Any individual failed to be
// nominated … in a primary election by one percent or less of the highest
// vote cast for a candidate seeking nomination from the political party for
// the office sought …; b. Any individual failed to be elected in a general
// or special election by one-half of one percent or less of the highest
// vote cast for a candidate for that office." "2. A demand for a recount may
// be made by … a. Any individual who failed to be nominated … in a primary
// election by more than one percent and less than two percent of the
// highest vote cast …; b. Any individual who failed to be elected in a
// general or special election by more than one-half of one percent and less
// than two percent of the highest vote cast for a candidate for that
// office." Every line encoded below agrees: a share of the highest vote,
// "or less" for the automatic lines (at the line is inside), "less than"
// for the demand (2% itself is outside), and the demand opens only past the
// automatic line. Who pays and how the ballots are counted are not in the
// text read and stay reported.
func init() { register(&ND) }

const ndChecked Date = 20261122

// ND is North Dakota's recount law.
var ND = Jurisdiction{
	Code: "ND", Name: "North Dakota", Counties: 53, Checked: ndChecked,
	Versions: []Version{{
		ID: "nd-16-1-16-01",
		Readings: []Reading{{
			ID: "nd-16-1-16-01",
			Routes: []Route{
				ndAutomatic(ndGeneral, Percent/2, cite("nd-16-1-16-01", "(1)(b)", Verified)),
				ndAutomatic(PrimaryTypes, Percent, cite("nd-16-1-16-01", "(1)(a)", Verified)),
				ndDemand(ndGeneral, cite("nd-16-1-16-01", "(2)(b)", Verified)),
				ndDemand(PrimaryTypes, cite("nd-16-1-16-01", "(2)(a)", Verified)),
			},
			Filings: []Filing{
				{
					Scope:    Scope{Offices: LocalOffices},
					Receiver: ndCanvassingBoard,
					Deadline: Deadline{N: 3, Unit: CalendarDays, From: Canvass, Cite: []Cite{cite("nd-16-1-16-01", "(3)", Verified)}},
				},
				{
					Receiver: ndCanvassingBoard,
					Deadline: Deadline{N: 3, Unit: CalendarDays, From: StateCanvass,
						Cite: []Cite{cite("nd-16-1-16-01", "(3), text cut off", Reported), cite("vv-nd", "", Reported), cite("prairiepublic-2024", "", Reported)}},
				},
			},
		}},
		Facts: []Fact{
			{Kind: "nd-sos-guidelines", Section: During, Cite: []Cite{cite("nd-16-1-16-01", "introduction", Verified)}},
			{Kind: "nd-hand-or-machine", Section: During, Cite: []Cite{cite("vv-nd", "Recount Guidelines, p. 15", Reported)}},
			{Kind: "nd-leader-share", Section: During, Cite: []Cite{cite("nd-16-1-16-01", "(1), (2)", Verified)}},
			{Kind: "nd-demand-band", Section: Before, When: Requested, Cite: []Cite{cite("nd-16-1-16-01", "(2)", Verified)}},
			{Kind: "requester-pays", Section: CostTime, When: Requested, Cite: []Cite{cite("prairiepublic-2024", "", Reported), cite("vv-nd", "", Reported)}},
			{Kind: "bond", Section: CostTime, When: Requested, Cite: []Cite{cite("kfyr-recount", "", Reported)}},
			{Kind: "finish-within", Section: CostTime, Scope: Scope{Offices: LegislativeOffices}, Numbers: []int64{7},
				Cite: []Cite{cite("vv-nd", "", Reported), cite("ceimn-nd", "", Reported)}},
			{Kind: "finish-within", Section: CostTime, Scope: Scope{Area: StatewideArea}, Numbers: []int64{14},
				Cite: []Cite{cite("vv-nd", "", Reported), cite("ceimn-nd", "", Reported)}},
			{Kind: "nd-certificate-withheld", Section: AfterNote, Cite: []Cite{cite("nd-16-1-15-28", "", Verified)}},
			{Kind: "questions-differ", Section: AfterNote, Cite: []Cite{cite("nd-16-1-16-01", "(1)(c)", Verified)}},
		},
		Cite: []Cite{cite("nd-16-1-16-01", "", Verified)},
	}},
	Ties: []TieLaw{
		{Scope: Scope{Offices: []Office{County}}, Kind: ByLot, Cite: []Cite{cite("nd-16-1-15-29", "", Verified)}},
		// "If a certificate of election cannot be issued for a judicial
		// district office or a state office because any two or more
		// individuals have equal and the highest number of votes, the
		// governor, by proclamation, shall order a new election."
		{Scope: Scope{Offices: []Office{Governor, LtGovernor, Statewide, Judicial}}, Kind: NewElection,
			Cite: []Cite{cite("nd-16-1-15-43", "", Verified)}},
		{Kind: TieUnknown, Cite: []Cite{cite("nd-16-1-15-43", "other offices", NotFound)}},
	},
	Holidays: Holidays{
		// § 1-03-02 and § 1-03-02.1: January 1, July 4, November 11 and
		// December 25 move to the Monday from a Sunday and to the Friday from
		// a Saturday. Offices close at noon on December 24 (§ 1-03-01.1),
		// not modelled: no North Dakota recount deadline counts business
		// days.
		Rules: []HolidayRule{
			ndHoliday("new-year", FixedDate, time.January, 1, 0, 0, FridayMonday),
			ndHoliday("mlk", NthWeekday, time.January, 0, time.Monday, 3, Unmoved),
			ndHoliday("washington", NthWeekday, time.February, 0, time.Monday, 3, Unmoved),
			{Key: "good-friday", Kind: EasterOffset, Days: -2, Cite: []Cite{cite("nd-1-03-01", "(5)", Verified)}},
			ndHoliday("memorial", NthWeekday, time.May, 0, time.Monday, -1, Unmoved),
			ndHoliday("independence", FixedDate, time.July, 4, 0, 0, FridayMonday),
			ndHoliday("labor", NthWeekday, time.September, 0, time.Monday, 1, Unmoved),
			ndHoliday("veterans", FixedDate, time.November, 11, 0, 0, FridayMonday),
			ndHoliday("thanksgiving", NthWeekday, time.November, 0, time.Thursday, 4, Unmoved),
			ndHoliday("christmas", FixedDate, time.December, 25, 0, 0, FridayMonday),
		},
		Cite: []Cite{cite("nd-1-03-01", "§§ 1-03-01, 1-03-02, 1-03-02.1", Verified)},
	},
	Sources: []Source{
		{ID: "nd-16-1-16-01", Kind: Statute, Title: "N.D. Cent. Code § 16.1-16-01",
			URL: "https://lexace.ai/us/statute/north-dakota/16.1-16-01", Checked: ndChecked},
		{ID: "nd-16-1-15-28", Kind: Statute, Title: "N.D. Cent. Code § 16.1-15-28",
			URL: "https://lexace.ai/us/statute/north-dakota/16.1-15-28", Checked: ndChecked},
		{ID: "nd-16-1-15-29", Kind: Statute, Title: "N.D. Cent. Code § 16.1-15-29",
			URL: "https://lexace.ai/us/statute/north-dakota/16.1-15-29", Checked: ndChecked},
		{ID: "nd-16-1-15-43", Kind: Statute, Title: "N.D. Cent. Code § 16.1-15-43",
			URL: "https://ebench-dev.greeninfo.org/state/north-dakota/statute/16.1-15-43", Checked: ndChecked},
		{ID: "nd-1-03-01", Kind: Statute, Title: "N.D. Cent. Code ch. 1-03 (§§ 1-03-01 to 1-03-02.1)",
			URL: "https://statutes.laws.com/north-dakota/t01/t01c03", Checked: ndChecked},
		{ID: "nd-sos-outcomes", Kind: OfficialGuide, Title: "North Dakota Secretary of State, Election outcomes (canvassing boards and recounts)",
			URL: "https://sos.nd.gov/elections/candidate/election-outcomes", Checked: ndChecked},
		{ID: "vv-nd", Kind: Summary, Title: "Verified Voting, North Dakota recount law",
			URL: "https://verifiedvoting.org/recountlaw/north-dakota", Checked: ndChecked},
		{ID: "ceimn-nd", Kind: Summary, Title: "Citizens for Election Integrity Minnesota, North Dakota recount law",
			URL: "https://ceimn.org/searchable-databases/recount-database/north-dakota", Checked: ndChecked},
		{ID: "prairiepublic-2024", Kind: News, Title: "Prairie Public, demand recounts possible in two legislative districts (2024-11-07)",
			URL: "https://news.prairiepublic.org/local-news/2024-11-07/demand-recount-possible-in-two-north-dakota-legislative-districts", Checked: ndChecked},
		{ID: "kfyr-recount", Kind: News, Title: "KFYR-TV, eight races poised for recount",
			URL: "https://www.kfyrtv.com/content/news/Eight-ND-races-poised-for-recount-500094482.html", Checked: ndChecked},
	},
}

// ndGeneral are the election types of § 16.1-16-01(1)(b) and (2)(b):
// general and special elections (North Dakota holds no runoffs).
var ndGeneral = []ElectionType{General, Special, Runoff}

// ndCanvassingBoard: the Secretary of State lists the county canvassing
// board as the board that decides whether a recount is available for
// federal, statewide, judicial, legislative and county offices (city and
// school boards for their own elections held apart). Where the demand
// itself is filed was not read.
var ndCanvassingBoard = Receiver{ID: "county-board", Kind: CountyBoard, Name: "County canvassing board",
	Cite: []Cite{cite("nd-sos-outcomes", "", Reported)}}

// ndAutomatic: a recount "must be conducted" when an individual fails by
// share or less of the highest vote cast for the office; at public cost.
func ndAutomatic(types []ElectionType, share Share, c Cite) Route {
	return Route{Kind: Automatic, Scope: Scope{Types: types}, Tiers: []Tier{{
		Line:   Line{Kind: ShareOfLeader, Share: share},
		Method: MachineAndHand,
		Cost:   Cost{Kind: Public, Cite: []Cite{cite("kfyr-recount", "", Reported)}},
		// The line is the statute's, read; the method is Verified Voting's
		// summary of the Secretary of State's guidelines.
		Cite: []Cite{c, cite("vv-nd", "", Reported)},
	}}, Cite: []Cite{c}}
}

// ndDemand: the losing individual's demand, "less than two percent" of the
// highest vote and open only above the automatic line ("more than").
func ndDemand(types []ElectionType, c Cite) Route {
	return Route{
		Kind:  Requested,
		Scope: Scope{Types: types},
		Tiers: []Tier{{
			Line:   Line{Kind: ShareOfLeader, Share: 2 * Percent, Strict: true},
			Method: MachineAndHand,
			Cost:   Cost{Kind: RequesterPays, Cite: []Cite{cite("prairiepublic-2024", "", Reported)}},
			Cite:   []Cite{c, cite("vv-nd", "", Reported)},
		}},
		Who:             []Requester{{Kind: LosingCandidate, Cite: []Cite{c}}},
		UnlessAutomatic: true,
		Cite:            []Cite{c},
	}
}

func ndHoliday(key string, kind HolidayKind, m time.Month, day int, wd time.Weekday, nth int, observed Observance) HolidayRule {
	return HolidayRule{Key: key, Kind: kind, Month: m, Day: day, Weekday: wd, Nth: nth, Observed: observed,
		Cite: []Cite{cite("nd-1-03-01", "", Verified)}}
}

package states

import (
	"time"

	. "github.com/recount-explainer/recount/rules"
)

// Kentucky: KRS 120.157 (the automatic recount, added by 2021 HB 574),
// KRS 120.095 (recount of a primary), KRS 120.185 (recount of a regular
// election for the offices of KRS 120.155), KRS 120.155, 120.205 and
// 120.215 (contests), KRS 118.245 (primary ties), KRS 2.110 and 18A.190
// (holidays), KRS 446.030 (computing time). Research notes:
// shared/facts/states/KY.md (2026-11-22).
//
// Read in the statute text on 2026-11-22:
//
//   - KRS 120.157(1) (lawserver.com, "Current as of: 2024"): "a recount of
//     the vote shall be required when a candidate is defeated by a margin of
//     not more than one-half of one percent (0.5%) of the votes cast for the
//     office." (2): "The State Board of Elections shall determine whether a
//     recount is required … based upon the total number of votes certified
//     to the Secretary of State."; "The recount shall be completed within
//     fourteen (14) days, Sundays excluded".
//   - KRS 120.185(1)(a)1. (self-law.org): "Any candidate who was voted for at
//     a regular election for any of the offices to which KRS 120.155
//     applies, and who does not qualify for an automatic recount under KRS
//     120.157, may request a recount"; (c): county-board certificates, "not
//     later than ten (10) days after the day of the election"; (d):
//     State-Board certificates, "not later than the second Tuesday following
//     the election." The rest of § 120.185, whose heading ends "General
//     Assembly action regarding findings of court", was not reached.
//   - KRS 120.155(1) (self-law.org): "Any candidate for election to any
//     state, county, district or city office (except the office of
//     Governor, Lieutenant Governor, member of the General Assembly, and
//     those city offices …)"; contests go to "the Circuit Court of the
//     county where the contestee resides", or "the Franklin Circuit Court"
//     for an officer elected statewide.
//   - KRS 120.095(1) (self-law.org): "Any candidate voted for at a primary …
//     may request a recount of the ballots by filing a petition with the
//     same court that contest petitions are required to be filed with,
//     within ten (10) days after the day of the primary"; "The party
//     requesting the recount shall execute a bond with approved surety".
//   - KRS 120.205 and 120.215 (self-law.org): contests of the Governor's and
//     of General Assembly members' elections are tried by boards of the
//     General Assembly.
//   - KRS 2.110(1) and 18A.190 (self-law.org): the holidays below.
//
// Who may ask in a General Assembly race beyond the automatic line is
// uncertain (the heading of § 120.185 against the text of its subsection
// (1)): two readings.
//
// Searched again on 2026-11-23 (read that day):
//
//   - the LRC's bill record for 2021 HB 574
//     (https://apps.legislature.ky.gov/record/21RS/HB574.html, undated):
//     "Last Action | 04/07/21: signed by Governor (Acts Ch. 197)"; title "AN
//     ACT relating to elections and making an appropriation therefor." (no
//     "declaring an emergency"). State Net's copy of the enacted text
//     (custom.statenet.com, "Version: Enacted - Final", "Version Date:
//     04/07/2021", "(Act Ch. 197)") was stored only to its Section 1, so
//     the Act's sections on KRS 120.157 and 120.185, and any effective-date
//     section, were not reached.
//   - casetext's KRS history notes show other acts of the 2021 regular
//     session taking effect on June 29, 2021 (KRS 205.540: "Amended 2021
//     Ky. Acts ch. 11, sec. 1, effective June 29, 2021"; KRS 15.400: ch. 73,
//     the same date). The note on KRS 120.157 itself was not found, so
//     FromUnsure stays.
//   - KRS 120.185 past (1)(d) is still unread: every stored copy
//     (self-law.org; State Net's HB 574) came only to its
//     opening. KRS 120.155(4) (self-law.org) speaks of "a requested recount
//     proceeding under KRS 120.185(1)", so § 120.185 has further
//     subsections, which may be the ones the heading's "General Assembly
//     action regarding findings of court" names; neither reading is ruled
//     out.
func init() { register(&KY) }

const kyChecked Date = 20261122

// KY is Kentucky's recount law.
var KY = Jurisdiction{
	Code: "KY", Name: "Kentucky", Counties: 120, Checked: kyChecked,
	Versions: []Version{
		{
			ID:      "ky-before-2021",
			Assumed: 20130901, // CEIMN's September 2013 reading; the older text of § 120.185 was not read
			Readings: []Reading{{
				ID:      "ky-before-2021",
				Routes:  []Route{kyPrimaryRoute, kyRegularRoute(false, false)},
				Filings: kyFilings(false, false),
			}},
			Facts: kyFacts,
			Cite:  []Cite{cite("ceimn-ky-2018", "", Reported), cite("fox19-2019", "", Reported)},
		},
		{
			ID: "ky-hb574-2021",
			// 2021 HB 574 (Acts ch. 197) was signed on April 7, 2021 (LRC
			// bill record) and its title declares no emergency; its own
			// effective date was not read. June 29, 2021 is the date other
			// acts of that session took effect (casetext's KRS history
			// notes); the 2023 governor's race was reported under the
			// automatic recount.
			From:       20210629,
			FromUnsure: 20231107,
			Readings: []Reading{
				{
					ID:      "ky-legislators-may-ask",
					Routes:  []Route{kyAutomatic, kyPrimaryRoute, kyRegularRoute(true, true)},
					Filings: kyFilings(true, true),
					Cite:    []Cite{cite("ky-120-185", "heading", Conflicting), cite("wtvq-2019", "", Reported)},
				},
				{
					ID:      "ky-legislators-contest-only",
					Routes:  []Route{kyAutomatic, kyPrimaryRoute, kyRegularRoute(true, false)},
					Filings: kyFilings(false, true),
					Cite: []Cite{cite("ky-120-185", "(1)(a)1.", Verified), cite("ky-120-155", "(1)", Verified),
						cite("ceimn-ky-2018", "", Conflicting)},
				},
			},
			Facts: kyFacts,
			Cite:  []Cite{cite("ky-120-157", "", Verified), cite("ky-hb574", "", Reported), cite("courier-journal-2023", "", Reported)},
		},
	},
	Ties: []TieLaw{
		{Scope: Scope{Types: PrimaryTypes, Except: []Office{President}}, Kind: ByLot, Cite: []Cite{cite("ky-118-245", "(2)", Verified)}},
		// General elections: county clerks have tossed coins (2012, 2022);
		// no statute was found.
		{Scope: Scope{Types: []ElectionType{General, Special}}, Kind: ByLot, Cite: []Cite{cite("kentucky-coin-toss-2022", "", Reported)}},
		{Kind: TieUnknown, Cite: []Cite{cite("ky-118-245", "", NotFound)}},
	},
	Holidays: Holidays{
		Rules: []HolidayRule{
			// KRS 18A.190(1): state offices close; a Saturday holiday is
			// kept the Friday before, a Sunday one the Monday after (2).
			kyOffice("new-year", FixedDate, time.January, 1, 0, 0),
			kyOffice("mlk", NthWeekday, time.January, 0, time.Monday, 3),
			kyOffice("memorial", NthWeekday, time.May, 0, time.Monday, -1),
			kyOffice("independence", FixedDate, time.July, 4, 0, 0),
			kyOffice("labor", NthWeekday, time.September, 0, time.Monday, 1),
			kyOffice("veterans", FixedDate, time.November, 11, 0, 0),
			{Key: "election-day", Kind: GeneralElection, EveryYears: 4, Observed: FridayMonday, Cite: []Cite{cite("ky-18a-190", "(1)(h)", Verified)}},
			kyOffice("thanksgiving", NthWeekday, time.November, 0, time.Thursday, 4),
			kyOffice("christmas", FixedDate, time.December, 25, 0, 0),
			// The "extra day" after New Year's, Thanksgiving and Christmas is
			// the Governor's to designate; Good Friday is a half day.
			{Key: "day-after-thanksgiving", Kind: DaysAfter, After: "thanksgiving", Days: 1, Possible: true,
				Cite: []Cite{cite("ky-18a-190", "(1)(i), (2)", Verified)}},
			{Key: "christmas-eve", Kind: FixedDate, Month: time.December, Day: 24, Possible: true,
				Cite: []Cite{cite("ky-18a-190", "(1)(j), (2)", Verified)}},
			// KRS 2.110(1): further legal holidays, on which "all the public
			// offices of this Commonwealth may be closed".
			kyLegal("lee", FixedDate, time.January, 19, 0, 0),
			kyLegal("ky-fdr-day", FixedDate, time.January, 30, 0, 0),
			kyLegal("lincoln", FixedDate, time.February, 12, 0, 0),
			kyLegal("washington", NthWeekday, time.February, 0, time.Monday, 3),
			kyLegal("confederate-memorial", FixedDate, time.June, 3, 0, 0),
			kyLegal("columbus", NthWeekday, time.October, 0, time.Monday, 2),
		},
		Cite: []Cite{cite("ky-18a-190", "", Verified), cite("ky-2-110", "(1)", Verified)},
	},
	Sources: []Source{
		{ID: "ky-120-157", Kind: Statute, Title: "KRS 120.157",
			URL: "https://lawserver.com/law/state/kentucky/ks-statutes/kentucky_statutes_120-157", Checked: kyChecked},
		{ID: "ky-120-185", Kind: Statute, Title: "KRS 120.185",
			URL: "https://self-law.org/code/ky/120-185", Checked: kyChecked},
		{ID: "ky-120-155", Kind: Statute, Title: "KRS 120.155",
			URL: "https://self-law.org/code/ky/120-155", Checked: kyChecked},
		{ID: "ky-120-095", Kind: Statute, Title: "KRS 120.095",
			URL: "https://self-law.org/code/ky/chapter-120/120-095", Checked: kyChecked},
		{ID: "ky-120-205-215", Kind: Statute, Title: "KRS 120.205 and 120.215",
			URL: "https://self-law.org/code/ky/120-205", Checked: kyChecked},
		{ID: "ky-120-250", Kind: Statute, Title: "KRS 120.250",
			URL: "https://www.lawserver.com/law/state/kentucky/ky-statutes/kentucky_statutes_120-250", Checked: kyChecked},
		{ID: "ky-118-245", Kind: Statute, Title: "KRS 118.245",
			URL: "https://self-law.org/code/ky/118-245", Checked: kyChecked},
		{ID: "ky-118-425", Kind: Statute, Title: "KRS 118.425 (certificates of election; not read)", Checked: kyChecked},
		{ID: "ky-2-110", Kind: Statute, Title: "KRS 2.110",
			URL: "https://self-law.org/code/ky/chapter-2/2-110", Checked: kyChecked},
		{ID: "ky-18a-190", Kind: Statute, Title: "KRS 18A.190",
			URL: "https://self-law.org/code/ky/18a-190", Checked: kyChecked},
		{ID: "ky-446-030", Kind: Statute, Title: "KRS 446.030 (as copied in the Taylor Mill city code)",
			URL: "https://codelibrary.amlegal.com/codes/taylormill/latest/taylormill_ky/0-0-0-193", Checked: kyChecked},
		{ID: "ky-hb574", Kind: SessionLaw, Title: "Kentucky 2021 HB 574 (Acts ch. 197, signed April 7, 2021)",
			URL: "https://apps.legislature.ky.gov/record/21RS/HB574.html", Checked: kyChecked},
		{ID: "ky-31-kar-4-220e", Kind: Regulation, Title: "31 KAR 4:220E § 9 (as cited by Verified Voting)",
			URL: "https://verifiedvoting.org/recountlaw/kentucky", Checked: kyChecked},
		{ID: "ceimn-ky-2018", Kind: Summary, Title: "Citizens for Election Integrity Minnesota, Kentucky recount laws (2013, 2018)",
			URL: "https://ceimn.org/searchable-databases/recount-database/kentucky", Checked: kyChecked},
		{ID: "fox19-2019", Kind: News, Title: "Fox19, 2019-11-06, on the governor's race and Kentucky recount law",
			URL: "https://www.fox19.com/2019/11/06/ky-governors-race-is-too-close-call-ap-says/", Checked: kyChecked},
		{ID: "wtvq-2019", Kind: News, Title: "WTVQ, 2019-02-21, “Bill would set recount process for legislative races”",
			URL: "https://www.wtvq.com/2019/02/21/bill-set-recount-process-legislative-races/", Checked: kyChecked},
		{ID: "courier-journal-2023", Kind: News, Title: "Courier-Journal (2023), on the automatic recount and the governor's race",
			URL: "https://news.yahoo.com/automatic-recount-kentucky-governor-election-133643062.html", Checked: kyChecked},
		{ID: "kentucky-coin-toss-2022", Kind: News, Title: "News reports of county races decided by coin toss (2022)",
			URL: "https://appliedweb.org/2022/11/11/us-midterms-local-kentucky-races-decided-by-coin-toss/", Checked: kyChecked},
		{ID: "ky-ehly-2022", Kind: Opinion, Title: "Ehly v. State Board of Elections, Ky. Ct. App. No. 2022-CA-0803-EL (2022)",
			URL: "http://ecases.us/case/kyctapp/c6887497/bridgette-ehly-v-commonwealth-of-kentucky-state-board-of-elections", Checked: kyChecked},
	},
}

// kyAutomaticOffices are KRS 120.157(1)'s offices: the General Assembly,
// the U.S. Senate and House, the Governor and Lieutenant Governor, and the
// other five statewide offices (Treasurer, Auditor, Commissioner of
// Agriculture, Secretary of State, Attorney General). Not the President,
// nor judges, nor local offices.
var kyAutomaticOffices = []Office{USSenate, USHouse, Governor, LtGovernor, Statewide, StateSenate, StateHouse}

// kyAutomatic: "not more than one-half of one percent (0.5%) of the votes
// cast for the office", in a regular or special election.
var kyAutomatic = Route{
	Kind:  Automatic,
	Scope: Scope{Offices: kyAutomaticOffices, Types: []ElectionType{General, Special}},
	Tiers: []Tier{{
		Line:   Line{Kind: ShareOfOffice, Share: Percent / 2},
		Method: Machine,
		Cite:   []Cite{cite("ky-120-157", "(1)", Verified), cite("ky-31-kar-4-220e", "§ 9", Reported)},
	}},
	Cite: []Cite{cite("ky-120-157", "(1)-(2)", Verified)},
}

// kyPrimaryRoute: any candidate voted for at a primary, at any margin, by a
// petition to the court where contests are filed, with a bond fixed by the
// Circuit Judge (Ehly, 2022: no margin is required).
var kyPrimaryRoute = Route{
	Kind:  Requested,
	Scope: Scope{Types: PrimaryTypes},
	Tiers: []Tier{{
		Line: Line{Kind: AnyMargin},
		Cost: Cost{Kind: RequesterPays, Cite: []Cite{cite("ky-120-095", "(1)", Verified)}},
		Cite: []Cite{cite("ky-120-095", "(1)", Verified), cite("ky-ehly-2022", "", Verified)},
	}},
	Who:       []Requester{{Kind: AnyCandidate, Cite: []Cite{cite("ky-120-095", "(1)", Verified)}}},
	InWriting: true,
	Cite:      []Cite{cite("ky-120-095", "(1)", Verified)},
}

// kyRegularRoute is § 120.185(1)'s request in a regular election, for the
// offices of § 120.155 (state, county, district and city offices other
// than the Governor, Lieutenant Governor and General Assembly). From 2021
// it is closed to a candidate who qualifies for the automatic recount;
// legislators is the reading that adds General Assembly races.
func kyRegularRoute(unlessAutomatic, legislators bool) Route {
	offices := []Office{Statewide, Judicial, County, Municipal, District}
	cites := []Cite{cite("ky-120-185", "(1)(a)1.", Verified), cite("ky-120-155", "(1)", Verified)}
	if !unlessAutomatic {
		cites = []Cite{cite("ky-120-185", "(1)(a)1., as summarized", Reported), cite("ky-120-155", "(1)", Verified), cite("ceimn-ky-2018", "", Reported)}
	}
	if legislators {
		offices = append(offices, StateSenate, StateHouse)
		cites = append(cites, cite("ky-120-185", "heading", Conflicting), cite("wtvq-2019", "", Reported))
	}
	return Route{
		Kind:  Requested,
		Scope: Scope{Offices: offices, Types: []ElectionType{General, Special}},
		Tiers: []Tier{{
			Line: Line{Kind: AnyMargin},
			Cost: Cost{Kind: RequesterPays, Cite: []Cite{cite("fox19-2019", "", Reported)}},
			Cite: cites,
		}},
		Who:             []Requester{{Kind: AnyCandidate, Cite: cites}},
		InWriting:       true,
		UnlessAutomatic: unlessAutomatic,
		Cite:            cites,
	}
}

var (
	kyFranklin = Receiver{ID: "ky-franklin-circuit-court", Kind: Court, Name: "Franklin Circuit Court",
		Cite: []Cite{cite("ky-120-155", "(1)", Verified), cite("ky-120-185", "(1)(a)1.", Verified)}}
	kyCircuit = Receiver{ID: "court", Kind: Court, Name: "Circuit Court of the county where the winning candidate lives",
		Cite: []Cite{cite("ky-120-155", "(1)", Verified), cite("ky-120-185", "(1)(a)1.", Verified)}}
	kyStateBoard = Receiver{ID: "state-board", Kind: StateBoard, Name: "Kentucky State Board of Elections",
		Cite: []Cite{cite("ky-120-157", "(2)", Verified)}}
	// KRS 446.030: a last day on a Saturday, Sunday, legal holiday or a day
	// the office is closed moves to the next day (read in a city's copy).
	kyPrimaryDeadline = Deadline{N: 10, Unit: CalendarDays, From: ElectionDay, Rolls: true,
		Cite: []Cite{cite("ky-120-095", "(1)", Verified), cite("ky-446-030", "(1)(a)", Reported)}}
	kyCountyDeadline = Deadline{N: 10, Unit: CalendarDays, From: ElectionDay, Rolls: true,
		Cite: []Cite{cite("ky-120-185", "(1)(c)", Verified), cite("ky-446-030", "(1)(a)", Reported)}}
	// "the second Tuesday following the election": fourteen days after a
	// Tuesday election.
	kyStateDeadline = Deadline{N: 14, Unit: CalendarDays, From: ElectionDay, Rolls: true,
		Cite: []Cite{cite("ky-120-185", "(1)(d)", Verified), cite("ky-446-030", "(1)(a)", Reported)}}
)

// kyFilings: primaries within ten days, in the Franklin Circuit Court for a
// statewide office and otherwise in the circuit court of the county where
// the winner lives; regular elections by the second Tuesday where the State
// Board issues the certificate (statewide, multi-county, judicial,
// legislative and congressional races: KRS 118.425 was not read) and within
// ten days where the county board does. From 2021, offices with only the
// automatic recount name the State Board, which orders it.
func kyFilings(legislatorsAsk, automatic bool) []Filing {
	byBoard := []Office{USSenate, USHouse, Governor, LtGovernor}
	if !legislatorsAsk {
		byBoard = append(byBoard, StateSenate, StateHouse)
	}
	stateCert := []Cite{cite("ky-118-425", "", Reported)}
	out := []Filing{
		{Scope: Scope{Types: PrimaryTypes, Area: StatewideArea}, Receiver: kyFranklin, Deadline: kyPrimaryDeadline},
		{Scope: Scope{Types: PrimaryTypes}, Receiver: kyCircuit, Deadline: kyPrimaryDeadline},
	}
	if automatic {
		out = append(out, Filing{Scope: Scope{Offices: byBoard}, Receiver: kyStateBoard})
	}
	return append(out, []Filing{
		{Scope: Scope{Area: StatewideArea}, Receiver: kyFranklin, Deadline: kyStateDeadline},
		{Scope: Scope{Offices: []Office{Judicial, StateSenate, StateHouse}}, Receiver: kyCircuit, Deadline: kyStateDeadline, Cite: stateCert},
		{Scope: Scope{Area: MultiCounty}, Receiver: kyCircuit, Deadline: kyStateDeadline, Cite: stateCert},
		{Receiver: kyCircuit, Deadline: kyCountyDeadline},
	}...)
}

// kyRegular are § 120.155's offices, for facts about requests and contests.
var kyRegular = Scope{Offices: []Office{Statewide, Judicial, County, Municipal, District}, Types: []ElectionType{General, Special}}

var kyFacts = []Fact{
	{Kind: "contest-route", Section: Before, Scope: kyRegular, Cite: []Cite{cite("ky-120-155", "(1)", Verified)}},
	{Kind: "contest-route", Section: Before, Scope: Scope{Types: PrimaryTypes}, Cite: []Cite{cite("ky-120-095", "(1)", Verified)}},
	{Kind: "ky-state-board-decides", Section: Where, From: 20210629, When: Automatic,
		Cite: []Cite{cite("ky-120-157", "(2)", Verified)}},
	{Kind: "ky-automatic-timing", Section: During, From: 20210629, When: Automatic, Numbers: []int64{14},
		Cite: []Cite{cite("ky-120-157", "(2)(a)-(b)", Verified)}},
	{Kind: "court-conducts", Section: During, When: Requested, Cite: []Cite{cite("ky-120-095", "(1)", Verified)}},
	{Kind: "machine-retabulation", Section: During, From: 20210629, Cite: []Cite{cite("ky-31-kar-4-220e", "§ 9", Reported)}},
	{Kind: "bond", Section: CostTime, Scope: Scope{Types: PrimaryTypes}, Cite: []Cite{cite("ky-120-095", "(1)", Verified)}},
	{Kind: "requester-pays", Section: CostTime, Scope: Scope{Types: []ElectionType{General, Special}}, When: Requested,
		Cite: []Cite{cite("fox19-2019", "", Reported)}},
	{Kind: "ky-automatic-costs-unread", Section: CostTime, From: 20210629, When: Automatic,
		Cite: []Cite{cite("ky-120-157", "costs", NotFound)}},
	{Kind: "no-finish-deadline", Section: CostTime, When: Requested, Cite: []Cite{cite("ky-120-095", "", NotFound)}},
	{Kind: "ky-governor-contest", Section: AfterNote, Scope: Scope{Offices: []Office{Governor, LtGovernor}},
		Cite: []Cite{cite("ky-120-205-215", "§ 120.205", Verified)}},
	{Kind: "ky-legislature-contest", Section: AfterNote, Scope: Scope{Offices: LegislativeOffices},
		Cite: []Cite{cite("ky-120-205-215", "§ 120.215", Verified)}},
	{Kind: "ky-federal-no-request", Section: AfterNote, Scope: Scope{Offices: FederalOffices, Types: []ElectionType{General, Special}},
		Cite: []Cite{cite("ky-120-155", "(1)", Verified), cite("ky-120-185", "(1)(a)1.", Verified)}},
	{Kind: "questions-differ", Section: AfterNote, Cite: []Cite{cite("ky-120-250", "(1)", Verified)}},
}

func kyOffice(key string, kind HolidayKind, m time.Month, day int, wd time.Weekday, nth int) HolidayRule {
	return HolidayRule{Key: key, Kind: kind, Month: m, Day: day, Weekday: wd, Nth: nth, Observed: FridayMonday,
		Cite: []Cite{cite("ky-18a-190", "(1)-(2)", Verified)}}
}

func kyLegal(key string, kind HolidayKind, m time.Month, day int, wd time.Weekday, nth int) HolidayRule {
	return HolidayRule{Key: key, Kind: kind, Month: m, Day: day, Weekday: wd, Nth: nth,
		Cite: []Cite{cite("ky-2-110", "(1)", Verified)}}
}

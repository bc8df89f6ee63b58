package states

import (
	"time"

	. "github.com/recount-explainer/recount/rules"
)

// Michigan: MCL 168.861–168.894 (Michigan Election Law, chapter XXXIII,
// recounts), as amended by 2024 PA 74 (SB 603), in force April 2, 2025:
// § 880a (automatic recounts: statewide within 0.1%, state senate within 75
// votes, state house within 25), § 879 (a candidate's petition to the Board
// of State Canvassers by 5 p.m. on the 2nd day after it certifies), § 881
// (per-precinct deposits of $50, $250 or $500 by margin), §§ 866–867 (the
// county boards), §§ 846, 851–852 (ties), § 168.13 (a last day on a weekend
// or holiday moves on) and MCL 435.101 (holidays). Before 2025: § 880a's
// 2,000-vote statewide automatic recount (1969 PA 268). Research notes:
// shared/facts/states/MI.md (read 2026-11-22).
//
// Read (FindLaw copy of § 880a, "Current as of January 01, 2025", and the
// self-law.org copy, read 2026-11-22): "a recount of all precincts in this
// state must be conducted at any time a statewide primary or election is
// certified by the board of state canvassers as having been determined by a
// vote differential of 0.1% or less of the total number of votes cast in
// that statewide election." The Legislature's own copy of § 878 (read
// 2026-11-22) carries the history note "Am. 2024, Act 74, Eff. Apr. 2,
// 2025". § 168.13: "if that day falls on a Saturday, Sunday or legal
// holiday, may be done within the same time limits on the next secular
// day."
//
// § 881(3), 2024 text (casetext copy, read 2026-11-22): "if 1 candidate is
// to be elected to the office and the official canvass of votes shows that
// the number of votes separating the winning candidate and the petitioner
// is more than 50 votes or 0.5% of the total number of votes cast in the
// race, whichever is greater, the petitioner shall deposit … $250.00 for
// each precinct".
func init() { register(&MI) }

const miChecked Date = 20261122

// MI is Michigan's recount law.
var MI = Jurisdiction{
	Code: "MI", Name: "Michigan", Counties: 83, Checked: miChecked,
	Versions: []Version{
		{
			// § 880a as added by 1969 PA 268 (eff. March 20, 1970): "a
			// vote differential of 2,000 votes or less". The petition
			// deadlines and deposits of the text amended in 2018 were not
			// read.
			ID: "mi-2000-votes",
			Readings: []Reading{{
				ID: "mi-2000-votes",
				Routes: []Route{
					{
						Kind:  Automatic,
						Scope: Scope{Area: StatewideArea},
						Tiers: []Tier{{Line: Line{Kind: FixedVotes, Votes: 2000}}},
						Cite:  []Cite{cite("mi-168-880a-1969", "(1)", Verified)},
					},
					{
						Kind: Requested,
						Tiers: []Tier{{Line: Line{Kind: AnyMargin},
							Cost: Cost{Kind: Deposit, Cite: []Cite{cite("mi-168-881-2014", "(2)", Verified), cite("mi-sb603", "", Verified)}}}},
						Who:       []Requester{{Kind: AnyCandidate, Cite: []Cite{cite("informing-democracy-mi", "", Reported)}}},
						InWriting: true,
						Cite:      []Cite{cite("mi-168-881-2014", "", Verified), cite("informing-democracy-mi", "", Reported)},
					},
				},
				Filings: []Filing{
					{Scope: miStateCanvassed, Receiver: miStateBoard},
					{Receiver: miCountyBoard},
				},
			}},
			Facts: []Fact{
				{Kind: "mi-deposit-before-2025", Section: CostTime, When: Requested,
					Cite: []Cite{cite("mi-168-881-2014", "(2)", Verified), cite("mi-sb603", "", Verified)}},
				{Kind: "mi-deadline-before-2025", Section: Where, When: Requested, Cite: []Cite{cite("mi-168-879", "(text before 2025 not read)", NotFound)}},
				{Kind: "mi-local-unit-pays", Section: CostTime, Scope: Scope{Offices: []Office{Municipal, District}}, When: Requested,
					Cite: []Cite{cite("mi-168-869-old", "", Verified)}},
				{Kind: "board-conducts", Section: During, Cite: []Cite{cite("informing-democracy-mi", "", Reported)}},
				{Kind: "multi-seat-different", Section: AfterNote, Cite: []Cite{cite("mi-168-880a-1969", "(1)", Verified)}},
			},
			Cite: []Cite{cite("mi-168-880a-1969", "", Verified)},
		},
		{
			ID:   "mi-2024-pa74",
			From: 20250402,
			Readings: []Reading{{
				ID: "mi-2024-pa74",
				Routes: []Route{
					{
						Kind:  Automatic,
						Scope: Scope{Area: StatewideArea},
						// "total number of votes cast in that statewide
						// election": read here as the votes for the office
						// (a fact says so).
						Tiers:  []Tier{{Line: Line{Kind: ShareOfOffice, Share: Percent / 10}}},
						Waiver: &Waiver{Cite: []Cite{cite("mi-168-880a", "(6) (heading only)", Reported)}},
						Cite:   []Cite{cite("mi-168-880a", "(1)", Verified)},
					},
					{
						// "a state senate election, other than a state
						// senate primary election … 75 votes or less".
						Kind:   Automatic,
						Scope:  Scope{Offices: []Office{StateSenate}, Types: miNotPrimary},
						Tiers:  []Tier{{Line: Line{Kind: FixedVotes, Votes: 75}}},
						Waiver: &Waiver{Cite: []Cite{cite("mi-168-880a", "(6) (heading only)", Reported)}},
						Cite:   []Cite{cite("mi-168-880a", "(2)", Verified)},
					},
					{
						Kind:   Automatic,
						Scope:  Scope{Offices: []Office{StateHouse}, Types: miNotPrimary},
						Tiers:  []Tier{{Line: Line{Kind: FixedVotes, Votes: 25}}},
						Waiver: &Waiver{Cite: []Cite{cite("mi-168-880a", "(6) (heading only)", Reported)}},
						Cite:   []Cite{cite("mi-168-880a", "(3)", Verified)},
					},
					{
						// Any candidate voted for "if the candidate believes
						// that, but for error, a different candidate would
						// have been elected" (§ 879(1)); any margin, with a
						// deposit that grows with the margin.
						Kind: Requested,
						Tiers: []Tier{
							{Line: Line{Kind: Greater, Of: []Line{{Kind: FixedVotes, Votes: 50}, {Kind: ShareOfOffice, Share: Percent / 2}}},
								Cost: Cost{Kind: Deposit, PerPrecinct: 50, Refunded: true,
									Cite: []Cite{cite("mi-168-881", "(1)", Verified), cite("mi-sfa-603", "", Reported)}}},
							{Line: Line{Kind: Greater, Of: []Line{{Kind: FixedVotes, Votes: 75}, {Kind: ShareOfOffice, Share: 5 * Percent}}},
								Cost: Cost{Kind: Deposit, PerPrecinct: 250, Refunded: true,
									Cite: []Cite{cite("mi-168-881", "(3)", Verified), cite("mi-sfa-603", "", Reported)}}},
							{Line: Line{Kind: AnyMargin},
								Cost: Cost{Kind: Deposit, PerPrecinct: 500, Refunded: true,
									Cite: []Cite{cite("mi-168-881", "(2)", Verified), cite("mi-sfa-603", "", Reported)}}},
						},
						Who:       []Requester{{Kind: AnyCandidate, Cite: []Cite{cite("mi-168-879", "(1)", Verified)}}},
						InWriting: true,
						Cite:      []Cite{cite("mi-168-879", "(1)", Verified), cite("mi-168-881", "(1)–(3)", Verified), cite("mi-168-867", "(1)–(3)", Verified)},
					},
					// § 879(2): the state party chair may petition for a
					// candidate within 500 votes (senate) or 200 (house).
					{
						Kind:  Requested,
						Scope: Scope{Offices: []Office{StateSenate}},
						Tiers: []Tier{{Line: Line{Kind: FixedVotes, Votes: 500}}},
						Who:   []Requester{{Kind: PartyOfficer, Cite: []Cite{cite("mi-168-879", "(2)", Verified)}}},
						Cite:  []Cite{cite("mi-168-879", "(2)", Verified)},
					},
					{
						Kind:  Requested,
						Scope: Scope{Offices: []Office{StateHouse}},
						Tiers: []Tier{{Line: Line{Kind: FixedVotes, Votes: 200}}},
						Who:   []Requester{{Kind: PartyOfficer, Cite: []Cite{cite("mi-168-879", "(2)", Verified)}}},
						Cite:  []Cite{cite("mi-168-879", "(2)", Verified)},
					},
				},
				Filings: []Filing{
					{
						// § 879(1)(c): "not later than 5 p.m. of the second day
						// after the day the board of state canvassers
						// certifies the results of the election."
						Scope: miStateCanvassed, Receiver: miStateBoard,
						Deadline: Deadline{N: 2, Unit: CalendarDays, From: Certification, At: 17 * 60, Rolls: true,
							Cite: []Cite{cite("mi-168-879", "(1)(c)", Verified), cite("mi-168-13", "(1)", Verified)}},
					},
					{
						// § 866 (2024) was not read; the Senate Fiscal Agency
						// reports every petition is due within 48 hours of
						// certification.
						Receiver: miCountyBoard,
						Deadline: Deadline{N: 48, Unit: Hours, From: Certification,
							Cite: []Cite{cite("mi-168-866", "(not read)", NotFound), cite("mi-sfa-603-s1", "", Reported)}},
					},
				},
			}},
			Facts: []Fact{
				{Kind: "mi-enough-votes", Section: Where, When: Requested,
					Cite: []Cite{cite("mi-168-879", "(1) (heading: good-faith belief)", Verified), cite("mi-hfa-603", "", Reported)}},
				{Kind: "mi-administrative-recount", Section: During, Cite: []Cite{cite("mi-168-861", "(2)–(3)", Verified)}},
				{Kind: "board-conducts", Section: During, Cite: []Cite{cite("mi-168-878", "(2)", Verified), cite("informing-democracy-mi", "", Reported)}},
				{Kind: "deposit-refunded", Section: CostTime, When: Requested, Cite: []Cite{cite("mi-sfa-603", "", Reported)}},
				{Kind: "mi-deposit-inflation", Section: CostTime, When: Requested, Cite: []Cite{cite("mi-sfa-603", "", Reported)}},
				{Kind: "mi-statewide-denominator", Section: AfterNote, Scope: Scope{Area: StatewideArea}, When: Automatic,
					Cite: []Cite{cite("mi-168-880a", "(1)", Verified)}},
				{Kind: "multi-seat-different", Section: AfterNote, Cite: []Cite{cite("mi-168-880a", "(1)", Verified), cite("mi-168-881", "(4)", Verified)}},
			},
			Cite: []Cite{cite("mi-pa74-2024", "", Verified), cite("mi-168-878", "history", Verified)},
		},
	},
	Ties: []TieLaw{
		// § 846: "the board of state canvassers shall certify the result
		// of the canvass as to such office to the legislature and the
		// legislature in joint convention shall choose 1 of said persons".
		{Scope: miStateCanvassed, Kind: Legislature, Cite: []Cite{cite("mi-168-846", "", Verified)}},
		{Kind: ByLot, Cite: []Cite{cite("mi-168-852", "", Verified), cite("cheboygan-2022", "§ 851 as quoted", Reported)}},
	},
	// MCL 435.101(1) lists the days; it says nothing of a holiday on a
	// weekend, so none moves. Juneteenth (f) is in the current text and
	// not in an older copy; the year it was added was not read, so it is
	// counted in every year.
	Holidays: Holidays{
		Rules: []HolidayRule{
			miHoliday("new-year", FixedDate, time.January, 1, 0, 0),
			miHoliday("mlk", NthWeekday, time.January, 0, time.Monday, 3),
			miHoliday("lincoln", FixedDate, time.February, 12, 0, 0),
			miHoliday("washington", NthWeekday, time.February, 0, time.Monday, 3),
			miHoliday("memorial", NthWeekday, time.May, 0, time.Monday, -1),
			miHoliday("juneteenth", FixedDate, time.June, 19, 0, 0),
			miHoliday("independence", FixedDate, time.July, 4, 0, 0),
			miHoliday("labor", NthWeekday, time.September, 0, time.Monday, 1),
			miHoliday("columbus", NthWeekday, time.October, 0, time.Monday, 2),
			miHoliday("veterans", FixedDate, time.November, 11, 0, 0),
			miHoliday("thanksgiving", NthWeekday, time.November, 0, time.Thursday, 4),
			miHoliday("christmas", FixedDate, time.December, 25, 0, 0),
		},
		Cite: []Cite{cite("mi-435-101", "(1)", Verified)},
	},
	Sources: []Source{
		{ID: "mi-168-880a", Kind: Statute, Title: "MCL 168.880a",
			URL: "https://codes.findlaw.com/mi/chapter-168-michigan-election-law/mi-comp-laws-168-880a/", Checked: miChecked},
		{ID: "mi-168-880a-1969", Kind: Statute, Title: "MCL 168.880a (as added by 1969 PA 268)",
			URL: "https://instalawyer.io/laws/michigan-compiled-laws/section-168880a-recount-of", Checked: miChecked},
		{ID: "mi-168-879", Kind: Statute, Title: "MCL 168.879",
			URL: "https://ombudsman.legislature.mi.gov/Home/RenderDoc?objectName=mcl-116-1954-XXXIII-STATE-CANVASSERS", Checked: miChecked},
		{ID: "mi-168-881", Kind: Statute, Title: "MCL 168.881",
			URL: "http://print.casetext.com/statute/michigan-compiled-laws/chapter-168-michigan-election-law/subchapter-chapter-xxxiii-recounts/state-canvassers/section-168881-effective-91-days-after-adjournment-of-the-2024-regular-session-sine-die-recount-petition-filing-deposit-adjustment-of-deposit-refund-disposition-of-sum-deposited", Checked: miChecked},
		{ID: "mi-168-881-2014", Kind: Statute, Title: "MCL 168.881 (text complete through 2014 PA 358)",
			URL: "http://www.legislature.mi.gov/(S(xnn2qk55nwnpjzzem2xcvtuw))/mileg.aspx?page=getobject&objectname=mcl-168-880a&relation=next", Checked: miChecked},
		{ID: "mi-168-867", Kind: Statute, Title: "MCL 168.867",
			URL: "https://codes.findlaw.com/mi/chapter-168-michigan-election-law/mi-comp-laws-168-867/", Checked: miChecked},
		{ID: "mi-168-866", Kind: Statute, Title: "MCL 168.866", Checked: miChecked},
		{ID: "mi-168-869-old", Kind: Statute, Title: "MCL 168.869 (text in force until April 2, 2025)",
			URL: "https://casetext.com/statute/michigan-compiled-laws/chapter-168-michigan-election-law/subchapter-chapter-xxxiii-recounts/county-city-township-and-village-boards-of-canvassers/section-168869-effective-until-91-days-after-adjournment-of-the-2024-regular-session-sine-die-recount-petition-investigation-delay-expenses-of-local-recount", Checked: miChecked},
		{ID: "mi-168-861", Kind: Statute, Title: "MCL 168.861",
			URL: "https://self-law.org/code/mi/chapter-168/168-861", Checked: miChecked},
		{ID: "mi-168-878", Kind: Statute, Title: "MCL 168.878",
			URL: "https://ombudsman.legislature.mi.gov/Home/RenderDoc?objectName=mcl-116-1954-XXXIII-STATE-CANVASSERS", Checked: miChecked},
		{ID: "mi-168-13", Kind: Statute, Title: "MCL 168.13",
			URL: "https://self-law.org/code/mi/chapter-168/168-13", Checked: miChecked},
		{ID: "mi-168-846", Kind: Statute, Title: "MCL 168.846",
			URL: "https://legalfix.com/statutes/state-codes/michigan/chapter-168/statute-act-116-of-1954/division-116-1954-xxxi/section-168-846", Checked: miChecked},
		{ID: "mi-168-852", Kind: Statute, Title: "MCL 168.852",
			URL: "https://self-law.org/code/mi/chapter-168/168-852", Checked: miChecked},
		{ID: "mi-435-101", Kind: Statute, Title: "MCL 435.101",
			URL: "https://lawserver.com/law/state/texas/tx-codes/michigan_laws_435-101", Checked: miChecked},
		{ID: "mi-pa74-2024", Kind: SessionLaw, Title: "2024 PA 74 (Senate Bill 603)",
			URL: "https://www.legislature.mi.gov/documents/2023-2024/billanalysis/Senate/htm/2023-SFA-0603-N.htm", Checked: miChecked},
		{ID: "mi-sb603", Kind: SessionLaw, Title: "Senate Bill 603 of 2023, as introduced (the sections it amends and their histories)",
			URL: "https://www.legislature.mi.gov/documents/2023-2024/billintroduced/Senate/htm/2023-SIB-0603.htm", Checked: miChecked},
		{ID: "mi-sfa-603", Kind: Summary, Title: "Senate Fiscal Agency, analysis of SB 603 and 604 as enacted (February 7, 2025)",
			URL: "https://www.legislature.mi.gov/documents/2023-2024/billanalysis/Senate/htm/2023-SFA-0603-N.htm", Checked: miChecked},
		{ID: "mi-sfa-603-s1", Kind: Summary, Title: "Senate Fiscal Agency, summary of SB 603 (S-1) (March 20, 2024)",
			URL: "https://www.legislature.mi.gov/documents/2023-2024/billanalysis/Senate/htm/2023-SFA-0603-S.htm", Checked: miChecked},
		{ID: "mi-hfa-603", Kind: Summary, Title: "House Fiscal Agency, analysis of SB 603 (May 28, 2024)",
			URL: "https://fastdemocracy.com/bill-summary/?billsummary_id=MIB00023914&billsummary_session=2023-2024&billsummary_state=mi", Checked: miChecked},
		{ID: "informing-democracy-mi", Kind: Summary, Title: "Informing Democracy, Michigan recounts",
			URL: "https://informingdemocracy.notion.site/Recounts-10b5a51c5acd43fbb7bc5beabf22d82d", Checked: miChecked},
		{ID: "cheboygan-2022", Kind: News, Title: "Cheboygan Daily Tribune, on a tie in Rogers City (November 17, 2022)",
			URL: "https://www.cheboygannews.com/story/news/politics/elections/2022/11/17/what-happens-in-a-tie-election-in-rogers-city-they-pulled-slips-of-paper-from-a-bowl/69648166007/", Checked: miChecked},
		{ID: "mi-news-hd44-2024", Kind: News, Title: "WMUK, on the State House District 44 recount (December 11, 2024)",
			URL: "https://www.wmuk.org/wmuk-news/2024-12-11/a-recount-confirms-republican-steve-frisbies-victory-in-the-44th-state-house-district", Checked: miChecked},
		{ID: "mi-news-hd44-cert", Kind: News, Title: "US News and Business, on the State House District 44 canvass (November 2024)",
			URL: "https://usnewsandbusiness.com/?p=60837", Checked: miChecked},
	},
	Past: []PastRecount{
		{Race: "mi-2024-hd44", Election: 20241105, Finished: 20241210, Before: 61, After: 79,
			Cite: []Cite{cite("mi-news-hd44-cert", "", Reported), cite("mi-news-hd44-2024", "", Reported)}},
	},
}

// miNotPrimary: the senate and house automatic recounts are for elections
// "other than" primaries.
var miNotPrimary = []ElectionType{General, Runoff, Special}

// miStateCanvassed: the offices the Board of State Canvassers canvasses
// (federal and state offices, judges of the state's courts).
var miStateCanvassed = Scope{Offices: []Office{President, USSenate, USHouse, Federal, Governor, LtGovernor, Statewide,
	StateSenate, StateHouse, Judicial, State}}

var miStateBoard = Receiver{ID: "mi-board-of-state-canvassers", Kind: StateBoard, Name: "Board of State Canvassers",
	Directs: true, Cite: []Cite{cite("mi-168-879", "(1)", Verified), cite("mi-168-881", "(1)", Verified)}}

var miCountyBoard = Receiver{ID: "county-board", Kind: CountyBoard, Name: "Board of County Canvassers",
	Cite: []Cite{cite("mi-168-867", "(1)", Verified)}}

func miHoliday(key string, kind HolidayKind, m time.Month, day int, wd time.Weekday, nth int) HolidayRule {
	return HolidayRule{Key: key, Kind: kind, Month: m, Day: day, Weekday: wd, Nth: nth,
		Cite: []Cite{cite("mi-435-101", "(1)", Verified)}}
}

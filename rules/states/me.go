package states

import (
	"time"

	. "github.com/recount-explainer/recount/rules"
)

// Maine: 21-A M.R.S. § 737-A (recounts for federal, state and county
// offices, requested by the apparent loser within 5 business days after the
// election, filed with the Secretary of State), 30-A M.R.S. § 2531-B
// (municipal recounts, with the clerk), 29-250 C.M.R. chs. 502 and 536 (the
// Secretary of State's recount rules), 21-A M.R.S. §§ 731–732 (ties) and
// 4 M.R.S. § 1051 (legal holidays). Research notes:
// shared/facts/states/ME.md (read 2026-11-22).
//
// Read in the official text of § 737-A
// (https://legislature.maine.gov/statutes/21-A/title21-Asec737-A.html,
// opening paragraphs, history through PL 2023, c. 304; copy read
// 2026-11-22): "A candidate who is the apparent loser and who desires a
// recount must file with the Secretary of State a written request for a
// recount within 5 business days after the election" [PL 2019, c. 320]; and
// "If, after the official tabulation is submitted to the Governor, the
// apparent winner is determined the losing candidate, that candidate may
// request a recount within 3 business days". Its sub-§§ 1 and 1-A (the free
// tiers) were not reached: those lines rest on CEIMN (2020), Verified
// Voting and 2024 news reports.
//
// § 2531-B(1), official copy with 2011 history notes
// (http://www.mainelegislature.org/legis/statutes/30-A/title30-Asec2531-B.html,
// read 2026-11-22): "A deposit is not required if the percentage difference
// shown by the official tabulation is equal to or less than: A. Two and
// one-half percent, if the combined vote for the candidates is 1,000 or
// less". That is the 2011 text (P.L. 2011, c. 255): P.L. 2019, c. 288 ("An
// Act To Clarify Recounts in Municipal Elections", the Legislature's
// chapter page, read 2026-11-23) repealed § 2531-B and enacted it anew. The
// new text keeps a subsection defining the "percentage difference", but its
// lines were not reached, so the free tiers below are the 2011 ones and the
// page marks them not found in the current text. Sub-§ 4's deadline (5
// business days after the election) is read in the current text.
func init() { register(&ME) }

const meChecked Date = 20261122

// ME is Maine's recount law.
var ME = Jurisdiction{
	Code: "ME", Name: "Maine", Counties: 16, Checked: meChecked,
	Versions: []Version{
		{
			// CEIMN's 2016 review (statutes current through October 15,
			// 2015): no deposit within 2% for state and federal offices.
			ID:      "me-2-percent",
			Assumed: 20151103,
			Readings: []Reading{{
				ID: "me-2-percent",
				Routes: []Route{
					{
						Kind:  Requested,
						Scope: Scope{Except: []Office{Municipal, District}},
						Tiers: []Tier{
							{Line: Line{Kind: ShareOfOffice, Share: 2 * Percent}, Method: Hand,
								Cost: Cost{Kind: Public, Cite: []Cite{cite("ceimn-me-2016", "", Reported)}}},
							{Line: Line{Kind: AnyMargin}, Method: Hand, Cost: meDepositCost},
						},
						Who: meWho, InWriting: true,
						Cite: []Cite{cite("me-21a-737a", "first ¶¶", Verified), cite("ceimn-me-2016", "", Reported)},
					},
					meMunicipalRoute,
				},
				Filings: meFilings,
			}},
			Facts: meFacts,
			Cite:  []Cite{cite("ceimn-me-2016", "", Reported)},
		},
		{
			// The 2017 amendment (128th Legislature, H.P. 230 as amended)
			// added sub-§ 1-A and cut the free tier to 1.5% and, for
			// statewide and multicounty offices, 1% or 1,000 votes. Its
			// effective date was not read: enacted in 2017; the June 12,
			// 2018 primary is the first election certainly under it.
			ID:         "me-2017-tiers",
			From:       20170601,
			FromUnsure: 20180612,
			// Sources disagree on ties: Ballotpedia (2025) reports an
			// automatic recount of a tie; the Secretary of State (2014)
			// and 2024 news reports say Maine has no automatic recount.
			// A reading with a tie-only automatic route would make every
			// race "it depends" (the engine tells "no route" from "not
			// within the line"), so the conflict is a fact instead.
			Readings: []Reading{{
				ID:      "me-2017-tiers",
				Routes:  meRoutes2017,
				Filings: meFilings,
			}},
			Facts: meFacts,
			Cite:  []Cite{cite("me-hp230-2017", "", Reported), cite("ceimn-me-2020", "", Reported)},
		},
	},
	Ties: []TieLaw{
		// § 732: "In a primary election, the Secretary of State shall
		// notify each person involved in the tie … At that time, the
		// Secretary of State shall select the nominee publicly by lot."
		{Scope: Scope{Types: PrimaryTypes}, Kind: ByLot, Cite: []Cite{cite("me-21a-731-732", "§ 732(1)", Verified)}},
		{Scope: Scope{Offices: []Office{President}}, Kind: Legislature, Cite: []Cite{cite("me-21a-731-732", "§ 732(2)(A)", Verified)}},
		{Scope: Scope{Offices: LegislativeOffices}, Kind: NewElection, Cite: []Cite{cite("me-21a-731-732", "§ 732(2)(C)", Verified)}},
		// § 732(2)(B) leaves these offices to the constitutions (not
		// read); the Bangor Daily News (2018) reports the Legislature
		// chooses the governor and a special election settles Congress.
		{Scope: Scope{Offices: []Office{Governor}}, Kind: Legislature, Cite: []Cite{cite("bdn-2018", "", Reported)}},
		{Scope: Scope{Offices: []Office{USSenate, USHouse}}, Kind: NewElection, Cite: []Cite{cite("bdn-2018", "", Reported)}},
		{Kind: NewElection, Cite: []Cite{cite("me-21a-731-732", "§ 732(2)", Verified)}},
	},
	// 4 M.R.S. § 1051 as re-enacted by P.L. 2021, c. 140 (chaptered text
	// read 2026-11-22): "When any one of the holidays named in this section
	// falls on Sunday, the Monday following must be observed as a holiday".
	// So every holiday of the section on a Sunday is kept the Monday after
	// (SundayMonday), and the 5 business days skip that Monday; one on a
	// Saturday stays there (the section names no Saturday), so the Friday
	// before is a business day.
	Holidays: Holidays{
		Rules: []HolidayRule{
			meHoliday("new-year", FixedDate, time.January, 1, 0, 0),
			meHoliday("mlk", NthWeekday, time.January, 0, time.Monday, 3),
			meHoliday("washington", NthWeekday, time.February, 0, time.Monday, 3),
			meHoliday("me-patriots-day", NthWeekday, time.April, 0, time.Monday, 3),
			meHoliday("memorial", NthWeekday, time.May, 0, time.Monday, -1),
			// P.L. 2021, c. 140 (approved June 10, 2021) added Juneteenth.
			{Key: "juneteenth", Kind: FixedDate, Month: time.June, Day: 19, From: 2022, Observed: SundayMonday,
				Cite: []Cite{cite("me-4-1051", "", Verified)}},
			meHoliday("independence", FixedDate, time.July, 4, 0, 0),
			meHoliday("labor", NthWeekday, time.September, 0, time.Monday, 1),
			// Columbus Day became Indigenous Peoples Day in 2019 (H.P. 142,
			// 129th Legislature); the same Monday either way.
			{Key: "me-indigenous-peoples-day", Kind: NthWeekday, Month: time.October, Weekday: time.Monday, Nth: 2, Observed: SundayMonday,
				Cite: []Cite{cite("me-4-1051", "", Verified), cite("me-hp142-2019", "", Verified)}},
			meHoliday("veterans", FixedDate, time.November, 11, 0, 0),
			meHoliday("thanksgiving", NthWeekday, time.November, 0, time.Thursday, 4),
			meHoliday("christmas", FixedDate, time.December, 25, 0, 0),
		},
		Cite: []Cite{cite("me-4-1051", "", Verified)},
	},
	Sources: []Source{
		{ID: "me-21a-737a", Kind: Statute, Title: "21-A M.R.S. § 737-A",
			URL: "https://legislature.maine.gov/statutes/21-A/title21-Asec737-A.html", Checked: meChecked},
		{ID: "me-pl-2019-c288", Kind: SessionLaw, Title: "P.L. 2019, c. 288, An Act To Clarify Recounts in Municipal Elections (repealed and re-enacted 30-A M.R.S. § 2531-B)",
			URL: "https://mainelegislature.org/legis/bills/bills_129th/chapters/PUBLIC288.asp", Checked: 20261123},
		{ID: "me-30a-2531b", Kind: Statute, Title: "30-A M.R.S. § 2531-B (2011 text)",
			URL: "http://www.mainelegislature.org/legis/statutes/30-A/title30-Asec2531-B.html", Checked: meChecked},
		{ID: "me-30a-2531b-4", Kind: Statute, Title: "30-A M.R.S. § 2531-B(4)–(5) (Counsel Stack copy)",
			URL: "https://law.counselstack.com/statute/me/30-A%20%C2%A72531-B", Checked: meChecked},
		{ID: "me-21a-731-732", Kind: Statute, Title: "21-A M.R.S. §§ 731–732",
			URL: "https://ebench-dev.greeninfo.org/state/maine/statute/732", Checked: meChecked},
		{ID: "me-cmr-502", Kind: Regulation, Title: "29-250 C.M.R. ch. 502, §§ 1–2",
			URL: "https://regulations.justia.com/states/maine/29/250/bureau-of-corporations-elections-and-commissions/chapter-502/part-b/section-250-502-1", Checked: meChecked},
		{ID: "me-cmr-536", Kind: Regulation, Title: "29-250 C.M.R. ch. 536, § 3",
			URL: "https://casetext.com/regulation/maine-administrative-code/department-29-department-of-the-secretary-of-state/division-250-bureau-of-motor-vehicles/bureau-of-corporations-elections-and-commissions/chapter-536-rules-establishing-procedures-for-requesting-and-conducting-recounts-of-elections-determined-by-ranked-choice-voting/section-250-536-3-deposit-for-recount", Checked: meChecked},
		{ID: "me-4-1051", Kind: Statute, Title: "4 M.R.S. § 1051, as re-enacted by P.L. 2021, c. 140",
			URL: "https://fastdemocracy.com/bill-summary/?billsummary_id=MEB00008680&billsummary_session=130&billsummary_state=me", Checked: meChecked},
		{ID: "me-hp142-2019", Kind: SessionLaw, Title: "Maine H.P. 142, 129th Legislature (2019), Indigenous Peoples Day",
			URL: "https://legislature.maine.gov/legis/bills/bills_129th/billtexts/HP014201.asp", Checked: meChecked},
		{ID: "me-hp230-2017", Kind: SessionLaw, Title: "Maine H.P. 230, 128th Legislature (2017), as amended",
			URL: "https://legislature.maine.gov/legis/bills/bills_128th/billtexts/HP023002.asp", Checked: meChecked},
		{ID: "me-sos-2014", Kind: OfficialGuide, Title: "Maine Secretary of State, news release on legislative primary recounts (June 17, 2014)",
			URL: "https://www.maine.gov/sos/news/2014/recountschedules.html", Checked: meChecked},
		{ID: "ceimn-me-2016", Kind: Summary, Title: "Citizens for Election Integrity Minnesota, Maine recount laws (June 13, 2016)",
			URL: "http://ceimn.org/ceimn-state-recount-laws-searchable-database/states/Maine", Checked: meChecked},
		{ID: "ceimn-me-2020", Kind: Summary, Title: "Citizens for Election Integrity Minnesota, Maine recount laws (March 1, 2020)",
			URL: "http://ceimn-d9.devd.triplo.co/node/127/printable/print", Checked: meChecked},
		{ID: "verifiedvoting-me", Kind: Summary, Title: "Verified Voting, Maine recount law",
			URL: "https://verifiedvoting.org/recountlaw/maine", Checked: meChecked},
		{ID: "ballotpedia-me-2025", Kind: Summary, Title: "Ballotpedia, Recount laws in Maine (revision of September 29, 2025)",
			URL: "https://ballotpedia.org/wiki/index.php?diff=prev&oldid=10517462&title=Recount_laws_in_Maine", Checked: meChecked},
		{ID: "centralmaine-2024", Kind: News, Title: "Central Maine / Portland Press Herald, “11 Maine legislative races will be recounted” (November 14, 2024)",
			URL: "https://centralmaine.com/2024/11/14/11-maine-legislative-races-will-be-recounted", Checked: meChecked},
		{ID: "bdn-2018", Kind: News, Title: "Bangor Daily News, on how Maine breaks ties (January 8, 2018)",
			URL: "https://stateandcapitol.bdnblogs.com/2018/01/08/virginia-decided-a-tied-election-in-a-drawing-heres-what-would-happen-in-maine/", Checked: meChecked},
	},
}

// meWho: "A candidate who is the apparent loser" (§ 737-A), "in writing".
var meWho = []Requester{{Kind: LosingCandidate, Cite: []Cite{cite("me-21a-737a", "first ¶¶", Verified)}}}

// meDepositCost: past the free line the candidate pays a deposit, returned
// if the recount reverses the election (CEIMN 2020; news 2024). Its amounts
// (sub-§§ 1 and 1-A) were not read, beyond the first paid tier below.
var meDepositCost = Cost{Kind: Deposit, Refunded: true,
	Cite: []Cite{cite("ceimn-me-2020", "", Reported), cite("centralmaine-2024", "", Reported)}}

// meRoutes2017 are the requested recounts since the 2017 amendment: free
// within 1.5% for the legislature and single-county offices, within 1% or
// 1,000 votes (whichever is less) for statewide, congressional and
// multicounty offices; a deposit beyond.
var meRoutes2017 = []Route{
	{
		Kind:  Requested,
		Scope: Scope{Offices: LegislativeOffices},
		Tiers: meLocalTiers,
		Who:   meWho, InWriting: true,
		Cite: []Cite{cite("me-21a-737a", "first ¶¶", Verified), cite("me-21a-737a", "sub-§ 1 (not read)", Reported),
			cite("ceimn-me-2020", "", Reported)},
	},
	{
		Kind:  Requested,
		Scope: Scope{Offices: []Office{County, Judicial}, Area: SingleCounty},
		Tiers: meLocalTiers,
		Who:   meWho, InWriting: true,
		Cite: []Cite{cite("me-21a-737a", "first ¶¶", Verified), cite("me-21a-737a", "sub-§ 1 (not read)", Reported),
			cite("ceimn-me-2020", "", Reported)},
	},
	{
		Kind:  Requested,
		Scope: Scope{Except: []Office{StateSenate, StateHouse, County, Municipal, District}},
		Tiers: []Tier{
			{
				// "1% or less of the total votes cast for that office or
				// not more than 1,000 votes, whichever is less" (CEIMN 2020,
				// Verified Voting).
				Line: Line{Kind: Lesser, Of: []Line{
					{Kind: ShareOfOffice, Share: Percent},
					{Kind: FixedVotes, Votes: 1000},
				}},
				Method: Hand,
				Cost:   Cost{Kind: Public, Cite: []Cite{cite("ceimn-me-2020", "", Reported), cite("verifiedvoting-me", "", Reported)}},
			},
			{Line: Line{Kind: AnyMargin}, Method: Hand, Cost: meDepositCost},
		},
		Who: meWho, InWriting: true,
		Cite: []Cite{cite("me-21a-737a", "first ¶¶", Verified), cite("me-21a-737a", "sub-§ 1-A (not read)", Reported),
			cite("ceimn-me-2020", "", Reported)},
	},
	meMunicipalRoute,
}

// meLocalTiers: free within 1.5% ("1.5% or less"), $500 up to 4%, a larger
// deposit beyond (CEIMN 2020 and the 2025 LD 1289 summary).
var meLocalTiers = []Tier{
	{Line: Line{Kind: ShareOfOffice, Share: Percent * 3 / 2}, Method: Hand,
		Cost: Cost{Kind: Public, Cite: []Cite{cite("ceimn-me-2020", "", Reported), cite("centralmaine-2024", "", Reported)}}},
	{Line: Line{Kind: ShareOfOffice, Share: 4 * Percent}, Method: Hand,
		Cost: Cost{Kind: Deposit, Flat: 500, Refunded: true, Cite: []Cite{cite("ceimn-me-2020", "", Reported)}}},
	{Line: Line{Kind: AnyMargin}, Method: Hand, Cost: meDepositCost},
}

// meMunicipalRoute is § 2531-B: a candidate other than the declared winner
// may ask the clerk in writing; no deposit within a line that depends on
// the combined vote ("equal to or less than"), otherwise a deposit of half
// the clerk's estimate.
var meMunicipalRoute = Route{
	Kind:  Requested,
	Scope: Scope{Offices: []Office{Municipal, District}},
	Tiers: []Tier{
		{
			Line: Line{Kind: ByTotal, Bands: []Band{
				{UpTo: 1000, Line: Line{Kind: ShareOfOffice, Share: Percent * 5 / 2}},
				{UpTo: 5000, Line: Line{Kind: ShareOfOffice, Share: 2 * Percent}},
				{Line: Line{Kind: ShareOfOffice, Share: Percent * 3 / 2}},
			}},
			Method: Hand,
			Cost: Cost{Kind: Public, Cite: []Cite{cite("me-30a-2531b", "(1)", Verified),
				cite("me-pl-2019-c288", "§ 1: sub-§ 1 as enacted anew, not reached", NotFound)}},
		},
		{Line: Line{Kind: AnyMargin}, Method: Hand,
			Cost: Cost{Kind: Deposit, Cite: []Cite{cite("me-30a-2531b", "(2)", Verified)}}},
	},
	Who:       []Requester{{Kind: LosingCandidate, Cite: []Cite{cite("me-30a-2531b-4", "(4)", Verified)}}},
	InWriting: true,
	Cite: []Cite{cite("me-30a-2531b", "(1)–(2)", Verified), cite("me-30a-2531b-4", "(4)", Verified),
		cite("me-pl-2019-c288", "§ 1", NotFound)},
}

// meFilings: a municipal office to the municipal clerk, everything else to
// the Secretary of State; 5 business days after the election either way.
// § 2531-B(4): "Written recount requests must be received by the clerk
// within 5 business days after the day of the contested election".
var meFilings = []Filing{
	{
		Scope: Scope{Offices: []Office{Municipal, District}},
		Receiver: Receiver{ID: "local-official", Kind: LocalOfficial, Name: "Municipal Clerk",
			Cite: []Cite{cite("me-30a-2531b-4", "(4)", Verified)}},
		Deadline: Deadline{N: 5, Unit: BusinessDays, From: ElectionDay, Cite: []Cite{cite("me-30a-2531b-4", "(4)", Verified)}},
	},
	{
		Receiver: Receiver{ID: "secretary-of-state", Kind: SecretaryOfState, Name: "Secretary of State of Maine", Directs: true,
			Cite: []Cite{cite("me-21a-737a", "first ¶¶", Verified)}},
		Deadline: Deadline{N: 5, Unit: BusinessDays, From: ElectionDay, Cite: []Cite{cite("me-21a-737a", "first ¶¶", Verified)}},
	},
}

var meFacts = []Fact{
	{Kind: "me-tie-automatic-conflict", Section: Before, From: 20170601,
		Cite: []Cite{cite("ballotpedia-me-2025", "", Conflicting), cite("me-sos-2014", "", Conflicting),
			cite("centralmaine-2024", "", Conflicting)}},
	{Kind: "me-winner-turned-loser", Section: Where, Numbers: []int64{3}, When: Requested,
		Cite: []Cite{cite("me-21a-737a", "first ¶¶", Verified)}},
	{Kind: "me-rcv-top-three", Section: Where, When: Requested,
		Cite: []Cite{cite("me-21a-737a", "first ¶¶", Verified), cite("me-cmr-536", "§ 3(1)", Verified)}},
	{Kind: "me-state-police-ballots", Section: During, Scope: Scope{Except: []Office{Municipal, District}},
		Cite: []Cite{cite("me-21a-737a", "first ¶", Verified)}},
	{Kind: "hand-count", Section: During, Cite: []Cite{cite("ceimn-me-2020", "", Reported), cite("verifiedvoting-me", "", Reported)}},
	{Kind: "me-candidates-count", Section: During, Scope: Scope{Except: []Office{Municipal, District}},
		Cite: []Cite{cite("me-21a-737a", "first ¶¶", Verified)}},
	{Kind: "me-municipal-clerk-counts", Section: During, Scope: Scope{Offices: []Office{Municipal, District}},
		Cite: []Cite{cite("me-30a-2531b", "first ¶", Verified)}},
	// 29-250 C.M.R. ch. 502 § 1(1)(A): "The Secretary of State will select
	// the top 5 municipalities in terms of total votes cast for Stage I of
	// the recount, unless the aggregate … is less than 10%".
	{Kind: "me-stages", Section: During, Scope: Scope{Area: MultiCounty, Except: []Office{Municipal, District}}, Numbers: []int64{5, 10},
		Cite: []Cite{cite("me-cmr-502", "§ 1(1)", Verified), cite("me-21a-737a", "first ¶", Verified)}},
	{Kind: "correct-and-recertify", Section: During, Cite: []Cite{cite("me-sos-2014", "", Reported)}},
	{Kind: "public-view", Section: Watch, Scope: Scope{Offices: []Office{Municipal, District}},
		Cite: []Cite{cite("me-30a-2531b-4", "(5)", Verified)}},
	{Kind: "public-view", Section: Watch, Scope: Scope{Except: []Office{Municipal, District}},
		Cite: []Cite{cite("centralmaine-2024", "", Reported)}},
	{Kind: "candidates-watch", Section: Watch, Cite: []Cite{cite("me-sos-2014", "", Reported)}},
	{Kind: "deposit-refunded", Section: CostTime, When: Requested,
		Cite: []Cite{cite("ceimn-me-2020", "", Reported), cite("centralmaine-2024", "", Reported)}},
	{Kind: "me-deposit-estimate", Section: CostTime, Scope: Scope{Area: MultiCounty, Except: []Office{Municipal, District}}, Numbers: []int64{2},
		Cite: []Cite{cite("me-cmr-502", "§ 2(1)", Verified)}},
	{Kind: "me-municipal-deposit-half", Section: CostTime, Scope: Scope{Offices: []Office{Municipal, District}}, Numbers: []int64{50},
		Cite: []Cite{cite("me-30a-2531b", "(2)", Verified)}},
	{Kind: "me-cost-shared", Section: CostTime, Scope: Scope{Area: MultiCounty, Except: []Office{Municipal, District}},
		Cite: []Cite{cite("me-cmr-502", "§ 2(2)", Verified)}},
	{Kind: "no-finish-deadline", Section: CostTime, Cite: []Cite{cite("verifiedvoting-me", "", Reported)}},
	{Kind: "me-disputes-to-court", Section: AfterNote, Cite: []Cite{cite("me-sos-2014", "", Reported)}},
	{Kind: "questions-differ", Section: AfterNote, Cite: []Cite{cite("verifiedvoting-me", "", Reported)}},
}

// meHoliday is a holiday of § 1051, kept the Monday after when it falls on
// a Sunday.
func meHoliday(key string, kind HolidayKind, m time.Month, day int, wd time.Weekday, nth int) HolidayRule {
	return HolidayRule{Key: key, Kind: kind, Month: m, Day: day, Weekday: wd, Nth: nth, Observed: SundayMonday,
		Cite: []Cite{cite("me-4-1051", "", Verified)}}
}

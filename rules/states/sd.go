package states

import (
	"time"

	. "github.com/recount-explainer/recount/rules"
)

// South Dakota: SDCL chapter 12-21 (recounts): § 12-21-12 (offices voted on
// in more than one county, other than the Legislature: one-fourth of one
// percent, to the secretary of state), § 12-21-11 (legislative districts of
// more than one county: two percent, to each county auditor), § 12-21-10
// (one-county races; text not read), § 12-21-16 (an automatic recount of a
// certified tie; heading only), § 12-21-18 (no recount where a runoff is
// required; heading only), § 12-21-20 (the recount board); § 9-13-27.3
// (city governing bodies), § 9-13-27.2 (city ties by lot), § 13-7-19.2
// (school boards), § 12-17B-23 (a recount after an audit, since 2023),
// § 12-6-51.1 (the 35% primary runoff) and § 1-5-1 (holidays). Research
// notes: shared/facts/states/SD.md (read 2026-11-22).
//
// § 12-21-12 (lawserver copy, "SL 1999, ch 72, § 7", read 2026-11-22):
// "defeated according to the official returns by a margin which does not
// exceed onefourth of one percent of the total vote cast for all
// candidates", "within three days after completion of the official canvass
// by the State Board of Canvassers file a petition with the secretary of
// state".
//
// § 12-21-11 (as printed in 2025 SB 173 and in a secretary of state's press
// release): "defeated by a margin not exceeding two percent of the total
// vote cast for all candidates for such office may, within three days after
// completion of the official canvass of the returns, file a petition as set
// forth in § 12-21-10 with the county auditor of each county." SB 173
// (2025) would send that petition to the secretary of state, after the
// State Board of Canvassers' canvass, and finish the recount within
// fourteen days; whether it passed was not found, so from July 1, 2025
// both readings are shown.
//
// § 9-13-27.3 (instalawyer copy, "SL 2017, ch 58, §1"): "defeated by a
// margin not exceeding two percent of the total votes cast for all
// candidates for the office, or by a margin of five votes or less, the
// candidate may, within five days after completion of the official
// canvass, file with the municipal finance officer".
//
// § 12-6-51.1 (sdlegislature.gov, SL 2023, ch 46): "If no candidate for
// United States Senate, United States House of Representatives, or Governor
// in a race involving three or more candidates receives thirty-five percent
// of the votes of the candidate's party, a runoff election shall be held".
// "Receives thirty-five percent" is at least 35% (AtLeast): exactly 35%
// wins.
//
// § 1-5-1 (sdlegislature.gov, SL 2022, ch 1, read 2026-11-22): if January
// 1, June 19, July 4, November 11 or December 25 "falls upon a Sunday, the
// Monday following is a legal holiday ... and if any such day falls upon a
// Saturday, the preceding Friday is a legal holiday".
// The deadlines here are "days", read as calendar days; § 1-5-4 ("Acts
// performed on day after holiday") was seen only as a heading, so they do
// not move.
func init() { register(&SD) }

const sdChecked Date = 20261122

// SD is South Dakota's recount law.
var SD = Jurisdiction{
	Code: "SD", Name: "South Dakota", Counties: 66, Checked: sdChecked,
	Versions: []Version{
		{
			ID: "sd-12-21",
			// The municipal rule was last amended in 2017; older text not
			// read.
			Assumed: 20170701,
			Readings: []Reading{{
				ID:      "sd-12-21",
				Routes:  sdRoutes(nil),
				Filings: sdFilings(sdAuditorsFiling),
			}},
			Facts: sdFacts,
			Cite:  []Cite{cite("sd-12-21-12", "", Verified), cite("sd-12-21-11", "", Verified)},
		},
		{
			ID:   "sd-sb173-2025",
			From: 20250701,
			Readings: []Reading{
				{
					ID:      "sd-sb173-not-enacted",
					Routes:  sdRoutes(nil),
					Filings: sdFilings(sdAuditorsFiling),
					Cite:    []Cite{cite("sd-12-21-11", "", Verified)},
				},
				{
					ID: "sd-sb173-enacted",
					Routes: sdRoutes(&Deadline{N: 14, Unit: CalendarDays,
						Cite: []Cite{cite("sd-sb173", "§ 1", Reported)}}),
					Filings: sdFilings(Filing{
						Scope:    Scope{Offices: LegislativeOffices, Area: MultiCounty},
						Receiver: sdSecretary,
						Deadline: Deadline{N: 3, Unit: CalendarDays, From: StateCanvass, Cite: []Cite{cite("sd-sb173", "§ 1", Reported)}},
					}),
					Cite: []Cite{cite("sd-sb173", "", Reported)},
				},
			},
			Facts: sdFacts,
			Cite:  []Cite{cite("sd-12-21-12", "", Verified), cite("sd-sb173", "", Reported)},
		},
	},
	Winner: []WinnerLaw{
		{Scope: Scope{Offices: []Office{USSenate, USHouse, Governor}, Types: []ElectionType{Primary}}, Rule: Majority,
			Above: 35 * Percent, AtLeast: true, Cite: []Cite{cite("sd-12-6-51-1", "", Verified)}},
	},
	Ties: []TieLaw{
		// "If no recount request is made or a tie vote between candidates is
		// found to exist on the basis of the recount, the finance officer
		// shall fix a time and place for the drawing of lots" (§ 9-13-27.2).
		{Scope: Scope{Offices: []Office{Municipal}}, Kind: ByLot, Cite: []Cite{cite("sd-9-13-27-2", "", Verified)}},
		{Kind: TieUnknown, Cite: []Cite{cite("sd-12-21", "§ 12-21-16 (heading); the tie-break after it not read", NotFound)}},
	},
	Holidays: Holidays{
		Rules: []HolidayRule{
			sdHoliday("new-year", FixedDate, time.January, 1, 0, 0),
			sdHoliday("mlk", NthWeekday, time.January, 0, time.Monday, 3),
			// "the anniversary of the birthdays of Lincoln and Washington".
			sdHoliday("washington", NthWeekday, time.February, 0, time.Monday, 3),
			sdHoliday("memorial", NthWeekday, time.May, 0, time.Monday, -1),
			{Key: "juneteenth", Kind: FixedDate, Month: time.June, Day: 19, From: 2022, Observed: FridayMonday,
				Cite: []Cite{cite("sd-1-5-1", "SL 2022, ch 1", Verified)}},
			sdHoliday("independence", FixedDate, time.July, 4, 0, 0),
			sdHoliday("labor", NthWeekday, time.September, 0, time.Monday, 1),
			sdHoliday("sd-native-americans-day", NthWeekday, time.October, 0, time.Monday, 2),
			sdHoliday("veterans", FixedDate, time.November, 11, 0, 0),
			sdHoliday("thanksgiving", NthWeekday, time.November, 0, time.Thursday, 4),
			sdHoliday("christmas", FixedDate, time.December, 25, 0, 0),
		},
		Cite: []Cite{cite("sd-1-5-1", "", Verified)},
	},
	Sources: []Source{
		{ID: "sd-12-21", Kind: Statute, Title: "SDCL chapter 12-21 (section headings)",
			URL: "https://sdlegislature.gov/Statutes/12-21", Checked: sdChecked},
		{ID: "sd-12-21-10", Kind: Statute, Title: "SDCL 12-21-10",
			URL: "https://sdlegislature.gov/Statutes/12-21", Checked: sdChecked},
		{ID: "sd-12-21-11", Kind: Statute, Title: "SDCL 12-21-11 (as printed in 2025 SB 173)",
			URL: "https://sdlegislature.gov/Session/Bill/25376/279258", Checked: sdChecked},
		{ID: "sd-12-21-12", Kind: Statute, Title: "SDCL 12-21-12",
			URL: "https://lawserver.com/law/state/south-dakota/sd-laws/south_dakota_laws_12-21-12", Checked: sdChecked},
		{ID: "sd-12-21-20", Kind: Statute, Title: "SDCL 12-21-20",
			URL: "https://sdlegislature.gov/api/Statutes/12-21-20.html", Checked: sdChecked},
		{ID: "sd-9-13-27-2", Kind: Statute, Title: "SDCL 9-13-27.2",
			URL: "http://sdlegislature.gov/statutes/DisplayStatute.aspx?Type=Statute&Statute=9-13-27.2", Checked: sdChecked},
		{ID: "sd-9-13-27-3", Kind: Statute, Title: "SDCL 9-13-27.3",
			URL: "https://instalawyer.io/laws/south-dakota-codified-laws/section-9-13-273-request-for", Checked: sdChecked},
		{ID: "sd-13-7-19-2", Kind: Statute, Title: "SDCL 13-7-19.2",
			URL: "https://lexace.ai/us/statute/south-dakota/13-7-19.2", Checked: sdChecked},
		{ID: "sd-12-17b-23", Kind: Statute, Title: "SDCL 12-17B-23",
			URL: "https://ebench-dev.greeninfo.org/state/south-dakota/statute/12-17B-23", Checked: sdChecked},
		{ID: "sd-12-6-51-1", Kind: Statute, Title: "SDCL 12-6-51.1",
			URL: "https://sdlegislature.gov/api/Statutes/12-6-51.1.html", Checked: sdChecked},
		{ID: "sd-1-5-1", Kind: Statute, Title: "SDCL 1-5-1",
			URL: "https://sdlegislature.gov/Statutes/1-5", Checked: sdChecked},
		{ID: "sd-sb173", Kind: SessionLaw, Title: "South Dakota Senate Bill 173 (2025)",
			URL: "https://sdlegislature.gov/Session/Bill/25376/279258", Checked: sdChecked},
		{ID: "sd-sos-press", Kind: News, Title: "South Dakota Secretary of State press release on possible recounts in Legislative Districts 16 and 30 (a June 7 primary), as reprinted by Dakota War College",
			URL: "http://dakotawarcollege.com/sos-press-release-potential-recount-in-legislative-districts-16-and-30/", Checked: sdChecked},
		{ID: "ballotpedia-sd", Kind: Summary, Title: "Ballotpedia, Recount laws in South Dakota",
			URL: "https://ballotpedia.org/Recount_laws_in_South_Dakota", Checked: sdChecked},
		{ID: "ceimn-sd-2020", Kind: Summary, Title: "Citizens for Election Integrity Minnesota, South Dakota recount laws (June 1, 2020)",
			URL: "http://ceimn-d9.devd.triplo.co/recount-and-audit-laws/recount-laws-database/south-dakota", Checked: sdChecked},
	},
}

// sdRoutes are chapter 12-21's routes and the city and school board ones.
// legFinish is the legislative recount's time limit where a reading has
// one. Chapter 12-21 does not apply where a runoff is required
// (§ 12-21-18): those routes cover decided races only.
func sdRoutes(legFinish *Deadline) []Route {
	free := Cost{Kind: Public, Cite: []Cite{cite("ballotpedia-sd", "", Reported)}}
	loser := func(c Cite) []Requester { return []Requester{{Kind: LosingCandidate, Cite: []Cite{c}}} }
	noRunoff := cite("sd-12-21", "§ 12-21-18 (heading)", Reported)
	return []Route{
		{
			// A tie certified by the canvassing board; not for school or
			// township elections (Ballotpedia), nor cities (Title 9).
			Kind:        Automatic,
			Scope:       Scope{Except: []Office{Municipal, District}},
			DecidedOnly: true,
			Tiers:       []Tier{{Line: Line{Kind: TieOnly}, Cost: free}},
			Cite:        []Cite{cite("sd-12-21", "§ 12-21-16 (heading)", Reported), cite("ballotpedia-sd", "", Reported), noRunoff},
		},
		{
			// Voted on in more than one county, other than the Legislature.
			Kind:        Requested,
			Scope:       Scope{Except: []Office{StateSenate, StateHouse, Municipal, District}, Area: MultiCounty},
			DecidedOnly: true,
			Tiers: []Tier{{Line: Line{Kind: ShareOfOffice, Share: Percent / 4}, Cost: free,
				Cite: []Cite{cite("sd-12-21-12", "", Verified)}}},
			Who:       loser(cite("sd-12-21-12", "", Verified)),
			InWriting: true,
			Cite:      []Cite{cite("sd-12-21-12", "", Verified), noRunoff},
		},
		{
			// A legislative district of more than one county.
			Kind:        Requested,
			Scope:       Scope{Offices: LegislativeOffices, Area: MultiCounty},
			DecidedOnly: true,
			Tiers: []Tier{{Line: Line{Kind: ShareOfOffice, Share: 2 * Percent}, Cost: free,
				Cite: []Cite{cite("sd-12-21-11", "", Verified)}}},
			Who:       loser(cite("sd-12-21-11", "", Verified)),
			InWriting: true,
			Finish:    legFinish,
			Cite:      []Cite{cite("sd-12-21-11", "", Verified), noRunoff},
		},
		{
			// One county: § 12-21-10's text was not read. Two percent is
			// assumed, as § 12-21-11 borrows its petition and the city and
			// school rules use it.
			Kind:        Requested,
			Scope:       Scope{Except: []Office{Municipal, District}, Area: SingleCounty},
			DecidedOnly: true,
			Tiers: []Tier{{Line: Line{Kind: ShareOfOffice, Share: 2 * Percent}, Cost: free,
				Cite: []Cite{cite("sd-12-21-10", "text not read", NotFound)}}},
			Who:       loser(cite("sd-12-21-10", "heading: candidate's petition", Reported)),
			InWriting: true,
			Cite:      []Cite{cite("sd-12-21-10", "text not read", NotFound), noRunoff},
		},
		{
			// A city's governing body: "not exceeding two percent ... or by
			// a margin of five votes or less".
			Kind:  Requested,
			Scope: Scope{Offices: []Office{Municipal}},
			Tiers: []Tier{{Line: Line{Kind: Greater, Of: []Line{
				{Kind: ShareOfOffice, Share: 2 * Percent},
				{Kind: FixedVotes, Votes: 5},
			}}, Cite: []Cite{cite("sd-9-13-27-3", "", Verified)}}},
			Who:       loser(cite("sd-9-13-27-3", "", Verified)),
			InWriting: true,
			Cite:      []Cite{cite("sd-9-13-27-3", "", Verified)},
		},
		{
			// A school board (§ 13-7-19.2); other districts not checked.
			Kind:  Requested,
			Scope: Scope{Offices: []Office{District}},
			Tiers: []Tier{{Line: Line{Kind: ShareOfOffice, Share: 2 * Percent},
				Cite: []Cite{cite("sd-13-7-19-2", "", Verified)}}},
			Who:       loser(cite("sd-13-7-19-2", "", Verified)),
			InWriting: true,
			Cite:      []Cite{cite("sd-13-7-19-2", "", Verified)},
		},
	}
}

var sdSecretary = Receiver{ID: "secretary-of-state", Kind: SecretaryOfState, Name: "South Dakota Secretary of State", Directs: true,
	Cite: []Cite{cite("sd-12-21-12", "", Verified)}}

var sdAuditor = Receiver{ID: "sd-county-auditor", Kind: CountyOfficial, Name: "county auditor",
	Cite: []Cite{cite("sd-12-21-20", "", Verified), cite("sd-12-21-11", "", Verified)}}

// sdAuditorsFiling: a legislative district of more than one county, to the
// auditor of each county (§ 12-21-11 as last read).
var sdAuditorsFiling = Filing{
	Scope:    Scope{Offices: LegislativeOffices, Area: MultiCounty},
	Receiver: sdAuditor,
	Deadline: Deadline{N: 3, Unit: CalendarDays, From: Canvass, Cite: []Cite{cite("sd-12-21-11", "", Verified), cite("sd-sos-press", "", Reported)}},
}

// sdFilings: cities, school boards, the legislative filing a reading gives,
// other offices of more than one county (the secretary of state), and
// one-county races (the county auditor).
func sdFilings(legislative Filing) []Filing {
	return []Filing{
		{
			Scope:    Scope{Offices: []Office{Municipal}},
			Receiver: Receiver{ID: "sd-finance-officer", Kind: LocalOfficial, Name: "municipal finance officer", Cite: []Cite{cite("sd-9-13-27-3", "", Verified)}},
			Deadline: Deadline{N: 5, Unit: CalendarDays, From: Canvass, Cite: []Cite{cite("sd-9-13-27-3", "", Verified)}},
		},
		{
			Scope:    Scope{Offices: []Office{District}},
			Receiver: Receiver{ID: "sd-school-business-manager", Kind: LocalOfficial, Name: "business manager of the school district", Cite: []Cite{cite("sd-13-7-19-2", "", Verified)}},
			Deadline: Deadline{N: 5, Unit: CalendarDays, From: Canvass, Cite: []Cite{cite("sd-13-7-19-2", "", Verified)}},
		},
		legislative,
		{
			Scope:    Scope{Area: MultiCounty},
			Receiver: sdSecretary,
			Deadline: Deadline{N: 3, Unit: CalendarDays, From: StateCanvass, Cite: []Cite{cite("sd-12-21-12", "", Verified)}},
		},
		{
			Receiver: sdAuditor,
			Deadline: Deadline{N: 3, Unit: CalendarDays, From: Canvass,
				Cite: []Cite{cite("sd-12-21-10", "text not read; as § 12-21-11", NotFound)}},
		},
	}
}

var sdFacts = []Fact{
	{Kind: "sd-one-county-unread", Section: Before, Scope: Scope{Except: []Office{Municipal, District}, Area: SingleCounty},
		Cite: []Cite{cite("sd-12-21-10", "", NotFound)}},
	{Kind: "sd-no-recount-runoff", Section: Before, Scope: Scope{Offices: []Office{USSenate, USHouse, Governor}, Types: []ElectionType{Primary}},
		Cite: []Cite{cite("sd-12-21", "§ 12-21-18 (heading)", Reported), cite("sd-12-6-51-1", "", Verified)}},
	{Kind: "sd-audit-recount", Section: Before, From: 20230701, Numbers: []int64{7},
		Cite: []Cite{cite("sd-12-17b-23", "", Verified)}},
	{Kind: "sd-precinct-petition", Section: Before, Cite: []Cite{cite("sd-12-21", "§ 12-21-8 (heading)", Reported), cite("ballotpedia-sd", "", Reported)}},
	{Kind: "sd-presidential-unread", Section: Before, Scope: Scope{Offices: []Office{President}},
		Cite: []Cite{cite("sd-12-21", "§ 12-21-15 (heading); text not read", NotFound)}},
	{Kind: "sd-school-board-only", Section: Before, Scope: Scope{Offices: []Office{District}},
		Cite: []Cite{cite("sd-13-7-19-2", "", Verified)}},
	{Kind: "sd-secretary-notifies", Section: Where, Scope: Scope{Except: []Office{StateSenate, StateHouse, Municipal, District}, Area: MultiCounty},
		Cite: []Cite{cite("sd-12-21-12", "", Verified)}},
	{Kind: "sd-recount-board", Section: During, When: Requested, Scope: Scope{Except: []Office{Municipal, District}},
		Cite: []Cite{cite("sd-12-21-20", "(1)", Verified)}},
	{Kind: "sd-candidates-board", Section: During, When: Requested, Scope: Scope{Offices: []Office{Municipal, District}},
		Cite: []Cite{cite("sd-9-13-27-3", "", Verified), cite("sd-13-7-19-2", "", Verified)}},
	{Kind: "sd-retabulation", Section: During, Cite: []Cite{cite("ceimn-sd-2020", "ARSD 5:02:09:05", Reported)}},
	{Kind: "state-pays", Section: CostTime, Scope: Scope{Except: []Office{Municipal, District}}, Cite: []Cite{cite("ballotpedia-sd", "", Reported)}},
	{Kind: "multi-seat-different", Section: AfterNote, Cite: []Cite{cite("sd-12-21", "§ 12-21-13 (heading)", Reported)}},
}

func sdHoliday(key string, kind HolidayKind, m time.Month, day int, wd time.Weekday, nth int) HolidayRule {
	return HolidayRule{Key: key, Kind: kind, Month: m, Day: day, Weekday: wd, Nth: nth, Observed: FridayMonday,
		Cite: []Cite{cite("sd-1-5-1", "", Verified)}}
}

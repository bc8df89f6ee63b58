package states

import (
	"time"

	. "github.com/recount-explainer/recount/rules"
)

// Minnesota: Minn. Stat. § 204C.35 (federal, state and judicial races),
// § 204C.36 (county, school district and municipal races; not read),
// § 204C.34 and § 208.05 (ties by lot), Minn. R. 8235 (recount rules) and
// § 645.44, subd. 5 (holidays). Until 2013 a close federal or state race was
// recounted by hand with no request (the 2008 Senate and 2010 governor
// recounts); Laws 2013, ch. 131, made it a "publicly funded recount" the
// losing candidate must ask for. Research notes: shared/facts/states/MN.md
// (read 2026-11-22).
//
// The 2007 text, from the Revisor's site
// (https://www.revisor.mn.gov/statutes/?year=2007&id=204C.35, read
// 2026-11-22), subd. 1(b): "In a state general election when the difference
// … (1) is less than one-half of one percent of the total number of votes
// counted for that office; or (2) is ten votes or less if the total number
// of votes cast for the office is 400 votes or less, the canvassing board
// shall recount the votes."
//
// The text after 2013 (instalawyer.io copy, undated, read 2026-11-22),
// subd. 1(a): "a statewide federal office, state constitutional office,
// statewide judicial office, congressional office, or district judicial
// office is less than one-quarter of one percent of the total number of
// votes counted for that nomination"; "This written request must be
// received by the filing officer no later than 5:00 p.m. on the second day
// after the canvass of the primary". The copy stops before subd. 1(b)'s
// deadline for a general election, and the 2024 amendments (Laws 2024,
// ch. 112, art. 2, §§ 32–34) were not read.
//
// The local line (§ 204C.36, subd. 1) was searched again 2026-11-23
// (stored copies only; revisor.mn.gov was not reachable, and no copy of
// § 204C.36, § 205.185, subd. 3, or § 205A.10 was found). What narrows it,
// read 2026-11-23, settles nothing:
//   - Laws 2013, ch. 131 (H.F. 894), title on the Revisor's site
//     (https://www.revisor.mn.gov/laws/2013/0/131/laws.2.39.0): "amending
//     Minnesota Statutes 2012, sections … 204C.35, subdivision 1, by adding
//     a subdivision; 204C.36, subdivision 1; …". So the 2013 act amended
//     the subdivision that holds the local line; the city guide's wording
//     is undated and may be the text before it. The amended text and the
//     act's effective dates were not reached.
//   - The League of Minnesota Cities' staff attorney (blog, 2014-11-14,
//     citing the Secretary of State's 2014 Recount Guide, not read) gives
//     Ballotpedia's three tiers; a Pioneer Press report (2010-11-03) gives
//     the guide's 0.5% and ten votes for 2010. Both are secondary.
func init() { register(&MN) }

const mnChecked Date = 20261122

// MN is Minnesota's recount law.
var MN = Jurisdiction{
	Code: "MN", Name: "Minnesota", Counties: 87, Checked: mnChecked,
	Versions: []Version{
		{
			ID:      "mn-automatic",
			Assumed: 20070101, // the 2007 text; in 1997 the line was 100 votes, for the legislature only
			Readings: []Reading{{
				ID: "mn-automatic",
				Routes: []Route{
					{
						Kind:   Automatic,
						Scope:  Scope{Offices: mnStateOffices},
						Tiers:  []Tier{{Line: mnLine(Percent / 2), Method: Hand}},
						Waiver: &Waiver{Cite: []Cite{cite("mn-204c35-2007", "subd. 1(e)", Verified)}},
						Cite:   []Cite{cite("mn-204c35-2007", "subd. 1(a)–(b)", Verified), cite("mn-sos-2008", "", Verified)},
					},
					{
						// Subd. 2, "Optional recount": a losing candidate
						// outside the automatic line, at the candidate's
						// own expense.
						Kind:            Requested,
						Scope:           Scope{Offices: mnStateOffices},
						Tiers:           []Tier{{Line: Line{Kind: AnyMargin}, Method: Hand, Cost: mnOwnCost}},
						Who:             mnWho,
						InWriting:       true,
						UnlessAutomatic: true,
						Cite:            []Cite{cite("mn-204c35-2007", "subd. 2", Verified), cite("ceimn-mn-2022", "", Reported)},
					},
					mnLocalRoute(mnLocalHalfPercent, cite("mn-204c36-guide", "(current text; the text before 2013 was not read)", Reported)),
				},
				Filings: []Filing{{Receiver: Receiver{ID: "filing-officer", Kind: FilingOfficer,
					Cite: []Cite{cite("mn-204c35-2007", "subd. 2, as summarized", Reported)}}}},
			}},
			Facts: []Fact{
				{Kind: "hand-count", Section: During, Cite: []Cite{cite("mn-sos-2008", "", Verified)}},
				{Kind: "mn-as-soon-as-possible", Section: CostTime, When: Automatic, Cite: []Cite{cite("mn-204c35-2007", "subd. 1(c)", Verified)}},
				{Kind: "public-view", Section: Watch, Cite: []Cite{cite("mn-rule-8235-0300", "the 2008 text, not read", Reported)}},
				{Kind: "mn-discretionary", Section: CostTime, When: Requested, Cite: []Cite{cite("ceimn-mn-2022", "", Reported)}},
			},
			Cite: []Cite{cite("mn-204c35-2007", "", Verified)},
		},
		{
			// Laws 2013, ch. 131, art. 2, § 37 (enacted May 2013; its
			// effective date was not read). The August 12, 2014 primary is
			// the first state election certainly under it.
			ID:         "mn-2013-publicly-funded",
			From:       20130601,
			FromUnsure: 20140812,
			// The county, school district and municipal lines (§ 204C.36)
			// were not read, and the secondary sources disagree: two
			// readings. The act's title (read 2026-11-23) shows it amended
			// § 204C.36, subd. 1, as well; the new words were not reached.
			Readings: []Reading{
				{
					ID: "mn-local-half-percent",
					Routes: append(append([]Route{}, mnRoutes2013...),
						mnLocalRoute(mnLocalHalfPercent, cite("mn-204c36-guide", "§ 16.3.1", Conflicting))),
					Filings: mnFilings2013,
					Cite:    []Cite{cite("mn-204c36-guide", "§ 16.3.1", Conflicting)},
				},
				{
					ID: "mn-local-three-tiers",
					Routes: append(append([]Route{}, mnRoutes2013...),
						mnLocalRoute(mnLocalThreeTiers, cite("ballotpedia-mn", "", Conflicting))),
					Filings: mnFilings2013,
					Cite:    []Cite{cite("ballotpedia-mn", "", Conflicting)},
				},
			},
			Facts: []Fact{
				{Kind: "mn-filing-officer-notifies", Section: Where, When: Requested, Cite: []Cite{cite("mn-204c35", "subd. 1(a)", Verified)}},
				{Kind: "mn-general-deadline-not-read", Section: Where, Scope: Scope{Types: []ElectionType{General, Runoff, Special}},
					When: Requested, Cite: []Cite{cite("mn-204c35", "subd. 1(b) (deadline not reached)", NotFound)}},
				{Kind: "mn-local-deadline", Section: Where, Scope: Scope{Offices: LocalOffices}, When: Requested,
					Cite: []Cite{cite("mn-bloomington", "§ 3.15(a)(1)", Reported)}},
				{Kind: "hand-count", Section: During, Cite: []Cite{cite("mn-204c35", "subd. 1(a)", Verified)}},
				// Minn. R. 8235.0300: "The notice must state that the
				// recount is open to the public."
				{Kind: "public-view", Section: Watch, Cite: []Cite{cite("mn-rule-8235-0300", "", Verified)}},
				{Kind: "mn-discretionary", Section: CostTime, When: Requested,
					Cite: []Cite{cite("ceimn-mn-2022", "", Reported), cite("mn-bloomington", "§ 3.15(b)", Reported)}},
				{Kind: "mn-2024-amendments", Section: AfterNote, From: 20240501,
					Cite: []Cite{cite("mn-2024-c112", "art. 2, §§ 32–34", NotFound)}},
				{Kind: "questions-differ", Section: AfterNote, Cite: []Cite{cite("ballotpedia-mn", "", Reported)}},
			},
			Cite: []Cite{cite("mn-204c35", "", Verified), cite("mn-2013-c131", "art. 2, § 37", Reported),
				cite("mn-204c35-history", "", Verified)},
		},
	},
	Ties: []TieLaw{
		{Scope: Scope{Offices: []Office{President}}, Kind: ByLot, Cite: []Cite{cite("mn-208-05", "", Verified)}},
		// § 204C.34: "the canvassing board with the responsibility for
		// declaring the results for that office shall determine the tie by
		// lot."
		{Kind: ByLot, Cite: []Cite{cite("mn-204c34", "", Verified)}},
	},
	// § 645.44, subd. 5 (2023 copy): when New Year's Day, Juneteenth,
	// Independence Day, Veterans Day or Christmas "falls on Sunday, the
	// following day shall be a holiday and, … falls on Saturday, the
	// preceding day shall be a holiday" (the federal rule). For the
	// executive branch the Friday after Thanksgiving is a holiday and
	// Columbus (now Indigenous Peoples) Day is not; other branches and local
	// governments choose: both are possible closings.
	Holidays: Holidays{
		Rules: []HolidayRule{
			mnHoliday("new-year", FixedDate, time.January, 1, 0, 0),
			mnHoliday("mlk", NthWeekday, time.January, 0, time.Monday, 3),
			mnHoliday("washington", NthWeekday, time.February, 0, time.Monday, 3),
			mnHoliday("memorial", NthWeekday, time.May, 0, time.Monday, -1),
			{Key: "juneteenth", Kind: FixedDate, Month: time.June, Day: 19, From: 2023, Observed: FridayMonday,
				Cite: []Cite{cite("mn-645-44", "subd. 5", Verified), cite("mn-sf13-2023", "", Reported)}},
			mnHoliday("independence", FixedDate, time.July, 4, 0, 0),
			mnHoliday("labor", NthWeekday, time.September, 0, time.Monday, 1),
			// Columbus Day until 2023, then Indigenous Peoples Day: the
			// same Monday.
			{Key: "mn-indigenous-peoples-day", Kind: NthWeekday, Month: time.October, Weekday: time.Monday, Nth: 2, Possible: true,
				Cite: []Cite{cite("mn-645-44", "subd. 5", Verified)}},
			mnHoliday("veterans", FixedDate, time.November, 11, 0, 0),
			mnHoliday("thanksgiving", NthWeekday, time.November, 0, time.Thursday, 4),
			{Key: "day-after-thanksgiving", Kind: DaysAfter, After: "thanksgiving", Days: 1, Possible: true,
				Cite: []Cite{cite("mn-645-44", "subd. 5", Verified)}},
			mnHoliday("christmas", FixedDate, time.December, 25, 0, 0),
		},
		Cite: []Cite{cite("mn-645-44", "subd. 5", Verified)},
	},
	Sources: []Source{
		{ID: "mn-204c35", Kind: Statute, Title: "Minn. Stat. § 204C.35 (text after 2013)",
			URL: "https://instalawyer.io/laws/minnesota-statutes/section-204c35-federal-state", Checked: mnChecked},
		{ID: "mn-204c35-2007", Kind: Statute, Title: "Minn. Stat. § 204C.35 (2007)",
			URL: "https://www.revisor.mn.gov/statutes/?year=2007&id=204C.35", Checked: mnChecked},
		{ID: "mn-204c35-history", Kind: Statute, Title: "Minn. Stat. § 204C.35, history table (Revisor of Statutes)",
			URL: "https://www.revisor.mn.gov/statutes/?id=204C.35&year=1997", Checked: mnChecked},
		{ID: "mn-2013-c131", Kind: SessionLaw, Title: "Laws of Minnesota 2013, ch. 131", Checked: mnChecked},
		{ID: "mn-2024-c112", Kind: SessionLaw, Title: "Laws of Minnesota 2024, ch. 112", Checked: mnChecked},
		{ID: "mn-204c34", Kind: Statute, Title: "Minn. Stat. § 204C.34",
			URL: "https://self-law.org/code/mn/chapter-204/204c-34", Checked: mnChecked},
		{ID: "mn-208-05", Kind: Statute, Title: "Minn. Stat. § 208.05",
			URL: "https://codes.findlaw.com/mn/elections-ch-200-212/mn-st-sect-208-05/", Checked: mnChecked},
		{ID: "mn-rule-8235-0300", Kind: Regulation, Title: "Minn. R. 8235.0300",
			URL: "https://ebench-dev.greeninfo.org/state/minnesota/regulation/8235.0300", Checked: mnChecked},
		{ID: "mn-645-44", Kind: Statute, Title: "Minn. Stat. § 645.44, subd. 5",
			URL: "https://lawserver.com/law/state/minnesota/mn-statutes/minnesota_statutes_15a-22", Checked: mnChecked},
		{ID: "mn-sf13-2023", Kind: SessionLaw, Title: "Minn. S.F. 13 (2023), Juneteenth",
			URL: "https://www.revisor.mn.gov/bills/text.php?number=SF13&version=latest&session=ls93&session_year=2023&session_number=0", Checked: mnChecked},
		{ID: "mn-204c36-guide", Kind: OfficialGuide, Title: "Municipal elections guide (a metro city's copy), § 16.3, Recounts",
			URL: "https://miweblink.metro-inet.us/LLPublic/0/doc/64937/Page68.aspx", Checked: mnChecked},
		{ID: "mn-bloomington", Kind: Regulation, Title: "Bloomington (Minn.) City Code § 3.15, Recounts",
			URL: "https://codelibrary.amlegal.com/codes/bloomington/latest/bloomington_mn/0-0-0-121141", Checked: mnChecked},
		{ID: "ballotpedia-mn", Kind: Summary, Title: "Ballotpedia, Minnesota recount procedures (as quoted in a forum post)",
			URL: "https://dailymed.democraticunderground.org/?com=view_post&forum=1059&pid=12157", Checked: mnChecked},
		{ID: "ceimn-mn-2022", Kind: Summary, Title: "Citizens for Election Integrity Minnesota, Minnesota recount laws (November 7, 2022)",
			URL: "https://ceimn.org/node/107/printable/print", Checked: mnChecked},
		{ID: "mn-sos-2008", Kind: OfficialResults, Title: "Minnesota Secretary of State, 2008 state recounts",
			URL: "https://sos.state.mn.us/elections-voting/election-results/2008/2008-general-election-results/2008-state-recounts/", Checked: mnChecked},
		{ID: "mn-news-2010", Kind: News, Title: "Pioneer Press and Twin Cities Daily Planet, on the 2010 governor's recount (December 2010)",
			URL: "https://www.tcdailyplanet.net/governor-dayton-ahead-after-emmer-concession/", Checked: mnChecked},
	},
	Past: []PastRecount{
		// Coleman led by 215 at the canvass; Franken won by 225 after the
		// recount: the lead is shown as the first leader's, so −225.
		{Race: "mn-2008-us-senate", Election: 20081104, Finished: 20090105, Before: 215, After: -225,
			Cite: []Cite{cite("mn-sos-2008", "", Verified)}},
		// The hand recount ended at about 8,675; Emmer then waived it and
		// the board certified the canvass figures (8,770).
		{Race: "mn-2010-governor", Election: 20101102, Finished: 20101208, Before: 8770, After: 8675,
			Cite: []Cite{cite("mn-news-2010", "", Reported)}},
	},
}

// mnStateOffices: "a statewide federal office, state constitutional office,
// statewide judicial office, congressional office, state legislative
// office, or district judicial office".
var mnStateOffices = []Office{President, USSenate, USHouse, Federal, Governor, LtGovernor, Statewide,
	StateSenate, StateHouse, Judicial, State}

// mnLine is § 204C.35's line: less than share of the votes counted for the
// office, or ten votes or less where 400 votes or fewer were cast.
func mnLine(share Share) Line {
	return Line{Kind: ByTotal, Bands: []Band{
		{UpTo: 400, Line: Line{Kind: Greater, Of: []Line{
			{Kind: ShareOfOffice, Share: share, Strict: true},
			{Kind: FixedVotes, Votes: 10},
		}}},
		{Line: Line{Kind: ShareOfOffice, Share: share, Strict: true}},
	}}
}

// mnWho: the losing candidate, by written request.
var mnWho = []Requester{{Kind: LosingCandidate, Cite: []Cite{cite("mn-204c35", "subd. 1", Verified)}}}

// mnOwnCost: a discretionary recount at the candidate's own expense, with
// a security deposit where one is required (Minn. R. 8235.0300).
var mnOwnCost = Cost{Kind: RequesterPays, Cite: []Cite{cite("ceimn-mn-2022", "", Reported), cite("mn-rule-8235-0300", "", Verified)}}

// mnFree is the publicly funded tier: "at no cost to the candidate".
func mnFree(share Share, c ...Cite) Tier {
	return Tier{Line: mnLine(share), Method: Hand, Cost: Cost{Kind: Public, Cite: c}}
}

// mnRoutes2013 are the publicly funded recounts since 2013: within 0.5%
// for the legislature, 0.25% for the other federal, state and judicial
// offices, or 10 votes where 400 or fewer were cast; at the candidate's
// own expense beyond.
var mnRoutes2013 = []Route{
	{
		Kind:  Requested,
		Scope: Scope{Offices: LegislativeOffices},
		Tiers: []Tier{
			mnFree(Percent/2, cite("mn-204c35", "subd. 1(a)(1), (b)(1)", Verified)),
			{Line: Line{Kind: AnyMargin}, Method: Hand, Cost: mnOwnCost},
		},
		Who: mnWho, InWriting: true,
		Cite: []Cite{cite("mn-204c35", "subd. 1", Verified), cite("ceimn-mn-2022", "subd. 2", Reported)},
	},
	{
		Kind:  Requested,
		Scope: Scope{Offices: mnStateOffices, Except: LegislativeOffices},
		Tiers: []Tier{
			mnFree(Percent/4, cite("mn-204c35", "subd. 1(a)(2), (b)(2)", Verified)),
			{Line: Line{Kind: AnyMargin}, Method: Hand, Cost: mnOwnCost},
		},
		Who: mnWho, InWriting: true,
		Cite: []Cite{cite("mn-204c35", "subd. 1", Verified), cite("ceimn-mn-2022", "subd. 2", Reported)},
	},
}

// The two readings of § 204C.36's publicly funded line.
var (
	// A metro city's election guide: less than 0.5%, or ten votes or less
	// where 400 or fewer were cast.
	mnLocalHalfPercent = mnLine(Percent / 2)
	// Ballotpedia: ten votes where 400 or fewer were cast, less than 0.5%
	// up to 50,000 votes, less than 0.25% beyond. ("Less than ten votes"
	// in its words; the state sections say "ten votes or less", kept here.)
	mnLocalThreeTiers = Line{Kind: ByTotal, Bands: []Band{
		{UpTo: 400, Line: Line{Kind: FixedVotes, Votes: 10}},
		{UpTo: 49999, Line: Line{Kind: ShareOfOffice, Share: Percent / 2, Strict: true}},
		{Line: Line{Kind: ShareOfOffice, Share: Percent / 4, Strict: true}},
	}}
)

// mnLocalRoute is § 204C.36's recount for county, school district and
// municipal offices at a line: free within it, at the candidate's cost
// beyond.
func mnLocalRoute(l Line, c Cite) Route {
	return Route{
		Kind:  Requested,
		Scope: Scope{Offices: LocalOffices},
		Tiers: []Tier{
			{Line: l, Method: Hand, Cost: Cost{Kind: Public, Cite: []Cite{c}}},
			{Line: Line{Kind: AnyMargin}, Method: Hand, Cost: mnOwnCost},
		},
		Who: []Requester{{Kind: LosingCandidate, Cite: []Cite{cite("mn-204c36-guide", "§ 16.3.1", Reported)}}}, InWriting: true,
		Cite: []Cite{c, cite("mn-bloomington", "§ 3.15", Reported)},
	}
}

// mnFilings2013: the written request goes to the filing officer; for a
// primary (federal and state offices), by 5 p.m. on the second day after
// the canvass. The general election's deadline was not reached, and local
// requests are due "during the time for notice of contest" (a fact).
var mnFilings2013 = []Filing{
	{
		Scope:    Scope{Types: PrimaryTypes, Except: LocalOffices},
		Receiver: mnFilingOfficer,
		Deadline: Deadline{N: 2, Unit: CalendarDays, From: Canvass, At: 17 * 60,
			Cite: []Cite{cite("mn-204c35", "subd. 1(a)", Verified)}},
	},
	{Receiver: mnFilingOfficer},
}

var mnFilingOfficer = Receiver{ID: "filing-officer", Kind: FilingOfficer,
	Cite: []Cite{cite("mn-204c35", "subd. 1(a)", Verified)}}

func mnHoliday(key string, kind HolidayKind, m time.Month, day int, wd time.Weekday, nth int) HolidayRule {
	return HolidayRule{Key: key, Kind: kind, Month: m, Day: day, Weekday: wd, Nth: nth, Observed: FridayMonday,
		Cite: []Cite{cite("mn-645-44", "subd. 5", Verified)}}
}

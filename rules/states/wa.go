package states

import (
	"time"

	. "github.com/recount-explainer/recount/rules"
)

// Washington: RCW 29A.64.021 (the mandatory recount: by machine under 2,000
// votes and 0.5% of the two candidates' votes, by hand under 1,000 votes
// statewide or 150 votes elsewhere and 0.25%), RCW 29A.64.011 (a recount at
// any margin on application, with a deposit), RCW 29A.64.030 and .081
// (deposits and costs), RCW 29A.60.221 (ties by lot), RCW 1.16.050 (legal
// holidays). Research notes: shared/facts/states/WA.md (2026-11-22).
//
// Read in the statute text on 2026-11-22:
//
//   - RCW 29A.64.021(1) (self-law.org copy, current wording, and the MRSC
//     copy with "apparently nominated"): "is less than two thousand votes
//     and also less than one-half of one percent of the total number of
//     votes cast for both candidates, the county canvassing board shall
//     conduct a recount of all votes cast on that position"; (1)(b)(i)
//     statewide, "less than one thousand votes and also less than
//     one-fourth of one percent"; (ii) other elections, "less than one
//     hundred fifty votes and also less than one-fourth of one percent";
//     (2) "No cost of a mandatory recount may be charged to any candidate."
//   - RCW 29A.64.011, the text "Effective until January 1, 2012" (MRSC
//     copy): "An application for a recount must be filed within three
//     business days after the county canvassing board or secretary of state
//     has declared the official results". The same copy heads the next text
//     "(Effective January 1, 2012.)".
//   - RCW 29A.64.030 (app.leg.wa.gov, official): "a sum equal to
//     twenty-five cents for each ballot cast … If the application is for a
//     machine recount, the deposit must be equal to fifteen cents for each
//     ballot." RCW 29A.64.081(1) (self-law.org): "No charges may be deducted
//     … if the recount changes the result".
//   - RCW 1.16.050(1) (apps.leg.wa.gov, official; a copy before Juneteenth
//     was added): the list of legal holidays. Its weekend rule was cut off.
//
// Read on 2026-11-23 (the official page app.leg.wa.gov/RCW/default.aspx?
// cite=29A.64.011 was not reachable from here; two copies were read):
//
//   - RCW 29A.64.011 as it stands, history note "[2011 c 349 § 23; 2004 c
//     271 § 177.]" (wa-law.org's copy of the RCW, tannewt/wa-law.org,
//     rcw/29A_elections/29A.64_recounts.md and .html, undated): "An
//     application for a recount must be filed within two business days after
//     the county canvassing board or secretary of state has declared the
//     official results of the primary or election for the office or issue
//     for which the recount is requested."
//   - The Secretary of State's Recount FAQ (sos.wa.gov/elections/
//     recount-faq.aspx, an undated copy whose banner says "County
//     certification is November 26", so 2019 or 2024): "An application for a requested recount must be
//     filed within two business days after the County Canvassing Board or
//     Secretary of State has declared the official results".
//
// So the deadline to apply went from three business days to two on January
// 1, 2012 (2011 c 349 § 23), counted in both texts from the declaration of
// the official results. Thurston County's page ("two working days after the
// official canvass") agrees on the number. An older Secretary of State page
// (sos.wa.gov/elections/recount_info.aspx, undated) says "three
// business days after certification": the text before 2012.
func init() { register(&WA) }

const waChecked Date = 20261122

// waRead is the date RCW 29A.64.011 as amended in 2011 was read.
const waRead Date = 20261123

// WA is Washington's recount law.
var WA = Jurisdiction{
	Code: "WA", Name: "Washington", Counties: 39, Checked: waRead,
	Versions: []Version{
		{
			ID: "wa-2004-text",
			// The hand-count tiers are in the text as amended by 2005 c 243
			// § 19 (in force from July 24, 2005, the usual 90 days after the
			// session; not read): the 2004 governor's race is before it.
			Assumed: 20050724,
			Readings: []Reading{{
				ID:     "wa-2004-text",
				Routes: waRoutes,
				Filings: waFilings(Deadline{N: 3, Unit: BusinessDays, From: Declaration,
					Cite: []Cite{cite("wa-29a-64-011-2004", "", Verified)}}),
			}},
			Facts: waFacts,
			Cite:  []Cite{cite("wa-29a-64-011-2004", "", Verified), cite("wa-29a-64-021", "", Verified)},
		},
		{
			// RCW 29A.64.011 as amended by 2011 c 349 § 23, in force from
			// January 1, 2012 (the MRSC copy's headings): "within two business
			// days after the county canvassing board or secretary of state has
			// declared the official results".
			ID:   "wa-2012",
			From: 20120101,
			Readings: []Reading{{
				ID:     "wa-2012",
				Routes: waRoutes,
				Filings: waFilings(Deadline{N: 2, Unit: BusinessDays, From: Declaration,
					Cite: []Cite{cite("wa-29a-64-011", "", Verified), cite("wa-sos-recount-faq", "", Verified),
						cite("thurston-recounts", "", Reported)}}),
			}},
			Facts: waFacts,
			Cite: []Cite{cite("wa-29a-64-011", "", Verified), cite("wa-29a-64-011-2004", "effective-date headings", Verified),
				cite("wa-29a-64-021", "", Verified)},
		},
	},
	// The top-two primary (from August 2008): the top two go on, and RCW
	// 29A.64.021(1) measures the last who goes on ("apparently nominated")
	// against the closest who does not.
	Winner: []WinnerLaw{
		{Scope: Scope{Types: []ElectionType{Primary}, Except: []Office{President}}, Rule: Advance, Places: 2, From: 20080819,
			Cite: []Cite{cite("wa-29a-64-021", "(1)", Verified)}},
	},
	Ties: []TieLaw{
		// Executive officers: Wash. Const. art. III, § 4 (cross-referenced
		// in RCW 29A.60.221, not read): the legislature chooses.
		{Scope: Scope{Offices: []Office{Governor, LtGovernor, Statewide}}, Kind: Legislature,
			Cite: []Cite{cite("wa-29a-60-221", "cross-reference to art. III, § 4", Reported)}},
		{Kind: ByLot, Cite: []Cite{cite("wa-29a-60-221", "(1)-(2)", Verified)}},
	},
	Holidays: Holidays{
		Rules: []HolidayRule{
			waHoliday("new-year", FixedDate, time.January, 1, 0, 0),
			waHoliday("mlk", NthWeekday, time.January, 0, time.Monday, 3),
			waHoliday("washington", NthWeekday, time.February, 0, time.Monday, 3),
			waHoliday("memorial", NthWeekday, time.May, 0, time.Monday, -1),
			// Juneteenth: 2021 legislation, paid holiday from 2022 (news).
			{Key: "juneteenth", Kind: FixedDate, Month: time.June, Day: 19, From: 2022, Observed: FridayMonday,
				Cite: []Cite{cite("wa-juneteenth-2021", "", Reported)}},
			waHoliday("independence", FixedDate, time.July, 4, 0, 0),
			waHoliday("labor", NthWeekday, time.September, 0, time.Monday, 1),
			waHoliday("veterans", FixedDate, time.November, 11, 0, 0),
			waHoliday("thanksgiving", NthWeekday, time.November, 0, time.Thursday, 4),
			// The day after Thanksgiving was a legal holiday before it was
			// named Native American Heritage Day (2014 c 14).
			{Key: "day-after-thanksgiving", Kind: DaysAfter, After: "thanksgiving", Days: 1, Until: 2013,
				Cite: []Cite{cite("wa-hb2898-2004", "existing text", Reported)}},
			{Key: "wa-native-american-heritage-day", Kind: DaysAfter, After: "thanksgiving", Days: 1, From: 2014,
				Cite: []Cite{cite("wa-1-16-050", "(1)(j)", Verified), cite("wa-2014-c14", "", Verified)}},
			waHoliday("christmas", FixedDate, time.December, 25, 0, 0),
		},
		Cite: []Cite{cite("wa-1-16-050", "(1)", Verified), cite("wa-1-16-050", "weekend rule", Reported)},
	},
	Sources: []Source{
		{ID: "wa-29a-64-021", Kind: Statute, Title: "RCW 29A.64.021",
			URL: "https://self-law.org/code/wa/title-29a/chapter-29a-64/29a-64-021", Checked: waChecked},
		{ID: "wa-29a-64-011", Kind: Statute, Title: "RCW 29A.64.011 (2011 c 349 § 23, in force January 1, 2012; wa-law.org copy of the RCW)",
			URL: "https://github.com/tannewt/wa-law.org/blob/083ccfc178537be76a1a68007bc2249d8d7aa522/rcw/29A_elections/29A.64_recounts.md", Checked: waRead},
		{ID: "wa-29a-64-011-2004", Kind: Statute, Title: "RCW 29A.64.011 (2004 c 271 § 177, effective until January 1, 2012)",
			URL: "http://www.mrsc.org/mc/rcw/rcw%20%2029a%20title/rcw%20%2029a.%2064%20%20chapter/rcw%20%2029a.%2064%20.011.htm", Checked: waChecked},
		{ID: "wa-29a-64-030", Kind: Statute, Title: "RCW 29A.64.030",
			URL: "https://app.leg.wa.gov/rcw/default.aspx?cite=29A.64.030", Checked: waChecked},
		{ID: "wa-29a-64-081", Kind: Statute, Title: "RCW 29A.64.081",
			URL: "https://self-law.org/code/wa/title-29a/chapter-29a-64/29a-64-081", Checked: waChecked},
		{ID: "wa-29a-60-221", Kind: Statute, Title: "RCW 29A.60.221",
			URL: "https://instalawyer.io/laws/revised-code-of-washington/29a60221-tie-in-primary", Checked: waChecked},
		{ID: "wa-1-16-050", Kind: Statute, Title: "RCW 1.16.050",
			URL: "http://apps.leg.wa.gov/RCW/default.aspx?cite=1.16.050", Checked: waChecked},
		{ID: "wa-2014-c14", Kind: SessionLaw, Title: "Laws of 2014, SSB 6078 (Native American Heritage Day)",
			URL: "https://lawfilesext.leg.wa.gov/biennium/2013-14/Htm/Bills/Session%20Laws/Senate/6078-S.SL.htm", Checked: waChecked},
		{ID: "wa-hb2898-2004", Kind: SessionLaw, Title: "Washington HB 2898 (2004), showing RCW 1.16.050 as then in force",
			URL: "https://lawfilesext.leg.wa.gov/Biennium/2003-04/Htm/Bills/House%20Bills/2898.htm", Checked: waChecked},
		{ID: "wa-juneteenth-2021", Kind: News, Title: "News report on Washington's 2021 Juneteenth holiday law (2022)",
			URL: "https://www.newsbreak.com/news/2637687772537/washington-state-university-to-offer-cybersecurity-degree", Checked: waChecked},
		{ID: "wa-sos-recount-faq", Kind: OfficialGuide, Title: "Washington Secretary of State, Recount FAQ (undated; 2019 or later)",
			URL: "https://sos.wa.gov/elections/recount-faq.aspx", Checked: waRead},
		{ID: "thurston-recounts", Kind: OfficialGuide, Title: "Thurston County Auditor, recount information (undated)",
			URL: "http://www.co.thurston.wa.us/auditor/Elections/recount_info.htm", Checked: waChecked},
		{ID: "news-wa-2004", Kind: News, Title: "Fox News (AP), NBC News and VotersUnite, November–December 2004 (governor's race recounts)",
			URL: "https://www.foxnews.com/story/recount-results-dem-wins-wash-gov-race", Checked: waChecked},
	},
	Past: []PastRecount{
		// First count (counties certified 2004-11-17): Rossi +261; the
		// mandatory machine recount: Rossi +42 (2004-11-24).
		{Race: "wa-2004-governor", Election: 20041102, Finished: 20041124,
			Before: 261, After: 42, Cite: []Cite{cite("news-wa-2004", "", Reported)}},
		// The hand recount the state Democratic Party asked and paid for:
		// Gregoire +129, certified 2004-12-30.
		{Race: "wa-2004-governor", Election: 20041102, Finished: 20041223,
			Before: 42, After: -129, Cite: []Cite{cite("news-wa-2004", "", Reported)}},
	},
}

// waMachineLine is RCW 29A.64.021(1): under 2,000 votes and under one-half
// of 1% of the two candidates' votes.
var waMachineLine = Line{Kind: Lesser, Of: []Line{
	{Kind: FixedVotes, Votes: 2000, Strict: true},
	{Kind: ShareOfTwo, Share: Percent / 2, Strict: true},
}}

// waMandatory is the mandatory recount for a scope, with its hand tier.
func waMandatory(area Area, handVotes int64, pin string) Route {
	cost := Cost{Kind: Public, Cite: []Cite{cite("wa-29a-64-021", "(2)", Verified)}}
	return Route{
		Kind:  Automatic,
		Scope: Scope{Area: area},
		Tiers: []Tier{
			{
				Line: Line{Kind: Lesser, Of: []Line{
					{Kind: FixedVotes, Votes: handVotes, Strict: true},
					{Kind: ShareOfTwo, Share: Percent / 4, Strict: true},
				}},
				Method: Hand,
				Cost:   cost,
				Cite:   []Cite{cite("wa-29a-64-021", pin, Verified)},
			},
			{Line: waMachineLine, Method: Machine, Cost: cost, Cite: []Cite{cite("wa-29a-64-021", "(1)", Verified)}},
		},
		Cite: []Cite{cite("wa-29a-64-021", "(1)", Verified)},
	}
}

// waRoutes: the mandatory recount (statewide and other races differ in the
// hand tier) and the application at any margin, with a deposit of 25 cents
// a ballot (15 for a machine recount), kept only if the result holds.
var waRoutes = []Route{
	waMandatory(StatewideArea, 1000, "(1)(b)(i)"),
	waMandatory(NotStatewide, 150, "(1)(b)(ii)"),
	{
		Kind: Requested,
		Tiers: []Tier{{
			Line:   Line{Kind: AnyMargin},
			Method: RequesterPicks,
			Cost: Cost{Kind: Deposit, PerBallotCents: 25, Refunded: true,
				Cite: []Cite{cite("wa-29a-64-030", "", Verified), cite("wa-29a-64-081", "(1)", Verified)}},
		}},
		Who: []Requester{
			{Kind: AnyCandidate, Cite: []Cite{cite("wa-29a-64-011-2004", "", Verified)}},
			{Kind: PartyOfficer, Cite: []Cite{cite("wa-29a-64-011-2004", "", Verified)}},
		},
		InWriting: true,
		Cite:      []Cite{cite("wa-29a-64-011-2004", "", Verified), cite("wa-29a-64-011", "", Verified)},
	},
}

// waFilings: "with the officer with whom filings are made for the
// jurisdiction": the Secretary of State for federal offices and state
// offices filed with it (which offices those are, RCW 29A.24.070, was not
// read: a state office voted on in more than one county is taken to be
// one), the county auditor otherwise.
func waFilings(d Deadline) []Filing {
	sos := Receiver{ID: "secretary-of-state", Kind: SecretaryOfState, Name: "Washington Secretary of State",
		Cite: []Cite{cite("wa-29a-64-011-2004", "", Verified), cite("wa-29a-64-030", "", Verified)}}
	return []Filing{
		{Scope: Scope{Offices: FederalOffices}, Receiver: sos, Deadline: d},
		{Scope: Scope{Offices: StateOffices, Area: MultiCounty}, Receiver: sos, Deadline: d},
		{
			Receiver: Receiver{ID: "county-official", Kind: CountyOfficial, Name: "County auditor",
				Cite: []Cite{cite("wa-29a-64-011-2004", "", Verified), cite("thurston-recounts", "", Reported)}},
			Deadline: d,
		},
	}
}

var waFacts = []Fact{
	{Kind: "wa-top-two", Section: Before, Scope: Scope{Types: PrimaryTypes}, Cite: []Cite{cite("wa-29a-64-021", "(1)", Verified)}},
	{Kind: "wa-sos-directs", Section: Where, When: Automatic, Numbers: []int64{3},
		Scope: Scope{Offices: append(append([]Office{}, FederalOffices...), StateOffices...)},
		Cite:  []Cite{cite("wa-29a-64-021", "(1)(a)", Verified)}},
	{Kind: "board-conducts", Section: During, Cite: []Cite{cite("wa-29a-64-021", "(1)", Verified), cite("wa-29a-64-030", "", Verified)}},
	{Kind: "wa-joint-method", Section: During, When: Automatic, Cite: []Cite{cite("wa-29a-64-021", "(3)", Verified)}},
	{Kind: "public-view", Section: Watch, Cite: []Cite{cite("wa-29a-64-030", "", Verified)}},
	{Kind: "candidates-watch", Section: Watch, Cite: []Cite{cite("wa-29a-64-030", "", Verified)}},
	{Kind: "deposit-per-ballot", Section: CostTime, When: Requested, Numbers: []int64{25}, Cite: []Cite{cite("wa-29a-64-030", "", Verified)}},
	{Kind: "wa-machine-deposit", Section: CostTime, When: Requested, Numbers: []int64{15}, Cite: []Cite{cite("wa-29a-64-030", "", Verified)}},
	{Kind: "wa-actual-cost", Section: CostTime, When: Requested, Cite: []Cite{cite("wa-29a-64-081", "(1)", Verified)}},
	{Kind: "deposit-refunded", Section: CostTime, When: Requested, Cite: []Cite{cite("wa-29a-64-081", "(1)", Verified)}},
	{Kind: "wa-state-reimburses", Section: CostTime, When: Automatic, Cite: []Cite{cite("wa-29a-64-081", "(2)", Verified)}},
	{Kind: "no-finish-deadline", Section: CostTime, Cite: []Cite{cite("wa-29a-64-021", "", NotFound)}},
}

func waHoliday(key string, kind HolidayKind, m time.Month, day int, wd time.Weekday, nth int) HolidayRule {
	return HolidayRule{Key: key, Kind: kind, Month: m, Day: day, Weekday: wd, Nth: nth, Observed: FridayMonday,
		Cite: []Cite{cite("wa-1-16-050", "(1)", Verified)}}
}

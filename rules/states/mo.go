package states

import (
	"time"

	. "github.com/recount-explainer/recount/rules"
)

// Missouri: Mo. Rev. Stat. § 115.601 (the right to a recount of a defeat by
// less than 1 percent, or by 0.5 percent for offices filed with the
// Secretary of State); §§ 115.531 and 115.577 (the contest petitions
// through which a locally filed candidate asks); § 115.585 (how a recount
// is done); §§ 115.515 and 115.517 (ties); § 9.010 (public holidays).
// Facts and their evidence: shared/facts/states/MO.md (read 2026-11-22).
//
// The only text of § 115.601 read is an undated older copy (laws9.com, read
// 2026-11-22): "Any contestant in a primary or other election contest who
// was defeated by less than one percent of the votes cast for the office …
// shall have the right to a recount". Ballotpedia (2023) says 0.5% for
// offices filed with the Secretary of State and 1% for the rest; a c. 2013
// news report says a bill cutting 1% to 0.5% went to the Governor, and the
// 2014 Amendment 1 recount used 0.5%; Verified Voting still says 1%. The
// current text was not reached, so from August 28, 2013 (the usual
// effective date of that year's acts) both readings are shown. Before
// then, 1% (the AP reported it for the August 2012 primaries).
//
// Searched again 2026-11-23 (stored copies only; revisor.mo.gov was not
// reachable, and no copy of the current § 115.601 or of the 2013 act was
// found). What narrows it, read 2026-11-23, settles nothing:
//   - The Secretary of State's release "Kander Announces Recount on
//     Statewide Ballot Measure" (August 26, 2014), as reprinted by Show Me
//     Progress (https://showmeprogress.com/2014/08/27/amendment-1-recount/,
//     a blog copy, 2014-08-27): "According to state law (RSMo 115.601),
//     recounts are not automatically triggered … Statewide races are only
//     eligible for a recount when results are separated by less than one
//     half of one percent of total votes cast." So the state's election
//     office applied 0.5% to a question filed with it in August 2014; the
//     release says nothing of locally filed offices, and the copy is not an
//     official one, so the 1% reading is kept.
//   - KOMU (August 2014) quotes the office: "recently changed state law"
//     allows a recount "only if the margin of defeat is less than 0.5
//     percent" (news).
//   - The Senate's summary of SS/HCS/HB 199 (2013) shows an elections bill
//     carrying the vehicle sales tax wording KTVO mentions; that it is the
//     recount bill, and its fate, were not read.
func init() { register(&MO) }

const moChecked Date = 20261122

// MO is Missouri's recount law.
var MO = Jurisdiction{
	Code: "MO", Name: "Missouri", Counties: 115, Checked: moChecked,
	Versions: []Version{
		{
			ID: "mo-one-percent",
			Readings: []Reading{{
				ID: "mo-one-percent",
				Routes: []Route{moRequest(Scope{}, Percent,
					cite("mo-115-601", "1, 3", Verified), cite("ap-2012-mo", "", Reported))},
				Filings: moFilings,
			}},
			Facts: moFacts,
			Cite:  []Cite{cite("mo-115-601", "", Verified), cite("ap-2012-mo", "", Reported)},
		},
		{
			ID: "mo-2013-change",
			// The bill's enactment and effective date were not found. The
			// Secretary of State's August 26, 2014 release (a blog copy)
			// applied "less than one half of one percent" to a statewide
			// question; KOMU quoted the office calling the law "recently
			// changed". Neither gives the date.
			From: 20130828,
			Readings: []Reading{
				{
					ID: "mo-half-percent",
					Routes: []Route{
						moRequest(Scope{Offices: moStateFiled}, Percent/2,
							cite("ballotpedia-mo", "", Conflicting), cite("ktvo-2013", "", Conflicting), cite("dddnews-2014", "", Reported)),
						moRequest(Scope{Offices: LocalOffices}, Percent,
							cite("ballotpedia-mo", "", Conflicting), cite("mo-115-601", "1", Verified)),
					},
					Filings: moFilings,
					Cite:    []Cite{cite("ballotpedia-mo", "", Conflicting), cite("ktvo-2013", "", Conflicting), cite("dddnews-2014", "", Reported)},
				},
				{
					ID: "mo-one-percent",
					Routes: []Route{moRequest(Scope{}, Percent,
						cite("mo-115-601", "1, 3 (older copy)", Conflicting), cite("vv-mo", "", Conflicting))},
					Filings: moFilings,
					Cite:    []Cite{cite("mo-115-601", "older copy", Conflicting), cite("vv-mo", "", Conflicting)},
				},
			},
			Facts: moFacts,
			Cite:  []Cite{cite("ktvo-2013", "", Reported), cite("ballotpedia-mo", "", Conflicting), cite("vv-mo", "", Conflicting)},
		},
	},
	Ties: []TieLaw{
		// § 115.517.1: "the general assembly shall, by joint vote and without
		// delay at its next regular session, choose one of such persons for
		// the office" (self-law.org copy, undated, read 2026-11-22).
		{Scope: Scope{Offices: []Office{Governor, LtGovernor, Statewide}, Types: []ElectionType{General}}, Kind: Legislature,
			Cite: []Cite{cite("mo-115-515-517", "§ 115.517.1", Verified)}},
		// § 115.517.2–.3: a special election for federal, legislative and
		// other offices; § 115.515: a special primary.
		{Kind: NewElection, Cite: []Cite{cite("mo-115-515-517", "§§ 115.515, 115.517.2–.3", Verified)}},
	},
	Holidays: Holidays{
		// § 9.010 as reprinted (unbracketed) in House Bill 2377 of 2010: "when
		// any of such holidays falls upon Sunday, the Monday next following
		// shall be considered the holiday". A Saturday holiday has been kept
		// on the Friday (New Year's Day 2022 on December 31, 2021: Missourinet)
		// by state practice; the engine keeps both moves (FridayMonday), the
		// Friday one resting on that report. Juneteenth was not read. No
		// Missouri recount deadline counts business days or rolls, so no
		// count of one skips a holiday.
		Rules: []HolidayRule{
			moHoliday("new-year", FixedDate, time.January, 1, 0, 0),
			moHoliday("mlk", NthWeekday, time.January, 0, time.Monday, 3),
			moHoliday("lincoln", FixedDate, time.February, 12, 0, 0),
			moHoliday("washington", NthWeekday, time.February, 0, time.Monday, 3),
			moHoliday("mo-truman", FixedDate, time.May, 8, 0, 0),
			moHoliday("memorial", NthWeekday, time.May, 0, time.Monday, -1),
			moHoliday("independence", FixedDate, time.July, 4, 0, 0),
			moHoliday("labor", NthWeekday, time.September, 0, time.Monday, 1),
			moHoliday("columbus", NthWeekday, time.October, 0, time.Monday, 2),
			moHoliday("veterans", FixedDate, time.November, 11, 0, 0),
			moHoliday("thanksgiving", NthWeekday, time.November, 0, time.Thursday, 4),
			moHoliday("christmas", FixedDate, time.December, 25, 0, 0),
		},
		Cite: []Cite{cite("mo-9-010", "", Reported), cite("missourinet-2021", "", Reported)},
	},
	Sources: []Source{
		{ID: "mo-115-601", Kind: Statute, Title: "Mo. Rev. Stat. § 115.601 (an undated older copy)",
			URL: "http://www.laws9.com/statutes/missouri/t09/c115/115_601", Checked: moChecked},
		{ID: "mo-115-585", Kind: Statute, Title: "Mo. Rev. Stat. § 115.585",
			URL: "http://statutes.laws-info.com/missouri/t09/c115/115_585", Checked: moChecked},
		{ID: "mo-115-577", Kind: Statute, Title: "Mo. Rev. Stat. § 115.577",
			URL: "https://self-law.org/code/mo/chapter-115/115-577", Checked: moChecked},
		{ID: "mo-115-531", Kind: Statute, Title: "Mo. Rev. Stat. § 115.531 (August 28, 2015)",
			URL: "https://www.global-regulation.com/law/united-states/1075279/section%253a-115.0531-petition-to-contest-primary-election%252c-contents-of--filing-in-incorrect-circuit%252c-procedure.-rsmo-115.531.html", Checked: moChecked},
		{ID: "mo-115-515-517", Kind: Statute, Title: "Mo. Rev. Stat. §§ 115.515, 115.517",
			URL: "https://self-law.org/code/mo/chapter-115/115-517", Checked: moChecked},
		{ID: "mo-9-010", Kind: Statute, Title: "Mo. Rev. Stat. § 9.010 (as reprinted in House Bill 2377 of 2010)",
			URL: "https://legiscan.com/MO/text/HB2377/2010", Checked: moChecked},
		{ID: "missourinet-2021", Kind: News, Title: "Missourinet, on the Lincoln Day and Washington's Birthday holidays (2021-02-11)",
			URL: "https://www.missourinet.com/2021/02/11/friday-and-monday-are-both-missouri-state-holidays/", Checked: moChecked},
		{ID: "ballotpedia-mo", Kind: Summary, Title: "Ballotpedia, Recount laws in Missouri (a 2023 copy)",
			URL: "http://www.olesavior.org/recount_laws_in_missouri.html", Checked: moChecked},
		{ID: "vv-mo", Kind: Summary, Title: "Verified Voting, Missouri recount law",
			URL: "https://verifiedvoting.org/recountlaw/missouri", Checked: moChecked},
		{ID: "ceimn-mo", Kind: Summary, Title: "Citizens for Election Integrity Minnesota, Missouri recount laws (2014)",
			URL: "http://www.ceimn.org/ceimn-state-recount-laws-searchable-database/states/Missouri", Checked: moChecked},
		{ID: "ktvo-2013", Kind: News, Title: "KTVO, “Bill makes it tougher for election recounts in Missouri” (c. 2013)",
			URL: "http://ktvo.com/news/local/bill-makes-it-tougher-for-election-recounts-in-missouri?id=897993", Checked: moChecked},
		{ID: "dddnews-2014", Kind: News, Title: "Daily Dunklin Democrat, on the 2014 Amendment 1 recount",
			URL: "http://dddnews.com/story/2112851.html", Checked: moChecked},
		{ID: "ap-2012-mo", Kind: News, Title: "Associated Press, “Five Missouri primary races appear eligible for recount” (2012-08-09)",
			URL: "https://stlouis.cbslocal.com/2012/08/09/five-missouri-primary-races-appear-eligible-for-recount/", Checked: moChecked},
		{ID: "semissourian-cape", Kind: News, Title: "Southeast Missourian, “Recount likely in commissioner's race” (undated)",
			URL: "https://www.semissourian.com/news/recount-likely-in-commissioners-race-2768596", Checked: moChecked},
	},
}

// moStateFiled are the offices whose candidates file with the Secretary of
// State (§ 115.601.3's route): federal and state offices. Judges are
// assumed among them; the filing statute was not read.
var moStateFiled = append(append([]Office{}, FederalOffices...), StateOffices...)

// moRequest is § 115.601's right at a line of share: the defeated
// candidate, defeated by less than share of the votes cast for the office.
func moRequest(scope Scope, share Share, cites ...Cite) Route {
	return Route{
		Kind:  Requested,
		Scope: scope,
		Tiers: []Tier{{
			// "defeated by less than one percent of the votes cast for the
			// office" (§ 115.601.1, laws9.com copy, read 2026-11-22): strict.
			Line: Line{Kind: ShareOfOffice, Share: share, Strict: true},
		}},
		Who:       []Requester{{Kind: LosingCandidate, Cite: []Cite{cite("mo-115-601", "1", Verified)}}},
		InWriting: true,
		Cite:      cites,
	}
}

// moFilings: a candidate who filed with the Secretary of State asks the
// Secretary of State within seven days after certification ("Such request
// shall be filed not later than seven days after certification of the
// election", § 115.601.3, laws9.com copy, read 2026-11-22). A locally
// filed candidate asks through a contest petition in the circuit court
// (§ 115.601.2: "requested in accordance with the provisions of section
// 115.531 or 115.577 and conducted under the direction of the court"):
// five days after the official announcement of a primary's results
// (§ 115.531.1), thirty days after a general election's (§ 115.577).
// Section 1.040's time rule (only a last day on a Sunday moves) was not
// read; no roll-over is applied.
var moFilings = []Filing{
	{
		Scope: Scope{Offices: moStateFiled},
		Receiver: Receiver{ID: "secretary-of-state", Kind: SecretaryOfState, Name: "Missouri Secretary of State", Directs: true,
			Cite: []Cite{cite("mo-115-601", "3", Verified)}},
		Deadline: Deadline{N: 7, Unit: CalendarDays, From: Certification, Cite: []Cite{cite("mo-115-601", "3", Verified)}},
	},
	{
		Scope:    Scope{Types: PrimaryTypes},
		Receiver: moCourt,
		// "Not later than five days after the official announcement of the
		// results of a primary election is issued by the election authority"
		// (§ 115.531.1, 2015 copy, read 2026-11-22).
		Deadline: Deadline{N: 5, Unit: CalendarDays, From: Declaration, Cite: []Cite{cite("mo-115-531", "1", Verified)}},
	},
	{
		Receiver: moCourt,
		// "Not later than thirty days after the official announcement of the
		// election result by the election authority" (§ 115.577, self-law.org
		// copy, read 2026-11-22).
		Deadline: Deadline{N: 30, Unit: CalendarDays, From: Declaration, Cite: []Cite{cite("mo-115-577", "", Verified)}},
	},
}

var moCourt = Receiver{ID: "mo-circuit-court", Kind: Court, Name: "Circuit court (the clerk of the circuit court where the election was held)",
	Cite: []Cite{cite("mo-115-601", "2", Verified), cite("mo-115-577", "", Verified), cite("mo-115-531", "1", Verified)}}

var moFacts = []Fact{
	{Kind: "mo-filed-where", Section: Where, Cite: []Cite{cite("mo-115-601", "2, 3", Verified)}},
	{Kind: "mo-sos-authorizes", Section: During, Scope: Scope{Offices: moStateFiled}, When: Requested,
		Cite: []Cite{cite("mo-115-601", "3", Verified)}},
	{Kind: "court-conducts", Section: During, Scope: Scope{Offices: LocalOffices}, When: Requested,
		Cite: []Cite{cite("mo-115-601", "2", Verified)}},
	// "Whenever a recount of votes cast on paper ballots is ordered pursuant
	// to section 115.583 or 115.601, the court or legislative body shall
	// proceed to open and count the votes" (§ 115.585.3).
	{Kind: "mo-method", Section: During, Cite: []Cite{cite("mo-115-585", "3", Verified), cite("ceimn-mo", "", Reported)}},
	// "each election authority shall set a day, not more than twenty days
	// after receiving the writ" (§ 115.585.1).
	{Kind: "mo-writ-20-days", Section: CostTime, Numbers: []int64{20}, Cite: []Cite{cite("mo-115-585", "1", Verified)}},
	{Kind: "mo-cost-unclear", Section: CostTime, When: Requested,
		Cite: []Cite{cite("ballotpedia-mo", "", Conflicting), cite("semissourian-cape", "", Conflicting)}},
	{Kind: "mo-election-authority-petition", Section: Before, Cite: []Cite{cite("ceimn-mo", "§ 115.600", Reported), cite("vv-mo", "", Reported)}},
	{Kind: "contest-route", Section: Before, Cite: []Cite{cite("mo-115-577", "", Verified)}},
	{Kind: "multi-seat-different", Section: AfterNote, Cite: []Cite{cite("mo-115-601", "1", Verified)}},
}

func moHoliday(key string, kind HolidayKind, m time.Month, day int, wd time.Weekday, nth int) HolidayRule {
	return HolidayRule{Key: key, Kind: kind, Month: m, Day: day, Weekday: wd, Nth: nth, Observed: FridayMonday,
		Cite: []Cite{cite("mo-9-010", "", Reported)}}
}

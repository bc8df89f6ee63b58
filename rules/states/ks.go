package states

import (
	"time"

	. "github.com/recount-explainer/recount/rules"
)

// Kansas: K.S.A. 25-3107 (canvass by the county board; recounts; payment
// of costs), 25-3104 (the county canvass), 25-3203 (counties notify the
// Secretary of State of a recount), 25-3108, 25-3208 and 25-3209 (ties),
// 35-107 (legal holidays). Kansas has no automatic recount: any candidate
// may ask, at any margin; the state pays only for a national or state
// office's general election decided by 0.5% or less. Research notes:
// shared/facts/states/KS.md (2026-11-22).
//
// Only subsections (a) and the start of (b) of § 25-3107 were reached, in
// the session laws of 2001 (ch. 124) and 2002 (ch. 130) and an undated
// copy; the margin, deadlines and costs of (b)-(d) are reported by
// Verified Voting, Ballotpedia, CEIMN and the press. Read on 2026-11-22:
//
//   - § 25-3107(b) (L. 2002, ch. 130, kslegislature.gov): "If a majority of
//     the members of the county board of canvassers shall determine that
//     there are manifest errors" … "which might make a difference in the
//     result of any election"; "or if any candidate shall request the
//     recount of the ballots cast in all or in only specified voting areas
//     for the office for which such person is a candidate".
//   - § 25-3104 (same act): the county canvass is held "on the Friday next
//     following any election held on a Tuesday", or the Monday after, on
//     notice.
//   - § 35-107 (self-law.org copy): "On and after January 1, 2006, the
//     following days are declared to be legal public holidays".
func init() { register(&KS) }

const ksChecked Date = 20261122

// KS is Kansas's recount law.
var KS = Jurisdiction{
	Code: "KS", Name: "Kansas", Counties: 105, Checked: ksChecked,
	Versions: []Version{{
		ID:      "ks-recount",
		Assumed: 20020101, // the 2001–2002 text of § 25-3107(a)-(b); the state-paid tier is reported from 2020 on
		Readings: []Reading{{
			ID: "ks-recount",
			// The state-paid routes come first, so that a margin within
			// 0.5% is shown as free; the last route covers every race at
			// any margin, at the requester's cost.
			Routes: []Route{
				ksStatePaid(Scope{Offices: []Office{President, USSenate, USHouse, Federal, Governor, LtGovernor, Statewide}, Types: []ElectionType{General}}),
				ksStatePaid(Scope{Offices: LegislativeOffices, Types: []ElectionType{General}, Area: MultiCounty}),
				{
					Kind: Requested,
					Tiers: []Tier{{
						Line: Line{Kind: AnyMargin},
						Cost: Cost{Kind: RequesterPays, Cite: []Cite{cite("verifiedvoting-ks", "", Reported), cite("ballotpedia-ks", "", Reported)}},
						Cite: []Cite{cite("ks-25-3107", "(b)", Verified)},
					}},
					Who:  []Requester{{Kind: AnyCandidate, Cite: []Cite{cite("ks-25-3107", "(b)", Verified)}}},
					Cite: []Cite{cite("ks-25-3107", "(b)", Verified)},
				},
			},
			Filings: ksFilings,
		}},
		Facts: ksFacts,
		Cite:  []Cite{cite("ks-25-3107", "(a)-(b)", Verified), cite("verifiedvoting-ks", "", Reported)},
	}},
	Ties: []TieLaw{
		{Scope: Scope{Offices: []Office{Governor, LtGovernor}, Types: []ElectionType{General}}, Kind: Legislature,
			Cite: []Cite{cite("ks-25-3208-3209", "§ 25-3209", Verified)}},
		{Kind: ByLot, Cite: []Cite{cite("ks-25-3208-3209", "§ 25-3208(a)", Verified), cite("ks-25-3108", "", Verified)}},
	},
	Holidays: Holidays{
		// Kansas's recount deadlines are counted in calendar days and no
		// rule moving a last day off a weekend or holiday was read, so the
		// holidays do not change a count here.
		Rules: []HolidayRule{
			ksHoliday("new-year", FixedDate, time.January, 1, 0, 0),
			ksHoliday("mlk", NthWeekday, time.January, 0, time.Monday, 3),
			ksHoliday("washington", NthWeekday, time.February, 0, time.Monday, 3), // "President's Day"
			ksHoliday("memorial", NthWeekday, time.May, 0, time.Monday, -1),
			ksHoliday("independence", FixedDate, time.July, 4, 0, 0),
			ksHoliday("labor", NthWeekday, time.September, 0, time.Monday, 1),
			ksHoliday("columbus", NthWeekday, time.October, 0, time.Monday, 2),
			ksHoliday("veterans", FixedDate, time.November, 11, 0, 0),
			ksHoliday("thanksgiving", NthWeekday, time.November, 0, time.Thursday, 4),
			ksHoliday("christmas", FixedDate, time.December, 25, 0, 0),
		},
		Cite: []Cite{cite("ks-35-107", "(a)", Verified)},
	},
	Sources: []Source{
		{ID: "ks-25-3107", Kind: Statute, Title: "K.S.A. 25-3107 (as amended by L. 2002, ch. 130)",
			URL: "https://kslegislature.gov/historical_data/sessionlaws/2002/2002_O_SessionLaws_Chapter130.html", Checked: ksChecked},
		{ID: "ks-25-3104", Kind: Statute, Title: "K.S.A. 25-3104 (as amended by L. 2002, ch. 130)",
			URL: "https://kslegislature.gov/historical_data/sessionlaws/2002/2002_O_SessionLaws_Chapter130.html", Checked: ksChecked},
		{ID: "ks-25-3203", Kind: Statute, Title: "K.S.A. 25-3203",
			URL: "https://lawserver.com/law/state/kansas/ks-statutes/kansas_statutes_25-3203", Checked: ksChecked},
		{ID: "ks-25-3208-3209", Kind: Statute, Title: "K.S.A. 25-3208 and 25-3209",
			URL: "https://self-law.org/code/ks/chapter-25/25-3208", Checked: ksChecked},
		{ID: "ks-25-3108", Kind: Statute, Title: "K.S.A. 25-3108",
			URL: "https://self-law.org/code/ks/chapter-25/25-3108", Checked: ksChecked},
		{ID: "ks-35-107", Kind: Statute, Title: "K.S.A. 35-107",
			URL: "https://self-law.org/code/ks/chapter-35/35-107", Checked: ksChecked},
		{ID: "verifiedvoting-ks", Kind: Summary, Title: "Verified Voting, Kansas recount laws",
			URL: "https://verifiedvoting.org/?p=13613", Checked: ksChecked},
		{ID: "ballotpedia-ks", Kind: Summary, Title: "Ballotpedia, Recount laws in Kansas (mirror, c. 2023)",
			URL: "http://www.olesavior.org/recount_laws_in_kansas.html", Checked: ksChecked},
		{ID: "ceimn-ks", Kind: Summary, Title: "Citizens for Election Integrity Minnesota, Kansas recount laws (2020)",
			URL: "https://ceimn.org/searchable-databases/recount-database/kansas", Checked: ksChecked},
		{ID: "ks-fiscal-note-sb260", Kind: Summary, Title: "Kansas Division of the Budget, fiscal note on SB 260 (2020-01-22)",
			URL: "https://fastdemocracy.com/bill-summary/?billsummary_state=ks&billsummary_id=KSB00006837&billsummary_session=2019-2020", Checked: ksChecked},
		{ID: "wibw-2022", Kind: News, Title: "WIBW, 2022-08-12, “Treasurer race, abortion question draw recount requests”",
			URL: "https://www.wibw.com/2022/08/12/treasurer-race-abortion-question-draw-recount-requests/", Checked: ksChecked},
		{ID: "ks-reflector-2022", Kind: News, Title: "Kansas Reflector, 2022-08-09, on the treasurer primary recount deadline",
			URL: "https://sunflowerstateradio.com/2022/08/09/gop-candidates-for-kansas-treasurer-will-have-to-decide-on-recount-before-votes-are-certified/", Checked: ksChecked},
		{ID: "ks-sos-2022", Kind: OfficialGuide, Title: "Kansas Secretary of State, press release on the 2022 primary recounts (2022-08-22)",
			URL: "https://sos.ks.gov/media/press-releases/2022/08-22-22-secretary-schwab-announces-2022-primary-election-recount-results.html", Checked: ksChecked},
		{ID: "hutchnews-2020", Kind: News, Title: "Hutchinson News, 2020-01-25, on recount costs for municipal races",
			URL: "https://www.hutchnews.com/story/news/politics/state/2020/01/25/senate-bill-requires-state-to-pay-for-recount-of-close-municipal-races/1831876007/", Checked: ksChecked},
	},
}

// ksStatePaid is the state-paid recount of § 25-3107(d) as reported: a
// candidate for a national or state office in a general election decided by
// "0.5% or less" ("less than or equal to", Ballotpedia). What the 0.5% is
// of is not confirmed (the 2020 fiscal note says "all ballots cast"): the
// votes for the office are assumed. The Division of the Budget's list of
// offices: statewide and national offices, and legislative seats whose
// district spans two or more counties.
func ksStatePaid(scope Scope) Route {
	cites := []Cite{cite("ks-25-3107", "(d)", Reported), cite("verifiedvoting-ks", "", Reported), cite("ballotpedia-ks", "", Reported),
		cite("ks-fiscal-note-sb260", "", Reported)}
	return Route{
		Kind:  Requested,
		Scope: scope,
		Tiers: []Tier{{
			Line: Line{Kind: ShareOfOffice, Share: Percent / 2},
			Cost: Cost{Kind: Public, Cite: cites},
			Cite: cites,
		}},
		Who:  []Requester{{Kind: AnyCandidate, Cite: []Cite{cite("ks-25-3107", "(b)", Verified)}}},
		Cite: cites,
	}
}

// ksFilings: a race in more than one county goes to the Secretary of State
// by 5 p.m. on the second Friday after the election (ten days after a
// Tuesday election); a one-county race to the county election officer by
// 5 p.m. on the day after the county canvass.
var ksFilings = []Filing{
	{
		Scope: Scope{Area: MultiCounty},
		Receiver: Receiver{ID: "secretary-of-state", Kind: SecretaryOfState, Name: "Kansas Secretary of State", Directs: true,
			Cite: []Cite{cite("wibw-2022", "", Reported), cite("ks-25-3203", "", Verified)}},
		Deadline: Deadline{N: 10, Unit: CalendarDays, From: ElectionDay, At: 17 * 60,
			Cite: []Cite{cite("ballotpedia-ks", "", Reported), cite("verifiedvoting-ks", "", Reported), cite("ks-reflector-2022", "", Reported)}},
	},
	{
		Receiver: Receiver{ID: "county-official", Kind: CountyOfficial, Name: "County election officer",
			Cite: []Cite{cite("ks-25-3107", "(a)-(b)", Verified)}},
		Deadline: Deadline{N: 1, Unit: CalendarDays, From: Canvass, At: 17 * 60,
			Cite: []Cite{cite("ballotpedia-ks", "", Reported), cite("verifiedvoting-ks", "", Reported)}},
	},
}

var ksFacts = []Fact{
	{Kind: "board-own-motion", Section: Before, Cite: []Cite{cite("ks-25-3107", "(b)", Verified)}},
	{Kind: "ks-second-friday", Section: Where, Scope: Scope{Area: MultiCounty},
		Cite: []Cite{cite("ballotpedia-ks", "", Reported), cite("ks-reflector-2022", "", Reported)}},
	{Kind: "ks-canvass-day", Section: Where, Scope: Scope{Area: SingleCounty}, Cite: []Cite{cite("ks-25-3104", "", Verified)}},
	{Kind: "precincts-chosen", Section: During, Cite: []Cite{cite("ks-25-3107", "(b)", Verified)}},
	{Kind: "ks-counties-recount", Section: During, Cite: []Cite{cite("ks-sos-2022", "", Reported), cite("ks-25-3203", "", Verified)}},
	{Kind: "ks-same-method", Section: During, Cite: []Cite{cite("verifiedvoting-ks", "§§ 25-4412, 25-4413, 25-3107(d)(2)", Reported), cite("ceimn-ks", "", Reported)}},
	{Kind: "requester-pays", Section: CostTime, When: Requested,
		Cite: []Cite{cite("verifiedvoting-ks", "", Reported), cite("ks-reflector-2022", "", Reported)}},
	{Kind: "bond", Section: CostTime, When: Requested, Cite: []Cite{cite("ballotpedia-ks", "", Reported), cite("ceimn-ks", "", Reported)}},
	{Kind: "ks-county-pays-if-changed", Section: CostTime, Cite: []Cite{cite("hutchnews-2020", "", Reported)}},
	{Kind: "finish-within", Section: CostTime, Numbers: []int64{5}, Cite: []Cite{cite("verifiedvoting-ks", "", Reported)}},
	{Kind: "ks-denominator-unread", Section: AfterNote, Scope: Scope{Types: []ElectionType{General}},
		Cite: []Cite{cite("ks-fiscal-note-sb260", "", Reported), cite("ks-25-3107", "(d)", NotFound)}},
	{Kind: "questions-differ", Section: AfterNote, Cite: []Cite{cite("ks-25-3107", "(b)", Verified)}},
}

func ksHoliday(key string, kind HolidayKind, m time.Month, day int, wd time.Weekday, nth int) HolidayRule {
	return HolidayRule{Key: key, Kind: kind, Month: m, Day: day, Weekday: wd, Nth: nth,
		Cite: []Cite{cite("ks-35-107", "(a)", Verified)}}
}

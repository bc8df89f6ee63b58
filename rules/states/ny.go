package states

import (
	"time"

	. "github.com/recount-explainer/recount/rules"
)

// New York: Election Law § 9-208, the recanvass (subdivision 1) and, since
// the 2020 budget, the full manual recount of close contests (subdivision
// 4); General Construction Law § 24 (public holidays). Facts and their
// evidence: shared/facts/states/NY.md (read 2026-11-22).
//
// Subdivision 4 was read (2026-11-23) as the Legislature reprints the law
// in force in a bill that amends it: Assembly Bill A8296 of 2023–24 (the
// Count Every Vote Act, which did not pass), whose lower-case text is the
// law as it stood on November 27, 2023, and whose § 2 names the act:
// "Subdivision 4 of section 9-208 of the election law, as added by section
// 1 of part JJ of chapter 55 of the laws of 2020, paragraphs (d) and (e) as
// amended by chapter 474 of the laws of 2023". Copies read: the Assembly's
// own bill page, https://assembly.state.ny.us/leg/?Text=Y&bn=A8296&term=2023
// (its stored copy shows the text up to clause iii), and the full bill
// text in github.com/ryantd42/NY-Legislative-Git, 2023/A8296A-2023/bill.md
// (commit 6c0948c4, a copy of the Senate's OpenLegislation text). A1259 of
// 2023 (same copy, 2023/A1259.md, introduced January 13, 2023) reprints
// the same paragraph (a) word for word. Paragraph (a):
//
//	"The board of elections or a bipartisan committee appointed by the
//	board shall conduct a full manual recount of all ballots for a
//	particular contest: i. Where the margin of victory is twenty votes or
//	less; or ii. Where the margin of victory is 0.5% or less; or iii. In a
//	contest where one million or more ballots have been cast and the margin
//	of victory is less than 5,000 votes."
//
// That settles the three readings the secondary sources gave. The three
// clauses are joined by "or": each orders the recount on its own, so
// clause iii adds a trigger and caps nothing (the "5,000-vote cap"
// reading is ruled out). There is no 0.2% line and no statewide rule (the
// News10 reading, the Governor's December 2019 proposal, is ruled out).
// The act is not a 2021 chapter: it is Part JJ of chapter 55 of the laws
// of 2020. Its effective date was not read; From (January 1, 2021) stays
// as reported, and any start between April 2020 and 2026 gives a November
// 2026 race the same answer. No later change was found: the nysenate.gov
// entry for § 9-208 (read 2026-11-22) was "published on 2023-09-22", the
// chapter 474 change, and the 2025–26 bills to amend subdivision 4 (S3290,
// A1091) are reported still in committee (last action "REFERRED TO
// ELECTIONS", January 7, 2026, per vulcanbills.com).
//
// What the text leaves open, and how the page takes it: clause ii does
// not say what the 0.5% is a share of, and paragraph (b) defines the
// margin as "the margin between all votes cast in the entire contest
// following the recanvass of votes". The page takes the winner's lead
// over the runner-up as a share of all the candidates' votes (a fact says
// so). With that base, clause iii never adds a recount: 0.5% of a million
// votes or more is 5,000 or more. It could matter only where a million
// ballots or more were cast but fewer than a million votes for the
// office, and the page is not given the ballots.
//
// Primaries: subdivision 4 covers "a particular contest" with no limit by
// kind of election, and subdivision 1, which it follows, covers general,
// special, primary and village elections; so every route here applies to
// primaries too.
//
// There is no candidate's request (outside village elections run by the
// villages, a Fact): a candidate's route is the courts.
func init() { register(&NY) }

const nyChecked Date = 20261122

// nyRead is the day § 9-208(4) was read in the A8296 reprint.
const nyRead Date = 20261123

// NY is New York's recount law.
var NY = Jurisdiction{
	Code: "NY", Name: "New York", Counties: 62, Checked: nyChecked,
	Versions: []Version{
		{
			// No close-margin recount: "Current law does not require
			// automatic vote recounts" (the Governor, December 2019).
			ID:       "ny-before-2021",
			Readings: []Reading{{ID: "ny-before-2021"}},
			Facts:    nyFactsBefore,
			Contest:  &nyContest,
			Cite:     []Cite{cite("cuomo-2019", "", Reported), cite("vv-ny", "", Reported)},
		},
		{
			// Enacted in the April 2020 budget (Part JJ of chapter 55 of the
			// laws of 2020, named in A8296's § 2); took effect January 1,
			// 2021 as reported (it did not apply to the November 2020 NY-22
			// count). One reading: § 9-208(4)(a) as read.
			ID:   "ny-manual-recount-2021",
			From: 20210101,
			Readings: []Reading{
				{
					// (a) i and ii, "twenty votes or less; or ... 0.5% or
					// less". Clause iii, "one million or more ballots ... less
					// than 5,000 votes", is a third "or" and, measured on the
					// candidates' votes, always inside ii (see the header).
					ID:     "ny-20-votes-or-half-percent",
					Routes: []Route{nyAutomatic(Scope{}, Line{Kind: Greater, Of: []Line{ny20Votes, nyHalfPercent}}, cite(nySub4, "(a)", Verified))},
				},
			},
			Facts:   nyFactsAfter,
			Contest: &nyContest,
			Cite:    []Cite{cite(nySub4, "(a)", Verified), cite("news10-2020", "", Reported), cite("utica-2021-ny22", "", Reported)},
		},
	},
	// Not found in any source read.
	Ties: []TieLaw{{Kind: TieUnknown, Cite: []Cite{cite("vv-ny", "", NotFound)}}},
	Holidays: Holidays{
		// § 24 moves a holiday on a Sunday (except Flag Day, itself a
		// Sunday) to the Monday; a Saturday holiday is not moved. So the
		// listed days are SundayMonday (election day is always a Tuesday).
		// No New York recount deadline counts business days or moves off a
		// holiday, so the calendar changes no date on the page.
		Rules: []HolidayRule{
			nyHoliday("new-year", FixedDate, time.January, 1, 0, 0),
			nyHoliday("mlk", NthWeekday, time.January, 0, time.Monday, 3),
			nyHoliday("lincoln", FixedDate, time.February, 12, 0, 0),
			nyHoliday("washington", NthWeekday, time.February, 0, time.Monday, 3),
			nyHoliday("memorial", NthWeekday, time.May, 0, time.Monday, -1),
			{Key: "juneteenth", Kind: FixedDate, Month: time.June, Day: 19, From: 2020, Observed: SundayMonday,
				Cite: []Cite{cite("ny-gcl-24", "as amended by L. 2020, ch. 249", Verified)}},
			nyHoliday("independence", FixedDate, time.July, 4, 0, 0),
			nyHoliday("labor", NthWeekday, time.September, 0, time.Monday, 1),
			nyHoliday("columbus", NthWeekday, time.October, 0, time.Monday, 2),
			{Key: "election-day", Kind: GeneralElection, EveryYears: 1, Cite: []Cite{cite("ny-gcl-24", "", Verified)}},
			nyHoliday("veterans", FixedDate, time.November, 11, 0, 0),
			nyHoliday("thanksgiving", NthWeekday, time.November, 0, time.Thursday, 4),
			nyHoliday("christmas", FixedDate, time.December, 25, 0, 0),
		},
		Cite: []Cite{cite("ny-gcl-24", "", Verified)},
	},
	Sources: []Source{
		{ID: "ny-eln-9-208", Kind: Statute, Title: "N.Y. Election Law § 9-208",
			URL: "https://www.nysenate.gov/legislation/laws/ELN/9-208/", Checked: nyChecked},
		{ID: nySub4, Kind: Statute, Title: "N.Y. Election Law § 9-208(4), the law in force as reprinted in Assembly Bill A8296 of 2023–24",
			URL: "https://assembly.state.ny.us/leg/?Text=Y&bn=A8296&term=2023", Checked: nyRead},
		{ID: "ny-gcl-24", Kind: Statute, Title: "N.Y. General Construction Law § 24 (as reprinted in Senate Bill S5214 of 2025)",
			URL: "https://www.nysenate.gov/legislation/bills/2025/S5214", Checked: nyChecked},
		{ID: "ballotpedia-ny", Kind: Summary, Title: "Ballotpedia, Recount laws in New York (a mirror copy)",
			URL: "http://movatter.jp/mt/?dark=on&url=https%3A%2F%2Fballotpedia.org%2FRecount_laws_in_New_York", Checked: nyChecked},
		{ID: "vv-ny", Kind: Summary, Title: "Verified Voting, New York recount law",
			URL: "https://verifiedvoting.org/recountlaw/new-york", Checked: nyChecked},
		{ID: "ny-a8296-summary", Kind: Summary, Title: "Summary of Assembly Bill A8296 (2023–24), the Count Every Vote Act",
			URL: "https://vulcanbills.com/ny/2023/A08296", Checked: nyChecked},
		{ID: "ny-s1014-memo", Kind: Summary, Title: "Sponsor's memo on Senate Bill S1014 (2023–24)",
			URL: "https://fastdemocracy.com/bill-summary/?billsummary_id=NYB00135854&billsummary_session=2023-2024&billsummary_state=ny", Checked: nyChecked},
		{ID: "news10-2020", Kind: News, Title: "News10, on the 2021 state budget (2020-04-04)",
			URL: "https://www.news10.com/news/nys-budget-democracy-and-building-trust-in-government/", Checked: nyChecked},
		{ID: "cuomo-2019", Kind: News, Title: "WSYR, on the Governor's proposal of automatic manual recounts (2019-12-16)",
			URL: "https://www.localsyr.com/news/local-news/governor-cuomo-announces-proposal-mandating-automatic-manual-recounts-in-close-elections/", Checked: nyChecked},
		{ID: "utica-2021-ny22", Kind: News, Title: "Observer-Dispatch (Utica), on the NY-22 certification (2021-02-05)",
			URL: "https://www.uticaod.com/story/news/politics/elections/2021/02/05/ny-22-tenney-certified-winner-brindisi-expected-appeal/4402447001/", Checked: nyChecked},
		{ID: "auburn-2022-sd50", Kind: News, Title: "The Citizen (Auburn), on the Senate District 50 count and recount (November–December 2022)",
			URL: "https://auburnpub.com/news/local/govt-and-politics/mannion-wins-ny-senate-race-by-10-votes-democrats-keep-state-senate-supermajority/article_54f0a6c7-c907-56e0-ba7b-0e0f37d65b8a.html", Checked: nyChecked},
		{ID: "nny360-2022-sd50", Kind: News, Title: "NNY360, on the Senate District 50 recount (December 2022)",
			URL: "https://www.nny360.com/news/oswegocounty/mannion-leads-shiroff-by-23-after-re-count-judge-still-to-rule-on-almost-200/article_79181b4d-f5f2-5ee7-9a14-d38981bb067a.html", Checked: nyChecked},
	},
	Past: []PastRecount{
		// First complete count +27; after the hand recount +23 (NNY360) or
		// +17 (The Citizen); only +17 fits the final +10 after the judge's
		// rulings on objected ballots (Mannion −18, Shiroff −11). The hand
		// recount's totals were reported on December 12; the judge's final
		// count on December 19.
		{Race: "ny-2022-sd50", Election: 20221108, Finished: 20221212, Before: 27, After: 17,
			Cite: []Cite{cite("auburn-2022-sd50", "", Reported), cite("nny360-2022-sd50", "", Conflicting)}},
	},
}

// nySub4 is § 9-208(4) as A8296 reprints it.
const nySub4 = "ny-eln-9-208-4"

var (
	ny20Votes     = Line{Kind: FixedVotes, Votes: 20}
	nyHalfPercent = Line{Kind: ShareOfOffice, Share: Percent / 2}
)

// nyAutomatic is § 9-208(4)'s full manual recount: by the board of
// elections or a bipartisan committee it appoints ((a), read), by hand
// ("full manual recount of all ballots", read), at public cost (reported).
func nyAutomatic(scope Scope, line Line, cites ...Cite) Route {
	return Route{Kind: Automatic, Scope: scope, Tiers: []Tier{{
		Line: line, Method: Hand,
		Cost: Cost{Kind: Public, Cite: []Cite{cite("ballotpedia-ny", "", Reported)}},
		Cite: []Cite{cite(nySub4, "(a)", Verified)},
	}}, Cite: cites}
}

// nyContest: the courts (a justice of the Supreme Court, the state's trial
// court, ruled on the NY-22 count in 2021 and the SD-50 ballots in 2022).
var nyContest = Contest{
	Receiver: Receiver{ID: "ny-supreme-court", Kind: Court, Name: "Supreme Court of the State of New York",
		Cite: []Cite{cite("utica-2021-ny22", "", Reported), cite("auburn-2022-sd50", "", Reported)}},
	Cite: []Cite{cite("vv-ny", "", Reported), cite("cuomo-2019", "", Reported)},
}

var nyFactsBefore = []Fact{
	{Kind: "ny-recanvass", Section: Before, Cite: []Cite{cite("ny-eln-9-208", "(1)", Verified)}},
	{Kind: "ny-village-request", Section: Before, Scope: Scope{Offices: []Office{Municipal}}, Numbers: []int64{2},
		Cite: []Cite{cite("vv-ny", "", Reported), cite("ballotpedia-ny", "", Reported)}},
	{Kind: "contest-route", Section: Before, Cite: []Cite{cite("vv-ny", "", Reported), cite("cuomo-2019", "", Reported)}},
}

// nyFactsAfter adds § 9-208(4)'s own rules, read in the A8296 reprint:
// (a) "The board of elections or a bipartisan committee appointed by the
// board shall conduct a full manual recount of all ballots"; (b) "the
// margin between all votes cast in the entire contest following the
// recanvass of votes"; (c) "Where the contest involves portions of two or
// more counties, the margin of victory shall be determined by the state
// board of elections based on the most recent recanvass results"; (d) "No
// board of elections shall commence a full manual recount of a particular
// contest unless and until such board of elections has completed and
// announced the results of the recanvass required by subdivision one".
// No deadline to finish appears in (a)–(e); that no other section sets one
// is only reported.
var nyFactsAfter = append(append([]Fact{}, nyFactsBefore...),
	Fact{Kind: "board-conducts", Section: During, When: Automatic, Cite: []Cite{cite(nySub4, "(a)", Verified)}},
	Fact{Kind: "hand-count", Section: During, When: Automatic, Cite: []Cite{cite(nySub4, "(a)", Verified)}},
	Fact{Kind: "ny-after-recanvass", Section: During, When: Automatic, Cite: []Cite{cite(nySub4, "(d)", Verified)}},
	Fact{Kind: "ny-state-board-multicounty", Section: Where, When: Automatic, Scope: Scope{Area: MultiCounty},
		Cite: []Cite{cite(nySub4, "(c)", Verified)}},
	Fact{Kind: "ny-percent-base", Section: AfterNote, When: Automatic, Cite: []Cite{cite(nySub4, "(a)–(b)", Verified)}},
	Fact{Kind: "ny-bills-pending", Section: AfterNote, From: 20230101, Cite: []Cite{cite("ny-s1014-memo", "", Reported), cite("ny-a8296-summary", "", Reported)}},
	Fact{Kind: "no-finish-deadline", Section: CostTime, When: Automatic, Cite: []Cite{cite("vv-ny", "", Reported)}},
)

// nyHoliday is a public holiday of § 24, kept the next day when it falls on
// a Sunday; a Saturday one is not moved.
func nyHoliday(key string, kind HolidayKind, m time.Month, day int, wd time.Weekday, nth int) HolidayRule {
	return HolidayRule{Key: key, Kind: kind, Month: m, Day: day, Weekday: wd, Nth: nth, Observed: SundayMonday,
		Cite: []Cite{cite("ny-gcl-24", "", Verified)}}
}

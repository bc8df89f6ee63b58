package states

import (
	"time"

	. "github.com/recount-explainer/recount/rules"
)

// Virginia: Va. Code § 24.2-800 (the defeated candidate's appeal at 1% of
// the two candidates' votes), §§ 24.2-801 and 24.2-801.1 (the petition, its
// court and deadline), §§ 24.2-802 to 24.2-802.3 (procedure and costs),
// § 24.2-674 (ties by lot), § 1-210 (computation of time), § 2.2-3300
// (legal holidays). Research notes: shared/facts/states/VA.md (2026-11-22).
//
// Read in the statute text on 2026-11-22:
//
//   - § 24.2-800(B) (law.lis.virginia.gov, official, dated 12/13/2024):
//     "a difference of not more than one percent of the total vote cast for
//     the two such candidates as determined by the State Board or the
//     electoral board, the defeated candidate may appeal"; for a write-in
//     candidate, "a difference of not more than five percent".
//   - § 24.2-801 (statutes.laws-info.com copy, text as amended by 2003,
//     c. 268): "shall be filed within 10 days from the day the State Board
//     or the electoral board certifies the result of the election … but not
//     thereafter. The petition shall be filed in the Circuit Court of the
//     City of Richmond in the case of any statewide office and in the
//     circuit court of the county or city in which the candidate being
//     challenged resides". Secondary summaries cite the same rule as
//     § 24.2-801(A) today.
//   - § 1-210(C) (instalawyer.io copy): when the last day of "a maximum
//     period of time in which a legal action may be brought" falls on a
//     Saturday, Sunday or legal holiday, "the action may be brought on the
//     next day that is not" one.
//   - § 2.2-3300 (law.lis.virginia.gov, official): the list through Labor
//     Day; the rest of the list and the weekend rule are from secondary
//     copies.
//
// Who pays is not read in today's § 24.2-802.3: a 2005 blog quotes the then
// § 24.2-802(E): "Costs of the recount shall be assessed against the
// counties and cities comprising the election district when (i) the
// candidate petitioning for the recount is declared the winner; … or (iii)
// there was … a difference of not more than one-half of one percent".
func init() { register(&VA) }

const vaChecked Date = 20261122

// VA is Virginia's recount law.
var VA = Jurisdiction{
	Code: "VA", Name: "Virginia", Counties: 133, Checked: vaChecked,
	Versions: []Version{{
		ID: "va-24.2-800",
		// The 1% two-candidate line dates from 1964 (§ 24-277.2); the filing
		// rule was read in its 2003 text.
		Assumed: 20030701,
		Readings: []Reading{{
			ID:      "va-24.2-800",
			Routes:  []Route{vaRequest},
			Filings: vaFilings,
		}},
		Facts: vaFacts,
		Cite:  []Cite{cite("va-24.2-800", "", Verified), cite("va-24.2-801", "", Verified)},
	}},
	Ties: []TieLaw{
		{Kind: ByLot, Cite: []Cite{cite("va-24.2-674", "", Verified)}},
	},
	Holidays: Holidays{
		Rules: []HolidayRule{
			vaHoliday("new-year", FixedDate, time.January, 1, 0, 0, Verified),
			vaHoliday("mlk", NthWeekday, time.January, 0, time.Monday, 3, Verified),
			vaHoliday("washington", NthWeekday, time.February, 0, time.Monday, 3, Verified),
			vaHoliday("memorial", NthWeekday, time.May, 0, time.Monday, -1, Verified),
			// Juneteenth: 2020 Sp. Sess. I, c. 5, approved October 13, 2020.
			{Key: "juneteenth", Kind: FixedDate, Month: time.June, Day: 19, From: 2021, Observed: FridayMonday,
				Cite: []Cite{cite("va-2.2-3300", "through Labor Day", Verified), cite("va-holidays-blr", "weekend rule", Reported)}},
			vaHoliday("independence", FixedDate, time.July, 4, 0, 0, Verified),
			vaHoliday("labor", NthWeekday, time.September, 0, time.Monday, 1, Verified),
			vaHoliday("va-columbus-yorktown", NthWeekday, time.October, 0, time.Monday, 2, Reported),
			{Key: "election-day", Kind: GeneralElection, EveryYears: 1, From: 2020,
				Cite: []Cite{cite("va-holidays-blr", "Election Day from 2020", Reported)}},
			vaHoliday("veterans", FixedDate, time.November, 11, 0, 0, Reported),
			vaHoliday("thanksgiving", NthWeekday, time.November, 0, time.Thursday, 4, Reported),
			{Key: "day-after-thanksgiving", Kind: DaysAfter, After: "thanksgiving", Days: 1,
				Cite: []Cite{cite("va-holidays-blr", "", Reported)}},
			vaHoliday("christmas", FixedDate, time.December, 25, 0, 0, Reported),
		},
		Lists: vaLeeJackson,
		Cite:  []Cite{cite("va-2.2-3300", "through Labor Day", Verified), cite("va-holidays-blr", "", Reported)},
	},
	Sources: []Source{
		{ID: "va-24.2-800", Kind: Statute, Title: "Va. Code § 24.2-800",
			URL: "https://law.lis.virginia.gov/vacode/title24.2/chapter8/section24.2-800/", Checked: vaChecked},
		{ID: "va-24.2-801", Kind: Statute, Title: "Va. Code § 24.2-801 (2003 text)",
			URL: "http://statutes.laws-info.com/virginia/title-24-2/chapter-8/24-2-801", Checked: vaChecked},
		{ID: "va-24.2-801.1", Kind: Statute, Title: "Va. Code § 24.2-801.1 (not read)", Checked: vaChecked},
		{ID: "va-24.2-802", Kind: Statute, Title: "Va. Code §§ 24.2-802 to 24.2-802.2",
			URL: "https://law.lis.virginia.gov/vacode/24.2-802/", Checked: vaChecked},
		{ID: "va-24.2-802.1", Kind: Statute, Title: "Va. Code § 24.2-802.1",
			URL: "https://law.lis.virginia.gov/vacode/title24.2/chapter8/section24.2-802.1/", Checked: vaChecked},
		{ID: "va-24.2-802e-2005", Kind: News, Title: "Raising Kaine blog, 2005-11-10, quoting Va. Code § 24.2-802(E)",
			URL: "http://www.raisingkaine.com/1179.htm", Checked: vaChecked},
		{ID: "va-24.2-674", Kind: Statute, Title: "Va. Code § 24.2-674 (1993 text)",
			URL: "http://statutes.laws-info.com/virginia/title-24-2/chapter-6/24-2-674", Checked: vaChecked},
		{ID: "va-1-210", Kind: Statute, Title: "Va. Code § 1-210",
			URL: "https://instalawyer.io/laws/code-of-virginia/1-210-computation-of-time", Checked: vaChecked},
		{ID: "va-2.2-3300", Kind: Statute, Title: "Va. Code § 2.2-3300",
			URL: "https://law.lis.virginia.gov/vacodefull/title2.2/chapter33", Checked: vaChecked},
		{ID: "va-holidays-blr", Kind: Summary, Title: "BLR, Virginia holidays (2017), and officeholidays.com lists (2020–2021)",
			URL: "https://www.blr.com/HR-Employment/Benefits-Leave/Holidays-in-Virginia", Checked: vaChecked},
		{ID: "ceimn-va", Kind: Summary, Title: "Citizens for Election Integrity Minnesota, Virginia recount laws (2020)",
			URL: "https://ceimn.org/searchable-databases/recount-database/virginia", Checked: vaChecked},
		{ID: "verifiedvoting-va", Kind: Summary, Title: "Verified Voting, Virginia recount laws",
			URL: "https://verifiedvoting.org/?p=13737", Checked: vaChecked},
		{ID: "ballotpedia-va-2013", Kind: News, Title: "Ballotpedia News, 2013 recount review: Herring's win",
			URL: "https://ballotpedia.org/2013_Recount_review:_Herring's_win_seals_Democratic_sweep_in_Virginia", Checked: vaChecked},
		{ID: "news-va-2017-hd94", Kind: News, Title: "Daily Press and Columbus Dispatch, December 2017 (House District 94 recount)",
			URL: "https://www.dispatch.com/story/news/politics/onpolitics/2017/12/20/race-virginia-state-house-now-tied-winner-randomly-selected/970768001/", Checked: vaChecked},
	},
	Past: []PastRecount{
		// Herring +165 of 2,212,281 certified November 25; Obenshain asked
		// on November 27; Herring +907 when Obenshain conceded on December
		// 18 (Ballotpedia's race page gives December 26–28 instead).
		{Race: "va-2013-attorney-general", Election: 20131105, Requested: 20131127, Finished: 20131218,
			Before: 165, After: 907, Cite: []Cite{cite("ballotpedia-va-2013", "", Reported)}},
		// Yancey +10 certified; the recount gave Simonds +1, and the recount
		// court's ruling on one ballot made it a tie, drawn by lot for Yancey.
		{Race: "va-2017-hod-94", Election: 20171107, Started: 20171219, Finished: 20171220,
			Before: 10, After: 0, Cite: []Cite{cite("news-va-2017-hd94", "", Reported)}},
	},
}

// vaRequest is § 24.2-800(B): the defeated candidate, within 1% of the two
// candidates' votes; free within one-half of 1% (the 2005 text of
// § 24.2-802(E), cited today as § 24.2-802.3(A)), otherwise at the
// petitioner's cost unless the petitioner is declared the winner.
var vaRequest = Route{
	Kind: Requested,
	Tiers: []Tier{
		{
			Line:   Line{Kind: ShareOfTwo, Share: Percent / 2},
			Method: MachineAndHand,
			Cost:   Cost{Kind: Public, Cite: []Cite{cite("va-24.2-802e-2005", "§ 24.2-802(E)(iii)", Reported), cite("ceimn-va", "§ 24.2-802.3(A)", Reported)}},
			Cite:   []Cite{cite("va-24.2-802e-2005", "§ 24.2-802(E)(iii)", Reported)},
		},
		{
			Line:   Line{Kind: ShareOfTwo, Share: Percent},
			Method: MachineAndHand,
			Cost:   Cost{Kind: RequesterPays, Cite: []Cite{cite("va-24.2-802e-2005", "§ 24.2-802(E)", Reported), cite("verifiedvoting-va", "", Reported)}},
			Cite:   []Cite{cite("va-24.2-800", "(B)", Verified)},
		},
	},
	Who:       []Requester{{Kind: LosingCandidate, Cite: []Cite{cite("va-24.2-800", "(B)", Verified)}}},
	InWriting: true,
	Cite:      []Cite{cite("va-24.2-800", "(A)-(B)", Verified)},
}

var vaRichmond = Receiver{ID: "va-richmond-circuit-court", Kind: Court, Name: "Circuit Court of the City of Richmond",
	Cite: []Cite{cite("va-24.2-801", "", Verified)}}

// vaDeadline: ten days from certification, "but not thereafter"; a last
// day on a weekend or holiday moves on (§ 1-210(C)).
var vaDeadline = Deadline{N: 10, Unit: CalendarDays, From: Certification, Rolls: true,
	Cite: []Cite{cite("va-24.2-801", "", Verified), cite("va-1-210", "(C)", Verified)}}

// vaFilings: presidential electors under § 24.2-801.1 (not read: Verified
// Voting says the second calendar day after certification); statewide
// offices in Richmond; other offices in the circuit court where the
// candidate declared elected lives.
var vaFilings = []Filing{
	{
		Scope:    Scope{Offices: []Office{President}},
		Receiver: vaRichmond,
		Deadline: Deadline{N: 2, Unit: CalendarDays, From: Certification,
			Cite: []Cite{cite("va-24.2-801.1", "", NotFound), cite("verifiedvoting-va", "", Reported)}},
	},
	{Scope: Scope{Area: StatewideArea}, Receiver: vaRichmond, Deadline: vaDeadline},
	{
		Receiver: Receiver{ID: "court", Kind: Court, Name: "Circuit court of the county or city where the apparent winner lives",
			Cite: []Cite{cite("va-24.2-801", "", Verified)}},
		Deadline: vaDeadline,
	},
}

var vaFacts = []Fact{
	{Kind: "va-no-automatic", Section: Before, Cite: []Cite{cite("verifiedvoting-va", "", Reported)}},
	{Kind: "va-two-candidates", Section: Before, Cite: []Cite{cite("va-24.2-800", "(B)", Verified)}},
	{Kind: "va-write-in-5-percent", Section: Before, Numbers: []int64{5}, Cite: []Cite{cite("va-24.2-800", "(B)", Verified)}},
	{Kind: "va-three-judges", Section: During, Cite: []Cite{cite("va-24.2-801", "", Verified)}},
	{Kind: "va-preliminary-hearing", Section: During, Numbers: []int64{7, 5},
		Cite: []Cite{cite("va-24.2-802.1", "(A)", Verified)}},
	{Kind: "va-hand-and-scanners", Section: During, Cite: []Cite{cite("ceimn-va", "§ 24.2-802.2", Reported)}},
	{Kind: "va-final", Section: During, Cite: []Cite{cite("ceimn-va", "§ 24.2-802.2(G)", Reported)}},
	{Kind: "va-pays-unless-wins", Section: CostTime, When: Requested,
		Cite: []Cite{cite("va-24.2-802e-2005", "§ 24.2-802(E)(i)", Reported)}},
	{Kind: "no-finish-deadline", Section: CostTime, Scope: Scope{Except: []Office{President}},
		Cite: []Cite{cite("va-24.2-802.1", "", Reported)}},
	{Kind: "va-president-finish", Section: CostTime, Scope: Scope{Offices: []Office{President}}, Numbers: []int64{6},
		Cite: []Cite{cite("verifiedvoting-va", "", Reported)}},
	{Kind: "va-lot-then-recount", Section: AfterNote, Cite: []Cite{cite("va-24.2-674", "", Verified)}},
	{Kind: "va-multi-seat-standards", Section: AfterNote, Cite: []Cite{cite("va-24.2-802", "(C)", Verified)}},
}

// vaLeeJackson lists Lee-Jackson Day, the Friday before the third Monday of
// January, kept as a state holiday until its repeal in 2020 (BLR 2017,
// officeholidays.com 2020): no holiday rule names "the Friday before the
// third Monday".
const vaLeeJacksonSrc = "BLR, Virginia holidays (2017); officeholidays.com (2020)"

const vaLeeJackson = "" +
	"2000-01-14\tva-lee-jackson-day\tS\t" + vaLeeJacksonSrc + "\n" +
	"2001-01-12\tva-lee-jackson-day\tS\t" + vaLeeJacksonSrc + "\n" +
	"2002-01-18\tva-lee-jackson-day\tS\t" + vaLeeJacksonSrc + "\n" +
	"2003-01-17\tva-lee-jackson-day\tS\t" + vaLeeJacksonSrc + "\n" +
	"2004-01-16\tva-lee-jackson-day\tS\t" + vaLeeJacksonSrc + "\n" +
	"2005-01-14\tva-lee-jackson-day\tS\t" + vaLeeJacksonSrc + "\n" +
	"2006-01-13\tva-lee-jackson-day\tS\t" + vaLeeJacksonSrc + "\n" +
	"2007-01-12\tva-lee-jackson-day\tS\t" + vaLeeJacksonSrc + "\n" +
	"2008-01-18\tva-lee-jackson-day\tS\t" + vaLeeJacksonSrc + "\n" +
	"2009-01-16\tva-lee-jackson-day\tS\t" + vaLeeJacksonSrc + "\n" +
	"2010-01-15\tva-lee-jackson-day\tS\t" + vaLeeJacksonSrc + "\n" +
	"2011-01-14\tva-lee-jackson-day\tS\t" + vaLeeJacksonSrc + "\n" +
	"2012-01-13\tva-lee-jackson-day\tS\t" + vaLeeJacksonSrc + "\n" +
	"2013-01-18\tva-lee-jackson-day\tS\t" + vaLeeJacksonSrc + "\n" +
	"2014-01-17\tva-lee-jackson-day\tS\t" + vaLeeJacksonSrc + "\n" +
	"2015-01-16\tva-lee-jackson-day\tS\t" + vaLeeJacksonSrc + "\n" +
	"2016-01-15\tva-lee-jackson-day\tS\t" + vaLeeJacksonSrc + "\n" +
	"2017-01-13\tva-lee-jackson-day\tS\t" + vaLeeJacksonSrc + "\n" +
	"2018-01-12\tva-lee-jackson-day\tS\t" + vaLeeJacksonSrc + "\n" +
	"2019-01-18\tva-lee-jackson-day\tS\t" + vaLeeJacksonSrc + "\n" +
	"2020-01-17\tva-lee-jackson-day\tS\t" + vaLeeJacksonSrc + "\n" +
	""

func vaHoliday(key string, kind HolidayKind, m time.Month, day int, wd time.Weekday, nth int, status Status) HolidayRule {
	return HolidayRule{Key: key, Kind: kind, Month: m, Day: day, Weekday: wd, Nth: nth, Observed: FridayMonday,
		Cite: []Cite{cite("va-2.2-3300", vaPin(status), status), cite("va-holidays-blr", "weekend rule", Reported)}}
}

// vaPin is the part of § 2.2-3300 a holiday rests on: the copy read stops
// after Labor Day, and later holidays are as summarized.
func vaPin(s Status) string {
	if s == Verified {
		return "through Labor Day"
	}
	return "after Labor Day, not read"
}

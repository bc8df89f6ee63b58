package states

import (
	"time"

	. "github.com/recount-explainer/recount/rules"
)

// Alaska: AS 15.20.430 (who may apply for a recount, and when; the tie
// recount the director starts), AS 15.20.450 (deposit, and the free recount
// of a close race), AS 15.20.460 and .480 (the recount's date and conduct;
// not read), AS 15.20.530 (ties by lot), 6 AAC 25.200 (how recounts are
// run), AS 44.12.010-.020 (holidays) and AS 01.10.080 (computing time).
// Research notes: shared/facts/states/AK.md (read 2026-11-22).
//
// AS 15.20.430(a) (courtgpt copy, read 2026-11-22): "A defeated candidate or
// 10 qualified voters who believe there has been a mistake made by an
// election official or by the counting board in counting the votes in an
// election, may file an application" ... "within five days after the
// completion of the state review to the director for a recount".
// AS 15.20.430(b): "the application may be filed only within three days
// after the completion of the state review after the general election for a
// recount of votes cast for the offices of governor and lieutenant
// governor".
//
// AS 15.20.450 (instalawyer copy, undated): "the difference between the
// number of votes cast was 20 or less or was less than .5 percent of the
// total number of votes cast for the two candidates for the contested
// office"; "The amount of the deposit is $1,000 for each precinct, $2,000
// for each house district, and $15,000 for the entire state."
//
// AS 44.12.010(a) (courtgpt copy, read 2026-11-22) lists the legal holidays,
// among them "the last Monday of March, known as Seward's Day" and "the 18th
// of October, known as Alaska Day". AS 44.12.020 (as shown in SB 28, 32nd
// Legislature): "If a holiday listed in AS 44.12.010 ... falls on a Sunday,
// Sunday and the following Monday are both legal holidays." Saturdays are
// not moved, so the listed holidays are kept the Monday after a Sunday and
// on a Saturday where they fall (SundayMonday).
//
// AS 01.10.080, as 18 AAC 15.900 restates it (casetext copy, current
// through September 25, 2024): time "is computed by excluding the first
// day and including the last, unless the last day is a holiday, and then
// it is also excluded." Every Sunday is a holiday (AS 44.12.010(a)); a
// Saturday is not. So a last day on a Sunday or a legal holiday moves on,
// and one on a Saturday stands (Rolls with SaturdayOpen).
func init() { register(&AK) }

const akChecked Date = 20261122

// AK is Alaska's recount law.
var AK = Jurisdiction{
	Code: "AK", Name: "Alaska", Counties: 30, Checked: akChecked,
	Versions: []Version{{
		ID: "ak-15-20",
		// The deposit amounts were $300/$750/$10,000 in the statutes current
		// through December 2004 and $1,000/$2,000/$15,000 by 2010; the
		// amending act was not found. The text on file is the current one.
		Assumed: 20100101,
		Readings: []Reading{{
			ID: "ak-15-20",
			Routes: []Route{
				// A tie for the highest vote: "the director shall initiate the
				// recount" (AS 15.20.430(a), citing AS 15.15.460, the general
				// election chapter).
				{
					Kind:  Automatic,
					Scope: Scope{Types: []ElectionType{General, Special, Runoff}},
					Tiers: []Tier{{Line: Line{Kind: TieOnly}, Method: MachineAndHand,
						Cost: Cost{Kind: Public, Cite: []Cite{cite("ak-15-20-450", "", Verified)}}}},
					Cite: []Cite{cite("ak-15-20-430", "(a)", Verified), cite("ak-15-15-460", "", Verified)},
				},
				// In a primary the tie rule of chapter 15.15 was not read; the
				// 2006 House District 37 primary tie was recounted without a
				// request (Juneau Empire, 2006).
				{
					Kind:  Automatic,
					Scope: Scope{Types: PrimaryTypes},
					Tiers: []Tier{{Line: Line{Kind: TieOnly}, Method: MachineAndHand,
						Cost: Cost{Kind: Public, Cite: []Cite{cite("ak-15-20-450", "", Verified)}}}},
					Cite: []Cite{cite("ak-15-20-430", "(a)", Verified), cite("juneau-empire-2006", "", Reported)},
				},
				{
					Kind: Requested,
					Tiers: []Tier{
						{
							// Free: "20 or less" votes (≤) or "less than .5
							// percent" (<) of the two candidates' votes.
							Line: Line{Kind: Greater, Of: []Line{
								{Kind: FixedVotes, Votes: 20},
								{Kind: ShareOfTwo, Share: Percent / 2, Strict: true},
							}},
							Method: MachineAndHand,
							Cost:   Cost{Kind: Public, Cite: []Cite{cite("ak-15-20-450", "", Verified)}},
							Cite:   []Cite{cite("ak-15-20-450", "", Verified)},
						},
						{
							Line:   Line{Kind: AnyMargin},
							Method: MachineAndHand,
							Cost:   Cost{Kind: Deposit, PerPrecinct: 1000, Refunded: true, Cite: []Cite{cite("ak-15-20-450", "", Verified)}},
							Cite:   []Cite{cite("ak-15-20-450", "", Verified)},
						},
					},
					Who: []Requester{
						{Kind: LosingCandidate, Cite: []Cite{cite("ak-15-20-430", "(a)", Verified)}},
						{Kind: Voters, Number: 10, Cite: []Cite{cite("ak-15-20-430", "(a)", Verified)}},
					},
					InWriting: true,
					Cite:      []Cite{cite("ak-15-20-430", "(a)", Verified), cite("ak-15-20-450", "", Verified)},
				},
			},
			Filings: []Filing{
				{
					Scope:    Scope{Offices: []Office{Governor, LtGovernor}, Types: []ElectionType{General}},
					Receiver: akDirector,
					Deadline: Deadline{N: 3, Unit: CalendarDays, From: StateCanvass, Rolls: true, SaturdayOpen: true,
						Cite: []Cite{cite("ak-15-20-430", "(b)", Verified), akTimeRule}},
				},
				{
					Receiver: akDirector,
					Deadline: Deadline{N: 5, Unit: CalendarDays, From: StateCanvass, Rolls: true, SaturdayOpen: true,
						Cite: []Cite{cite("ak-15-20-430", "(a)", Verified), akTimeRule}},
				},
			},
		}},
		Facts: []Fact{
			{Kind: "ak-state-review", Section: Where, Cite: []Cite{cite("ak-15-20-430", "(a)", Verified), cite("alaska-watchman-2020", "", Reported)}},
			{Kind: "ak-received-counts", Section: Where, Cite: []Cite{cite("ak-15-20-430", "", Verified)}},
			{Kind: "ak-recount-in-juneau", Section: During, Cite: []Cite{cite("ak-6-aac-25-200", "(a)", Verified)}},
			{Kind: "ak-recount-date", Section: During, Numbers: []int64{3, 5}, Cite: []Cite{cite("freerepublic-2010", "AS 15.20.460 as quoted", Reported)}},
			{Kind: "machine-retabulation", Section: During, Cite: []Cite{cite("ak-6-aac-25-200", "(c)", Verified)}},
			{Kind: "ak-hand-check-one-precinct", Section: During, Cite: []Cite{cite("ak-6-aac-25-200", "(c)", Verified)}},
			{Kind: "ak-ballots-reviewed", Section: During, Cite: []Cite{cite("ak-6-aac-25-200", "", Verified), cite("ceimn-ak-2022", "AS 15.20.480", Reported)}},
			{Kind: "ak-ranked-choice-rounds", Section: During, From: 20220816, Scope: Scope{Types: []ElectionType{General, Special, Runoff}},
				Cite: []Cite{cite("ak-6-aac-25-200", "(e)", Verified), cite("ak-6-aac-25-200", "(f): which round's two candidates", NotFound)}},
			{Kind: "ak-top-four-primary", Section: Before, From: 20220611, Scope: Scope{Types: PrimaryTypes},
				Cite: []Cite{cite("ak-ballot-measure-2", "", Reported)}},
			{Kind: "ak-local-elections", Section: Before, Scope: Scope{Offices: LocalOffices},
				Cite: []Cite{cite("ak-15-20-430", "local elections not checked", NotFound)}},
			{Kind: "ak-deposit-amounts", Section: CostTime, When: Requested, Numbers: []int64{1000, 2000, 15000},
				Cite: []Cite{cite("ak-15-20-450", "", Verified)}},
			{Kind: "ak-refund", Section: CostTime, When: Requested, Numbers: []int64{4},
				Cite: []Cite{cite("ak-15-20-450", "", Verified)}},
			{Kind: "ak-regulation-five-percent", Section: CostTime, When: Requested,
				Cite: []Cite{cite("ak-6-aac-25-200", "(f), as copied", Conflicting), cite("ak-15-20-450", "", Verified)}},
			{Kind: "ak-finish-ten-days", Section: CostTime, Numbers: []int64{10}, Cite: []Cite{cite("ballotpedia-ak", "", Reported)}},
		},
		Cite: []Cite{cite("ak-15-20-430", "", Verified), cite("ak-15-20-450", "", Verified)},
	}},
	// The top-four primary (Ballot Measure 2 of 2020): the top four go on,
	// whatever their share. The first was the special primary for the U.S.
	// House on June 11, 2022 (after Rep. Don Young's death); the regular
	// primaries followed on August 16, 2022.
	Winner: []WinnerLaw{
		{Scope: Scope{Types: PrimaryTypes, Except: append([]Office{President}, LocalOffices...)}, Rule: Advance, Places: 4, From: 20220611,
			Cite: []Cite{cite("ak-ballot-measure-2", "", Reported)}},
	},
	Ties: []TieLaw{
		// "The director shall notify the candidates of a reasonably suitable
		// time and place to determine the successful candidate by lot."
		{Kind: ByLot, Cite: []Cite{cite("ak-15-20-530", "", Verified)}},
	},
	Holidays: Holidays{
		Rules: []HolidayRule{
			akHoliday("new-year", FixedDate, time.January, 1, 0, 0),
			akHoliday("mlk", NthWeekday, time.January, 0, time.Monday, 3),
			akHoliday("washington", NthWeekday, time.February, 0, time.Monday, 3),
			akHoliday("ak-sewards-day", NthWeekday, time.March, 0, time.Monday, -1),
			akHoliday("memorial", NthWeekday, time.May, 0, time.Monday, -1),
			akHoliday("independence", FixedDate, time.July, 4, 0, 0),
			akHoliday("labor", NthWeekday, time.September, 0, time.Monday, 1),
			akHoliday("ak-alaska-day", FixedDate, time.October, 18, 0, 0),
			akHoliday("veterans", FixedDate, time.November, 11, 0, 0),
			akHoliday("thanksgiving", NthWeekday, time.November, 0, time.Thursday, 4),
			akHoliday("christmas", FixedDate, time.December, 25, 0, 0),
			// A secondary guide lists Juneteenth among the state's
			// holidays; the statute copy read does not.
			{Key: "juneteenth", Kind: FixedDate, Month: time.June, Day: 19, From: 2022, Possible: true,
				Cite: []Cite{cite("legalclarity-ak", "", Reported)}},
		},
		Cite: []Cite{cite("ak-44-12-010", "", Verified), cite("ak-44-12-020", "", Verified)},
	},
	Sources: []Source{
		{ID: "ak-15-20-430", Kind: Statute, Title: "Alaska Stat. § 15.20.430",
			URL: "https://courtgpt.ai/laws/alaska/title-15/chapter-20/article-2/section-15-20-430", Checked: akChecked},
		{ID: "ak-15-15-460", Kind: Statute, Title: "Alaska Stat. § 15.15.460",
			URL: "https://law.onecle.com/alaska/title-15/15.15.460.html", Checked: akChecked},
		{ID: "ak-15-20-450", Kind: Statute, Title: "Alaska Stat. § 15.20.450",
			URL: "https://instalawyer.io/laws/alaska-statutes/sec-1520450-costs-of-recount", Checked: akChecked},
		{ID: "ak-15-20-530", Kind: Statute, Title: "Alaska Stat. § 15.20.530",
			URL: "https://instalawyer.io/laws/alaska-statutes/sec-1520530-determination-of-tie", Checked: akChecked},
		{ID: "ak-6-aac-25-200", Kind: Regulation, Title: "6 Alaska Admin. Code 25.200",
			URL: "https://casetext.com/regulation/alaska-administrative-code/title-6-governors-office/part-1-elections/chapter-25-administration-of-elections/article-1-general-administration/section-6-aac-25200-recounts", Checked: akChecked},
		{ID: "ak-18-aac-15-900", Kind: Regulation, Title: "18 Alaska Admin. Code 15.900 (restating AS 01.10.080)",
			URL: "https://casetext.com/regulation/alaska-administrative-code/title-18-environmental-conservation/chapter-15-administrative-procedures/article-7-general-provisions/section-18-aac-15900-time-computations", Checked: akChecked},
		{ID: "ak-44-12-010", Kind: Statute, Title: "Alaska Stat. § 44.12.010",
			URL: "https://courtgpt.ai/laws/alaska/title-44/chapter-12/article-1/section-44-12-010", Checked: akChecked},
		{ID: "ak-44-12-020", Kind: Statute, Title: "Alaska Stat. § 44.12.020 (as shown in SB 28, 32nd Legislature)",
			URL: "https://www.akleg.gov/basis/Bill/Text/32?Hsid=SB0028A", Checked: akChecked},
		{ID: "ak-ballot-measure-2", Kind: SessionLaw, Title: "Alaska Ballot Measure 2 (2020): top-four primaries and ranked-choice general elections", Checked: akChecked},
		{ID: "legalclarity-ak", Kind: Summary, Title: "LegalClarity, State of Alaska holidays and observance rules",
			URL: "https://legalclarity.org/state-of-alaska-holidays-and-observance-rules", Checked: akChecked},
		{ID: "freerepublic-2010", Kind: News, Title: "Forum post quoting AS 15.20.460 (2010)",
			URL: "https://freerepublic.com/focus/f-news/2576936/replies?c=795", Checked: akChecked},
		{ID: "ballotpedia-ak", Kind: Summary, Title: "Ballotpedia, Recount laws in Alaska",
			URL: "http://ballotpedia.org/Recount_laws_in_Alaska", Checked: akChecked},
		{ID: "ceimn-ak-2022", Kind: Summary, Title: "Citizens for Election Integrity Minnesota, Alaska recount laws (November 7, 2022)",
			URL: "https://ceimn.org/node/117/printable/print", Checked: akChecked},
		{ID: "alaska-watchman-2020", Kind: News, Title: "Alaska Watchman (2020), on the recount deadline after certification", Checked: akChecked},
		{ID: "juneau-empire-2006", Kind: News, Title: "Juneau Empire, 2006-09-13 (House District 37 primary tie)",
			URL: "http://juneauempire.com/stories/091306/sta_20060913006.shtml", Checked: akChecked},
		{ID: "governing-2006", Kind: News, Title: "Governing, “C'mon, Best Two Out of Three” (2006)",
			URL: "https://www.governing.com/archive/Cmon-Best-Two-Out.html", Checked: akChecked},
		{ID: "ak-doe-2006-primary", Kind: OfficialResults, Title: "Alaska Division of Elections, 2006 primary election returns and narrative",
			URL: "https://www.elections.alaska.gov/Core/Archive/ElectionReturns_2006_PRIM.php", Checked: akChecked},
	},
	Past: []PastRecount{
		// Tied at 764 in the count; after the recount, an appeal and the
		// Supreme Court's ruling on five ballots, still tied (767 each, per
		// Governing); decided by a coin toss on 2006-09-25.
		{Race: "ak-2006-hd37-d-primary", Election: 20060822, Finished: 20060925, Before: 0, After: 0,
			Cite: []Cite{cite("ak-doe-2006-primary", "", Verified), cite("juneau-empire-2006", "", Reported), cite("governing-2006", "", Reported)}},
	},
}

// akDirector receives every application: the director of the Division of
// Elections.
var akDirector = Receiver{ID: "ak-director-of-elections", Kind: StateBoard, Name: "Director of the Division of Elections",
	Cite: []Cite{cite("ak-15-20-430", "(a)", Verified)}}

// akTimeRule is AS 01.10.080 as 18 AAC 15.900 restates it: a last day on a
// holiday (every Sunday is one) is excluded; a Saturday is not.
var akTimeRule = cite("ak-18-aac-15-900", "quoting AS 01.10.080", Reported)

// akHoliday is a holiday of AS 44.12.010(a); on a Sunday, the Monday
// following is a legal holiday too (AS 44.12.020); on a Saturday it is not
// moved.
func akHoliday(key string, kind HolidayKind, m time.Month, day int, wd time.Weekday, nth int) HolidayRule {
	return HolidayRule{Key: key, Kind: kind, Month: m, Day: day, Weekday: wd, Nth: nth, Observed: SundayMonday,
		Cite: []Cite{cite("ak-44-12-010", "(a)", Verified), cite("ak-44-12-020", "", Verified)}}
}

package states

import (
	"time"

	. "github.com/recount-explainer/recount/rules"
)

// Hawaii: HRS § 11-158 (the mandatory recount: L 2019, c 135; amended by
// L 2024, c 1 and L 2025, c 226), § 11-157 (ties), §§ 11-173.5 and
// 11-174.5 (contests for cause in the Supreme Court), § 8-1 (holidays).
// No candidate may ask for a recount. Research notes:
// shared/facts/states/HI.md (read 2026-11-22).
//
// Three texts of § 11-158(a), each read 2026-11-22, end:
//   - 2019 (official hrscurrent page, history "[L 2019, c 135, 1]"): "is
//     equal to or less than one hundred votes or one-quarter of one per cent
//     of the total number of votes cast for the contest, whichever is
//     greater"; (c) "no later than seventy-two hours after the closing of
//     polls on election day".
//   - 2024 (lawserver copy): "... one-quarter of one per cent ... whichever
//     is lesser"; (c) "by the fifth business day after election day".
//   - 2025 (self-law and policyrisk copies, history "am L 2025, c 226, §3"):
//     "is equal to or less than one hundred votes or one-half of one per
//     cent of the total number of votes cast for the contest, whichever is
//     lesser."
//
// Both acts took effect on approval as reported (Act 1 on 2024-03-05,
// Act 226 on 2025-06-25); their effective-date sections were not read, so
// elections before the next regular primary show both versions.
func init() { register(&HI) }

const hiChecked Date = 20261122

// HI is Hawaii's recount law.
var HI = Jurisdiction{
	Code: "HI", Name: "Hawaii", Counties: 5, Checked: hiChecked,
	Versions: []Version{
		{
			ID: "hi-act-135-2019",
			// First used in the 2020 elections; older law not read.
			Assumed: 20200808,
			Readings: []Reading{{
				ID: "hi-act-135-2019",
				Routes: []Route{hiMandatory(
					Line{Kind: Greater, Of: []Line{{Kind: FixedVotes, Votes: 100}, {Kind: ShareOfOffice, Share: Percent / 4}}},
					Deadline{N: 72, Unit: Hours, From: ElectionDay, Cite: []Cite{cite("hi-11-158-2019", "(c)", Verified)}},
					cite("hi-11-158-2019", "(a)", Verified))},
				Filings: hiFilings,
			}},
			Facts:   hiFacts,
			Contest: &hiContest,
			Cite:    []Cite{cite("hi-11-158-2019", "", Verified)},
		},
		{
			ID:         "hi-act-1-2024",
			From:       20240305,
			FromUnsure: 20240810,
			Readings: []Reading{{
				ID: "hi-act-1-2024",
				Routes: []Route{hiMandatory(
					Line{Kind: Lesser, Of: []Line{{Kind: FixedVotes, Votes: 100}, {Kind: ShareOfOffice, Share: Percent / 4}}},
					hiFifthBusinessDay(cite("hi-11-158-2024", "(c)", Verified)),
					cite("hi-11-158-2024", "(a)", Verified), cite("hi-hb129-2024", "", Verified))},
				Filings: hiFilings,
			}},
			Facts:   hiFacts,
			Contest: &hiContest,
			Cite:    []Cite{cite("hi-hb129-2024", "", Verified), cite("hi-11-158-2024", "", Verified)},
		},
		{
			ID:         "hi-act-226-2025",
			From:       20250625,
			FromUnsure: 20260808,
			Readings: []Reading{{
				ID: "hi-act-226-2025",
				Routes: []Route{hiMandatory(
					Line{Kind: Lesser, Of: []Line{{Kind: FixedVotes, Votes: 100}, {Kind: ShareOfOffice, Share: Percent / 2}}},
					hiFifthBusinessDay(cite("hi-11-158", "(c)", Verified)),
					cite("hi-11-158", "(a)", Verified), cite("hi-11-158-policyrisk", "(a)", Verified), cite("hi-sb176-2025", "", Verified))},
				Filings: hiFilings,
			}},
			Facts:   hiFacts,
			Contest: &hiContest,
			Cite:    []Cite{cite("hi-sb176-2025", "", Verified), cite("billtrack-sb176", "", Reported), cite("hi-11-158", "", Verified)},
		},
	},
	// § 11-157: "the tie shall be decided by the chief election officer or
	// clerk in the case of county elections by lot."
	Ties: []TieLaw{{Kind: ByLot, Cite: []Cite{cite("hi-11-157", "", Verified)}}},
	Holidays: Holidays{
		// § 8-1 as printed in full in S.B. 2518 (2006), a bill to drop
		// Statehood Day that did not pass: the list is read, the sentence on
		// holidays falling on a weekend is not, and later amendments were not
		// checked. "All election days, except primary and special election
		// days, in the county wherein the election is held": the general
		// election, statewide in even years.
		Rules: []HolidayRule{
			hiHoliday("new-year", FixedDate, time.January, 1, 0, 0),
			hiHoliday("mlk", NthWeekday, time.January, 0, time.Monday, 3),
			hiHoliday("washington", NthWeekday, time.February, 0, time.Monday, 3),
			hiHoliday("hi-kuhio", FixedDate, time.March, 26, 0, 0),
			{Key: "good-friday", Kind: EasterOffset, Days: -2, Cite: []Cite{cite("hi-8-1", "", Reported)}},
			hiHoliday("memorial", NthWeekday, time.May, 0, time.Monday, -1),
			hiHoliday("hi-kamehameha", FixedDate, time.June, 11, 0, 0),
			hiHoliday("independence", FixedDate, time.July, 4, 0, 0),
			hiHoliday("hi-statehood", NthWeekday, time.August, 0, time.Friday, 3),
			hiHoliday("labor", NthWeekday, time.September, 0, time.Monday, 1),
			hiHoliday("veterans", FixedDate, time.November, 11, 0, 0),
			hiHoliday("thanksgiving", NthWeekday, time.November, 0, time.Thursday, 4),
			hiHoliday("christmas", FixedDate, time.December, 25, 0, 0),
			{Key: "election-day", Kind: GeneralElection, EveryYears: 2, Cite: []Cite{cite("hi-8-1", "", Reported)}},
		},
		Cite: []Cite{cite("hi-8-1", "", Reported)},
	},
	Sources: []Source{
		{ID: "hi-11-158-2019", Kind: Statute, Title: "HRS § 11-158 (L 2019, c 135)",
			URL: "https://www.capitol.hawaii.gov/hrscurrent/Vol01_Ch0001-0042F/HRS0011/HRS_0011-0158.htm", Checked: hiChecked},
		{ID: "hi-11-158-2024", Kind: Statute, Title: "HRS § 11-158 (as amended by L 2024, c 1)",
			URL: "https://www.lawserver.com/law/state/hawaii/hi-statutes/hawaii_statutes_11-158", Checked: hiChecked},
		{ID: "hi-11-158", Kind: Statute, Title: "HRS § 11-158 (as amended by L 2025, c 226)",
			URL: "https://self-law.org/code/hi/chapter-11/11-158", Checked: hiChecked},
		{ID: "hi-11-158-policyrisk", Kind: Statute, Title: "HRS § 11-158 (as amended by L 2025, c 226), second copy",
			URL: "https://policyrisk.com/states/hawaii/statutes/11-158", Checked: hiChecked},
		{ID: "hi-hb129-2024", Kind: SessionLaw, Title: "Haw. L 2024, c 1 (H.B. 129)",
			URL: "https://www.legiscan.com/HI/text/HB129/2024", Checked: hiChecked},
		{ID: "hi-sb176-2025", Kind: SessionLaw, Title: "Haw. L 2025, c 226 (S.B. 176)",
			URL: "https://capitolwebsite.azurewebsites.net/sessions/session2025/Bills/SB176_.HTM", Checked: hiChecked},
		{ID: "billtrack-sb176", Kind: Summary, Title: "BillTrack50, Hawaii S.B. 176 (2025)",
			URL: "https://www.billtrack50.com/billdetail/1779566", Checked: hiChecked},
		{ID: "hi-11-157", Kind: Statute, Title: "HRS § 11-157",
			URL: "https://ebench-dev.greeninfo.org/state/hawaii/statute/11-157", Checked: hiChecked},
		{ID: "hi-11-174.5", Kind: Statute, Title: "HRS § 11-174.5",
			URL: "https://statutes.laws.com/hawaii/volume-1/title-2/chapter-11/hrs-11-174-5-htm", Checked: hiChecked},
		{ID: "hi-11-173.5", Kind: Statute, Title: "HRS § 11-173.5",
			URL: "https://codes.findlaw.com/hi/division-1-government/hi-rev-st-sect-11-173-5/", Checked: hiChecked},
		{ID: "hi-har-3-177-763", Kind: Regulation, Title: "Haw. Admin. R. § 3-177-763",
			URL: "https://regulations.justia.com/states/hawaii/title-3/office-of-elections/chapter-177/subchapter-16/section-3-177-763/", Checked: hiChecked},
		{ID: "hi-8-1", Kind: Statute, Title: "HRS § 8-1, as printed in S.B. 2518 (2006)",
			URL: "https://capitolwebsite.azurewebsites.net/sessions/session2006/Bills/SB2518_.htm", Checked: hiChecked},
		{ID: "hi-factsheet-contest", Kind: OfficialGuide, Title: "Hawaii Office of Elections, factsheet FSBO115 (2014)",
			URL: "http://hawaii.gov/elections/factsheets/html/fsbo115.htm", Checked: hiChecked},
		{ID: "vv-hi", Kind: Summary, Title: "Verified Voting, Hawaii recount law",
			URL: "https://verifiedvoting.org/?p=13589", Checked: hiChecked},
	},
}

// hiMandatory is § 11-158's recount of any office in any election, "equal
// to or less than" its line, measured from the candidate "apparently
// qualified for the general election ballot or elected" to "the closest
// apparently defeated opponent", against "the total number of votes cast
// for the contest". (b): "No candidate shall be charged for the cost of a
// mandatory recount under this section."
func hiMandatory(line Line, finish Deadline, cites ...Cite) Route {
	return Route{
		Kind: Automatic,
		Tiers: []Tier{{
			Line:   line,
			Method: Machine,
			Cost:   Cost{Kind: Public, Cite: []Cite{cite("hi-11-158-2019", "(b)", Verified), cite("hi-11-158", "(b)", Verified)}},
		}},
		Finish: &finish,
		Cite:   cites,
	}
}

func hiFifthBusinessDay(c Cite) Deadline {
	return Deadline{N: 5, Unit: BusinessDays, From: ElectionDay, Cite: []Cite{c}}
}

// hiFilings: nobody files; the chief election officer conducts the recount,
// or the county clerk in a county election (§ 11-158(a)). Hawaii has no
// city governments apart from its counties.
var hiFilings = []Filing{
	{
		Scope: Scope{Offices: []Office{County, Municipal}},
		Receiver: Receiver{ID: "county-official", Kind: CountyOfficial, Name: "county clerk",
			Cite: []Cite{cite("hi-11-158", "(a)", Verified)}},
	},
	{
		Receiver: Receiver{ID: "hi-chief-election-officer", Kind: StateBoard, Name: "Chief Election Officer (State Office of Elections)",
			Cite: []Cite{cite("hi-11-158", "(a)", Verified)}},
	},
}

// hiContest is the contest for cause in the Supreme Court; § 11-174.5(a):
// "not later than 4:30 p.m. on the twentieth day following the general,
// special general, special, or runoff election" (copy read by the
// research, undated).
var hiContest = Contest{
	Receiver: Receiver{ID: "hi-supreme-court", Kind: Court, Name: "Supreme Court of Hawaii",
		Cite: []Cite{cite("hi-11-174.5", "(a)", Verified)}},
	Deadline: &Deadline{N: 20, Unit: CalendarDays, From: ElectionDay, At: 16*60 + 30,
		Cite: []Cite{cite("hi-11-174.5", "(a)", Verified)}},
	Cite: []Cite{cite("hi-11-174.5", "(a)", Verified), cite("vv-hi", "", Reported)},
}

var hiFacts = []Fact{
	{Kind: "hi-no-request", Section: Before, Cite: []Cite{cite("vv-hi", "", Reported)}},
	{Kind: "hi-contest-who", Section: Before, Numbers: []int64{30}, Cite: []Cite{cite("hi-factsheet-contest", "", Reported)}},
	// § 11-173.5(a), FindLaw copy current as of 2022-01-01.
	{Kind: "hi-primary-contest", Section: Before, Scope: Scope{Types: PrimaryTypes}, Numbers: []int64{13},
		Cite: []Cite{cite("hi-11-173.5", "(a)", Verified)}},
	// Haw. Admin. R. § 3-177-763(f): "the system may read all marks on the
	// ballot, when the ballots are scanned."
	{Kind: "machine-retabulation", Section: During, Cite: []Cite{cite("hi-har-3-177-763", "(f)", Verified)}},
	// § 11-158(d)(1): rules "Authorizing candidates affected by the recount,
	// or their designated representatives, to attend and witness".
	{Kind: "candidates-watch", Section: Watch, Cite: []Cite{cite("hi-11-158", "(d)(1)", Verified)}},
	// § 11-158(f): "A recount conducted pursuant to this section shall not
	// be considered a contest for cause".
	{Kind: "hi-not-a-contest", Section: AfterNote, Cite: []Cite{cite("hi-11-158", "(f)", Verified)}},
}

func hiHoliday(key string, kind HolidayKind, m time.Month, day int, wd time.Weekday, nth int) HolidayRule {
	return HolidayRule{Key: key, Kind: kind, Month: m, Day: day, Weekday: wd, Nth: nth, Observed: FridayMonday,
		Cite: []Cite{cite("hi-8-1", "", Reported)}}
}

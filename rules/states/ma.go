package states

import (
	"time"

	. "github.com/recount-explainer/recount/rules"
)

// Massachusetts: M.G.L. c. 54, § 135 (a recount petition, ward by ward or
// town by town, signed by voters and filed with the city or town clerk with
// the candidate's written request, by 5 p.m. on the 6th day after a primary
// or the 10th day after an election; no margin needed), § 135A and § 135B
// (the registrars recount; scanners again unless the petition asks for a
// hand count), c. 53, § 53 (a primary tie) and c. 4, § 7, cl. 18th (legal
// holidays). A district-wide or statewide recount (all of a district at
// once) needs a margin of one-half of 1% or less, by the Secretary of the
// Commonwealth's guide; the paragraphs of § 135 that say so were not
// reached. Research notes: shared/facts/states/MA.md (read 2026-11-22).
//
// Read (instalawyer.io copy of § 135, read 2026-11-22): "A petition for a
// recount may be filed with the city or town clerk on or before five
// o'clock post meridian on the sixth day following a primary or preliminary
// election, or on or before five o'clock post meridian on the tenth day
// following an election"; and such petition "shall be accompanied by a
// written request for a recount signed by the candidate on whose behalf the
// recount is being conducted".
func init() { register(&MA) }

const maChecked Date = 20261122

// MA is Massachusetts's recount law.
var MA = Jurisdiction{
	Code: "MA", Name: "Massachusetts", Counties: 14, Checked: maChecked,
	Versions: []Version{{
		ID: "ma-54-135",
		Readings: []Reading{{
			ID: "ma-54-135",
			Routes: []Route{
				{
					// Ward, precinct or town petitions: any margin, for any
					// office, in primaries, preliminaries and elections.
					Kind:      Requested,
					Tiers:     []Tier{{Line: Line{Kind: AnyMargin}, Method: RequesterPicks}},
					Who:       maWho,
					InWriting: true,
					Cite:      []Cite{cite("ma-54-135", "¶¶ 1–2", Verified), cite("ma-54-135b", "", Verified)},
				},
				{
					// A whole district or the whole state at once, after a
					// state primary or election: "not more than one-half
					// percent of the votes cast for an office" (the
					// Secretary's guide as quoted in 2010).
					Kind:  Requested,
					Scope: Scope{Except: []Office{Municipal, District}},
					Tiers: []Tier{{Line: Line{Kind: ShareOfOffice, Share: Percent / 2}, Method: RequesterPicks}},
					Who:   maWho, InWriting: true,
					Cite: []Cite{cite("ma-article19-2010", "", Reported), cite("ma-sec-recounts-2017", "§ IV", Reported),
						cite("ceimn-ma-2022", "", Reported)},
				},
			},
			// Every petition, including a district-wide one, is filed in
			// the wards and towns first (the local registrars certify its
			// signatures), so the page shows the clerk's deadline; the
			// Secretary of the Commonwealth's later date for a
			// district-wide petition is a fact.
			Filings: []Filing{
				{
					Scope:    Scope{Types: PrimaryTypes},
					Receiver: maClerk,
					Deadline: Deadline{N: 6, Unit: CalendarDays, From: ElectionDay, At: 17 * 60,
						Cite: []Cite{cite("ma-54-135", "¶ 1", Verified)}},
				},
				{
					Receiver: maClerk,
					Deadline: Deadline{N: 10, Unit: CalendarDays, From: ElectionDay, At: 17 * 60,
						Cite: []Cite{cite("ma-54-135", "¶ 1", Verified)}},
				},
			},
		}},
		Facts: []Fact{
			{Kind: "ma-ward-petition", Section: Where, Numbers: []int64{10, 50}, When: Requested,
				Cite: []Cite{cite("ma-54-135", "¶ 1", Verified)}},
			{Kind: "ma-petition-sworn", Section: Where, When: Requested, Cite: []Cite{cite("ma-54-135", "¶ 2", Verified)}},
			{Kind: "ma-district-petition", Section: Where, Scope: Scope{Except: []Office{Municipal, District}}, Numbers: []int64{1000, 15},
				When: Requested,
				Cite: []Cite{cite("ma-article19-2010", "", Reported), cite("ma-sec-recounts-2017", "§ IV", Reported)}},
			{Kind: "ma-registrars-conduct", Section: During, Cite: []Cite{cite("ma-54-135a", "", Verified)}},
			// § 135B: "if the recount petition so specifies, said recount
			// shall consist of the checking of the original ballots or
			// ballot cards by hand".
			{Kind: "machine-retabulation", Section: During, Cite: []Cite{cite("ma-54-135b", "", Verified)}},
			{Kind: "ma-hand-if-asked", Section: During, Cite: []Cite{cite("ma-54-135b", "", Verified)}},
			{Kind: "ma-cost-not-found", Section: CostTime, Cite: []Cite{cite("ma-54-135", "", NotFound)}},
			{Kind: "ma-primary-tie-vacancy", Section: AfterNote, Scope: Scope{Types: PrimaryTypes},
				Cite: []Cite{cite("ma-53-53", "", Verified)}},
			{Kind: "questions-differ", Section: AfterNote, Cite: []Cite{cite("ma-54-135", "¶ 2", Verified)}},
		},
		Cite: []Cite{cite("ma-54-135", "", Verified)},
	}},
	Ties: []TieLaw{
		// c. 53, § 53: "In case of a tie vote where the number of persons
		// receiving equal votes exceeds the number of nominations
		// available, there shall be deemed to be a vacancy." (A fact says
		// how it is filled.)
		{Scope: Scope{Types: PrimaryTypes}, Kind: TieUnknown, Cite: []Cite{cite("ma-53-53", "", Verified)}},
		// A tie in an election is a failure to elect, and a new election
		// follows (the 2010 6th Worcester race, per the Boston Globe).
		{Kind: NewElection, Cite: []Cite{cite("boston-globe-2011", "", Reported)}},
	},
	// c. 4, § 7, cl. 18th, as quoted in 2013: "“Legal holiday” shall
	// include January first, July fourth, November eleventh, and Christmas
	// Day, or the day following when any of said days occurs on Sunday, and
	// the third Monday in January, the third Monday in February, the third
	// Monday in April, the last Monday in May, the first Monday in
	// September, the second Monday in October, and Thanksgiving Day." So
	// January 1, July 4, November 11 and Christmas, on a Sunday, are kept
	// the Monday after (SundayMonday); on a Saturday they stay where they
	// fall (the clause names no Saturday). The clause's other holidays
	// fall on a Monday or a Thursday. Massachusetts's recount deadlines are calendar
	// days that do not move, so no count of them skips a holiday.
	// Evacuation Day and Bunker Hill Day close offices in Suffolk County
	// only (c. 136, § 12) and are left out.
	Holidays: Holidays{
		Rules: []HolidayRule{
			maHoliday("new-year", FixedDate, time.January, 1, 0, 0, SundayMonday),
			maHoliday("mlk", NthWeekday, time.January, 0, time.Monday, 3, Unmoved),
			maHoliday("washington", NthWeekday, time.February, 0, time.Monday, 3, Unmoved),
			maHoliday("ma-patriots-day", NthWeekday, time.April, 0, time.Monday, 3, Unmoved),
			maHoliday("memorial", NthWeekday, time.May, 0, time.Monday, -1, Unmoved),
			// Juneteenth was added after the 2013 copy; the amendment was
			// not read, so the day is shown as a possible closing, kept
			// where it falls (no weekend move was read for it).
			{Key: "juneteenth", Kind: FixedDate, Month: time.June, Day: 19, From: 2021, Possible: true,
				Cite: []Cite{cite("ma-4-7", "Juneteenth (amendment not read)", NotFound)}},
			maHoliday("independence", FixedDate, time.July, 4, 0, 0, SundayMonday),
			maHoliday("labor", NthWeekday, time.September, 0, time.Monday, 1, Unmoved),
			maHoliday("columbus", NthWeekday, time.October, 0, time.Monday, 2, Unmoved),
			maHoliday("veterans", FixedDate, time.November, 11, 0, 0, SundayMonday),
			maHoliday("thanksgiving", NthWeekday, time.November, 0, time.Thursday, 4, Unmoved),
			maHoliday("christmas", FixedDate, time.December, 25, 0, 0, SundayMonday),
		},
		Cite: []Cite{cite("ma-4-7", "", Reported), cite("ma-trial-court-holidays", "", Reported)},
	},
	Sources: []Source{
		{ID: "ma-54-135", Kind: Statute, Title: "M.G.L. c. 54, § 135",
			URL: "https://instalawyer.io/laws/massachusetts-general-laws/section-135-petition-for", Checked: maChecked},
		{ID: "ma-54-135a", Kind: Statute, Title: "M.G.L. c. 54, § 135A",
			URL: "https://instalawyer.io/laws/massachusetts-general-laws/section-135a-recount-where", Checked: maChecked},
		{ID: "ma-54-135b", Kind: Statute, Title: "M.G.L. c. 54, § 135B",
			URL: "https://self-law.org/code/ma/part-i/title-viii/chapter-54/135b", Checked: maChecked},
		{ID: "ma-53-53", Kind: Statute, Title: "M.G.L. c. 53, § 53",
			URL: "https://malegislature.gov/Laws/GeneralLaws/PartI/TitleVIII/Chapter53/Section53", Checked: maChecked},
		{ID: "ma-4-7", Kind: Statute, Title: "M.G.L. c. 4, § 7, cl. 18th (as quoted in 2013)",
			URL: "http://welovebeantown.com/2013/05/24/opening-number-chapter-4-section-7-clause-18/", Checked: maChecked},
		{ID: "ma-trial-court-holidays", Kind: HolidayList, Title: "Massachusetts Trial Court, legal holidays for 2015 and 2016",
			URL: "http://www.mass.gov/courts/court-info/trial-court/exec-office/ocm/legal-holidays.html", Checked: maChecked},
		{ID: "ma-sec-recounts-2017", Kind: OfficialGuide, Title: "Secretary of the Commonwealth, Election Recounts (revised 2017)",
			URL: "https://www.sec.state.ma.us/divisions/elections/getting-on-the-ballot/election-recounts.htm", Checked: maChecked},
		{ID: "ma-article19-2010", Kind: News, Title: "article19 blog, quoting the Secretary's recount guide (January 19, 2010)",
			URL: "http://article19.blogspot.com/2010/01/probably-wont-matter-but.html", Checked: maChecked},
		{ID: "ceimn-ma-2022", Kind: Summary, Title: "Citizens for Election Integrity Minnesota, Massachusetts recount laws (November 7, 2022)",
			URL: "http://ceimn-d9.devd.triplo.co/node/129/printable/print", Checked: maChecked},
		{ID: "boston-globe-2011", Kind: News, Title: "Boston Globe, The Angle, on tie votes (February 12, 2011)",
			URL: "http://archive.boston.com/bostonglobe/editorial_opinion/blogs/the_angle/2011/02/tie_votes.html", Checked: maChecked},
	},
}

// maWho: "Only candidates for an office to be recounted may petition" (the
// Secretary's guide); the statute asks for the candidate's written request
// with the voters' petition (§ 135 ¶ 2).
var maWho = []Requester{{Kind: AnyCandidate,
	Cite: []Cite{cite("ma-54-135", "¶ 2", Verified), cite("ma-sec-recounts-2017", "§ II", Reported)}}}

var maClerk = Receiver{ID: "local-official", Kind: LocalOfficial, Name: "City or Town Clerk",
	Cite: []Cite{cite("ma-54-135", "¶ 1", Verified)}}

// maHoliday is a holiday of c. 4, § 7, cl. 18th, kept as obs says.
func maHoliday(key string, kind HolidayKind, m time.Month, day int, wd time.Weekday, nth int, obs Observance) HolidayRule {
	return HolidayRule{Key: key, Kind: kind, Month: m, Day: day, Weekday: wd, Nth: nth, Observed: obs,
		Cite: []Cite{cite("ma-4-7", "", Reported)}}
}

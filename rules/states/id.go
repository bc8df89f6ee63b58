package states

import (
	"time"

	. "github.com/recount-explainer/recount/rules"
)

// Idaho: Idaho Code §§ 34-2301 to 34-2313 (recount of ballots: any
// candidate may ask, at any margin; § 34-2309's free recount within 0.1% or
// five votes, whichever is greater), §§ 34-1210 and 34-1216 (ties by a
// coin toss), § 73-108 (holidays), § 73-110 (an act due on a holiday).
// There is no automatic recount. Research notes: shared/facts/states/ID.md
// (read 2026-11-22).
//
// § 34-2309 (official site, history to 2015, read 2026-11-22): "A losing
// candidate for nomination, or election ... may request a recount ... if
// the difference between the vote cast for that candidate and for the
// winning candidate ... is less than or equal to one-tenth of one percent
// (0.1%) of the total votes cast for that office or five (5) votes,
// whichever is greater. All requests shall be in writing".
//
// § 34-2301(1) (2022 Code copy, opening only, read 2026-11-22): "Any
// candidate for federal, state, county or municipal office desiring a
// recount of the ballots cast in any nominating or general election ... may
// apply to the attorney general therefor, within twenty (20) days of the
// canvass of [...]". The copy breaks off there: that county, city and
// district races go to the county clerk, and which canvass starts the count,
// rest on Verified Voting (and §§ 34-2302 to 34-2304, which name "the
// attorney general or county clerk, pursuant to section 34-2301").
func init() { register(&ID) }

const idChecked Date = 20261122

// ID is Idaho's recount law.
var ID = Jurisdiction{
	Code: "ID", Name: "Idaho", Counties: 44, Checked: idChecked,
	Versions: []Version{{
		ID: "id-34-23",
		// § 34-2309 was last amended in 2015 (chs. 282 and 287; what they
		// changed was not found): the text is known to govern from the
		// first election after them.
		Assumed: 20151103,
		Readings: []Reading{{
			ID: "id-34-23",
			Routes: []Route{{
				Kind: Requested,
				Tiers: []Tier{
					{
						Line: Line{Kind: Greater, Of: []Line{
							{Kind: ShareOfOffice, Share: Percent / 10},
							{Kind: FixedVotes, Votes: 5},
						}},
						Method: MachineAndHand,
						Cost:   Cost{Kind: Public, Cite: []Cite{cite("id-34-2309", "", Verified)}},
						Cite:   []Cite{cite("id-34-2309", "", Verified)},
					},
					{
						// § 34-2302: "the sum of one hundred dollars ($100) for
						// each such [precinct]"; § 34-2306 returns it if the
						// recount, projected across all precincts, would change
						// the result.
						Line:   Line{Kind: AnyMargin},
						Method: MachineAndHand,
						Cost: Cost{Kind: Deposit, PerPrecinct: 100, Refunded: true,
							Cite: []Cite{cite("id-34-2302", "", Verified), cite("id-34-2306", "", Verified)}},
						Cite: []Cite{cite("id-34-2301", "(1)", Verified)},
					},
				},
				Who:       []Requester{{Kind: AnyCandidate, Cite: []Cite{cite("id-34-2301", "(1)", Verified)}}},
				InWriting: true,
				Cite:      []Cite{cite("id-34-2301", "(1)", Verified), cite("id-34-2309", "", Verified)},
			}},
			Filings: []Filing{
				{
					Scope: Scope{Offices: append(append([]Office{}, FederalOffices...), StateOffices...)},
					// No receiver kind names a state's attorney general; the
					// closest state-level kind is used.
					Receiver: Receiver{ID: "id-attorney-general", Kind: StateBoard, Name: "Attorney General of Idaho", Directs: true,
						Cite: []Cite{cite("id-34-2301", "(1)", Verified), cite("vv-id", "", Reported)}},
					Deadline: idDeadline(StateCanvass),
				},
				{
					Receiver: Receiver{ID: "county-official", Kind: CountyOfficial, Name: "county clerk",
						Cite: []Cite{cite("id-34-2302", "", Verified), cite("vv-id", "", Reported)}},
					Deadline: idDeadline(Canvass),
				},
			},
		}},
		Facts: idFacts,
		Cite:  []Cite{cite("id-34-2301", "(1)", Verified), cite("id-34-2309", "", Verified)},
	}},
	Ties: []TieLaw{
		// § 34-1216: "shall appear before the secretary of state within two
		// (2) days after the canvass and the tie shall be determined by a
		// toss of a coin." § 34-1210 does the same before the county clerk.
		{Scope: Scope{Offices: LocalOffices}, Kind: ByLot, Cite: []Cite{cite("id-34-1210", "", Verified)}},
		{Kind: ByLot, Cite: []Cite{cite("id-34-1216", "", Verified)}},
	},
	Holidays: Holidays{
		// § 73-108 (official site, history to 2002, read 2026-11-22): "Any
		// legal holiday that falls on Saturday, the preceding Friday shall be
		// a holiday and any legal holiday enumerated herein other than Sunday
		// that falls on Sunday, the following Monday shall be a holiday."
		// Every Sunday is a holiday too. That copy has no Juneteenth; a later
		// amendment was not checked.
		Rules: []HolidayRule{
			idHoliday("new-year", FixedDate, time.January, 1, 0, 0),
			idHoliday("mlk", NthWeekday, time.January, 0, time.Monday, 3),
			idHoliday("washington", NthWeekday, time.February, 0, time.Monday, 3),
			idHoliday("memorial", NthWeekday, time.May, 0, time.Monday, -1),
			idHoliday("independence", FixedDate, time.July, 4, 0, 0),
			idHoliday("labor", NthWeekday, time.September, 0, time.Monday, 1),
			idHoliday("columbus", NthWeekday, time.October, 0, time.Monday, 2),
			idHoliday("veterans", FixedDate, time.November, 11, 0, 0),
			idHoliday("thanksgiving", NthWeekday, time.November, 0, time.Thursday, 4),
			idHoliday("christmas", FixedDate, time.December, 25, 0, 0),
		},
		Cite: []Cite{cite("id-73-108", "", Verified)},
	},
	Sources: []Source{
		{ID: "id-34-2301", Kind: Statute, Title: "Idaho Code § 34-2301",
			URL: "https://law.uslawyerdatabase.com/category/us-law/2022-idaho-code/title-34-elections/chapter-23-recount-of-ballots", Checked: idChecked},
		{ID: "id-34-2302", Kind: Statute, Title: "Idaho Code § 34-2302",
			URL: "https://law.uslawyerdatabase.com/category/us-law/2022-idaho-code/title-34-elections/chapter-23-recount-of-ballots", Checked: idChecked},
		{ID: "id-34-2305", Kind: Statute, Title: "Idaho Code § 34-2305",
			URL: "https://law.uslawyerdatabase.com/category/us-law/2022-idaho-code/title-34-elections/chapter-23-recount-of-ballots", Checked: idChecked},
		{ID: "id-34-2306", Kind: Statute, Title: "Idaho Code § 34-2306",
			URL: "https://legislature.idaho.gov/statutesrules/idstat/Title34/T34CH23/SECT34-2306/", Checked: idChecked},
		{ID: "id-34-2308", Kind: Statute, Title: "Idaho Code § 34-2308",
			URL: "https://legalfix.com/statutes/state-codes/idaho/title-34/chapter-23/section-34-2308", Checked: idChecked},
		{ID: "id-34-2309", Kind: Statute, Title: "Idaho Code § 34-2309",
			URL: "https://legislature.idaho.gov/statutesrules/idstat/Title34/T34CH23/SECT34-2309/", Checked: idChecked},
		{ID: "id-34-2313", Kind: Statute, Title: "Idaho Code § 34-2313, as quoted by CEIMN (2016)",
			URL: "http://ceimn.org/ceimn-state-recount-laws-searchable-database/states/Idaho", Checked: idChecked},
		{ID: "id-34-1210", Kind: Statute, Title: "Idaho Code § 34-1210",
			URL: "https://instalawyer.io/laws/idaho-code/section-34-1210-tie-votes", Checked: idChecked},
		{ID: "id-34-1216", Kind: Statute, Title: "Idaho Code § 34-1216",
			URL: "https://legislature.idaho.gov/statutesrules/idstat/Title34/T34CH12/SECT34-1216", Checked: idChecked},
		{ID: "id-73-108", Kind: Statute, Title: "Idaho Code § 73-108",
			URL: "http://legislature.idaho.gov/idstat/Title73/T73CH1SECT73-108.htm", Checked: idChecked},
		{ID: "id-73-110", Kind: Statute, Title: "Idaho Code § 73-110",
			URL: "https://www.lawserver.com/law/state/idaho/id-code/idaho_code_73-110", Checked: idChecked},
		{ID: "vv-id", Kind: Summary, Title: "Verified Voting, Idaho recount law",
			URL: "https://verifiedvoting.org/?p=13601", Checked: idChecked},
		{ID: "ballotpedia-id", Kind: Summary, Title: "Ballotpedia, Recount laws in Idaho (c. 2023)",
			URL: "http://www.olesavior.org/recount_laws_in_idaho.html", Checked: idChecked},
	},
}

// idDeadline is twenty days from the canvass. § 73-110: an act "to be
// performed upon a particular day, which day falls upon a holiday ... may
// be performed upon the next business day". Every Sunday is a holiday in
// § 73-108 and a Saturday is not, so a twentieth day on a Sunday or a
// legal holiday moves on and one on a Saturday stands (Rolls with
// SaturdayOpen); a moved day goes on to "the next business day", past a
// Saturday too (ToBusinessDay).
func idDeadline(from Event) Deadline {
	return Deadline{N: 20, Unit: CalendarDays, From: from, Rolls: true, SaturdayOpen: true, ToBusinessDay: true,
		Cite: []Cite{cite("id-34-2301", "(1)", Verified), cite("id-34-2309", "", Verified), cite("vv-id", "which canvass", Reported),
			cite("id-73-110", "", Verified)}}
}

// The offices elected statewide, for § 34-2313's sample.
var idStatewide = []Office{President, USSenate, Governor, LtGovernor, Statewide}

var idFacts = []Fact{
	{Kind: "id-no-automatic", Section: Before, Cite: []Cite{cite("vv-id", "", Reported), cite("ballotpedia-id", "", Reported)}},
	// § 34-2313 as CEIMN quotes it: a random hand tally first; statewide
	// "equal to at least two (2) precincts of the ballots cast in each
	// county", otherwise "the greater of one hundred (100) or five percent
	// (5%) of the ballots cast".
	{Kind: "id-hand-tally-statewide", Section: During, Scope: Scope{Offices: append([]Office{USHouse}, idStatewide...)}, Numbers: []int64{2},
		Cite: []Cite{cite("id-34-2313", "(2)–(3)", Reported)}},
	{Kind: "id-hand-tally-other", Section: During, Scope: Scope{Except: append([]Office{USHouse}, idStatewide...)}, Numbers: []int64{100, 5},
		Cite: []Cite{cite("id-34-2313", "(2)–(3)", Reported)}},
	// § 34-2305: "all ballots shall be recounted in plain view of the
	// candidates or their representatives."
	{Kind: "candidates-watch", Section: Watch, Cite: []Cite{cite("id-34-2305", "", Verified)}},
	{Kind: "id-margin-decides-cost", Section: CostTime, Cite: []Cite{cite("id-34-2309", "", Verified)}},
	{Kind: "deposit-per-precinct", Section: CostTime, Numbers: []int64{100}, Cite: []Cite{cite("id-34-2302", "", Verified)}},
	{Kind: "deposit-refunded", Section: CostTime, Cite: []Cite{cite("id-34-2306", "", Verified)}},
	// § 34-2306: "at least twenty (20) precincts containing not less than
	// five thousand (5,000) votes cast ... if for a federal or state office".
	{Kind: "id-refund-sample", Section: CostTime, Numbers: []int64{20, 5000, 5, 1250, 2, 500, 2, 200},
		Cite: []Cite{cite("id-34-2306", "", Verified)}},
	// § 34-2309: "The state shall pay for the recount of a federal, state,
	// or legislative district office ... while the county shall pay for the
	// recount of a county, city or district office".
	{Kind: "id-free-state-pays", Section: CostTime, Scope: Scope{Except: LocalOffices}, Cite: []Cite{cite("id-34-2309", "", Verified)}},
	{Kind: "id-free-county-pays", Section: CostTime, Scope: Scope{Offices: LocalOffices}, Cite: []Cite{cite("id-34-2309", "", Verified)}},
	{Kind: "finish-within", Section: CostTime, Numbers: []int64{10}, Cite: []Cite{cite("vv-id", "Idaho Election Handbook (2020) p. B23-1", Reported)}},
	// § 34-2308(2): "The submittal on appeal shall be by brief and submitted
	// within twenty-four (24) hours following the recount."
	{Kind: "id-appeal-24-hours", Section: AfterNote, Numbers: []int64{24}, Cite: []Cite{cite("id-34-2308", "(1)–(2)", Verified)}},
}

func idHoliday(key string, kind HolidayKind, m time.Month, day int, wd time.Weekday, nth int) HolidayRule {
	return HolidayRule{Key: key, Kind: kind, Month: m, Day: day, Weekday: wd, Nth: nth, Observed: FridayMonday,
		Cite: []Cite{cite("id-73-108", "", Verified)}}
}

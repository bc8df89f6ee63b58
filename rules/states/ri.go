package states

import (
	"time"

	. "github.com/recount-explainer/recount/rules"
)

// Rhode Island: R.I. Gen. Laws § 17-19-37.1 (who may ask, and the three
// tiers by the number of votes cast), §§ 17-19-36 and 17-19-37 (the
// petition to the Board of Elections, within seven days), § 17-15-34
// (primaries: the next day; the board's own motion), § 17-19-37.3 (ballot
// questions) and § 25-1-1 (holidays). Research notes:
// shared/facts/states/RI.md (read 2026-11-22).
//
// § 17-19-37.1(1) (lawserver copy, read 2026-11-22): a candidate who trails
// the winning candidate may request "a manual re-feeding of the computer
// ballots cast in said race into the optical scan voting equipment provided
// that the candidate shall trail the winning candidate by less than the
// following number of votes". (1)(a): "where the number of votes cast is
// less than or equal to twenty thousand (20,000) the candidate requesting
// the recount shall trail the winning candidate by two percent (2%) or two
// hundred (200) votes, whichever is less"; 20,001 to 100,000: 1% or 500;
// more than 100,000: ½% or 1,500. (1)(b): "the number of votes cast in a
// race shall include the votes cast for candidates and irregular ballots".
//
// § 17-19-37 (rilin.state.ri.us, as read by the research): "may petition
// the board within seven (7) days after the declaration to conduct a
// recount". The Board's guide puts the hour at 4:00 p.m. A 2026 bill,
// House 7782, would make that nine days too (FastDemocracy: "Statutes
// affected: 7782: 17-19-37"); a secondary summary says the House committee
// held it for further study. Not encoded: no sign it passed.
//
// § 17-19-36 (rilin.state.ri.us, undated copy, read again 2026-11-23): a
// candidate "may, within seven (7) days after the election, petition the
// state board to conduct a recount of the votes cast according to the
// provisions set forth in § 17-19-37.1"; history ends "P.L. 1996, ch.
// 277, § 12; P.L. 1996, ch. 298, § 12". For the 2025 bill that would make
// it nine days, see the second version below.
//
// § 25-1-1 (unicourt copy, read 2026-11-22) lists the holidays; when New
// Year's Day, July 4, November 11 or December 25 falls on a Saturday or
// Sunday, "state employees will celebrate the holiday on the following
// Monday", and any listed day falling on a Sunday moves to Monday. So those
// four are WeekendMonday and the other listed days SundayMonday (a Saturday
// one is not moved). No Rhode Island deadline here counts business days or
// moves off a holiday, so the calendar changes no date on the page.
func init() { register(&RI) }

const riChecked Date = 20261122

// RI is Rhode Island's recount law.
var RI = Jurisdiction{
	Code: "RI", Name: "Rhode Island", Counties: 5, Checked: riChecked,
	Versions: []Version{
		{
			ID: "ri-17-19",
			// §§ 17-19-36 and -37 were last amended in 1996 (P.L. 1996,
			// ch. 277 and 298); § 17-19-37.1's date was not read.
			Assumed: 19970101,
			Readings: []Reading{{
				ID:      "ri-17-19",
				Routes:  []Route{riRequest},
				Filings: riFilings(riLocalSeven),
			}},
			Facts: riFacts,
			Cite:  []Cite{cite("ri-17-19-37-1", "", Verified), cite("ri-17-19-37", "", Verified)},
		},
		{
			// House Bill 5384 of 2025 would give nine days, not seven, to
			// ask for a recount of a local office (it amends § 17-19-36
			// only; FastDemocracy: "Statutes affected: 5384: 17-19-36";
			// "take effect upon its passage").
			//
			// Its last action found (read 2026-11-23): the General
			// Assembly's own press release of June 18, 2025 ("Lawmakers
			// approve bill to extend deadline for candidates to request a
			// recount", https://rilegislature.gov/pressrelease/Lists/PressReleases/DispForm.aspx?ID=375690):
			// "The General Assembly today approved a bill from Rep.
			// Jennifer Boylan and Sen. Pamela J. Lauria ... The bill now
			// goes to the governor." and "The legislation (2025-H 5384,
			// 2025-S 0541) extends the deadline to request a recount from
			// seven to nine days". So it passed both chambers; what the
			// governor did (signed, vetoed, or let it become law without
			// a signature) and its 2025 Public Laws chapter were not
			// found, and the copy of § 17-19-36 read (rilin, undated)
			// still says "within seven (7) days" with a history ending in
			// 1996. Not settled: from July 1, 2025 (an assumed start, a
			// little after passage) both are shown.
			ID:   "ri-h5384-2025",
			From: 20250701,
			Readings: []Reading{
				{
					ID:      "ri-seven-days",
					Routes:  []Route{riRequest},
					Filings: riFilings(riLocalSeven),
					Cite:    []Cite{cite("ri-17-19-36", "", Verified)},
				},
				{
					ID:      "ri-h5384-nine-days",
					Routes:  []Route{riRequest},
					Filings: riFilings(Deadline{N: 9, Unit: CalendarDays, From: ElectionDay, At: 16 * 60, Cite: []Cite{cite("ri-h5384", "", Reported)}}),
					Cite:    []Cite{cite("ri-h5384", "", Reported)},
				},
			},
			Facts: riFacts,
			Cite:  []Cite{cite("ri-17-19-37-1", "", Verified), cite("ri-h5384", "", Reported)},
		},
	},
	Ties: []TieLaw{
		{Kind: TieUnknown, Cite: []Cite{cite("ri-17-19-37-1", "tie rule not found", NotFound)}},
	},
	Holidays: Holidays{
		// New Year's Day, July 4, November 11 and December 25 move to the
		// Monday from a Saturday or a Sunday; the other days only from a
		// Sunday (§ 25-1-1, above).
		Rules: []HolidayRule{
			riHoliday("new-year", FixedDate, time.January, 1, 0, 0, WeekendMonday),
			riHoliday("mlk", NthWeekday, time.January, 0, time.Monday, 3, SundayMonday),
			riHoliday("washington", NthWeekday, time.February, 0, time.Monday, 3, SundayMonday),
			riHoliday("ri-independence", FixedDate, time.May, 4, 0, 0, SundayMonday),
			riHoliday("memorial", NthWeekday, time.May, 0, time.Monday, -1, SundayMonday),
			riHoliday("independence", FixedDate, time.July, 4, 0, 0, WeekendMonday),
			riHoliday("ri-victory-day", NthWeekday, time.August, 0, time.Monday, 2, SundayMonday),
			riHoliday("labor", NthWeekday, time.September, 0, time.Monday, 1, SundayMonday),
			riHoliday("columbus", NthWeekday, time.October, 0, time.Monday, 2, SundayMonday),
			riHoliday("veterans", FixedDate, time.November, 11, 0, 0, WeekendMonday),
			// "days of thanksgiving" appointed by the governor or the
			// president.
			riHoliday("thanksgiving", NthWeekday, time.November, 0, time.Thursday, 4, SundayMonday),
			riHoliday("christmas", FixedDate, time.December, 25, 0, 0, WeekendMonday),
			// "in each year in which a general election of state officers is
			// held (as election day)".
			{Key: "election-day", Kind: GeneralElection, EveryYears: 2, Observed: SundayMonday, Cite: []Cite{cite("ri-25-1-1", "", Verified)}},
		},
		Cite: []Cite{cite("ri-25-1-1", "", Verified)},
	},
	Sources: []Source{
		{ID: "ri-17-19-37-1", Kind: Statute, Title: "R.I. Gen. Laws § 17-19-37.1",
			URL: "https://www.lawserver.com/law/state/rhode-island/ri-laws/rhode_island_general_laws_17-19-37-1", Checked: riChecked},
		{ID: "ri-17-19-36", Kind: Statute, Title: "R.I. Gen. Laws § 17-19-36",
			URL: "http://webserver.rilin.state.ri.us/Statutes/TITLE17/17-19/17-19-36.HTM", Checked: riChecked},
		{ID: "ri-17-19-37", Kind: Statute, Title: "R.I. Gen. Laws § 17-19-37",
			URL: "http://webserver.rilin.state.ri.us/Statutes/TITLE17/17-19/17-19-37.HTM", Checked: riChecked},
		{ID: "ri-17-15-34", Kind: Statute, Title: "R.I. Gen. Laws § 17-15-34",
			URL: "http://webserver.rilin.state.ri.us/Statutes/TITLE17/17-15/17-15-34.HTM", Checked: riChecked},
		{ID: "ri-17-19-37-3", Kind: Statute, Title: "R.I. Gen. Laws § 17-19-37.3",
			URL: "https://codes.findlaw.com/ri/title-17-elections/ri-gen-laws-sect-17-19-37-3/", Checked: riChecked},
		{ID: "ri-410-ricr-20-00-14", Kind: Regulation, Title: "410-RICR-20-00-14 (recounts)",
			URL: "https://rules.sos.ri.gov/Regulations/part/410-20-00-14", Checked: riChecked},
		{ID: "ri-board-guide", Kind: OfficialGuide, Title: "Rhode Island Board of Elections, Guide to Election Recounts",
			URL: "http://www.docstoc.com/docs/3445478/GUIDE-TO-ELCTION-RECOUNTS-STATE-OF-RHODE-ISLAND-BOARD-OF", Checked: riChecked},
		{ID: "ri-25-1-1", Kind: Statute, Title: "R.I. Gen. Laws § 25-1-1",
			URL: "https://unicourt.github.io/cic-code-ri/transforms/ri/ocri/r71/gov.ri.code.title.25.html", Checked: riChecked},
		{ID: "ri-h5384", Kind: SessionLaw, Title: "R.I. House Bill 5384 (2025), as summarised by FastDemocracy",
			URL: "https://fastdemocracy.com/bill-summary/?billsummary_id=RIB00031423&billsummary_session=2025&billsummary_state=ri", Checked: riChecked},
		{ID: "ballotpedia-ri", Kind: Summary, Title: "Ballotpedia, Recount laws in Rhode Island",
			URL: "https://ballotpedia.org/Recount_laws_in_Rhode_Island", Checked: riChecked},
		{ID: "ceimn-ri-2016", Kind: Summary, Title: "Citizens for Election Integrity Minnesota, Rhode Island recount laws (April 25, 2016)",
			URL: "http://ceimn.org/ceimn-state-recount-laws-searchable-database/states/Rhode%20Island", Checked: riChecked},
	},
}

// riRequest is § 17-19-37.1(1): a candidate trailing the winner by less
// than the lesser of a share of the votes cast and a number of votes, by
// how many votes were cast; the ballots are fed through the scanners again.
var riRequest = Route{
	Kind: Requested,
	Tiers: []Tier{{
		Line: Line{Kind: ByTotal, Bands: []Band{
			{UpTo: 20_000, Line: riLesser(2*Percent, 200)},
			{UpTo: 100_000, Line: riLesser(Percent, 500)},
			{Line: riLesser(Percent/2, 1500)},
		}},
		Method: Machine,
		Cite:   []Cite{cite("ri-17-19-37-1", "(1)(a)-(b)", Verified)},
	}},
	Who:       []Requester{{Kind: LosingCandidate, Cite: []Cite{cite("ri-17-19-37-1", "(1)", Verified)}}},
	InWriting: true,
	Cite:      []Cite{cite("ri-17-19-37-1", "(1)", Verified), cite("ri-17-19-37", "", Verified)},
}

// riLesser is "by less than" a share "or" a number of votes, "whichever is
// less".
func riLesser(s Share, votes int64) Line {
	return Line{Kind: Lesser, Of: []Line{
		{Kind: ShareOfOffice, Share: s, Strict: true},
		{Kind: FixedVotes, Votes: votes, Strict: true},
	}}
}

// riLocalSeven: a local office at a general election, seven days after the
// election (§ 17-19-36).
var riLocalSeven = Deadline{N: 7, Unit: CalendarDays, From: ElectionDay, At: 16 * 60,
	Cite: []Cite{cite("ri-17-19-36", "", Verified), cite("ri-board-guide", "4:00 p.m.", Reported)}}

// riFilings: every petition goes to the Board of Elections: the day after a
// primary, seven (or nine) days after a local election, seven days after
// the Board declares the result for a state or federal office.
func riFilings(local Deadline) []Filing {
	return []Filing{
		{
			Scope:    Scope{Types: PrimaryTypes},
			Receiver: riBoard,
			Deadline: Deadline{N: 1, Unit: CalendarDays, From: ElectionDay, At: 16 * 60,
				Cite: []Cite{cite("ri-17-15-34", "", Verified), cite("ballotpedia-ri", "4:00 p.m.", Reported)}},
		},
		{Scope: Scope{Offices: LocalOffices}, Receiver: riBoard, Deadline: local},
		{
			Receiver: riBoard,
			Deadline: Deadline{N: 7, Unit: CalendarDays, From: Declaration, At: 16 * 60,
				Cite: []Cite{cite("ri-17-19-37", "", Verified), cite("ri-board-guide", "4:00 p.m.", Reported)}},
		},
	}
}

var riBoard = Receiver{ID: "state-board", Kind: StateBoard, Name: "Rhode Island Board of Elections",
	Cite: []Cite{cite("ri-17-19-36", "", Verified), cite("ri-17-19-37", "", Verified)}}

var riFacts = []Fact{
	{Kind: "board-own-motion", Section: Before, Scope: Scope{Types: PrimaryTypes}, Cite: []Cite{cite("ri-17-15-34", "", Verified)}},
	{Kind: "ri-write-ins-counted", Section: Before, Cite: []Cite{cite("ri-17-19-37-1", "(1)(b)", Verified)}},
	{Kind: "ri-notarized-petition", Section: Where, When: Requested, Cite: []Cite{cite("ri-410-ricr-20-00-14", "14.3", Reported)}},
	{Kind: "machine-retabulation", Section: During, Cite: []Cite{cite("ri-17-19-37-1", "(1)", Verified)}},
	{Kind: "ri-write-in-hand-count", Section: During, Cite: []Cite{cite("ceimn-ri-2016", "§ 17-19-37.2", Reported)}},
	{Kind: "ri-cost-unstated", Section: CostTime, Cite: []Cite{cite("ballotpedia-ri", "", Reported)}},
	{Kind: "no-finish-deadline", Section: CostTime, Cite: []Cite{cite("ballotpedia-ri", "", Reported)}},
	{Kind: "ri-certificates-withheld", Section: AfterNote, Cite: []Cite{cite("ri-17-19-36", "", Verified), cite("ri-17-19-37", "", Verified)}},
	{Kind: "multi-seat-different", Section: AfterNote, Cite: []Cite{cite("ri-17-19-37-1", "(2)", Verified)}},
	{Kind: "questions-differ", Section: AfterNote, Cite: []Cite{cite("ri-17-19-37-3", "(1)", Verified)}},
}

// riHoliday is a holiday of § 25-1-1, kept on the day the statute says when
// it falls on a weekend.
func riHoliday(key string, kind HolidayKind, m time.Month, day int, wd time.Weekday, nth int, observed Observance) HolidayRule {
	return HolidayRule{Key: key, Kind: kind, Month: m, Day: day, Weekday: wd, Nth: nth, Observed: observed,
		Cite: []Cite{cite("ri-25-1-1", "", Verified)}}
}

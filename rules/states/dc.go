package states

import (
	"time"

	. "github.com/recount-explainer/recount/rules"
)

// District of Columbia: D.C. Code § 1-1001.11(a) (a recount the Board must
// conduct when the margin is under 1 percent, and a candidate's petition
// at any margin), 3 DCMR 815 (deposits and the free petition lines) and
// 816 (how a recount is done), D.C. Code § 1-612.02 and § 28-2701
// (holidays). Research notes: shared/facts/states/DC.md (read 2026-11-22).
//
// § 1-1001.11(a), casetext mirror current through codified legislation
// effective September 18, 2024 (read by the research 2026-11-22):
// (a)(1) "if, within 7 days after the Board certifies the results of an
// election for an office, a candidate for that office petitions the Board in
// writing and specifies the precincts in which the recount shall be
// conducted"; "the petitioner shall deposit the amount of $50 per precinct
// included in the recount. If the result of the election is changed as a
// result of the recount, the deposit shall be refunded."
// (a)(2) "the results certified by the Board show a margin of victory for a
// candidate that is less than one percent of the total votes cast for the
// office, the Board shall conduct a recount."
//
// The offices (a)(2) lists are mapped to the page's: President (and Vice
// President); Delegate to Congress as the U.S. House; Attorney General as
// another statewide office; Mayor, Chairman of the Council and Council
// members as municipal offices; members of the State Board of Education as
// a school board (district). Advisory Neighborhood Commissioners and the
// shadow Senators and Representative are not listed.
func init() { register(&DC) }

const dcChecked Date = 20261122

// DC is the District of Columbia's recount law.
var DC = Jurisdiction{
	Code: "DC", Name: "District of Columbia", Counties: 1, Checked: dcChecked,
	Versions: []Version{{
		ID: "dc-1-1001-11",
		// The text read is current through September 18, 2024; an older
		// copy (CEIMN, 2013) listed other offices, and the amending acts
		// were not identified.
		Assumed: 20240918,
		Readings: []Reading{{
			ID: "dc-1-1001-11",
			Routes: []Route{
				{
					Kind:  Automatic,
					Scope: Scope{Offices: []Office{President, USHouse, Statewide, Municipal, District}},
					Tiers: []Tier{{
						Line:   Line{Kind: ShareOfOffice, Share: Percent, Strict: true},
						Method: Machine,
						Cost:   Cost{Kind: Public, Cite: []Cite{cite("dc-1-1001.11", "(a)(2)", Verified)}},
					}},
					Cite: []Cite{cite("dc-1-1001.11", "(a)(2)", Verified)},
				},
				// 3 DCMR 815.6: "In the case of a ward-wide contest, less than
				// one percent (1%) of the total valid ballots cast in the
				// contest or less than fifty (50) votes, whichever is less"
				// (current through DCR Vol. 71 No. 49, December 6, 2024).
				// The page cannot tell a ward seat from an at-large one: a
				// city office or school board seat takes the ward line, every
				// other office the at-large line (350 votes), and a fact says
				// so.
				dcRequest(Scope{Offices: []Office{Municipal, District}}, 50),
				dcRequest(Scope{Except: []Office{Municipal, District}}, 350),
			},
			Filings: []Filing{{
				Receiver: Receiver{ID: "dc-board-of-elections", Kind: StateBoard, Name: "District of Columbia Board of Elections",
					Cite: []Cite{cite("dc-1-1001.11", "(a)(1)", Verified)}},
				// "7 days": calendar days; no rule moving a last day off a
				// weekend was found.
				Deadline: Deadline{N: 7, Unit: CalendarDays, From: Certification,
					Cite: []Cite{cite("dc-1-1001.11", "(a)(1)", Verified), cite("dc-3-dcmr-815", "815.1", Verified)}},
			}},
		}},
		Facts: dcFacts,
		Cite:  []Cite{cite("dc-1-1001.11", "(a)", Verified), cite("dc-3-dcmr-815", "", Verified)},
	}},
	Ties: []TieLaw{{Kind: TieUnknown, Cite: []Cite{cite("dc-1-1001.11", "", NotFound)}}},
	Holidays: Holidays{
		// § 1-612.02(a) (Council's code site, read 2026-11-22) lists the
		// federal holidays (Columbus Day as Indigenous Peoples' Day, and
		// Juneteenth) and "Beginning in the year 2007, District of Columbia
		// Emancipation Day, April 16th"; (b)(1): "if a legal holiday occurs
		// on Saturday, the Friday immediately before is a legal public
		// holiday and if a legal holiday occurs on Sunday, the Monday
		// immediately following". (c): Inauguration Day, January 20 of each
		// 4th year; § 28-2701 does not move it off a Saturday.
		Federal: true,
		Rules: []HolidayRule{
			{Key: "dc-emancipation", Kind: FixedDate, Month: time.April, Day: 16, From: 2007, Observed: FridayMonday,
				Cite: []Cite{cite("dc-1-612.02", "(a)(11)", Verified)}},
			{Key: "inauguration", Kind: Inauguration, Cite: []Cite{cite("dc-1-612.02", "(c)", Verified), cite("dc-28-2701", "", Verified)}},
		},
		Cite: []Cite{cite("dc-1-612.02", "", Verified), cite("dc-28-2701", "", Verified)},
	},
	Sources: []Source{
		{ID: "dc-1-1001.11", Kind: Statute, Title: "D.C. Code § 1-1001.11",
			URL: "https://d1tvxue8o4w0fl.cloudfront.net/statute/district-of-columbia-official-code/division-i-government-of-district/title-1-government-organization/chapter-10-elections/subchapter-i-regulation-of-elections/section-1-100111-recount-judicial-review-of-election", Checked: dcChecked},
		{ID: "dc-3-dcmr-815", Kind: Regulation, Title: "3 DCMR § 815",
			URL: "https://d1tvxue8o4w0fl.cloudfront.net/regulation/district-of-columbia-administrative-code/title-3-elections-and-ethics/chapter-3-8-tabulation-and-certification-of-election-results/rule-3-815-petitions-for-recount-recount-deposits-and-refund-of-recount-deposits", Checked: dcChecked},
		{ID: "dc-3-dcmr-816", Kind: Regulation, Title: "3 DCMR § 816",
			URL: "http://dcrules.elaws.us/dcmr/3-816", Checked: dcChecked},
		{ID: "dc-1-612.02", Kind: Statute, Title: "D.C. Code § 1-612.02",
			URL: "https://development.code.dccouncil.gov/us/dc/council/code/sections/1-612.02", Checked: dcChecked},
		{ID: "dc-28-2701", Kind: Statute, Title: "D.C. Code § 28-2701",
			URL: "http://dccode.elaws.us/code?no=28-27|I&e=8", Checked: dcChecked},
		{ID: "ceimn-dc", Kind: Summary, Title: "Citizens for Election Integrity Minnesota, District of Columbia recount laws (2022)",
			URL: "http://ceimn-d9.devd.triplo.co/node/133/printable/print", Checked: dcChecked},
		{ID: "dc-initiative-83", Kind: SessionLaw, Title: "D.C. Initiative 83 (2024), ranked-choice voting", Checked: dcChecked},
	},
}

// dcRequest is a candidate's petition at any margin: free within the
// lesser of 1% and freeVotes (both "less than"), otherwise $50 per precinct,
// refunded if the result changes.
func dcRequest(scope Scope, freeVotes int64) Route {
	reg := []Cite{cite("dc-3-dcmr-815", "815.6", Verified)}
	return Route{
		Kind:  Requested,
		Scope: scope,
		Tiers: []Tier{
			{
				Line: Line{Kind: Lesser, Of: []Line{
					{Kind: ShareOfOffice, Share: Percent, Strict: true},
					{Kind: FixedVotes, Votes: freeVotes, Strict: true},
				}},
				Method: Machine,
				Cost:   Cost{Kind: Public, Cite: reg},
				Cite:   reg,
			},
			{
				Line:   Line{Kind: AnyMargin},
				Method: Machine,
				Cost: Cost{Kind: Deposit, PerPrecinct: 50, Refunded: true,
					Cite: []Cite{cite("dc-1-1001.11", "(a)(1)", Verified), cite("dc-3-dcmr-815", "815.3–815.5", Verified)}},
			},
		},
		Who:       []Requester{{Kind: AnyCandidate, Cite: []Cite{cite("dc-1-1001.11", "(a)(1)", Verified)}}},
		InWriting: true,
		Cite:      []Cite{cite("dc-1-1001.11", "(a)(1)", Verified), cite("dc-3-dcmr-815", "", Verified)},
	}
}

var dcFacts = []Fact{
	// § 1-1001.11(b) (not read in full): voters may ask the D.C. Court of
	// Appeals to review the results (CEIMN).
	{Kind: "contest-route", Section: Before, Cite: []Cite{cite("ceimn-dc", "", Reported)}},
	{Kind: "precincts-chosen", Section: During, When: Requested, Cite: []Cite{cite("dc-1-1001.11", "(a)(1)", Verified)}},
	// 3 DCMR 816.7: "Recount officials shall re-run all official ballots
	// through a tabulator and count only the votes for the office or ballot
	// question at issue in the recount."
	{Kind: "machine-retabulation", Section: During, Cite: []Cite{cite("dc-3-dcmr-816", "816.7", Verified)}},
	{Kind: "rejected-by-hand", Section: During, Cite: []Cite{cite("dc-3-dcmr-816", "", Verified)}},
	{Kind: "dc-hand-count-if-error", Section: During, Cite: []Cite{cite("ceimn-dc", "3 DCMR 810.1", Reported)}},
	{Kind: "dc-estimate-first", Section: CostTime, When: Requested, Numbers: []int64{7}, Cite: []Cite{cite("dc-3-dcmr-815", "815.3–815.4", Verified)}},
	{Kind: "deposit-per-precinct", Section: CostTime, When: Requested, Numbers: []int64{50}, Cite: []Cite{cite("dc-1-1001.11", "(a)(1)", Verified)}},
	{Kind: "deposit-refunded", Section: CostTime, When: Requested, Cite: []Cite{cite("dc-1-1001.11", "(a)(1)", Verified)}},
	{Kind: "dc-actual-cost", Section: CostTime, When: Requested, Cite: []Cite{cite("dc-3-dcmr-815", "", Verified)}},
	{Kind: "dc-automatic-free", Section: CostTime, When: Automatic, Cite: []Cite{cite("dc-1-1001.11", "(a)(2)", Verified)}},
	{Kind: "dc-ward-or-at-large", Section: CostTime, When: Requested, Scope: Scope{Offices: []Office{Municipal, District}},
		Numbers: []int64{50, 350}, Cite: []Cite{cite("dc-3-dcmr-815", "815.6", Verified)}},
	{Kind: "dc-ballots-not-votes", Section: CostTime, When: Requested, Cite: []Cite{cite("dc-3-dcmr-815", "815.6", Verified)}},
	{Kind: "dc-anc-not-listed", Section: AfterNote, Scope: Scope{Offices: []Office{Municipal, District}},
		Cite: []Cite{cite("dc-1-1001.11", "(a)(2)", Verified), cite("dc-3-dcmr-815", "815.6 (cut off)", NotFound)}},
	{Kind: "dc-shadow-not-listed", Section: AfterNote, Scope: Scope{Offices: []Office{USSenate}},
		Cite: []Cite{cite("dc-1-1001.11", "(a)(2)", Verified)}},
	{Kind: "dc-ranked-choice-2026", Section: AfterNote, From: 20260101, Cite: []Cite{cite("dc-initiative-83", "", Reported)}},
}

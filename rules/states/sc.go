package states

import (
	. "github.com/recount-explainer/recount/rules"
)

// South Carolina: S.C. Code § 7-17-280 (the automatic recount within one
// percent, waivable by the losing candidate; no recount can be asked for),
// § 7-17-30 (protests to the county board), § 7-17-610 (the majority in a
// primary) and § 7-13-2220 (a tied primary goes to a runoff). Research
// notes: shared/facts/states/SC.md (read 2026-11-22).
//
// § 7-17-280, first paragraph, as reprinted (struck and new words
// interleaved) in the S. 97 committee report of February 13, 2002 and the
// S. 207 amendment of 1995 (scstatehouse.gov), and quoted by CEIMN in 2020:
// "shall be not more than one percent of the total votes which were cast
// for such office therein, the committee or board charged by law with
// canvassing such votes shall order a recount", "unless such other
// candidate or candidates shall waive a recount in writing." The current Code page was not readable; whether the
// bills' changes ("as soon as practicable", precincts given priority) were
// enacted was not found, and neither changes the line.
//
// § 7-17-30 (casetext, current through 2024 Act No. 120, read 2026-11-22):
// "Any protest or contest must be filed in writing with the chairman of the
// board ... by noon Wednesday following the day of the declaration by the
// board of the result of the election."
//
// The holiday statute (§ 53-5-10) was not read; no South Carolina rule here
// counts a deadline.
func init() { register(&SC) }

const scChecked Date = 20261122

// SC is South Carolina's recount law.
var SC = Jurisdiction{
	Code: "SC", Name: "South Carolina", Counties: 46, Checked: scChecked,
	Versions: []Version{{
		ID: "sc-7-17-280",
		// The same words are printed as existing law in the 1995 bill.
		Assumed: 19950101,
		Readings: []Reading{{
			ID: "sc-7-17-280",
			Routes: []Route{{
				// Any declared winner (or the last runoff qualifier) against
				// any other candidate, within 1% of all votes for the office.
				Kind: Automatic,
				Tiers: []Tier{{
					Line:   Line{Kind: ShareOfOffice, Share: Percent},
					Method: Machine,
					Cost:   Cost{Kind: Public, Cite: []Cite{cite("vv-sc", "", Reported)}},
					Cite:   []Cite{cite("sc-7-17-280", "", Verified)},
				}},
				Waiver: &Waiver{Cite: []Cite{cite("sc-7-17-280", "", Verified)}},
				Cite:   []Cite{cite("sc-7-17-280", "", Verified)},
			}},
		}},
		Facts: []Fact{
			{Kind: "sc-no-request", Section: Before, Cite: []Cite{cite("ceimn-sc-2020", "", Reported), cite("vv-sc", "", Reported)}},
			{Kind: "sc-any-loser", Section: Before, Cite: []Cite{cite("sc-7-17-280", "", Verified)}},
			{Kind: "sc-canvassing-board-orders", Section: Where, Cite: []Cite{cite("sc-7-17-280", "", Verified)}},
			{Kind: "ordered-immediately", Section: During, When: Automatic, Cite: []Cite{cite("sc-7-17-280", "“forthwith” (older text)", Verified)}},
			{Kind: "machine-retabulation", Section: During, Cite: []Cite{cite("vv-sc", "", Reported), cite("ceimn-sc-2020", "", Reported)}},
			{Kind: "sc-protest-county", Section: AfterNote, Scope: Scope{Offices: []Office{County, District}},
				Cite: []Cite{cite("sc-7-17-30", "", Verified)}},
			{Kind: "sc-protest-state", Section: AfterNote, Scope: Scope{Except: LocalOffices, Types: []ElectionType{General, Special, Runoff}}, Numbers: []int64{5},
				Cite: []Cite{cite("scvotes-protests", "§§ 7-17-260, -270", Reported)}},
			{Kind: "sc-protest-primary", Section: AfterNote, Scope: Scope{Types: PrimaryTypes},
				Cite: []Cite{cite("scvotes-protests", "", Reported)}},
			{Kind: "sc-protest-municipal", Section: AfterNote, Scope: Scope{Offices: []Office{Municipal}}, Numbers: []int64{48},
				Cite: []Cite{cite("scvotes-protests", "§ 5-15-130", Reported)}},
			{Kind: "questions-differ", Section: AfterNote, Cite: []Cite{cite("ceimn-sc-2020", "§ 7-17-280", Reported)}},
		},
		// No recount can be asked for: a protest (contest) remains.
		Contest: &Contest{
			Receiver: Receiver{ID: "sc-protest-boards", Kind: CountyBoard,
				Name: "county board of voter registration and elections for county offices; State Election Commission for federal, state and multi-county offices",
				Cite: []Cite{cite("sc-7-17-30", "", Verified), cite("scvotes-protests", "", Reported)}},
			Cite: []Cite{cite("sc-7-17-30", "", Verified), cite("scvotes-protests", "", Reported)},
		},
		Cite: []Cite{cite("sc-7-17-280", "", Verified)},
	}},
	Winner: []WinnerLaw{
		// "the candidate who obtains a majority shall be declared the
		// nominee" (§ 7-17-610(1)); otherwise a runoff (§ 7-17-600, not
		// read).
		{Scope: Scope{Types: PrimaryTypes}, Rule: Majority, Cite: []Cite{cite("sc-7-17-610", "(1)", Verified)}},
	},
	Ties: []TieLaw{
		// "If any primary election, other than a nonpartisan municipal
		// primary election, results in a tie vote and no candidate
		// withdraws, the party officials shall conduct a runoff election to
		// break the tie two weeks following that election."
		{Scope: Scope{Types: PrimaryTypes, Except: []Office{Municipal}}, Kind: RunoffTie, Cite: []Cite{cite("sc-7-13-2220", "", Verified)}},
		{Kind: TieUnknown, Cite: []Cite{cite("sc-7-17-280", "general-election ties not found", NotFound)}},
	},
	Holidays: Holidays{
		Cite: []Cite{cite("sc-53-5-10", "not read", NotFound)},
	},
	Sources: []Source{
		{ID: "sc-7-17-280", Kind: Statute, Title: "S.C. Code § 7-17-280 (as printed in S. 97, committee report of February 13, 2002)",
			URL: "https://testweb.scstatehouse.gov/sess114_2001-2002/prever/97_20020213.htm", Checked: scChecked},
		{ID: "sc-7-17-30", Kind: Statute, Title: "S.C. Code § 7-17-30",
			URL: "http://casetext.com/statute/code-of-laws-of-south-carolina-1976/title-7-elections/chapter-17-canvass-of-votes-certificates-and-records-of-results/article-1-county-boards-of-canvassers/section-7-17-30-protests-and-contests", Checked: scChecked},
		{ID: "sc-7-17-610", Kind: Statute, Title: "S.C. Code § 7-17-610",
			URL: "https://instalawyer.io/laws/south-carolina-code-of-laws/section-7-17-610-what-constitutes-majority", Checked: scChecked},
		{ID: "sc-7-13-2220", Kind: Statute, Title: "S.C. Code § 7-13-2220",
			URL: "https://lexace.ai/us/statute/south-carolina/7-13-2220", Checked: scChecked},
		{ID: "sc-53-5-10", Kind: Statute, Title: "S.C. Code § 53-5-10", Checked: scChecked},
		{ID: "scvotes-protests", Kind: OfficialGuide, Title: "South Carolina Election Commission, “Protests & Appeals”",
			URL: "https://www.scvotes.gov/protests-appeals", Checked: scChecked},
		{ID: "vv-sc", Kind: Summary, Title: "Verified Voting, South Carolina recount laws",
			URL: "https://verifiedvoting.org/recountlaw/south-carolina", Checked: scChecked},
		{ID: "ceimn-sc-2020", Kind: Summary, Title: "Citizens for Election Integrity Minnesota, South Carolina recount laws (February 13, 2020)",
			URL: "http://ceimn-d9.devd.triplo.co/node/140/printable/print", Checked: scChecked},
	},
}

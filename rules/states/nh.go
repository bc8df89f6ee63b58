package states

import (
	"time"

	. "github.com/recount-explainer/recount/rules"
)

// New Hampshire: RSA 660:1–3 (a candidate's recount at a state general
// election within 20 percent, for a fee by margin and office), 660:7
// (primaries), 660:25–26 (congressional ties), 669:30–31 (town elections),
// 288:1 (legal holidays). Facts and their evidence:
// shared/facts/states/NH.md (read 2026-11-22).
//
// RSA 660:1 (gencourt.state.nh.us, source notes through 2008, read
// 2026-11-22): "Any candidate for whom a vote was cast for any office at a
// state general election may apply for a recount, provided that the
// difference between the votes cast for the applying candidate and a
// candidate declared elected is less than 20 percent of the total votes
// cast in the towns which comprise the office". A 2025 act (in effect June
// 17, 2025; summary only) put "ballots" for "votes" in 660:1–3 and added fee
// refunds: the second version. The fees from 2 percent up (660:2 III–IV)
// are from a 2005 bill's quotation and the parallel town statute.
func init() { register(&NH) }

const nhChecked Date = 20261122

// NH is New Hampshire's recount law.
var NH = Jurisdiction{
	Code: "NH", Name: "New Hampshire", Counties: 10, Checked: nhChecked,
	Versions: []Version{
		{
			ID:      "nh-2008-votes",
			Assumed: 20080909, // RSA 660:1 as amended by 2008, 377:2; older text not read
			Readings: []Reading{{
				ID:      "nh-2008-votes",
				Routes:  nhRoutes(false, cite("nh-rsa-660", "660:1–2", Verified)),
				Filings: nhFilings,
			}},
			Facts: nhFacts,
			Cite:  []Cite{cite("nh-rsa-660", "", Verified)},
		},
		{
			ID:   "nh-2025-ballots",
			From: 20250617,
			Readings: []Reading{{
				ID:      "nh-2025-ballots",
				Routes:  nhRoutes(true, cite("nh-rsa-660", "660:1–2", Verified), cite("nh-2025-act", "", Reported)),
				Filings: nhFilings,
			}},
			Facts: append(append([]Fact{}, nhFacts...),
				Fact{Kind: "nh-ballots-2025", Section: AfterNote, When: Requested, Cite: []Cite{cite("nh-2025-act", "", Reported)}},
				Fact{Kind: "nh-fee-refund-2025", Section: CostTime, When: Requested, Cite: []Cite{cite("nh-2025-act", "", Reported)}},
			),
			Cite: []Cite{cite("nh-2025-act", "", Reported)},
		},
	},
	Ties: []TieLaw{
		// "the governor, with advice of the council, shall cause precepts to
		// be issued to the selectmen of the several towns within such
		// district for another election" (RSA 660:26, read 2026-11-22).
		{Scope: Scope{Offices: []Office{USSenate, USHouse}, Types: []ElectionType{General}}, Kind: NewElection,
			Cite: []Cite{cite("nh-660-25", "660:25–26", Verified)}},
		{Scope: Scope{Offices: []Office{Municipal}}, Kind: ByLot, Cite: []Cite{cite("nh-669-36", "", Reported)}},
		{Kind: TieUnknown, Cite: []Cite{cite("nh-rsa-660", "ties for state offices", NotFound)}},
	},
	Holidays: Holidays{
		// RSA 288:1 (a uslegal.com copy and House Bill 243 of 2023's reprint):
		// "the day on which the biennial election is held" among them. RSA
		// 288:2 (weekend observance) was not read. No New Hampshire recount
		// deadline counts business days.
		Rules: []HolidayRule{
			nhHoliday("new-year", FixedDate, time.January, 1, 0, 0),
			nhHoliday("mlk", NthWeekday, time.January, 0, time.Monday, 3),
			nhHoliday("washington", NthWeekday, time.February, 0, time.Monday, 3),
			nhHoliday("memorial", NthWeekday, time.May, 0, time.Monday, -1),
			nhHoliday("independence", FixedDate, time.July, 4, 0, 0),
			nhHoliday("labor", NthWeekday, time.September, 0, time.Monday, 1),
			nhHoliday("columbus", NthWeekday, time.October, 0, time.Monday, 2),
			{Key: "election-day", Kind: GeneralElection, EveryYears: 2, Cite: []Cite{cite("nh-288-1", "", Reported)}},
			nhHoliday("veterans", FixedDate, time.November, 11, 0, 0),
			nhHoliday("thanksgiving", NthWeekday, time.November, 0, time.Thursday, 4),
			nhHoliday("christmas", FixedDate, time.December, 25, 0, 0),
		},
		Cite: []Cite{cite("nh-288-1", "", Reported)},
	},
	Sources: []Source{
		{ID: "nh-rsa-660", Kind: Statute, Title: "RSA 660:1–2 (source notes through 2008)",
			URL: "http://www.gencourt.state.nh.us/rsa/html/lxiii/660/660-mrg.htm", Checked: nhChecked},
		{ID: "nh-660-3", Kind: Statute, Title: "RSA 660:3",
			URL: "http://gencourt.state.nh.us/rsa/html/LXIII/660/660-3.htm", Checked: nhChecked},
		{ID: "nh-660-25", Kind: Statute, Title: "RSA 660:25–26",
			URL: "http://gencourt.state.nh.us/rsa/html/LXIII/660/660-25.htm", Checked: nhChecked},
		{ID: "nh-669-30", Kind: Statute, Title: "RSA 669:30",
			URL: "https://ebench-dev.greeninfo.org/state/new-hampshire/statute/669:30", Checked: nhChecked},
		{ID: "nh-669-31", Kind: Statute, Title: "RSA 669:31 (as printed by the Town of Cornish, 2024)",
			URL: "https://www.cornishnh.net/2024/03/14/board-of-recount-meeting-monday-march-18-2024/", Checked: nhChecked},
		{ID: "nh-669-36", Kind: News, Title: "Moultonborough Speaks, “Tie vote” (2015, quoting RSA 669:36)",
			URL: "https://moultonborospeaks.blogspot.com/2015/03/tie-vote.html", Checked: nhChecked},
		{ID: "nh-2025-act", Kind: Summary, Title: "Summary of the 2025 act changing “votes” to “ballots” in RSA 660:1–3 (in effect June 17, 2025)",
			URL: "https://fastdemocracy.com/bill-summary/?billsummary_id=NHB00013425&billsummary_session=2025&billsummary_state=nh", Checked: nhChecked},
		{ID: "nh-hb365-2005", Kind: SessionLaw, Title: "N.H. House Bill 365 (2005–06), quoting RSA 660:2 IV",
			URL: "https://bills.nhliberty.org/bills/2006/HB365", Checked: nhChecked},
		{ID: "nh-hb236-2003", Kind: SessionLaw, Title: "N.H. House Bill 236 (2003), as introduced, quoting RSA 660:1 and 660:7",
			URL: "https://livefreeordie.legal/documents/bill-2004-hb236-relative-to-recount-application-deadlines-873db770d8/", Checked: nhChecked},
		{ID: "nh-288-1", Kind: Statute, Title: "RSA 288:1 (as printed in House Bill 243 of 2023)",
			URL: "https://gencourt.state.nh.us/lsr_search/billText.aspx?id=243&type=4", Checked: nhChecked},
		{ID: "ceimn-nh", Kind: Summary, Title: "Citizens for Election Integrity Minnesota, New Hampshire recount laws (updated 2022-11-05)",
			URL: "https://ceimn.org/node/131/printable/print", Checked: nhChecked},
		{ID: "nhpr-2022-rochester", Kind: News, Title: "NHPR, “Recount of Rochester seat ends in a tie” (2022-11-16)",
			URL: "https://www.nhpr.org/politics/2022-11-16/recount-of-rochester-seat-ends-in-a-tie-leaving-nh-house-balance-of-power-uncertain", Checked: nhChecked},
		{ID: "unionleader-2022-rochester", Kind: News, Title: "Union Leader, on the Rochester Ward 4 recount request (November 2022)",
			URL: "https://www.unionleader.com/news/politics/voters/nh-house-recount-plot-grows-more-tense/article_d42bbf28-52f2-5ee7-a350-43770f2564a2.html", Checked: nhChecked},
	},
	Past: []PastRecount{
		// Walker +1 on election night; the recount on November 16 ended in a
		// tie (970–970), and the House seat went to a special election.
		{Race: "nh-2022-house-rochester-ward4", Election: 20221108, Started: 20221116, Finished: 20221116,
			Before: 1, After: 0, Cite: []Cite{cite("unionleader-2022-rochester", "", Reported), cite("nhpr-2022-rochester", "", Reported)}},
	},
}

// nhFee is one line of RSA 660:2's fee table: the offices and the fees
// below 1 percent and from 1 to 2 percent.
type nhFee struct {
	offices     []Office
	under1, to2 int64
}

// nhFees: "(a) Candidate for president, United States senator or governor,
// $500. (b) Candidate for United States representative, $250. … (d)
// Candidate for state senator or county officer, $50. (e) Candidate for
// state representative, $10." (660:2 I), doubled in 660:2 II. The executive
// council ($100, $200) has no office of its own on the page (a Fact).
var nhFees = []nhFee{
	{[]Office{President, USSenate, Governor}, 500, 1000},
	{[]Office{USHouse}, 250, 500},
	{[]Office{StateSenate, County}, 50, 100},
	{[]Office{StateHouse}, 10, 20},
}

// nhRoutes are the state general election's routes by office (and, with
// status not found, the same rule for special elections, whose own text
// was not read), the primaries' (RSA 660:7, not fully read) and the town
// elections' (RSA 669:30–31).
func nhRoutes(refunded bool, cites ...Cite) []Route {
	var out []Route
	special := append(append([]Cite{}, cites...), cite("nh-rsa-660", "special elections", NotFound))
	for _, f := range nhFees {
		out = append(out,
			nhStateRoute(Scope{Offices: f.offices, Types: []ElectionType{General}}, f, refunded, cites...),
			nhStateRoute(Scope{Offices: f.offices, Types: []ElectionType{Special}}, f, refunded, special...))
	}
	out = append(out, Route{
		// "Any person for whom a vote was cast for any nomination of any
		// party at a state or presidential primary ma[y apply]" (660:7 as
		// quoted in HB 236 of 2003); its margin and fees were not read.
		Kind:  Requested,
		Scope: Scope{Types: PrimaryTypes, Except: []Office{Municipal, District, Judicial}},
		Tiers: []Tier{{Line: Line{Kind: AnyMargin}, Method: Hand}},
		Who:   []Requester{{Kind: AnyCandidate, Cite: []Cite{cite("nh-hb236-2003", "660:7", Reported)}}},
		Cite: []Cite{cite("nh-hb236-2003", "660:7", Reported), cite("ceimn-nh", "660:7", Reported),
			cite("nh-rsa-660", "660:7 margin and fees", NotFound)},
	})
	out = append(out,
		nhTownRoute(Scope{Offices: []Office{Municipal}}, refunded, cite("nh-669-30", "", Verified), cite("nh-669-31", "II", Verified)),
		nhTownRoute(Scope{Offices: []Office{District}}, refunded, cite("nh-669-30", "town elections; school and village districts assumed", Reported),
			cite("nh-669-31", "II", Verified)))
	return out
}

// nhStateRoute is one office's fee tiers: under 1 percent ("less than one
// percent": strict), 1 to 2 percent, 2 to 3 percent (a fee not read), and
// past 3 percent (the fee and every further cost) up to "less than 20
// percent" (strict). "Between" is read as including its upper end.
func nhStateRoute(scope Scope, f nhFee, refunded bool, cites ...Cite) Route {
	fees := []Cite{cite("nh-rsa-660", "660:2 I–II", Verified)}
	if refunded {
		fees = append(fees, cite("nh-2025-act", "refunds", Reported))
	}
	above := []Cite{cite("nh-hb365-2005", "660:2 III–IV", Reported), cite("nh-669-31", "II (the town parallel)", Reported)}
	return Route{
		Kind:  Requested,
		Scope: scope,
		Tiers: []Tier{
			{Line: Line{Kind: ShareOfOffice, Share: Percent, Strict: true}, Method: Hand,
				Cost: Cost{Kind: Deposit, Flat: f.under1, Refunded: refunded, Cite: fees}},
			{Line: Line{Kind: ShareOfOffice, Share: 2 * Percent}, Method: Hand,
				Cost: Cost{Kind: Deposit, Flat: f.to2, Refunded: refunded, Cite: fees}},
			{Line: Line{Kind: ShareOfOffice, Share: 3 * Percent}, Method: Hand,
				Cost: Cost{Kind: Deposit, Refunded: refunded, Cite: above}},
			{Line: Line{Kind: ShareOfOffice, Share: 20 * Percent, Strict: true}, Method: Hand,
				Cost: Cost{Kind: RequesterPays, Cite: above}},
		},
		Who:       []Requester{{Kind: AnyCandidate, Cite: cites}},
		InWriting: true,
		Cite:      cites,
	}
}

// nhTownRoute is RSA 669:30–31: "Any person for whom a vote was cast and
// recorded for any office at a town election may, no later than the Friday
// following the election, apply in writing to the town clerk" at any
// margin; fees $10 under 1 percent, $20 to 2, $40 to 3, and past 3 percent
// $40 and the further costs (Town of Cornish's print of 669:31, 2024).
func nhTownRoute(scope Scope, refunded bool, cites ...Cite) Route {
	fees := []Cite{cite("nh-669-31", "II", Verified)}
	if refunded {
		fees = append(fees, cite("nh-2025-act", "669:31", Reported))
	}
	return Route{
		Kind:  Requested,
		Scope: scope,
		Tiers: []Tier{
			{Line: Line{Kind: ShareOfOffice, Share: Percent, Strict: true}, Method: Hand, Cost: Cost{Kind: Deposit, Flat: 10, Refunded: refunded, Cite: fees}},
			{Line: Line{Kind: ShareOfOffice, Share: 2 * Percent}, Method: Hand, Cost: Cost{Kind: Deposit, Flat: 20, Refunded: refunded, Cite: fees}},
			{Line: Line{Kind: ShareOfOffice, Share: 3 * Percent}, Method: Hand, Cost: Cost{Kind: Deposit, Flat: 40, Refunded: refunded, Cite: fees}},
			{Line: Line{Kind: AnyMargin}, Method: Hand, Cost: Cost{Kind: RequesterPays, Cite: fees}},
		},
		Who:       []Requester{{Kind: AnyCandidate, Cite: cites}},
		InWriting: true,
		Cite:      cites,
	}
}

// nhFilings: a town election's application goes to the town clerk, every
// other to the Secretary of State, "no later than the Friday following the
// election" (660:1, 669:30): the first Friday after it, three days after a
// Tuesday election. The
// primaries' deadline (660:7) was not read.
var nhFilings = []Filing{
	{
		Scope:    Scope{Offices: LocalOffices, Except: []Office{County}},
		Receiver: Receiver{ID: "local-official", Kind: LocalOfficial, Name: "Town clerk", Cite: []Cite{cite("nh-669-30", "", Verified)}},
		Deadline: Deadline{N: 1, Unit: Weekdays, Weekday: time.Friday, From: ElectionDay, Cite: []Cite{cite("nh-669-30", "", Verified)}},
	},
	{
		Scope: Scope{Types: PrimaryTypes},
		Receiver: Receiver{ID: "secretary-of-state", Kind: SecretaryOfState, Name: "New Hampshire Secretary of State", Directs: true,
			Cite: []Cite{cite("nh-hb236-2003", "660:7", Reported)}},
	},
	{
		Receiver: Receiver{ID: "secretary-of-state", Kind: SecretaryOfState, Name: "New Hampshire Secretary of State", Directs: true,
			Cite: []Cite{cite("nh-rsa-660", "660:1", Verified)}},
		Deadline: Deadline{N: 1, Unit: Weekdays, Weekday: time.Friday, From: ElectionDay, Cite: []Cite{cite("nh-rsa-660", "660:1", Verified)}},
	},
}

var nhFacts = []Fact{
	{Kind: "hand-count", Section: During, Cite: []Cite{cite("ceimn-nh", "RSA 660:5, 669:32", Reported)}},
	{Kind: "nh-town-schedule", Section: During, Scope: Scope{Offices: []Office{Municipal, District}}, Numbers: []int64{5, 10},
		Cite: []Cite{cite("nh-669-30", "", Verified)}},
	{Kind: "nh-executive-council", Section: CostTime, Numbers: []int64{100, 200}, Cite: []Cite{cite("nh-rsa-660", "660:2 I(c), II(c)", Verified)}},
	{Kind: "nh-fees-over-2-percent", Section: CostTime, When: Requested,
		Cite: []Cite{cite("nh-hb365-2005", "660:2 III–IV", Reported), cite("nh-669-31", "II", Verified)}},
	{Kind: "nh-primary-not-read", Section: Where, Scope: Scope{Types: PrimaryTypes},
		Cite: []Cite{cite("nh-hb236-2003", "660:7", Reported), cite("nh-rsa-660", "660:7", NotFound)}},
	{Kind: "nh-presidential-primary", Section: Before, Scope: Scope{Offices: []Office{President}, Types: PrimaryTypes}, Numbers: []int64{9},
		Cite: []Cite{cite("ceimn-nh", "RSA 660:7 II", Reported)}},
	{Kind: "nh-special-not-read", Section: Where, Scope: Scope{Types: []ElectionType{Special}},
		Cite: []Cite{cite("nh-rsa-660", "special elections", NotFound)}},
	// "shall be entitled to apply for only one recount under this chapter"
	// (660:3).
	{Kind: "one-recount-per-candidate", Section: AfterNote, Cite: []Cite{cite("nh-660-3", "", Verified)}},
	{Kind: "nh-ballot-law-commission", Section: AfterNote, Cite: []Cite{cite("nh-660-3", "", Verified)}},
}

func nhHoliday(key string, kind HolidayKind, m time.Month, day int, wd time.Weekday, nth int) HolidayRule {
	return HolidayRule{Key: key, Kind: kind, Month: m, Day: day, Weekday: wd, Nth: nth,
		Cite: []Cite{cite("nh-288-1", "", Reported)}}
}

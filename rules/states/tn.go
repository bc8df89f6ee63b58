package states

import (
	. "github.com/recount-explainer/recount/rules"
)

// Tennessee: no automatic recount and no right to ask for one. A recount
// can be ordered only inside an election contest (Tenn. Code Ann.
// § 2-17-117), tried in the chancery court (§ 2-17-101); presidential
// electors' contests go to a tribunal (§ 2-17-103); a contest ending in a
// tie is certified to whoever breaks it (§ 2-17-114). The contest deadline
// (§ 2-17-105) and the holiday statute were not read. Research notes:
// shared/facts/states/TN.md (read 2026-11-22).
//
// § 2-17-117(a) (courtgpt copy, showing 2023 Tenn. Acts ch. 204, read by
// the research 2026-11-22): "Any court, primary board, legislative body, or
// tribunal having jurisdiction of an election contest pursuant to this
// chapter may order a recount of the ballots under any of the following
// circumstances: (1) A tie vote;"
//
// § 2-17-101 (statutes.laws.com copy, Acts 1972, ch. 740, read
// 2026-11-22): "(a) Except as otherwise expressly provided in this chapter,
// election contests shall be tried in the chancery court of the division in
// which the defendant resides." "(b) The incumbent office holder and any
// candidate for the office may contest the outcome of an election".
//
// § 2-17-103(b) (findlaw copy, read 2026-11-22): "A petition of contest
// shall be filed with the secretary of state ... within ten (10) days after
// the election."
func init() { register(&TN) }

const tnChecked Date = 20261122

// TN is Tennessee's recount law: none as of right, and the contest.
var TN = Jurisdiction{
	Code: "TN", Name: "Tennessee", Counties: 95, Checked: tnChecked,
	Versions: []Version{{
		ID: "tn-2-17",
		// § 2-17-117 was enacted by Acts 2001, ch. 465; its effective date
		// was not read.
		Assumed: 20020101,
		Readings: []Reading{{
			ID:   "tn-2-17",
			Cite: []Cite{cite("tn-2-17-117", "(a)", Verified)},
		}},
		Facts: []Fact{
			{Kind: "tn-no-recount-right", Section: Before, Cite: []Cite{cite("tn-2-17-117", "(a)", Verified)}},
			{Kind: "tn-recount-grounds", Section: Before, Cite: []Cite{cite("tn-2-17-117", "(a)(1)-(4)", Verified)}},
			{Kind: "tn-no-recount-at-canvass", Section: Before, Cite: []Cite{cite("tn-2-8-101", "(b)", Verified)}},
			{Kind: "tn-who-contests", Section: Where, Cite: []Cite{cite("tn-2-17-101", "(b)", Verified)}},
			{Kind: "tn-contest-deadline-unread", Section: Where, Scope: Scope{Except: []Office{President}}, Numbers: []int64{5},
				Cite: []Cite{cite("tn-2-17-105", "not read", NotFound), cite("vv-tn", "", Reported)}},
			{Kind: "tn-presidential-contest", Section: Where, Scope: Scope{Offices: []Office{President}}, Numbers: []int64{10},
				Cite: []Cite{cite("tn-2-17-103", "(a)-(b)", Verified)}},
			{Kind: "tn-primary-boards", Section: Where, Scope: Scope{Types: PrimaryTypes},
				Cite: []Cite{cite("tn-2-17-117", "(a): “primary board”", Verified), cite("tn-2-17-101", "which board hears a primary contest not read", NotFound)}},
			{Kind: "tn-whole-recount-hand-or-machine", Section: During, Cite: []Cite{cite("tn-2-17-117", "(b)", Verified)}},
			{Kind: "tn-address-check", Section: During, From: 20230424, Cite: []Cite{cite("tn-2-17-117", "(c)", Verified)}},
			{Kind: "tn-tie-judgment", Section: AfterNote, Cite: []Cite{cite("tn-2-17-114", "(b)", Verified)}},
		},
		Contest: &Contest{
			Receiver: Receiver{ID: "tn-chancery-court", Kind: Court, Name: "chancery court of the division where the defendant resides",
				Cite: []Cite{cite("tn-2-17-101", "(a)", Verified)}},
			Cite: []Cite{cite("tn-2-17-101", "", Verified), cite("tn-2-17-117", "(a)", Verified)},
		},
		Cite: []Cite{cite("tn-2-17-117", "", Verified), cite("tn-2-17-101", "", Verified)},
	}},
	Ties: []TieLaw{
		// A tie is a ground for a recount in a contest (§ 2-17-117(a)(1));
		// how a tie without a contest is broken was not read.
		{Kind: TieUnknown, Cite: []Cite{cite("tn-2-17-114", "general tie statutes not read", NotFound)}},
	},
	Holidays: Holidays{
		Cite: []Cite{cite("tn-15-1-101", "not read", NotFound)},
	},
	Sources: []Source{
		{ID: "tn-2-17-117", Kind: Statute, Title: "Tenn. Code Ann. § 2-17-117",
			URL: "https://courtgpt.ai/laws/tennessee/title-2/chapter-17/section-2-17-117", Checked: tnChecked},
		{ID: "tn-2-17-101", Kind: Statute, Title: "Tenn. Code Ann. § 2-17-101",
			URL: "https://statutes.laws.com/tennessee/title-2/chapter-17/2-17-101", Checked: tnChecked},
		{ID: "tn-2-17-103", Kind: Statute, Title: "Tenn. Code Ann. § 2-17-103",
			URL: "https://codes.findlaw.com/tn/title-2-elections/tn-code-sect-2-17-103/", Checked: tnChecked},
		{ID: "tn-2-17-105", Kind: Statute, Title: "Tenn. Code Ann. § 2-17-105", Checked: tnChecked},
		{ID: "tn-2-17-114", Kind: Statute, Title: "Tenn. Code Ann. § 2-17-114",
			URL: "https://lexace.ai/us/statute/tennessee/2-17-114", Checked: tnChecked},
		{ID: "tn-2-8-101", Kind: Statute, Title: "Tenn. Code Ann. § 2-8-101 (2019)",
			URL: "https://law.justia.com/codes/tennessee/2019/title-2/chapter-8/section-2-8-101/", Checked: tnChecked},
		{ID: "tn-15-1-101", Kind: Statute, Title: "Tenn. Code Ann. § 15-1-101", Checked: tnChecked},
		{ID: "vv-tn", Kind: Summary, Title: "Verified Voting, Tennessee recount laws",
			URL: "https://verifiedvoting.org/recountlaw/tennessee", Checked: tnChecked},
	},
}

package states

import (
	"time"

	. "github.com/recount-explainer/recount/rules"
)

// Pennsylvania: 25 P.S. § 3154(g) (Election Code § 1404(g), added by Act 97
// of 2004: the Secretary of the Commonwealth's recount of a statewide race
// within one-half of a percent), 25 P.S. §§ 3261-3263 (the recount a court
// orders on the petition of three voters of an election district; § 3263's
// deadline not read), the Act of June 20, 1883 (P.L. 136, No. 122) on
// computing time, and 44 P.S. § 11 (holidays; not read). Research notes:
// shared/facts/states/PA.md (read 2026-11-22).
//
// § 3154(g)(1)(i), as printed (as existing law) in H.B. 1403 of 2013,
// P.N. 1826 (legis.state.pa.us, read 2026-11-22): the secretary "shall
// order a recount and recanvass to all county boards if the unofficial
// returns" show that "A candidate for a public office which appears on the
// ballot in every election district in this Commonwealth was defeated by
// one-half of a percent or less of the votes cast for the office."
//
// § 3261(a) (Westlaw's Purdon's, effective October 8, 2004, read
// 2026-11-22): the court of common pleas "shall open the ballot box ...
// if three qualified electors of the election district shall file ... a
// petition duly verified by them, alleging that upon information which
// they consider reliable they believe that fraud or error ... was
// committed". (a.1): where the Secretary ordered the recount under
// § 1404(g), the petition goes to Commonwealth Court.
//
// The Act of 1883, § 1 (legis.state.pa.us unconsolidated statutes, read
// 2026-11-22): "whenever the last day of any such period shall fall on
// Saturday or Sunday, or on any day made a legal holiday by the laws of
// this Commonwealth, or of the United States, such day shall be omitted".
// 1 Pa.C.S. § 1908 is reported to say the same; it
// was not read.
//
// Reported only: the five days after the county's computational canvass
// to petition (§ 3263), the $50 deposit for each district, the waiver by
// noon of the second Wednesday, and the automatic recount's calendar
// (Philadelphia Inquirer, May 2022).
func init() { register(&PA) }

const paChecked Date = 20261122

// PA is Pennsylvania's recount law.
var PA = Jurisdiction{
	Code: "PA", Name: "Pennsylvania", Counties: 67, Checked: paChecked,
	Versions: []Version{
		{
			// Before Act 97 of 2004 only the voters' petition existed. Its
			// pre-2004 text was not read: the 2004 text is assumed.
			ID:      "pa-election-code-1937",
			Assumed: paAct97,
			Readings: []Reading{{
				ID:      "pa-election-code-1937",
				Routes:  []Route{paPetition},
				Filings: paFilings,
			}},
			Facts: paPetitionFacts,
			Cite:  []Cite{cite("pa-3261", "(a)", Verified)},
		},
		{
			ID:   "pa-act-97-2004",
			From: paAct97,
			Readings: []Reading{{
				ID: "pa-act-97-2004",
				Routes: []Route{
					{
						Kind:  Automatic,
						Scope: Scope{Area: StatewideArea},
						Tiers: []Tier{{
							Line: Line{Kind: ShareOfOffice, Share: Percent / 2},
							Cost: Cost{Kind: Public, Cite: []Cite{cite("wpxi-2022", "", Reported)}},
							Cite: []Cite{cite("pa-3154g", "(1)(i)", Verified)},
						}},
						Waiver: &Waiver{Cite: []Cite{cite("inquirer-2022", "", Reported), cite("informing-democracy-pa", "", Reported)}},
						// Begun by the third Wednesday after the election and
						// finished by noon of the Tuesday after: day 21 of a
						// Tuesday election.
						Finish: &Deadline{N: 21, Unit: CalendarDays, From: ElectionDay, At: 12 * 60,
							Cite: []Cite{cite("inquirer-2022", "", Reported), cite("lawandcrime-2020", "", Reported)}},
						Cite: []Cite{cite("pa-3154g", "(1)(i)", Verified)},
					},
					paPetition,
				},
				Filings: paFilings,
			}},
			Facts: append(append([]Fact{}, paAutomaticFacts...), paPetitionFacts...),
			Cite:  []Cite{cite("pa-3154g", "", Verified), cite("pa-3261", "", Verified)},
		},
	},
	Ties: []TieLaw{
		{Kind: TieUnknown, Cite: []Cite{cite("pa-3154g", "tie rule not researched", NotFound)}},
	},
	Holidays: Holidays{
		// The computation act omits the legal holidays of the United States
		// too; 44 P.S. § 11 adds these (as summarised by BLR; not read).
		Federal: true,
		Rules: []HolidayRule{
			{Key: "good-friday", Kind: EasterOffset, Days: -2, Cite: []Cite{cite("blr-pa", "44 P.S. § 11", Reported)}},
			{Key: "pa-flag-day", Kind: FixedDate, Month: time.June, Day: 14, Cite: []Cite{cite("blr-pa", "44 P.S. § 11", Reported)}},
			{Key: "election-day", Kind: GeneralElection, EveryYears: 1, Cite: []Cite{cite("blr-pa", "44 P.S. § 11", Reported)}},
		},
		Cite: []Cite{cite("pa-act-1883-122", "§ 1", Verified), cite("blr-pa", "44 P.S. § 11", Reported)},
	},
	Sources: []Source{
		{ID: "pa-3154g", Kind: Statute, Title: "25 P.S. § 3154(g) (Election Code § 1404(g)), as printed in H.B. 1403 of 2013 (P.N. 1826)",
			URL: "https://www.legis.state.pa.us/CFDOCS/Legis/PN/Public/btCheck.cfm?txtType=HTM&sessYr=2013&sessInd=0&billBody=H&billTyp=B&billNbr=1403&pn=1826", Checked: paChecked},
		{ID: "pa-3261", Kind: Statute, Title: "25 P.S. § 3261",
			URL: "https://govt.westlaw.com/pac/Document/NE7780CD0343011DA8A989F4EECDB8638?viewType=FullText&originationContext=documenttoc&transitionType=CategoryPageItem&contextData=(sc.Default)&bhcp=1", Checked: paChecked},
		{ID: "pa-3262", Kind: Statute, Title: "25 P.S. § 3262",
			URL: "https://govt.westlaw.com/pac/Document/NEAFB1910343011DA8A989F4EECDB8638?viewType=FullText&originationContext=documenttoc&transitionType=CategoryPageItem&contextData=(sc.Default)", Checked: paChecked},
		{ID: "pa-3263", Kind: Statute, Title: "25 P.S. § 3263", Checked: paChecked},
		{ID: "pa-act-1883-122", Kind: Statute, Title: "Act of June 20, 1883 (P.L. 136, No. 122), § 1",
			URL: "https://www.legis.state.pa.us/WU01/LI/LI/US/DOC/1883/0/0122..DOC", Checked: paChecked},
		{ID: "blr-pa", Kind: Summary, Title: "BLR, Pennsylvania holidays (44 P.S. § 11)",
			URL: "http://www.blr.com/HR-Employment/Benefits-Leave/Holidays-in-Pennsylvania", Checked: paChecked},
		{ID: "inquirer-2022", Kind: News, Title: "Philadelphia Inquirer, “What to know about Pennsylvania’s election recount rules” (May 18, 2022)",
			URL: "https://www.inquirer.com/politics/election/pennsylvania-recount-primary-election-2022-senate-20220518.html", Checked: paChecked},
		{ID: "lawandcrime-2020", Kind: News, Title: "Law&Crime, “What happens if Pennsylvania heads for a recount” (2020)",
			URL: "https://beta.lawandcrime.com/high-profile/what-happens-if-pennsylvania-heads-for-a-recount/amp", Checked: paChecked},
		{ID: "informing-democracy-pa", Kind: Summary, Title: "Informing Democracy, Pennsylvania recounts",
			URL: "https://informingdemocracy.notion.site/Recounts-38c40215cf7549ac8f4fde6fba72c3e8", Checked: paChecked},
		{ID: "wpxi-2022", Kind: News, Title: "WPXI, “Close races in Pennsylvania prompt recounts: how the process will work” (2022)",
			URL: "https://www.wpxi.com/news/local/close-races-pennsylvania-prompt-recounts-how-process-will-work/FJ6ADA22IVHZFKI6HRRPPTK6FU/", Checked: paChecked},
		{ID: "cumberlink-dos", Kind: News, Title: "The Sentinel (Cumberlink), “Vote recount not automatic in state House races”",
			URL: "https://cumberlink.com/news/local/govt-and-politics/vote-recount-not-automatic-in-state-house-races/article_c399f9c2-ade5-50b5-894e-66d4ee76dc47.html", Checked: paChecked},
		{ID: "ceimn-pa", Kind: Summary, Title: "Citizens for Election Integrity Minnesota, Pennsylvania recount laws (2018)",
			URL: "https://ceimn.org/searchable-databases/recount-database/pennsylvania", Checked: paChecked},
		{ID: "wkbn-2022", Kind: News, Title: "WKBN, on the Oz–McCormick recount (May 2022)",
			URL: "https://www.wkbn.com/news/elections/pa-senate-race-dept-of-state-to-discuss-potential-oz-mccormick-recount/", Checked: paChecked},
		{ID: "northcentralpa-2022", Kind: News, Title: "NorthcentralPA.com, “Recount ordered for GOP Senate race between McCormick and Oz” (May 26, 2022)",
			URL: "https://www.northcentralpa.com/news/recount-ordered-for-gop-senate-race-between-mccormick-and-oz/article_ca7d86b6-dc91-11ec-8e82-c3f5e17dbdae.html", Checked: paChecked},
		{ID: "wfmz-2022", Kind: News, Title: "WFMZ, “Oz win confirmed after recount in Pa. Republican Senate primary” (June 8, 2022)",
			URL: "https://www.wfmz.com/news/area/pennsylvania/oz-win-confirmed-after-recount-in-pa-republican-senate-primary/article_fa72d9de-e777-11ec-b29a-838d15f10906.html", Checked: paChecked},
	},
	Past: []PastRecount{
		// Unofficial returns of May 25 (Oz +902); ordered May 26; the
		// Department of State's recount results of June 8 (Oz +951).
		{Race: "pa-2022-us-senate-r-primary", Election: 20220517, Finished: 20220608, Before: 902, After: 951,
			Cite: []Cite{cite("wkbn-2022", "", Reported), cite("northcentralpa-2022", "", Reported), cite("wfmz-2022", "", Reported)}},
	},
}

// paAct97 is the day Act 97 of 2004 took effect (Westlaw: "Effective:
// October 8, 2004").
const paAct97 Date = 20041008

// paPetition is §§ 3261-3262: three qualified voters of an election
// district petition, alleging fraud or error, with no margin and no
// evidence needed; district by district.
var paPetition = Route{
	Kind: Requested,
	Tiers: []Tier{{
		Line: Line{Kind: AnyMargin},
		Cost: Cost{Kind: Deposit, PerPrecinct: 50, Cite: []Cite{cite("pa-3261", "heading: deposit or bond", Verified), cite("wpxi-2022", "$50", Reported)}},
		Cite: []Cite{cite("pa-3261", "(a)", Verified)},
	}},
	Who:       []Requester{{Kind: Voters, Number: 3, Cite: []Cite{cite("pa-3261", "(a)", Verified), cite("pa-3262", "(a)(1)", Verified)}}},
	InWriting: true,
	Cite:      []Cite{cite("pa-3261", "(a)", Verified), cite("pa-3262", "(a)", Verified)},
}

// paFilings: the court of common pleas of the county, within five days
// after the county's computational canvass (reported); a last day on a
// weekend or holiday is omitted (the Act of 1883).
var paFilings = []Filing{{
	Receiver: Receiver{ID: "pa-court-of-common-pleas", Kind: Court, Name: "Court of Common Pleas of the county",
		Cite: []Cite{cite("pa-3261", "(a)", Verified)}},
	Deadline: Deadline{N: 5, Unit: CalendarDays, From: Canvass, Rolls: true,
		Cite: []Cite{cite("pa-3263", "not read", NotFound), cite("cumberlink-dos", "", Reported), cite("pa-act-1883-122", "§ 1", Verified)}},
}}

var paPetitionFacts = []Fact{
	{Kind: "pa-county-board-petition", Section: Before, Cite: []Cite{cite("informing-democracy-pa", "25 P.S. § 3154(e)", Reported)}},
	{Kind: "pa-three-voters-per-district", Section: Where, When: Requested, Cite: []Cite{cite("pa-3261", "(a)", Verified)}},
	{Kind: "pa-no-evidence-needed", Section: Where, When: Requested, Cite: []Cite{cite("pa-3261", "(a)", Verified)}},
	{Kind: "court-conducts", Section: During, When: Requested, Cite: []Cite{cite("pa-3261", "(a)", Verified)}},
	{Kind: "pa-different-device", Section: During, Cite: []Cite{cite("ceimn-pa", "25 P.S. § 3154(e)(3)", Reported)}},
	{Kind: "pa-deposit-district", Section: CostTime, When: Requested, Numbers: []int64{50}, Cite: []Cite{cite("wpxi-2022", "", Reported)}},
	{Kind: "no-finish-deadline", Section: CostTime, When: Requested, Cite: []Cite{cite("lawandcrime-2020", "", Reported)}},
}

var paAutomaticFacts = []Fact{
	{Kind: "pa-unofficial-returns", Section: Before, When: Automatic, Cite: []Cite{cite("pa-3154g", "(1)", Verified), cite("inquirer-2022", "", Reported)}},
	{Kind: "pa-statewide-only", Section: Before, Scope: Scope{Area: NotStatewide}, Cite: []Cite{cite("pa-3154g", "(1)(i)", Verified), cite("cumberlink-dos", "", Reported)}},
	{Kind: "pa-waiver-second-wednesday", Section: Before, When: Automatic, Cite: []Cite{cite("inquirer-2022", "", Reported)}},
	{Kind: "pa-secretary-orders", Section: Where, When: Automatic, Cite: []Cite{cite("pa-3154g", "(1)", Verified), cite("inquirer-2022", "", Reported)}},
	{Kind: "pa-commonwealth-court", Section: Where, Scope: Scope{Area: StatewideArea}, When: Automatic, Cite: []Cite{cite("pa-3261", "(a.1)", Verified)}},
	{Kind: "pa-automatic-calendar", Section: CostTime, When: Automatic, Cite: []Cite{cite("inquirer-2022", "", Reported)}},
}

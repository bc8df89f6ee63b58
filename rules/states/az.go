package states

import (
	"time"

	. "github.com/recount-explainer/recount/rules"
)

// Arizona: A.R.S. § 16-661 (the automatic recount; SB 1008 of 2022 raised
// its line to one-half of one percent of the two top candidates' votes),
// § 16-662 (certification of the facts to a superior court), §§ 16-663 and
// 16-664 (how the recount is done), § 16-666 (costs), § 16-649 (ties) and
// § 1-301 (holidays). No statute lets a candidate or voter ask for a
// recount; a result is challenged in an election contest. Research notes:
// shared/facts/states/AZ.md (read 2026-11-22).
//
// § 16-661(A) (self-law.org research copy, read 2026-11-22; the same words
// are in SB 1008's fact sheet and in SB 1083 of 2021): "the margin between
// the two candidates receiving the greatest number of votes for a particular
// office ... is less than or equal to one-half of one percent of the number
// of votes cast for both such candidates or on such measures or proposals."
//
// The text before SB 1008, as printed in SB 1083 (2021, legiscan): "is less
// than or equal to the lesser of the following: 1. One-tenth of one per cent
// of the number of votes cast for both such candidates ... 2. Two hundred
// votes in the case of an office to be filled by state electors and for
// which the total number of votes cast is more than twenty-five thousand.
// 3. Fifty votes" (state electors, 25,000 or fewer), fifty votes for a
// member of the legislature and ten votes for an office filled by electors
// of a city, town, county or subdivision.
//
// § 16-662 (casetext copy, current through L. 2024, ch. 259): the Secretary
// of State shall "certify the facts requiring the recount to the superior
// court in Maricopa county" "within twenty-four hours after the last county
// canvass or the last day for county canvasses prescribed by section 16-642,
// whichever is earlier".
func init() { register(&AZ) }

const azChecked Date = 20261122

// AZ is Arizona's recount law.
var AZ = Jurisdiction{
	Code: "AZ", Name: "Arizona", Counties: 15, Checked: azChecked,
	Versions: []Version{
		{
			ID:      "az-tenth-percent",
			Assumed: 20210101, // the old text as printed in SB 1083 (2021); older text not read
			Readings: []Reading{{
				ID: "az-tenth-percent",
				Routes: []Route{
					// "Offices filled by state electors": statewide offices and,
					// as read here, the U.S. House (the statute does not name
					// it; either way the tenth of a percent is compared too).
					azOldAutomatic([]Office{President, USSenate, USHouse, Governor, LtGovernor, Statewide, Federal},
						Line{Kind: ByTotal, Bands: []Band{
							{UpTo: 25000, Line: Line{Kind: FixedVotes, Votes: 50}},
							{Line: Line{Kind: FixedVotes, Votes: 200}},
						}}),
					azOldAutomatic(LegislativeOffices, Line{Kind: FixedVotes, Votes: 50}),
					azOldAutomatic([]Office{County, Municipal, Judicial}, Line{Kind: FixedVotes, Votes: 10}),
				},
			}},
			Facts:   azFacts,
			Contest: &azContest,
			Cite:    []Cite{cite("az-sb1083-2021", "§ 16-661 as then in force", Verified)},
		},
		{
			ID: "az-sb1008-half-percent",
			// Signed the week before May 23, 2022; its effective date was
			// not read (Arizona's general effective date that year fell in
			// September). The November 8, 2022 general election was
			// recounted under it.
			From:       20220516,
			FromUnsure: 20221108,
			Readings: []Reading{{
				ID: "az-sb1008-half-percent",
				Routes: []Route{{
					Kind:  Automatic,
					Scope: Scope{Except: []Office{District}},
					Tiers: []Tier{{
						Line:   Line{Kind: ShareOfTwo, Share: Percent / 2},
						Method: Machine,
						Cost:   Cost{Kind: Public, Cite: []Cite{cite("az-16-666", "", Verified)}},
						Cite:   []Cite{cite("az-16-663", "(B)", Verified)},
					}},
					Cite: []Cite{cite("az-16-661", "(A), (B)", Verified)},
				}},
			}},
			Facts:   azFacts,
			Contest: &azContest,
			Cite:    []Cite{cite("az-sb1008", "", Reported), cite("az-sb1008-fact-sheet", "", Reported), cite("az-senate-2022", "", Reported)},
		},
	},
	Ties: []TieLaw{
		// § 16-649(C) leaves out the state's executive offices; the
		// constitution's rule (the legislature chooses) was not read.
		{Scope: Scope{Offices: []Office{Governor, LtGovernor, Statewide}, Types: []ElectionType{General, Special}}, Kind: Legislature,
			Cite: []Cite{cite("az-16-649", "(C)", Verified), cite("az-const-5-2", "", Reported)}},
		// "the officer or board whose duty it is to declare the result shall
		// determine by lot and in the presence of the candidates which
		// candidate shall be declared elected."
		{Kind: ByLot, Cite: []Cite{cite("az-16-649", "(A)", Verified)}},
	},
	// § 1-301(B)-(C): a holiday on a Sunday is kept the Monday after; New
	// Year's Day, Independence Day, Veterans' Day and Christmas on a Saturday
	// the Friday before. So those four are FridayMonday and every other
	// holiday SundayMonday (a Saturday one stays on the Saturday); only
	// Constitution Commemoration Day, a fixed date, is moved by it, the rest
	// falling on a Monday or a Thursday. Arizona's recount has no request
	// deadline, so no count uses these.
	Holidays: Holidays{
		Rules: []HolidayRule{
			azHoliday("new-year", FixedDate, time.January, 1, 0, 0, FridayMonday),
			azHoliday("mlk", NthWeekday, time.January, 0, time.Monday, 3, SundayMonday),
			azHoliday("az-lincoln-washington", NthWeekday, time.February, 0, time.Monday, 3, SundayMonday),
			azHoliday("memorial", NthWeekday, time.May, 0, time.Monday, -1, SundayMonday),
			azHoliday("independence", FixedDate, time.July, 4, 0, 0, FridayMonday),
			azHoliday("labor", NthWeekday, time.September, 0, time.Monday, 1, SundayMonday),
			azHoliday("az-constitution-commemoration", FixedDate, time.September, 17, 0, 0, SundayMonday),
			azHoliday("columbus", NthWeekday, time.October, 0, time.Monday, 2, SundayMonday),
			azHoliday("veterans", FixedDate, time.November, 11, 0, 0, FridayMonday),
			azHoliday("thanksgiving", NthWeekday, time.November, 0, time.Thursday, 4, SundayMonday),
			azHoliday("christmas", FixedDate, time.December, 25, 0, 0, FridayMonday),
		},
		Cite: []Cite{cite("az-1-301", "text as printed in SB 1235 (2018)", Verified)},
	},
	Sources: []Source{
		{ID: "az-16-661", Kind: Statute, Title: "A.R.S. § 16-661",
			URL: "https://self-law.org/code/az/title-16/16-661", Checked: azChecked},
		{ID: "az-sb1083-2021", Kind: SessionLaw, Title: "Ariz. SB 1083 (2021, not enacted), printing § 16-661 as then in force",
			URL: "https://legiscan.com/AZ/text/SB1083/id/2315326", Checked: azChecked},
		{ID: "az-sb1008", Kind: SessionLaw, Title: "Ariz. SB 1008 (55th Legislature, 2nd Regular Session, 2022)", Checked: azChecked},
		{ID: "az-sb1008-fact-sheet", Kind: Summary, Title: "Arizona State Senate, fact sheet for S.B. 1008 (2022)",
			URL: "https://www.azleg.gov/legtext/55leg/2R/summary/S.1008GOV.DOCX.htm", Checked: azChecked},
		{ID: "az-senate-2022", Kind: News, Title: "Arizona Senate Republicans, on SB 1008 signed into law (May 23, 2022)",
			URL: "https://www.azsenaterepublicans.gov/post/sen-ugenti-rita-s-bill-increasing-voter-confidence-in-election-results-is-signed-into-law", Checked: azChecked},
		{ID: "az-16-662", Kind: Statute, Title: "A.R.S. § 16-662",
			URL: "https://e.casetext.com/statute/arizona-revised-statutes/title-16-elections-and-electors/chapter-4-conduct-of-elections/article-12-recounts/section-16-662-certification-to-superior-court-of-facts-requiring-recount", Checked: azChecked},
		{ID: "az-16-663", Kind: Statute, Title: "A.R.S. § 16-663",
			URL: "https://ebench-dev.greeninfo.org/state/arizona/statute/16-663", Checked: azChecked},
		{ID: "az-16-664", Kind: Statute, Title: "A.R.S. § 16-664",
			URL: "https://self-law.org/code/az/title-16/16-664", Checked: azChecked},
		{ID: "az-16-666", Kind: Statute, Title: "A.R.S. § 16-666",
			URL: "https://law.uslawyerdatabase.com/category/us-law/2022-arizona-revised-statutes/title-16-elections-and-electors/article-12-recounts", Checked: azChecked},
		{ID: "az-16-649", Kind: Statute, Title: "A.R.S. § 16-649",
			URL: "https://print.casetext.com/statute/arizona-revised-statutes/title-16-elections-and-electors/chapter-4-conduct-of-elections/article-11-official-canvass/section-16-649-determination-of-tie-vote-notice-to-candidates-exception", Checked: azChecked},
		{ID: "az-const-5-2", Kind: Statute, Title: "Ariz. Const. art. 5, § 2 (ties for executive offices; named in the research notes, not read)", Checked: azChecked},
		{ID: "az-1-301", Kind: Statute, Title: "A.R.S. § 1-301 (as printed in SB 1235, 2018)",
			URL: "https://www.azleg.gov/legtext/53leg/2r/bills/sb1235p.htm", Checked: azChecked},
		{ID: "informing-democracy", Kind: Summary, Title: "Informing Democracy, Recounts (Arizona)",
			URL: "https://informingdemocracy.notion.site/Recounts-c09e6094ce3e496787a3701a6fa5bf39", Checked: azChecked},
		{ID: "azcapitoltimes-2022", Kind: News, Title: "Arizona Capitol Times, 2022-12-29 (Mayes victorious after recount)",
			URL: "https://azcapitoltimes.com/news/2022/12/29/mayes-victorious-even-after-recount-margin-narrows/", Checked: azChecked},
		{ID: "eacourier-2022", Kind: News, Title: "Eastern Arizona Courier, recount confirms Mayes (December 2022)",
			URL: "https://www.eacourier.com/news/state/recount-confirms-mayes-as-new-attorney-general/article_aa35e2a8-87c3-11ed-974b-bfeb4f23dafb.html", Checked: azChecked},
	},
	Past: []PastRecount{
		// Canvass 2022-12-05: Mayes +511 (the candidates' totals are derived
		// from the recount totals and gains); the court announced the
		// machine recount on 2022-12-29: Mayes +280.
		{Race: "az-2022-attorney-general", Election: 20221108, Finished: 20221229, Before: 511, After: 280,
			Cite: []Cite{cite("azcapitoltimes-2022", "", Reported), cite("eacourier-2022", "", Reported)}},
	},
}

// azOldAutomatic is § 16-661 before SB 1008: the lesser of a tenth of one
// percent of the two top candidates' votes and a number of votes.
func azOldAutomatic(offices []Office, votes Line) Route {
	return Route{
		Kind:  Automatic,
		Scope: Scope{Offices: offices},
		Tiers: []Tier{{
			Line: Line{Kind: Lesser, Of: []Line{
				{Kind: ShareOfTwo, Share: Percent / 10},
				votes,
			}},
			Method: Machine,
			Cost:   Cost{Kind: Public, Cite: []Cite{cite("az-16-666", "", Verified)}},
		}},
		Cite: []Cite{cite("az-sb1083-2021", "§ 16-661(A) as then in force", Verified), cite("az-sb1008-fact-sheet", "Background", Reported)},
	}
}

// azContest: no recount on request; an election contest in superior court
// (§ 16-672 and its deadline were not read).
var azContest = Contest{
	Receiver: Receiver{ID: "court", Kind: Court, Name: "Superior Court",
		Cite: []Cite{cite("informing-democracy", "", Reported)}},
	Cite: []Cite{cite("informing-democracy", "", Reported)},
}

var azStateOffices = []Office{President, USSenate, USHouse, Federal, Governor, LtGovernor, Statewide, StateSenate, StateHouse}

var azFacts = []Fact{
	{Kind: "az-no-request", Section: Before, Cite: []Cite{cite("informing-democracy", "", Reported)}},
	{Kind: "contest-route", Section: Before, Cite: []Cite{cite("informing-democracy", "", Reported)}},
	{Kind: "az-special-districts-excluded", Section: Before, Scope: Scope{Offices: []Office{District}},
		Cite: []Cite{cite("az-16-661", "(B)", Verified)}},
	{Kind: "az-sos-certifies", Section: Where, Scope: Scope{Offices: azStateOffices}, When: Automatic, Numbers: []int64{24},
		Cite: []Cite{cite("az-16-662", "", Verified)}},
	{Kind: "az-sos-certifies", Section: Where, Scope: Scope{Offices: []Office{County, Judicial}, Area: MultiCounty}, When: Automatic, Numbers: []int64{24},
		Cite: []Cite{cite("az-16-662", "", Verified)}},
	{Kind: "az-supervisors-certify", Section: Where, Scope: Scope{Offices: []Office{County, Judicial}, Area: SingleCounty}, When: Automatic,
		Cite: []Cite{cite("az-16-662", "", Verified)}},
	{Kind: "az-council-certifies", Section: Where, Scope: Scope{Offices: []Office{Municipal}}, When: Automatic,
		Cite: []Cite{cite("az-16-662", "", Verified)}},
	{Kind: "machine-retabulation", Section: During, When: Automatic, Cite: []Cite{cite("az-16-663", "(B)", Verified)}},
	{Kind: "az-machines-tested", Section: During, When: Automatic, Numbers: []int64{2}, Cite: []Cite{cite("az-16-664", "(D)", Verified)}},
	{Kind: "sample-hand-count", Section: During, When: Automatic, Numbers: []int64{5},
		Scope: Scope{Offices: azStateOffices}, Cite: []Cite{cite("az-16-664", "", Verified)}},
	{Kind: "az-court-announces", Section: During, When: Automatic, Cite: []Cite{cite("az-sb1008-fact-sheet", "Background, on § 16-665", Reported)}},
	{Kind: "state-pays", Section: CostTime, When: Automatic, Scope: Scope{Offices: []Office{President, USSenate, Governor, LtGovernor, Statewide}},
		Cite: []Cite{cite("az-16-666", "", Verified)}},
	{Kind: "az-local-costs-unread", Section: CostTime, When: Automatic, Scope: Scope{Except: []Office{President, USSenate, Governor, LtGovernor, Statewide}},
		Cite: []Cite{cite("az-16-666", "rest of the sentence cut off", NotFound)}},
	{Kind: "az-two-top-candidates", Section: AfterNote, Cite: []Cite{cite("az-16-661", "(A)", Verified)}},
	{Kind: "az-multi-seat-unclear", Section: AfterNote, Scope: Scope{Offices: []Office{StateHouse}}, Cite: []Cite{cite("az-16-661", "(A)", Verified)}},
}

func azHoliday(key string, kind HolidayKind, m time.Month, day int, wd time.Weekday, nth int, observed Observance) HolidayRule {
	return HolidayRule{Key: key, Kind: kind, Month: m, Day: day, Weekday: wd, Nth: nth, Observed: observed,
		Cite: []Cite{cite("az-1-301", "(A)-(C)", Verified)}}
}

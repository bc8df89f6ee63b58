package states

import (
	"time"

	. "github.com/recount-explainer/recount/rules"
)

// Wisconsin: Wis. Stat. § 9.01 (recount on petition: who may ask, the free
// tier, the deadline, the procedure, appeal), § 5.01(4) (ties by lot),
// § 230.35(4)(a) (the days state offices close). Research notes:
// shared/facts/states/WI.md (2026-11-22).
//
// Read in the statute text on 2026-11-22 (docs.legis.wisconsin.gov,
// official):
//
//   - § 9.01(1)(a)1.: "Any candidate voted for at any election who is an
//     aggrieved party, as determined under subd. 5. … may petition for a
//     recount"; "not later than 5 p.m. on the 3rd business day following
//     the last meeting day of the municipal or county board of canvassers";
//     where the commission chairperson determines the office, "not later
//     than 5 p.m. on the 3rd business day following the day on which the
//     commission receives the last statement from a county board of
//     canvassers". The copy breaks off at the presidential rule.
//   - § 9.01(1)(b)11. (2007 and 2011 texts): "All steps of the recount
//     shall be performed publicly."
//   - § 9.01(6)(a) (2001 text): appeal to circuit court "Within 5 business
//     days after completion of the recount determination".
//   - § 9.01(1)(ar)3. (1995 text): returns "in no case later than 13 days
//     from the date of the order".
//
// The research read 2015 Wis. Act 36 (the free tier: "less than 10 if
// 4,000 or fewer votes are cast or not more than 0.25 percent of the total
// votes cast for the office … if more than 4,000 votes are cast"; before
// it, 1,000 votes and 0.5%).
//
// The "aggrieved party" of subd. 5. (2017 Wisconsin Act 120), read on
// 2026-11-23:
//
//   - Wisconsin Elections Commission, clerk communication "2017 Wisconsin
//     Act 120 – Recount Legislation" (Michael Haas, Staff Counsel;
//     elections.wi.gov/node/5459, undated): "On December 1, 2017, 2017
//     Wisconsin Act 120 (“Act 120”) was enacted"; "only a candidate
//     considered an “aggrieved party” may file a petition for a recount. An
//     “aggrieved party” means any of the following: 1) for an election at
//     which 4,000 or fewer votes are cast for the office that the candidate
//     seeks, a candidate who trails the leading candidate by no more than 40
//     votes, or 2) for an election at which more than 4,000 votes are cast
//     for the office that the candidate seeks, a candidate who trails the
//     leading candidate by no more than 1 percent of the total votes cast
//     for that office."
//   - 2017 Assembly Bill 153 as introduced (docs.legis.wisconsin.gov, LRB
//     analysis): the same two lines, "after the official canvass", and
//     "Under current law, and under the bill, if the difference … is more
//     than 0.25 percent of the total votes cast for the office …, the
//     petitioner must pay a fee equal to the actual cost of performing the
//     recount." The governor signed AB 153 (news); the enrolled text and
//     the act's page were not reached.
//   - 2019 Wisconsin Act 182 (published March 4, 2020) still points to "an
//     aggrieved party, as defined in s. 9.01 (1) (a) 5.", and § 9.01(1)(a)1.
//     today says "an aggrieved party, as determined under subd. 5."
//
// So the line is: the gap to the leader is at most 40 votes (4,000 or
// fewer votes for the office) or at most 1% of all votes for the office
// (more than 4,000). Subd. 5.'s own words were not reached. The act's
// publication date was not read; an act takes effect "on the day after its
// date of publication" (§ 991.11, as the act pages quote it), so no
// earlier than December 2, 2017. (News says the governor signed it
// "Thursday", November 30; the Commission says it was enacted December 1.)
func init() { register(&WI) }

const wiChecked Date = 20261122

// WI is Wisconsin's recount law.
var WI = Jurisdiction{
	Code: "WI", Name: "Wisconsin", Counties: 72, Checked: wiChecked,
	Versions: []Version{
		{
			ID: "wi-before-2015",
			// Read only as the words 2015 Act 36 struck out.
			Assumed: 20150101,
			Readings: []Reading{{
				ID: "wi-before-2015",
				Routes: []Route{wiRoute(AnyCandidate, cite("wrn-2017", "before the 2017 law", Reported),
					wiFree(1000, Percent/2, cite("wi-act-36-2015", "struck text", Reported)),
					wiPaid(Line{Kind: AnyMargin}, []Cite{cite("verifiedvoting-wi", "", Reported)}, cite("wi-act-36-2015", "struck text", Reported)))},
				Filings: wiFilings,
			}},
			Facts: append(append([]Fact{}, wiFacts...),
				Fact{Kind: "wi-ward-fee-before-2015", Section: CostTime, When: Requested, Numbers: []int64{5, 2},
					Cite: []Cite{cite("wi-act-36-2015", "struck text", Reported)}}),
			Cite: []Cite{cite("wi-act-36-2015", "struck text", Reported)},
		},
		{
			ID: "wi-act-36-2015",
			// Published July 2, 2015; in force the day after (the usual rule,
			// not read). The February 16, 2016 primary was certainly under it.
			From:       20150703,
			FromUnsure: 20160216,
			Readings: []Reading{{
				ID: "wi-act-36-2015",
				// "Previously, any candidate voted for at any election … could
				// petition for a recount" (the Commission's Act 120 notice).
				Routes: []Route{wiRoute(AnyCandidate, cite("wi-wec-act-120", "previously", Verified),
					wiFree(4000, Percent/4, cite("wi-act-36-2015", "§ 9.01(1)(ag)1.", Verified)),
					wiPaid(Line{Kind: AnyMargin}, []Cite{cite("wi-ab153-2017", "LRB analysis", Reported)}, cite("wi-9-01", "(1)(a)1.", Verified)))},
				Filings: wiFilings,
			}},
			Facts: wiFacts,
			Cite:  []Cite{cite("wi-act-36-2015", "", Verified)},
		},
		{
			ID: "wi-aggrieved-2017",
			// Enacted December 1, 2017 (the Commission's notice), so in force
			// from December 2 at the earliest; the January 16, 2018 special
			// elections were certainly under it.
			From:       20171202,
			FromUnsure: 20180116,
			Readings: []Reading{{
				ID: "wi-aggrieved-2017",
				// "a candidate who trails the leading candidate by no more than
				// 40 votes" (4,000 or fewer votes for the office) or "by no
				// more than 1 percent of the total votes cast for that office"
				// (more than 4,000): both "no more than", so at the line may
				// ask.
				Routes: []Route{wiRoute(LosingCandidate, cite("wi-wec-act-120", "aggrieved party", Verified),
					wiFree(4000, Percent/4, cite("wi-act-36-2015", "§ 9.01(1)(ag)1.", Verified)),
					wiPaid(Line{Kind: ByTotal, Bands: []Band{
						{UpTo: 4000, Line: Line{Kind: FixedVotes, Votes: 40}},
						{Line: Line{Kind: ShareOfOffice, Share: Percent}},
					}}, []Cite{cite("wi-ab153-2017", "LRB analysis", Reported)},
						cite("wi-wec-act-120", "aggrieved party", Verified), cite("wi-9-01", "(1)(a)1.", Verified)))},
				Filings: wiFilings,
			}},
			Facts: append(append([]Fact{}, wiFacts...),
				Fact{Kind: "wi-aggrieved-party", Section: Before, Numbers: []int64{1, 40, 4000},
					Cite: []Cite{cite("wi-wec-act-120", "aggrieved party", Verified), cite("wi-act-182-2019", "§ 7.53(4)", Verified)}}),
			Cite: []Cite{cite("wi-wec-act-120", "", Verified), cite("seehafer-2017", "", Reported), cite("jsonline-2018", "", Reported)},
		},
	},
	Ties: []TieLaw{
		{Kind: ByLot, Cite: []Cite{cite("wi-5-01", "(4)(a)-(c)", Verified)}},
	},
	Holidays: Holidays{
		// The nine days state offices close (§ 230.35(4)(a), as the UW
		// Oshkosh policy quotes it). January 1, July 4 and December 25 on a
		// Sunday are kept Monday (SundayMonday); a Saturday holiday is not
		// moved (employees take another day), and the other days are not
		// moved at all. Which holidays the election law's "business day"
		// skips was not read.
		Rules: []HolidayRule{
			wiHoliday("new-year", FixedDate, time.January, 1, 0, 0, SundayMonday),
			wiHoliday("mlk", NthWeekday, time.January, 0, time.Monday, 3, Unmoved),
			wiHoliday("memorial", NthWeekday, time.May, 0, time.Monday, -1, Unmoved),
			wiHoliday("independence", FixedDate, time.July, 4, 0, 0, SundayMonday),
			wiHoliday("labor", NthWeekday, time.September, 0, time.Monday, 1, Unmoved),
			wiHoliday("thanksgiving", NthWeekday, time.November, 0, time.Thursday, 4, Unmoved),
			wiHoliday("christmas-eve", FixedDate, time.December, 24, 0, 0, Unmoved),
			wiHoliday("christmas", FixedDate, time.December, 25, 0, 0, SundayMonday),
			wiHoliday("wi-new-years-eve", FixedDate, time.December, 31, 0, 0, Unmoved),
		},
		Cite: []Cite{cite("wi-230-35", "(4)(a)", Reported), cite("wi-sb113-2017", "analysis", Verified)},
	},
	Sources: []Source{
		{ID: "wi-9-01", Kind: Statute, Title: "Wis. Stat. § 9.01",
			URL: "https://docs.legis.wisconsin.gov/document/statutes/9.01(1)(ar)2.", Checked: wiChecked},
		{ID: "wi-9-01-2011", Kind: Statute, Title: "Wis. Stat. § 9.01 (2011 text)",
			URL: "https://docs.legis.wisconsin.gov/document/statutes/2011/9.01(9)(c)", Checked: wiChecked},
		{ID: "wi-9-01-2001", Kind: Statute, Title: "Wis. Stat. § 9.01 (2001 text)",
			URL: "https://docs.legis.wisconsin.gov/document/statutes/2001/9.10(1)(c)1.", Checked: wiChecked},
		{ID: "wi-9-01-1995", Kind: Statute, Title: "Wis. Stat. § 9.01 (1995 text)",
			URL: "https://docs.legis.wisconsin.gov/document/statutes/1995/9.01(8)", Checked: wiChecked},
		{ID: "wi-act-36-2015", Kind: SessionLaw, Title: "2015 Wisconsin Act 36",
			URL: "https://docs.legis.wisconsin.gov/document/acts/2015/36,1", Checked: wiChecked},
		{ID: "wi-5-01", Kind: Statute, Title: "Wis. Stat. § 5.01(4) (2005 text)",
			URL: "https://docs.legis.wisconsin.gov/document/statutes/2005/5.02(4m)", Checked: wiChecked},
		{ID: "wi-230-35", Kind: Statute, Title: "Wis. Stat. § 230.35(4)(a), as quoted by the University of Wisconsin Oshkosh holiday policy",
			URL: "https://www.uwosh.edu/policy/faculty-and-academic-staff-holidays/", Checked: wiChecked},
		{ID: "wi-sb113-2017", Kind: SessionLaw, Title: "2017 Wisconsin Senate Bill 113, Legislative Reference Bureau analysis",
			URL: "https://docs.legis.wisconsin.gov/2017/related/proposals/sb113/1", Checked: wiChecked},
		{ID: "wi-wec-act-120", Kind: OfficialGuide, Title: "Wisconsin Elections Commission, 2017 Wisconsin Act 120 – Recount Legislation (clerk communication, undated)",
			URL: "https://elections.wi.gov/node/5459", Checked: 20261123},
		{ID: "wi-ab153-2017", Kind: SessionLaw, Title: "2017 Wisconsin Assembly Bill 153 as introduced, Legislative Reference Bureau analysis",
			URL: "http://docs.legis.wisconsin.gov/2017/related/proposals/ab153", Checked: 20261123},
		{ID: "wi-act-182-2019", Kind: SessionLaw, Title: "2019 Wisconsin Act 182 (the Legislature's preview site)",
			URL: "https://docs-preview.legis.wisconsin.gov/2019/related/acts/182", Checked: 20261123},
		{ID: "informingdemocracy-wi", Kind: Summary, Title: "Informing Democracy, Wisconsin recounts (summarizing the Elections Commission's Recount Manual)",
			URL: "https://informingdemocracy.notion.site/Recounts-b43948fa2b45446cb245322012fae360", Checked: wiChecked},
		{ID: "verifiedvoting-wi", Kind: Summary, Title: "Verified Voting, Wisconsin recount laws",
			URL: "https://verifiedvoting.org/recountlaw/wisconsin", Checked: wiChecked},
		{ID: "wrn-2017", Kind: News, Title: "Wisconsin Radio Network, November 2017 (Senate votes to limit recounts)",
			URL: "https://www.wrn.com/wisconsin-senate-votes-to-limit-election-recounts/", Checked: wiChecked},
		{ID: "seehafer-2017", Kind: News, Title: "Seehafer News, 2017-12-04 (Governor signs recount law)",
			URL: "https://seehafernews.com/2017/12/04/governor-signs-law-making-it-harder-to-request-election-recount/", Checked: wiChecked},
		{ID: "jsonline-2018", Kind: News, Title: "Milwaukee Journal Sentinel, 2018-11-07 (the tightened recount law)",
			URL: "https://www.jsonline.com/story/news/politics/elections/2018/11/07/wisconsin-elections-republicans-tightened-recount-law-2016/1918417002/", Checked: wiChecked},
		{ID: "news-wi-2016", Kind: News, Title: "Heavy.com and Wisconsin State Journal, December 2016 (presidential recount)",
			URL: "https://madison.com/wsj/news/local/govt-and-politics/completed-wisconsin-recount-widens-donald-trump-s-lead-by-votes/article_3f61c6ac-5b18-5c27-bf38-e537146bbcdd.html", Checked: wiChecked},
		{ID: "news-wi-2020", Kind: News, Title: "TMJ4 and CBS News, November 2020 (canvass and partial recount)",
			URL: "https://cbsnews.com/news/wisconsin-election-recount-certified-biden", Checked: wiChecked},
	},
	Past: []PastRecount{
		// Original canvass Trump +22,617; recount (asked and paid for by Jill
		// Stein) +22,748, certified December 12, 2016.
		{Race: "wi-2016-president", Election: 20161108, Finished: 20161212,
			Before: 22617, After: 22748, Cite: []Cite{cite("news-wi-2016", "", Reported)}},
		// Canvass Biden +20,608 (the Commission is quoted at 20,612); after
		// the Milwaukee and Dane recount +20,682 (AP: 20,695); certified
		// November 30, 2020.
		{Race: "wi-2020-president", Election: 20201103, Finished: 20201130,
			Before: 20608, After: 20682, Cite: []Cite{cite("news-wi-2020", "", Reported)}},
	},
}

// wiRoute is § 9.01(1)(a)1.'s petition: who may ask, a free tier and a
// paid one.
func wiRoute(who RequesterKind, whoCite Cite, free, paid Tier) Route {
	return Route{
		Kind:      Requested,
		Tiers:     []Tier{free, paid},
		Who:       []Requester{{Kind: who, Cite: []Cite{whoCite}}},
		InWriting: true,
		Cite:      []Cite{cite("wi-9-01", "(1)(a)1.", Verified)},
	}
}

// wiFree is the free tier: "less than 10" votes in a race of up to `upTo`
// votes, "not more than" share of the votes for the office above it.
func wiFree(upTo int64, share Share, c Cite) Tier {
	return Tier{
		Line: Line{Kind: ByTotal, Bands: []Band{
			{UpTo: upTo, Line: Line{Kind: FixedVotes, Votes: 10, Strict: true}},
			{Line: Line{Kind: ShareOfOffice, Share: share}},
		}},
		Method: Machine,
		Cost:   Cost{Kind: Public, Cite: []Cite{c}},
		Cite:   []Cite{c},
	}
}

// wiPaid is the tier where the petitioner pays the cost: "the petitioner
// must pay a fee equal to the actual cost of performing the recount" (the
// LRB's analysis of 2017 AB 153, of the law then and after).
func wiPaid(line Line, cost []Cite, cites ...Cite) Tier {
	return Tier{
		Line:   line,
		Method: Machine,
		Cost:   Cost{Kind: RequesterPays, Cite: cost},
		Cite:   cites,
	}
}

var (
	wiCommission = Receiver{ID: "wi-elections-commission", Kind: StateBoard, Name: "Wisconsin Elections Commission", Directs: true,
		Cite: []Cite{cite("wi-9-01", "(1)(a)1.", Verified), cite("informingdemocracy-wi", "", Reported)}}
	wiThreeDays = Deadline{N: 3, Unit: BusinessDays, From: Canvass, At: 17 * 60,
		Cite: []Cite{cite("wi-9-01", "(1)(a)1.", Verified)}}
)

// wiFilings: a presidential petition by 5 p.m. on the first business day
// after the Commission receives the last county statement (the copy breaks
// off there: reported); other federal and state offices to the Commission,
// county offices to the county clerk, local ones to the municipal clerk, by
// 5 p.m. on the third business day after the (last) canvass.
var wiFilings = []Filing{
	{
		Scope:    Scope{Offices: []Office{President}},
		Receiver: wiCommission,
		Deadline: Deadline{N: 1, Unit: BusinessDays, From: Canvass, At: 17 * 60,
			Cite: []Cite{cite("informingdemocracy-wi", "", Reported)}},
	},
	{Scope: Scope{Offices: append(append([]Office{}, FederalOffices...), StateOffices...)}, Receiver: wiCommission, Deadline: wiThreeDays},
	{
		Scope: Scope{Offices: []Office{County}},
		Receiver: Receiver{ID: "county-official", Kind: CountyOfficial, Name: "County clerk",
			Cite: []Cite{cite("informingdemocracy-wi", "", Reported)}},
		Deadline: wiThreeDays,
	},
	{
		Receiver: Receiver{ID: "local-official", Kind: LocalOfficial, Name: "Municipal clerk",
			Cite: []Cite{cite("informingdemocracy-wi", "", Reported)}},
		Deadline: wiThreeDays,
	},
}

var wiStateFederal = Scope{Offices: append(append([]Office{}, FederalOffices...), StateOffices...)}

var wiFacts = []Fact{
	{Kind: "wi-no-automatic", Section: Before, Cite: []Cite{cite("informingdemocracy-wi", "", Reported), cite("verifiedvoting-wi", "", Reported)}},
	{Kind: "wi-after-canvass", Section: Where, Cite: []Cite{cite("wi-9-01", "(1)(a)1.", Verified)}},
	{Kind: "wi-board-before-2016", Section: Where, Scope: wiStateFederal, Until: 20160701,
		Cite: []Cite{cite("wi-9-01-1995", "(1)(ar)3.", Verified)}},
	{Kind: "board-conducts", Section: During, Cite: []Cite{cite("informingdemocracy-wi", "", Reported)}},
	{Kind: "wi-machine-default", Section: During, Cite: []Cite{cite("verifiedvoting-wi", "§ 5.90", Reported)}},
	{Kind: "public-view", Section: Watch, Cite: []Cite{cite("wi-9-01-2011", "(1)(b)11.", Verified)}},
	{Kind: "wi-fee-estimate", Section: CostTime, When: Requested, Cite: []Cite{cite("verifiedvoting-wi", "", Reported)}},
	{Kind: "finish-within", Section: CostTime, Scope: wiStateFederal, Numbers: []int64{13},
		Cite: []Cite{cite("wi-9-01-1995", "(1)(ar)3.", Verified), cite("verifiedvoting-wi", "", Reported)}},
	{Kind: "wi-appeal", Section: AfterNote, Numbers: []int64{5}, Cite: []Cite{cite("wi-9-01-2001", "(6)(a)", Verified)}},
}

func wiHoliday(key string, kind HolidayKind, m time.Month, day int, wd time.Weekday, nth int, observed Observance) HolidayRule {
	return HolidayRule{Key: key, Kind: kind, Month: m, Day: day, Weekday: wd, Nth: nth, Observed: observed,
		Cite: []Cite{cite("wi-230-35", "(4)(a)", Reported)}}
}

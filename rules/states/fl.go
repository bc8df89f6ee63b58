package states

import (
	"time"

	. "github.com/recount-explainer/recount/rules"
)

// Florida: Fla. Stat. § 102.141(7) (the machine recount at one-half of a
// percent; read in a 2016 copy), § 102.166 (the manual recount of
// overvotes and undervotes at one-quarter of a percent), § 102.168
// (contests; not read), § 100.181 (ties), § 683.01 (legal holidays). No
// candidate may ask for a recount today; in 2000 a candidate could ask the
// county canvassing board for a manual recount ("protest"). Research
// notes: shared/facts/states/FL.md (read 2026-11-22).
//
// § 102.166(1), instalawyer and legalfix (2019) copies, read 2026-11-22:
// "If the second set of unofficial returns pursuant to s. 102.141 indicates
// that a candidate for any office was defeated or eliminated by one-quarter
// of a percent or less of the votes cast for such office ... a manual
// recount of the overvotes and undervotes cast in the entire geographic
// jurisdiction ... shall be ordered unless: (a) The candidate or candidates
// defeated or eliminated ... request in writing that a recount not be made;
// or (b) The number of overvotes and undervotes is fewer than the number of
// votes needed to change the outcome". "The Secretary of State is
// responsible for ordering a manual recount for federal, state, and
// multicounty races."
//
// § 102.141(7), as printed from the Legislature's Online Sunshine site in
// an Indian River County Board of County Commissioners agenda packet
// (document created 2016-03-23; its page 46 read 2026-11-23; the
// subsection's first words are on page 45, not read): "… not retained by
// one-half of a percent or less of the votes cast on the question of
// retention, or that a measure appearing on the ballot was approved or
// rejected by one-half of a percent or less of the votes cast on such
// measure, a recount shall be ordered of the votes cast with respect to
// such office or measure. The Secretary of State is responsible for
// ordering recounts in federal, state, and multicounty races. The county
// canvassing board or the local board responsible for certifying the
// election is responsible for ordering recounts in all other races. A
// recount need not be ordered with respect to the returns for any office,
// however, if the candidate or candidates defeated or eliminated from
// contention for such office by one-half of a percent or less of the votes
// cast for such office request in writing that a recount not be made."
// "(a) Each canvassing board responsible for conducting a recount shall put
// each marksense ballot through automatic tabulating equipment". So the
// line is "one-half of a percent or less" (≤ 0.5%) of "the votes cast for
// such office", for any office ("defeated or eliminated from contention"
// covers primaries), ordered by the Secretary of State or the local board
// and waivable in writing by the candidates within it. The current official page
// (leg.state.fl.us) was found but its subsection (7) was not reached, and
// the 2016 copy's page with the deadline for the second set of returns
// was not read: the 3 p.m. ninth-day finish and who pays rest on Verified
// Voting and 2018 news.
func init() { register(&FL) }

const flChecked Date = 20261122

// FL is Florida's recount law.
var FL = Jurisdiction{
	Code: "FL", Name: "Florida", Counties: 67, Checked: flChecked,
	Versions: []Version{
		{
			// The 2000 law, as a forum post copied § 102.166(4)–(7) in
			// November 2000: a candidate, a political committee or a party
			// could ask the county canvassing board for a manual recount,
			// "prior to the time the canvassing board certifies the results
			// ... or within 72 hours after midnight of the date the election
			// was held, whichever occurs later."
			ID:      "fl-2000-protest",
			Assumed: 20001107,
			Readings: []Reading{{
				ID: "fl-2000-protest",
				Routes: []Route{
					flMachine(false),
					{
						Kind: Requested,
						Tiers: []Tier{{
							Line:   Line{Kind: AnyMargin},
							Method: Hand,
						}},
						Who: []Requester{
							{Kind: AnyCandidate, Cite: []Cite{cite("fl-102-166-2000", "(4)(a)", Reported)}},
							{Kind: PartyOfficer, Cite: []Cite{cite("fl-102-166-2000", "(4)(a)", Reported)}},
						},
						InWriting: true,
						Cite:      []Cite{cite("fl-102-166-2000", "(4)", Reported)},
					},
				},
				Filings: []Filing{{
					Receiver: Receiver{ID: "county-board", Kind: CountyBoard, Name: "county canvassing board",
						Cite: []Cite{cite("fl-102-166-2000", "(4)(a)", Reported)}},
					// "within 72 hours after midnight of the date the election
					// was held" (or before certification, if later).
					Deadline: Deadline{N: 72, Unit: Hours, From: ElectionDay,
						Cite: []Cite{cite("fl-102-166-2000", "(4)(b)", Reported)}},
				}},
			}},
			Facts: flFacts2000,
			Cite:  []Cite{cite("fl-102-166-2000", "", Reported)},
		},
		{
			// When the protest recount ended is not on file: the 2007
			// statutes (read) have the automatic manual recount and no
			// request; the acts between (ch. 2005-277 among them) were not
			// read. Elections from 2001 through 2007 show both versions.
			ID:         "fl-quarter-manual",
			From:       20010101,
			FromUnsure: 20080101,
			Readings: []Reading{{
				ID:     "fl-quarter-manual",
				Routes: []Route{flAutomatic()},
				// Who orders the recount (§ 102.166(1)).
				Filings: []Filing{
					{
						Scope:    Scope{Offices: append(append([]Office{}, FederalOffices...), StateOffices...)},
						Receiver: flSecretary,
					},
					{Scope: Scope{Area: MultiCounty}, Receiver: flSecretary},
					{
						Receiver: Receiver{ID: "county-board", Kind: CountyBoard, Name: "county canvassing board",
							Cite: []Cite{cite("fl-102-166", "(1)", Verified)}},
					},
				},
			}},
			Facts: flFacts,
			// No requested recount: a candidate's route is a contest in the
			// circuit court (§ 102.168, not read).
			Contest: &Contest{
				Receiver: Receiver{ID: "court", Kind: Court, Name: "circuit court",
					Cite: []Cite{cite("wlrn-2018", "", Reported)}},
				Cite: []Cite{cite("wlrn-2018", "", Reported), cite("vv-fl", "", Reported)},
			},
			Cite: []Cite{cite("fl-102-166", "(1)", Verified), cite("fl-102-166-2007", "(1)", Verified), cite("fl-102-141", "(7)", Verified)},
		},
	},
	// § 100.181, as quoted in the news: "such persons shall draw lots to
	// determine who shall be elected to the office."
	Ties: []TieLaw{{Kind: ByLot, Cite: []Cite{cite("fl-100-181", "", Reported)}}},
	Holidays: Holidays{
		// § 683.01 (official site, history to ch. 2024-83, read
		// 2026-11-22). "(2) Whenever any legal holiday shall fall upon a
		// Sunday, the Monday next following shall be deemed a public
		// holiday": the statute moves Sunday holidays only, so every legal
		// holiday below is kept the Monday after a Sunday and on a Saturday
		// where it falls (SundayMonday). State offices close on fewer days
		// (§ 110.117, not read); no Florida deadline counts business days.
		Rules: []HolidayRule{
			flHoliday("new-year", FixedDate, time.January, 1, 0, 0),
			flHoliday("mlk", FixedDate, time.January, 15, 0, 0),
			flHoliday("lee", FixedDate, time.January, 19, 0, 0),
			flHoliday("lincoln", FixedDate, time.February, 12, 0, 0),
			flHoliday("fl-susan-b-anthony", FixedDate, time.February, 15, 0, 0),
			flHoliday("washington", NthWeekday, time.February, 0, time.Monday, 3),
			// Added by ch. 2024-83 (not in the 2012 copy).
			{Key: "fl-tuskegee-airmen", Kind: NthWeekday, Month: time.March, Weekday: time.Thursday, Nth: 4, From: 2024, Observed: SundayMonday,
				Cite: []Cite{cite("fl-683-01", "(1)(h)", Verified)}},
			{Key: "good-friday", Kind: EasterOffset, Days: -2, Observed: SundayMonday, Cite: []Cite{cite("fl-683-01", "(1)(i)", Verified)}},
			flHoliday("fl-pascua-florida", FixedDate, time.April, 2, 0, 0),
			flHoliday("confederate-memorial", FixedDate, time.April, 26, 0, 0),
			flHoliday("memorial", NthWeekday, time.May, 0, time.Monday, -1),
			flHoliday("fl-jefferson-davis", FixedDate, time.June, 3, 0, 0),
			flHoliday("fl-flag-day", FixedDate, time.June, 14, 0, 0),
			flHoliday("independence", FixedDate, time.July, 4, 0, 0),
			flHoliday("labor", NthWeekday, time.September, 0, time.Monday, 1),
			flHoliday("columbus", NthWeekday, time.October, 0, time.Monday, 2),
			flHoliday("veterans", FixedDate, time.November, 11, 0, 0),
			{Key: "election-day", Kind: GeneralElection, EveryYears: 2, Observed: SundayMonday, Cite: []Cite{cite("fl-683-01", "(1)(s)", Verified)}},
			flHoliday("thanksgiving", NthWeekday, time.November, 0, time.Thursday, 4),
			flHoliday("christmas", FixedDate, time.December, 25, 0, 0),
			// "in counties where carnival associations are organized"
			{Key: "fl-shrove-tuesday", Kind: EasterOffset, Days: -47, Possible: true, Observed: SundayMonday,
				Cite: []Cite{cite("fl-683-01", "(1)(v)", Verified)}},
		},
		Cite: []Cite{cite("fl-683-01", "", Verified)},
	},
	Sources: []Source{
		{ID: "fl-102-141", Kind: Statute, Title: "Fla. Stat. § 102.141 (2016 text, as printed in an Indian River County commission agenda packet)",
			URL: "http://ircdocs.indian-river.org/WebLink/0/doc/223295/Page46.aspx", Checked: 20261123},
		{ID: "fl-102-166", Kind: Statute, Title: "Fla. Stat. § 102.166",
			URL: "https://instalawyer.io/laws/florida-statutes/102166-manual-recounts-of", Checked: flChecked},
		{ID: "fl-102-166-2007", Kind: Statute, Title: "Fla. Stat. § 102.166 (2007)",
			URL: "https://flsenate.gov/laws/statutes/2007/102.166", Checked: flChecked},
		{ID: "fl-102-166-2000", Kind: Statute, Title: "Fla. Stat. § 102.166 (2000), as copied in a forum post",
			URL: "https://dbinfosource.com/message/81571", Checked: flChecked},
		{ID: "fl-2005-277", Kind: SessionLaw, Title: "Laws of Fla. ch. 2005-277, as excerpted in a forum post",
			URL: "https://du4.democraticunderground.com/discuss/duboard.php?address=203x422380&az=view_all", Checked: flChecked},
		{ID: "fl-100-181", Kind: Statute, Title: "Fla. Stat. § 100.181, as quoted by the Crestview News Bulletin",
			URL: "https://crestviewbulletin.com/game-of-chance", Checked: flChecked},
		{ID: "fl-683-01", Kind: Statute, Title: "Fla. Stat. § 683.01",
			URL: "http://www.leg.state.fl.us/Statutes/index.cfm?App_mode=Display_Statute&URL=0600-0699/0683/0683.html", Checked: flChecked},
		{ID: "vv-fl", Kind: Summary, Title: "Verified Voting, Florida recount law",
			URL: "https://verifiedvoting.org/recountlaw/florida", Checked: flChecked},
		{ID: "wlrn-2018", Kind: News, Title: "WLRN, November 2018 (the Saturday deadline for unofficial results)",
			URL: "http://wlrn.org/post/saturday-deadline-unofficial-election-results", Checked: flChecked},
		{ID: "politico-2018", Kind: News, Title: "Politico, 2018-11-10 (Florida begins machine recount in three statewide races)",
			URL: "https://www.politico.com/states/florida/story/2018/11/10/florida-officially-begins-machine-recount-in-three-statewide-races-8907663", Checked: flChecked},
		{ID: "greenpapers-2000", Kind: News, Title: "The Green Papers, 2000-11-08 (Florida election-night count)",
			URL: "https://www.thegreenpapers.com/News/20001108-0.html", Checked: flChecked},
		{ID: "ap-2000-machine-recount", Kind: News, Title: "Associated Press, 2000-11-11 (the machine recount narrows Bush's lead to 327)",
			URL: "http://lubbockonline.com/stories/111100/nat_111100052.shtml", Checked: flChecked},
	},
	Past: []PastRecount{
		// The automatic machine recount: 1,784 on election night (the Green
		// Papers print 1,785), 327 in AP's count of November 10 with one
		// county short. The certified margin, after overseas ballots and
		// requested hand recounts, was 537.
		{Race: "fl-2000-president", Election: 20001107, Started: 20001108, Finished: 20001110,
			Before: 1784, After: 327, Cite: []Cite{cite("greenpapers-2000", "", Reported), cite("ap-2000-machine-recount", "", Reported)}},
	},
}

// flMachine is the automatic machine recount at "one-half of a percent or
// less of the votes cast for such office", waivable in writing by the
// candidates within it. Today's is § 102.141(7) (read in the 2016 copy);
// the 2000 law's (then § 102.141(4)) was not read, so for 2000 it rests on
// Verified Voting and the 2000 news.
func flMachine(read bool) Route {
	line := []Cite{cite("fl-102-141", "(7)", Verified)}
	route := []Cite{cite("fl-102-141", "(7)", Verified), cite("vv-fl", "", Reported), cite("wlrn-2018", "", Reported)}
	if !read {
		line = []Cite{cite("vv-fl", "", Reported), cite("ap-2000-machine-recount", "", Reported)}
		route = line
	}
	return Route{
		Kind: Automatic,
		Tiers: []Tier{{
			Line:   Line{Kind: ShareOfOffice, Share: Percent / 2},
			Method: Machine,
			Cost:   Cost{Kind: Public, Cite: []Cite{cite("vv-fl", "", Reported)}},
			Cite:   line,
		}},
		Waiver: &Waiver{Cite: line},
		Cite:   route,
	}
}

// flAutomatic is today's two stages, narrowest first: within one-quarter of
// a percent the machine recount is followed by a manual recount of the
// overvotes and undervotes (§ 102.166(1), read); within one-half of a
// percent, the machine recount only.
func flAutomatic() Route {
	rt := flMachine(true)
	rt.Tiers = append([]Tier{{
		Line:   Line{Kind: ShareOfOffice, Share: Percent / 4},
		Method: MachineAndHand,
		Cost:   Cost{Kind: Public, Cite: []Cite{cite("vv-fl", "", Reported)}},
		Cite:   []Cite{cite("fl-102-166", "(1)", Verified)},
	}}, rt.Tiers...)
	rt.Waiver = &Waiver{Cite: []Cite{cite("fl-102-141", "(7)", Verified), cite("fl-102-166", "(1)(a)", Verified)}}
	// "by 3 p.m. on the ninth day after the election" (Verified Voting).
	rt.Finish = &Deadline{N: 9, Unit: CalendarDays, From: ElectionDay, At: 15 * 60,
		Cite: []Cite{cite("vv-fl", "", Reported), cite("wlrn-2018", "", Reported)}}
	rt.Cite = append(rt.Cite, cite("fl-102-166", "(1)", Verified))
	return rt
}

// flSecretary orders the recounts of federal, state and multicounty races
// (§ 102.141(7) for the machine recount, § 102.166(1) for the manual one).
var flSecretary = Receiver{ID: "secretary-of-state", Kind: SecretaryOfState, Name: "Florida Secretary of State", Directs: true,
	Cite: []Cite{cite("fl-102-141", "(7)", Verified), cite("fl-102-166", "(1)", Verified)}}

var flFacts = []Fact{
	{Kind: "fl-no-request", Section: Before, Cite: []Cite{cite("wlrn-2018", "", Reported)}},
	// § 102.141(7)(a): "Each canvassing board responsible for conducting a
	// recount shall put each marksense ballot through automatic tabulating
	// equipment".
	{Kind: "machine-retabulation", Section: During, When: Automatic, Cite: []Cite{cite("fl-102-141", "(7)(a)", Verified)}},
	{Kind: "fl-overvotes-undervotes", Section: During, When: Automatic, Cite: []Cite{cite("fl-102-166", "(1)", Verified)}},
	{Kind: "fl-second-returns", Section: During, When: Automatic,
		Cite: []Cite{cite("fl-102-166", "(1)", Verified), cite("wlrn-2018", "", Reported), cite("politico-2018", "", Reported)}},
	{Kind: "fl-manual-skipped", Section: During, When: Automatic, Cite: []Cite{cite("fl-102-166", "(1)(b)", Verified)}},
	// § 102.166(3): "Any manual recount shall be open to the public."
	{Kind: "public-view", Section: Watch, Cite: []Cite{cite("fl-102-166", "(3)", Verified)}},
	{Kind: "fl-late-returns-stand", Section: CostTime, When: Automatic, Numbers: []int64{9},
		Cite: []Cite{cite("vv-fl", "", Reported), cite("wlrn-2018", "", Reported)}},
	{Kind: "fl-2005-request-band", Section: AfterNote, From: 20050101, Until: 20080101,
		Cite: []Cite{cite("fl-2005-277", "", Reported)}},
}

var flFacts2000 = []Fact{
	{Kind: "machine-retabulation", Section: During, When: Automatic, Cite: []Cite{cite("vv-fl", "", Reported)}},
	{Kind: "fl-protest-sample", Section: During, When: Requested, Numbers: []int64{3, 1},
		Cite: []Cite{cite("fl-102-166-2000", "(4)(d)", Reported)}},
	{Kind: "fl-protest-if-error", Section: During, When: Requested, Cite: []Cite{cite("fl-102-166-2000", "(5)", Reported)}},
	{Kind: "public-view", Section: Watch, Cite: []Cite{cite("fl-102-166-2000", "(6)", Reported)}},
	{Kind: "fl-protest-later-of", Section: Where, When: Requested, Cite: []Cite{cite("fl-102-166-2000", "(4)(b)", Reported)}},
}

// flHoliday is a legal holiday of § 683.01(1), kept the Monday after when
// it falls on a Sunday (§ 683.01(2)); on a Saturday it is not moved.
func flHoliday(key string, kind HolidayKind, m time.Month, day int, wd time.Weekday, nth int) HolidayRule {
	return HolidayRule{Key: key, Kind: kind, Month: m, Day: day, Weekday: wd, Nth: nth, Observed: SundayMonday,
		Cite: []Cite{cite("fl-683-01", "(1)", Verified)}}
}

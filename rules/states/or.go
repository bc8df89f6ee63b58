package states

import (
	"time"

	. "github.com/recount-explainer/recount/rules"
)

// Oregon: ORS 258.280 (the automatic recount of a tie or a margin of one-
// fifth of one percent), ORS 258.161 (the demand for a recount, filed with
// the Secretary of State, with a deposit; only its heading was read),
// ORS 258.171, .181, .211, .221 and .250 (how a demanded recount is bound,
// done, finished and paid for), and ORS 187.010 (legal holidays).
// Research notes: shared/facts/states/OR.md (read 2026-11-22).
//
// ORS 258.280(1)(b) (lawserver copy, undated; same words in CEIMN's 2014
// summary of the 2013 ORS): "votes cast for the closest apparently defeated
// opponent is not more than one-fifth of one percent of the total votes for
// both candidates". (2)(a), for nonpartisan offices: "the number of votes
// cast for a candidate differs from a majority of votes cast for the office
// by not more than one-fifth of one percent of the total votes cast for the
// office".
//
// ORS 258.181(3) (getpocketlaw copy, read 2026-11-22), of two or more
// demands "filed with the Secretary of State": "the demand received from or
// on behalf of the losing candidate receiving the highest number of votes
// shall be considered the demand for a recount."
//
// ORS 258.250(4) (legalfix copy, "OR Rev Stat § 258.250 (2019)"): "Any
// portion of the deposit required by ORS 258.161 remaining after the cost of
// the recount has been paid shall be refunded to the person who filed the
// demand".
//
// The text of ORS 258.161 itself (the deadline and the deposit's amount)
// was not reached: the deadline of 35 days after the election is
// Ballotpedia's, and the presidential five business days Verified Voting's.
// Ballotpedia also words the automatic line as "less than 0.2%" for
// federal or state offices; the statute's own words ("not more than", any
// nomination or office) are used.
//
// ORS 187.010 (oregonlegislature.gov text as mirrored 2026-02-25, read
// 2026-11-22), (2): a listed holiday falling "on Sunday, the succeeding
// Monday shall be a legal holiday"; falling "on Saturday, the preceding
// Friday shall be a legal holiday." (3): an act due on a holiday "may be performed on the next
// succeeding business day". Sunday is itself a legal holiday ((1)(a));
// Saturday is not, but a deadline 35 days after a Tuesday election ends on
// a Tuesday.
func init() { register(&OR) }

const orChecked Date = 20261122

// OR is Oregon's recount law.
var OR = Jurisdiction{
	Code: "OR", Name: "Oregon", Counties: 36, Checked: orChecked,
	Versions: []Version{{
		ID: "or-258",
		// CEIMN read the same 0.2% line in the 2013 ORS; older text not read.
		Assumed: 20130101,
		Readings: []Reading{{
			ID: "or-258",
			Routes: []Route{
				{
					// A tie for the highest vote, or the apparent winner within
					// 0.2% of the two candidates' votes: a full recount, ordered
					// by the Secretary of State or the county clerk.
					Kind: Automatic,
					Tiers: []Tier{{
						Line:   Line{Kind: ShareOfTwo, Share: Percent / 5},
						Method: Hand,
						Cite:   []Cite{cite("or-258-280", "(1)(b)", Verified)},
					}},
					Cite: []Cite{cite("or-258-280", "(1)", Verified)},
				},
				{
					Kind: Requested,
					Tiers: []Tier{{
						Line:   Line{Kind: AnyMargin},
						Method: Hand,
						Cost: Cost{Kind: Deposit, Refunded: true,
							Cite: []Cite{cite("or-258-250", "(2), (4)", Verified), cite("or-258-161", "amount not read", NotFound)}},
						Cite: []Cite{cite("ballotpedia-or", "", Reported), cite("vv-or", "", Reported)},
					}},
					Who: []Requester{
						{Kind: AnyCandidate, Cite: []Cite{cite("vv-or", "", Reported)}},
						{Kind: PartyOfficer, Cite: []Cite{cite("vv-or", "", Reported), cite("ceimn-or-2014", "", Reported)}},
					},
					InWriting: true,
					Cite:      []Cite{cite("or-258-181", "(3)", Verified), cite("or-258-250", "", Verified), cite("vv-or", "", Reported)},
				},
			},
			Filings: []Filing{
				{
					// Presidential electors: five business days after the
					// Secretary of State declares the results.
					Scope:    Scope{Offices: []Office{President}},
					Receiver: orSecretary,
					Deadline: Deadline{N: 5, Unit: BusinessDays, From: Declaration,
						Cite: []Cite{cite("vv-or", "", Reported)}},
				},
				{
					Receiver: orSecretary,
					Deadline: Deadline{N: 35, Unit: CalendarDays, From: ElectionDay, Rolls: true,
						Cite: []Cite{cite("ballotpedia-or", "", Reported), cite("or-187-010", "(3)", Verified)}},
				},
			},
		}},
		Facts: []Fact{
			{Kind: "or-nonpartisan-majority-line", Section: Before, Scope: Scope{Types: []ElectionType{Primary}},
				Cite: []Cite{cite("or-258-280", "(2)(a)", Verified)}},
			{Kind: "or-county-clerk-recount", Section: Before, Cite: []Cite{cite("vv-or", "ORS 258.161(3)", Reported), cite("ceimn-or-2022", "", Reported)}},
			{Kind: "or-secretary-directs", Section: Where, Cite: []Cite{cite("or-258-181", "(3)", Verified), cite("ceimn-or-2014", "", Reported)}},
			{Kind: "hand-count", Section: During, Cite: []Cite{cite("or-258-211", "section heading", Verified)}},
			{Kind: "precincts-chosen", Section: During, When: Requested, Cite: []Cite{cite("vv-or", "", Reported)}},
			{Kind: "or-full-recount-binds", Section: During, When: Requested, Cite: []Cite{cite("or-258-171", "(1)", Verified)}},
			{Kind: "or-presidential-full-only", Section: During, Scope: Scope{Offices: []Office{President}},
				Cite: []Cite{cite("vv-or", "", Reported)}},
			{Kind: "or-deposit-rules", Section: CostTime, When: Requested, Cite: []Cite{cite("or-258-250", "(2)-(5)", Verified)}},
			{Kind: "or-deposit-amount-unread", Section: CostTime, When: Requested, Cite: []Cite{cite("or-258-161", "", NotFound)}},
			{Kind: "no-finish-deadline", Section: CostTime, When: Requested, Cite: []Cite{cite("or-258-221", "(1)", Verified)}},
			{Kind: "or-one-recount-only", Section: AfterNote, When: Requested, Cite: []Cite{cite("or-258-181", "(3)", Verified)}},
		},
		Cite: []Cite{cite("or-258-280", "", Verified), cite("or-258-181", "", Verified), cite("or-258-250", "", Verified)},
	}},
	Ties: []TieLaw{
		// A tie triggers the automatic recount (ORS 258.280(1)(a)); how a
		// tie that survives it is broken was not found.
		{Kind: TieUnknown, Cite: []Cite{cite("or-258-280", "(1)(a); the tie-break after it not found", NotFound)}},
	},
	Holidays: Holidays{
		Rules: []HolidayRule{
			orHoliday("new-year", FixedDate, time.January, 1, 0, 0),
			orHoliday("mlk", NthWeekday, time.January, 0, time.Monday, 3),
			// "Presidents Day, for the purpose of commemorating Presidents
			// Washington and Lincoln, on the third Monday in February."
			orHoliday("washington", NthWeekday, time.February, 0, time.Monday, 3),
			orHoliday("memorial", NthWeekday, time.May, 0, time.Monday, -1),
			// Juneteenth is in the current text and not in the 2011 edition;
			// the year it was added was not read (2022 is assumed).
			{Key: "juneteenth", Kind: FixedDate, Month: time.June, Day: 19, From: 2022, Observed: FridayMonday,
				Cite: []Cite{cite("or-187-010", "(1)(f)", Verified)}},
			orHoliday("independence", FixedDate, time.July, 4, 0, 0),
			orHoliday("labor", NthWeekday, time.September, 0, time.Monday, 1),
			orHoliday("veterans", FixedDate, time.November, 11, 0, 0),
			orHoliday("thanksgiving", NthWeekday, time.November, 0, time.Thursday, 4),
			orHoliday("christmas", FixedDate, time.December, 25, 0, 0),
		},
		Cite: []Cite{cite("or-187-010", "", Verified)},
	},
	Sources: []Source{
		{ID: "or-258-280", Kind: Statute, Title: "ORS 258.280",
			URL: "https://www.lawserver.com/law/state/oregon/or-statutes/oregon_statutes_258-280", Checked: orChecked},
		{ID: "or-258-161", Kind: Statute, Title: "ORS 258.161 (heading only)",
			URL: "https://oregon.public.law/statutes/ors_258.161", Checked: orChecked},
		{ID: "or-258-171", Kind: Statute, Title: "ORS 258.171",
			URL: "https://courtgpt.ai/laws/oregon/volume-06/chapter-258/section-258-171", Checked: orChecked},
		{ID: "or-258-181", Kind: Statute, Title: "ORS 258.181",
			URL: "https://getpocketlaw.com/law/state_oregon/section-258-181-one-recount-only-two-or-more-recount-demands_fe3b690dcb90", Checked: orChecked},
		{ID: "or-258-211", Kind: Statute, Title: "ORS 258.211 (heading)",
			URL: "https://statutes.laws.com/oregon/vol6/258", Checked: orChecked},
		{ID: "or-258-221", Kind: Statute, Title: "ORS 258.221",
			URL: "https://courtgpt.ai/laws/oregon/volume-06/chapter-258/section-258-221", Checked: orChecked},
		{ID: "or-258-250", Kind: Statute, Title: "ORS 258.250",
			URL: "https://legalfix.com/statutes/state-codes/oregon/volume-06/chapter-258/section-258-250", Checked: orChecked},
		{ID: "or-187-010", Kind: Statute, Title: "ORS 187.010",
			URL: "https://www.oregonlegislature.gov/bills_laws/ors/ors187.html", Checked: orChecked},
		{ID: "ballotpedia-or", Kind: Summary, Title: "Ballotpedia, Recount laws in Oregon",
			URL: "http://www.olesavior.org/recount_laws_in_oregon.html", Checked: orChecked},
		{ID: "vv-or", Kind: Summary, Title: "Verified Voting, Oregon recount laws",
			URL: "https://verifiedvoting.org/?p=13713", Checked: orChecked},
		{ID: "ceimn-or-2014", Kind: Summary, Title: "Citizens for Election Integrity Minnesota, Oregon recount laws (May 2014)",
			URL: "http://ceimn.org/ceimn-state-recount-laws-searchable-database/states/Oregon", Checked: orChecked},
		{ID: "ceimn-or-2022", Kind: Summary, Title: "Citizens for Election Integrity Minnesota, Oregon recount laws (November 2, 2022)",
			URL: "https://ceimn.org/node/141/printable/print", Checked: orChecked},
	},
}

// orSecretary receives every demand and directs the county clerks.
var orSecretary = Receiver{ID: "secretary-of-state", Kind: SecretaryOfState, Name: "Oregon Secretary of State", Directs: true,
	Cite: []Cite{cite("or-258-181", "(2)-(3)", Verified), cite("or-258-161", "heading", Verified)}}

func orHoliday(key string, kind HolidayKind, m time.Month, day int, wd time.Weekday, nth int) HolidayRule {
	return HolidayRule{Key: key, Kind: kind, Month: m, Day: day, Weekday: wd, Nth: nth, Observed: FridayMonday,
		Cite: []Cite{cite("or-187-010", "(1)-(2)", Verified)}}
}

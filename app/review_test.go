package app

import (
	"regexp"
	"strings"
	"testing"
)

// has fails unless the page at addr shows every one of the texts.
func has(t *testing.T, addr string, texts ...string) string {
	t.Helper()
	page := visible(render(t, addr))
	page = strings.Join(strings.Fields(page), " ")
	for _, s := range texts {
		if !strings.Contains(page, s) {
			t.Errorf("%s: missing %q", addr, s)
		}
	}
	return page
}

// lacks fails if the page, before its sources panel, shows any of the
// texts as whole words.
func lacks(t *testing.T, addr, page string, texts ...string) {
	t.Helper()
	if i := strings.Index(page, "Sources, and how sure we are"); i >= 0 {
		page = page[:i]
	}
	for _, s := range texts {
		if regexp.MustCompile(`(^|[^0-9A-Za-z])` + regexp.QuoteMeta(s) + `($|[^0-9A-Za-z])`).MatchString(page) {
			t.Errorf("%s: shows %q", addr, s)
		}
	}
}

// Shares and margins are rounded half up, as the Secretary of State
// publishes them; a column that does not add up says so.
func TestReviewRounding(t *testing.T) {
	has(t, "/?preset=georgia-2020-president-certified", "49.51%", "49.25%", "1.24%")
	has(t, "/?preset=atlanta-2017-runoff-certified", "0.90% of all votes cast")
	has(t, "/?preset=atlanta-2017-runoff-unofficial", "49.59%")
	has(t, "/?state=GA&date=2022-11-08&type=general&office=county&counties=1&winner=plurality&cert=2022-11-14&candidate=A&votes=4000&candidate=B&votes=3990&candidate=C&votes=2010",
		"40.00%", "39.90%", "20.10%")
	// Three equal thirds print 33.33% each: the note says why they add to 99.99%.
	has(t, "/?state=GA&date=2022-11-08&type=runoff&office=county&counties=1&cert=2022-11-14&candidate=A&votes=1&candidate=B&votes=1&candidate=C&votes=1",
		"Shares are rounded to two decimals, so they add up to 99.99%")
}

// A tie is told as a tie: nobody trails by 0 votes, nobody is 0 votes from
// the line.
func TestReviewTies(t *testing.T) {
	addr := "/?state=GA&date=2026-11-03&type=general&office=president&counties=159&cert=2026-11-20&winner=plurality&candidate=T1&votes=1000&candidate=T2&votes=1000&candidate=T3&votes=10"
	page := has(t, addr, "A tie: T1 and T2 have 1,000 votes each.", "Nobody is declared for this place until the tie is broken.",
		"This page does not cover how Georgia breaks this tie")
	lacks(t, addr, page, "trails T1 by 0", "0 votes from the line", "T2 may ask")
	addr = "/?state=GA&date=2022-05-24&type=primary&office=county&counties=1&cert=2022-06-03&candidate=A1&votes=30000&candidate=A2&votes=15000&candidate=A3&votes=15000&candidate=A4&votes=10000&candidate=A5&votes=5000&candidate=A6&votes=1234"
	page = has(t, addr, "A tie: A2 and A3 have 15,000 votes each.")
	lacks(t, addr, page, "A3 trails A2 by 0")
	// In a state whose request line is a share, the second tied name is no
	// more the loser than the first.
	addr = "/?preset=va-2017-hod-94-recount"
	page = has(t, addr, "The recount ended in a tie: David Yancey and Shelly Simonds have 11,608 votes each.",
		"when a recount may be asked for is for the election office to say")
	lacks(t, addr, page, "0 votes behind", "Shelly Simonds, 0")
}

// A race going to a runoff leads with the runoff, and the automatic
// recount is not measured on the wrong pair.
func TestReviewRunoffLede(t *testing.T) {
	addr := "/?state=GA&date=2026-11-03&type=general&office=governor&counties=159&cert=2026-11-20&candidate=Gov+A&votes=1980000&candidate=Gov+B&votes=1970000&candidate=Gov+C&votes=50000"
	page := has(t, addr, "No winner yet: Gov A and Gov B go to a runoff.",
		"No recount for the runoff place: Gov C, in third, is 1,920,000 votes behind Gov B",
		"The automatic recount applies to a race decided outright, so not now; it may apply to the runoff.")
	lacks(t, addr, page, "No: this margin is too wide")
	// Two candidates at exactly half: not yet, once.
	addr = "/?state=GA&date=2012-07-31&type=primary&office=state-house&counties=1&cert=2012-08-10&candidate=Ann+Able&votes=3000&candidate=Ben+Baker&votes=3000"
	page = has(t, addr, "Not yet: Ann Able and Ben Baker go to a runoff.")
	if strings.Count(page, "go to a runoff") > 2 {
		t.Errorf("%s: the runoff is said more than twice", addr)
	}
}

// Count stages: election-night figures declare nobody; after the recount,
// nobody is invited to ask again.
func TestReviewStages(t *testing.T) {
	page := has(t, "/?preset=atlanta-2017-runoff-unofficial",
		"If these figures are certified as they stand, Mary Norwood could ask for a recount.",
		"nobody is declared yet", "On these unofficial figures Keisha Lance Bottoms leads")
	lacks(t, "unofficial", page, "is elected", "Elected ")
	page = has(t, "/?preset=atlanta-2009-runoff-recount", "Already recounted.", "The recount moved the lead from 715 to 714 votes.")
	lacks(t, "recount", page, "may ask for a recount", "could ask for a recount")
	has(t, "/?preset=atlanta-2017-runoff-certified", "Yes: Mary Norwood could ask for a recount.",
		"A recount was held, finished on December 16, 2017: it moved the lead from 832 to 821 votes.")
}

// Where a day may or may not be a state holiday, the deadline gives both
// dates; fixed federal holidays carry no doubt.
func TestReviewUncertainHolidays(t *testing.T) {
	has(t, "/?state=GA&date=2026-11-03&type=general&office=county&counties=1&cert=2026-11-25&candidate=A&votes=1000&candidate=B&votes=996",
		"Monday, November 30, 2026 or Tuesday, December 1, 2026 if Friday, November 27, 2026 (the Friday after Thanksgiving) is a state holiday",
		"not counted: Thanksgiving Day", "possibly a state holiday (the Friday after Thanksgiving)")
	has(t, "/?state=GA&date=2026-12-01&type=runoff&office=statewide&counties=159&cert=2026-12-23&candidate=Lt+A&votes=1500000&candidate=Lt+B&votes=1495000",
		"Monday, December 28, 2026 or Tuesday, December 29, 2026 if Thursday, December 24, 2026 (Washington's Birthday, kept in December) is a state holiday")
	// 2016: Christmas on a Sunday, kept on Monday the 26th.
	has(t, "/?state=GA&date=2016-12-06&type=runoff&office=county&counties=1&cert=2016-12-23&candidate=A&votes=1000&candidate=B&votes=996",
		"not counted: Christmas Day (observed)")
	// A year whose list is on file names the list.
	has(t, "/?state=GA&date=2025-11-04&type=general&office=county&counties=1&cert=2025-11-26&candidate=A&votes=1000&candidate=B&votes=996",
		"not counted: State Holiday (the official list)", "Tuesday, December 2, 2025")
}

// Between April 2, 2019 and June 9, 2020 a margin between the two lines
// depends on HB 316's unconfirmed start.
func TestReviewHB316Window(t *testing.T) {
	addr := "/?state=GA&date=2019-11-05&type=general&office=municipal&counties=1&cert=2019-11-08&candidate=Gail+Green&votes=1376&candidate=Hal+Hunt&votes=1361"
	page := has(t, addr, "It depends", "It depends on which line applied on this date, and the date the change took effect is not confirmed",
		"Under the older 1 percent line: a recount may be asked for", "Ask the election office which line it applied.")
	lacks(t, addr, page, "No: this margin is too wide", "in force from April 2, 2019", "other sections took effect")
	// From 2021 on, no HB 316 history.
	page = has(t, "/?date=2021-11-30&type=runoff&office=municipal&counties=2&cert=2021-12-06&candidate=A&votes=46667&candidate=B&votes=45835", "No: this margin is too wide")
	lacks(t, "2021", page, "1 percent", "HB 316")
}

// Words that read right for one and for many; percentages compared with
// percentages.
func TestReviewWords(t *testing.T) {
	page := has(t, "/?state=GA&date=2020-11-03&type=general&office=president&counties=159&cert=2020-11-20&winner=plurality&candidate=Ava+A&votes=49001&candidate=Bo+B&votes=48500&candidate=Cy+C&votes=2499",
		"past the line of 500 by 1 vote.", "this margin is 1 vote too wide")
	lacks(t, "plural", page, "1 votes")
	page = has(t, "/?preset=atlanta-2017-runoff-certified", "This margin (0.90%) is about 30 times the average shift (0.03%)")
	lacks(t, "history", page, "1 times", "0 times")
	has(t, "/?state=GA&date=2024-11-05&type=general&office=president&counties=159&cert=2024-11-22&candidate=A&votes=10000&candidate=B&votes=9990&candidate=C&votes=9985",
		"Yes: B (10 behind) and C (15 behind) could each ask for a recount.")
	has(t, "/?state=GA&date=2017-11-07&type=general&office=county&counties=1&cert=2017-11-10&candidate=Carla+Cole&votes=5050&candidate=Dan+Diaz&votes=4950",
		"Exactly on the line: the law says “not more than”, so a margin of exactly 100 votes qualifies.")
}

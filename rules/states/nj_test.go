package states

import (
	"testing"

	"github.com/recount-explainer/recount/rules"
)

// njRace is a New Jersey race with candidates' votes in the order given.
func njRace(date rules.Date, typ rules.ElectionType, office rules.Office, counties int, base rules.Date, votes ...int64) rules.Race {
	r := rules.Race{State: "NJ", Election: date, Type: typ, Office: office, Counties: counties, Base: base}
	for i, v := range votes {
		r.Candidates = append(r.Candidates, rules.Candidate{Name: string(rune('A' + i)), Votes: v})
	}
	return r
}

// Any candidate who believes the count is wrong may apply to a Superior
// Court judge, at any margin: no line to be within or past.
func TestNJAnyMargin(t *testing.T) {
	for _, c := range []struct {
		name  string
		votes []int64
	}{
		// The 2021 governor's race, certified: Murphy 1,339,471,
		// Ciattarelli 1,255,185 (84,286 votes, 3.2%).
		{"governor 2021", []int64{1339471, 1255185}},
		{"one vote", []int64{1000, 999}},
		{"a landslide", []int64{9000, 1000}},
	} {
		t.Run(c.name, func(t *testing.T) {
			res := apply(t, njRace(20211102, rules.General, rules.Governor, 21, 20211202, c.votes...))
			if _, ok := res.RequestLimit(); res.Request != rules.Yes || ok || res.Automatic != rules.NoRoute {
				t.Errorf("request %v (limit %v) automatic %v", res.Request, ok, res.Automatic)
			}
		})
	}
}

// The deadline: 17 days after the election under the older law, 3 days
// after certification under today's (in force by April 4, 2024, when
// A4100 reprinted 19:28-1 without striking anything there; the date it
// changed was not found, so an election from November 3, 2021 to April 3,
// 2024 shows both). The same court for a statewide and a county race.
func TestNJDeadlineVersions(t *testing.T) {
	// Nov 3, 2026, results certified (say) Friday, November 20: the third
	// day is Monday the 23rd. One finding, today's law only.
	res := apply(t, njRace(20261103, rules.General, rules.County, 1, 20261120, 5000, 4990))
	if res.Request != rules.Yes || res.Automatic != rules.NoRoute || len(res.Findings) != 1 ||
		res.Main().Reading.ID != "nj-3-days-after-certification" {
		t.Fatalf("2026: request %v automatic %v, %d findings", res.Request, res.Automatic, len(res.Findings))
	}
	if res.Deadline == nil || res.Deadline.Due != 20261123 || len(res.OtherDeadlines) != 0 {
		t.Errorf("2026: deadline %+v, others %+v", res.Deadline, res.OtherDeadlines)
	}
	if f := res.Main().Filing; f == nil || f.Receiver.ID != "nj-superior-court" {
		t.Errorf("2026: filing %+v", f)
	}
	// The 3 days rest on a bill's printing of 19:28-1, not the statute
	// itself: the page must not call them read in the enacted text.
	if st := rules.StatusOf(res.Deadline.Rule.Cite); st != rules.Reported {
		t.Errorf("2026: deadline status %v, want reported", st)
	}
	// 2023, in the unsure window: certified Monday, November 27, the third
	// day is Thursday the 30th (shown first); 17 days after November 7 is
	// Friday the 24th.
	res = apply(t, njRace(20231107, rules.General, rules.County, 1, 20231127, 5000, 4990))
	if len(res.Findings) != 2 || res.Main().Reading.ID != "nj-3-days-after-certification" {
		t.Fatalf("2023: %d findings", len(res.Findings))
	}
	if res.Deadline == nil || res.Deadline.Due != 20231130 || len(res.OtherDeadlines) != 1 || res.OtherDeadlines[0].Due != 20231124 {
		t.Errorf("2023: deadline %+v, others %+v", res.Deadline, res.OtherDeadlines)
	}
	// 2021: the 17 days only. 17 days after November 2 is Friday the 19th,
	// whatever the certification date (December 2).
	res = apply(t, njRace(20211102, rules.General, rules.Governor, 21, 20211202, 1339471, 1255185))
	if len(res.Findings) != 1 || res.Main().Reading.ID != "nj-17-days" || res.Deadline == nil || res.Deadline.Due != 20211119 {
		t.Errorf("2021: %d findings, deadline %+v", len(res.Findings), res.Deadline)
	}
	if f := res.Main().Filing; f == nil || f.Receiver.ID != "nj-superior-court" || res.Request != rules.Yes {
		t.Errorf("2021: filing %+v request %v", f, res.Request)
	}
}

// A tie: the request route needs no margin, so a candidate may still ask;
// how the tie itself is broken was not read.
func TestNJTie(t *testing.T) {
	res := apply(t, njRace(20231107, rules.General, rules.Municipal, 1, 20231127, 500, 500))
	if res.Outcome != rules.Tie || res.Request != rules.Yes || res.Tie == nil || res.Tie.Kind != rules.TieUnknown {
		t.Errorf("outcome %v request %v tie %+v", res.Outcome, res.Request, res.Tie)
	}
}

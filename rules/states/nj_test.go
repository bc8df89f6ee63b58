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

// The two readings of the deadline: three days after certification (main)
// or 17 days after the election. 2021: certified Thursday, December 2; the
// third day is Sunday the 5th and does not move (no roll-over read); 17
// days after November 2 is Friday, November 19. The same court for a
// statewide and a county race.
func TestNJDeadlineReadings(t *testing.T) {
	res := apply(t, njRace(20211102, rules.General, rules.Governor, 21, 20211202, 1339471, 1255185))
	if len(res.Findings) != 2 || res.Main().Reading.ID != "nj-3-days-after-certification" {
		t.Fatalf("%d findings", len(res.Findings))
	}
	if res.Deadline == nil || res.Deadline.Due != 20211205 || res.Deadline.Rolled {
		t.Errorf("main deadline %+v", res.Deadline)
	}
	if len(res.OtherDeadlines) != 1 || res.OtherDeadlines[0].Due != 20211119 {
		t.Errorf("other deadlines %+v", res.OtherDeadlines)
	}
	for _, r := range []rules.Race{
		njRace(20211102, rules.General, rules.Governor, 21, 20211202, 1339471, 1255185),
		njRace(20231107, rules.General, rules.County, 1, 20231127, 5000, 4990),
	} {
		res := apply(t, r)
		if f := res.Main().Filing; f == nil || f.Receiver.ID != "nj-superior-court" || res.Request != rules.Yes {
			t.Errorf("%s: filing %+v request %v", r.Office, f, res.Request)
		}
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

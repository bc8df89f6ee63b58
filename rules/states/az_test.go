package states

import (
	"testing"

	"github.com/recount-explainer/recount/rules"
)

// azRace is an Arizona race with candidates' votes in the order given.
func azRace(date rules.Date, typ rules.ElectionType, office rules.Office, counties int, votes ...int64) rules.Race {
	r := rules.Race{State: "AZ", Election: date, Type: typ, Office: office, Counties: counties, Base: date.AddDays(27)}
	for i, v := range votes {
		r.Candidates = append(r.Candidates, rules.Candidate{Name: string(rune('A' + i)), Votes: v})
	}
	return r
}

// § 16-661(A) since SB 1008: the margin between the top two is "less than
// or equal to one-half of one percent of the number of votes cast for both
// such candidates".
func TestAZHalfPercent(t *testing.T) {
	for _, c := range []struct {
		name  string
		votes []int64
		want  rules.Answer
		limit int64
	}{
		// 0.5% of 200,000 = 1,000.
		{"inside", []int64{100400, 99600}, rules.Yes, 1000},
		{"at the line", []int64{100500, 99500}, rules.Yes, 1000},
		{"outside", []int64{100501, 99499}, rules.No, 1000},
		// A third candidate does not widen it: 0.5% of 199,000 = 995, so a
		// margin of 1,000 is out (0.5% of all 249,000 would be 1,245).
		{"share of two", []int64{100000, 99000, 50000}, rules.No, 995},
	} {
		t.Run(c.name, func(t *testing.T) {
			res := apply(t, azRace(20241105, rules.General, rules.County, 1, c.votes...))
			lim, ok := res.AutomaticLimit()
			if res.Automatic != c.want || !ok || lim.Votes != c.limit {
				t.Errorf("automatic %v limit %d, want %v %d", res.Automatic, lim.Votes, c.want, c.limit)
			}
			if res.Request != rules.NoRoute || res.Main().Filing != nil {
				t.Errorf("request %v filing %+v", res.Request, res.Main().Filing)
			}
			if res.Main().Version.Contest == nil {
				t.Error("no contest route named")
			}
		})
	}
}

// The 2022 Attorney General race: 511 votes of 2,508,715 for the two; the
// line is 12,543.575 → 12,543.
func TestAZ2022AttorneyGeneral(t *testing.T) {
	res := apply(t, azRace(20221108, rules.General, rules.Statewide, 15, 1254613, 1254102))
	lim, _ := res.AutomaticLimit()
	if res.Automatic != rules.Yes || lim.Votes != 12543 || len(res.Findings) != 1 {
		t.Errorf("automatic %v limit %d findings %d", res.Automatic, lim.Votes, len(res.Findings))
	}
}

// Before SB 1008: the lesser of 0.1% of the two candidates' votes and a
// number of votes (200 for a state office with more than 25,000 votes, 50
// for the legislature, 10 for a county office).
func TestAZOldLine(t *testing.T) {
	for _, c := range []struct {
		name   string
		office rules.Office
		votes  []int64
		want   rules.Answer
		limit  int64
	}{
		// 0.1% of 3,000,000 = 3,000; 200 is less.
		{"statewide at 200", rules.Statewide, []int64{1500100, 1499900}, rules.Yes, 200},
		{"statewide at 202", rules.Statewide, []int64{1500101, 1499899}, rules.No, 200},
		// 25,000 votes or fewer: 50 votes; 0.1% of 20,000 = 20 is less.
		{"small state race", rules.Statewide, []int64{10010, 9990}, rules.Yes, 20},
		// 0.1% of 60,050 = 60.05; 50 is less.
		{"legislature at 50", rules.StateHouse, []int64{30050, 30000}, rules.Yes, 50},
		{"legislature at 51", rules.StateHouse, []int64{30051, 30000}, rules.No, 50},
		{"county at 11", rules.County, []int64{30011, 30000}, rules.No, 10},
	} {
		t.Run(c.name, func(t *testing.T) {
			res := apply(t, azRace(20201103, rules.General, c.office, 1, c.votes...))
			lim, ok := res.AutomaticLimit()
			if res.Automatic != c.want || !ok || lim.Votes != c.limit {
				t.Errorf("automatic %v limit %d, want %v %d", res.Automatic, lim.Votes, c.want, c.limit)
			}
		})
	}
}

// SB 1008's effective date was not read: the August 2022 primary may fall
// under either line; from the November 2022 general, the new one.
func TestAZSB1008Window(t *testing.T) {
	res := apply(t, azRace(20220802, rules.Primary, rules.Statewide, 15, 400300, 400000))
	if res.Automatic != rules.Depends || res.AutomaticReason != rules.ReasonReadings || len(res.Findings) != 2 {
		t.Errorf("August 2022: %v %v, %d findings", res.Automatic, res.AutomaticReason, len(res.Findings))
	}
	// Special districts and school boards are never recounted automatically.
	if res := apply(t, azRace(20241105, rules.General, rules.District, 1, 5000, 4999)); res.Automatic != rules.NoRoute {
		t.Errorf("district: %v", res.Automatic)
	}
	// Ties: by lot, except the state's executive offices.
	if res := apply(t, azRace(20241105, rules.General, rules.County, 1, 5000, 5000)); res.Tie == nil || res.Tie.Kind != rules.ByLot {
		t.Errorf("county tie %+v", res.Tie)
	}
	if res := apply(t, azRace(20221108, rules.General, rules.Governor, 15, 5000, 5000)); res.Tie == nil || res.Tie.Kind != rules.Legislature {
		t.Errorf("governor tie %+v", res.Tie)
	}
}

// § 1-301(B)-(C): every holiday on a Sunday is kept the Monday after; only
// New Year's Day, Independence Day, Veterans' Day and Christmas on a
// Saturday are kept the Friday before. Arizona's recount has no request
// deadline, so the calendar is checked with a count of one business day.
func TestAZHolidayMoves(t *testing.T) {
	checkDayCounts(t, &AZ.Holidays, []dayCount{
		// Constitution Commemoration Day fell on Sunday, Sep 17, 2023: from
		// Fri Sep 15, Sa 16 and Su 17 are the weekend, M 18 the holiday
		// kept, Tu 19 day 1.
		{"Monday after Sep 17, 2023", 20230915, 20230919, 1},
		// On Saturday, Sep 17, 2022 it is not one of the four moved to the
		// Friday: from Thu Sep 15, F 16 is day 1.
		{"Friday before Sep 17, 2022", 20220915, 20220916, 1},
		// Veterans' Day fell on Saturday, Nov 11, 2023, and is one of the
		// four: from Thu Nov 9, F 10 is the holiday kept, Sa 11 and Su 12
		// the weekend, M 13 day 1.
		{"Friday before Veterans' Day 2023", 20231109, 20231113, 1},
		// Christmas fell on Sunday, Dec 25, 2022: from Fri Dec 23, M 26 is
		// the holiday kept, Tu 27 day 1.
		{"Monday after Christmas 2022", 20221223, 20221227, 1},
	})
}

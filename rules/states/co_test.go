package states

import (
	"testing"

	"github.com/recount-explainer/recount/rules"
)

// coRace is a Colorado race with candidates' votes in the order given.
func coRace(date rules.Date, typ rules.ElectionType, office rules.Office, counties int, votes ...int64) rules.Race {
	r := rules.Race{State: "CO", Election: date, Type: typ, Office: office, Counties: counties, Base: date.AddDays(22)}
	for i, v := range votes {
		r.Candidates = append(r.Candidates, rules.Candidate{Name: string(rune('A' + i)), Votes: v})
	}
	return r
}

// § 1-10.5-101 as reported: automatic when the difference is ≤ 0.5% of the
// highest vote; otherwise an interested party may ask, at its expense.
func TestCOLeaderLine(t *testing.T) {
	for _, c := range []struct {
		name      string
		votes     []int64
		automatic rules.Answer
		request   rules.Answer
		limit     int64
	}{
		// 0.5% of 10,000 = 50.
		{"inside", []int64{10000, 9960}, rules.Yes, rules.No, 50},
		{"at the line", []int64{10000, 9950}, rules.Yes, rules.No, 50},
		{"outside", []int64{10000, 9949}, rules.No, rules.Yes, 50},
		// Against the leader only: 70 > 50, though 0.5% of the two
		// candidates' 19,930 votes would be 99.65.
		{"not share of two", []int64{10000, 9930}, rules.No, rules.Yes, 50},
		// Estes Park, 2016: 6 votes; 0.5% of 1,061 = 5.305 → 5.
		{"Estes Park 2016", []int64{1061, 1055}, rules.No, rules.Yes, 5},
	} {
		t.Run(c.name, func(t *testing.T) {
			res := apply(t, coRace(20241105, rules.General, rules.County, 1, c.votes...))
			lim, ok := res.AutomaticLimit()
			if res.Automatic != c.automatic || res.Request != c.request || !ok || lim.Votes != c.limit {
				t.Errorf("automatic %v request %v limit %d, want %v %v %d", res.Automatic, res.Request, lim.Votes, c.automatic, c.request, c.limit)
			}
		})
	}
}

// U.S. House District 3, 2022: Boebert 163,842, Frisch 163,292; 550 is
// within 0.5% of 163,842 (819.21 → 819). Automatic, finished by day 31.
func TestCO2022CD3(t *testing.T) {
	res := apply(t, coRace(20221108, rules.General, rules.USHouse, 27, 163842, 163292))
	lim, _ := res.AutomaticLimit()
	if res.Automatic != rules.Yes || lim.Votes != 819 || res.Checks[0].Margin != 550 {
		t.Errorf("automatic %v limit %d margin %d", res.Automatic, lim.Votes, res.Checks[0].Margin)
	}
	if fin := res.Main().Automatic[0].Route.Finish; fin == nil || fin.N != 31 {
		t.Errorf("finish %+v", fin)
	}
	if res.When != rules.Assumed {
		t.Errorf("when %v", res.When)
	}
}

// Requests go to the Secretary of State for a statewide race and to whoever
// certified the candidate otherwise, by day 22 after the election; a last
// day on a holiday moves on (§ 1-1-106(4)): a special election on Tuesday
// 2024-05-28 gives Wednesday 2024-06-19, Juneteenth, so Thursday the 20th.
func TestCOFilings(t *testing.T) {
	res := apply(t, coRace(20241105, rules.General, rules.USSenate, 64, 1500000, 1400000))
	if f := res.Main().Filing; f == nil || f.Receiver.ID != "secretary-of-state" {
		t.Errorf("statewide filing %+v", f)
	}
	if res.Deadline == nil || res.Deadline.Due != 20241127 || res.Deadline.Rolled {
		t.Errorf("statewide deadline %+v", res.Deadline)
	}
	res = apply(t, coRace(20240528, rules.Special, rules.County, 1, 6000, 4000))
	if f := res.Main().Filing; f == nil || f.Receiver.ID != "filing-officer" {
		t.Errorf("county filing %+v", f)
	}
	if res.Deadline == nil || res.Deadline.Due != 20240620 || !res.Deadline.Rolled {
		t.Errorf("Juneteenth deadline %+v", res.Deadline)
	}
	// Ties for Governor go to the General Assembly; for Congress, by lot.
	if res := apply(t, coRace(20221108, rules.General, rules.Governor, 64, 5000, 5000)); res.Tie == nil || res.Tie.Kind != rules.Legislature {
		t.Errorf("governor tie %+v", res.Tie)
	}
	if res := apply(t, coRace(20221108, rules.General, rules.USHouse, 8, 5000, 5000)); res.Tie == nil || res.Tie.Kind != rules.ByLot {
		t.Errorf("house tie %+v", res.Tie)
	}
}

// § 24-11-101(2): a holiday on a Sunday is kept the Monday after, and the
// request window (22 days, rolling off a Saturday, Sunday or holiday under
// § 1-1-106(4)) moves past that Monday too; a holiday on a Saturday is not
// kept the Friday before. A Tuesday election's 22nd day is a Wednesday, so
// the window is counted from other days here.
func TestCOHolidayMoves(t *testing.T) {
	for _, c := range []struct {
		name   string
		base   rules.Date
		due    rules.Date
		rolled bool
	}{
		// Veterans Day fell on Sunday, Nov 11, 2018. From Fri Oct 19: day
		// 12 is W Oct 31, day 22 Sa Nov 10; Su 11, then M 12, the holiday
		// kept; so Tue Nov 13.
		{"Monday after Veterans Day 2018", 20181019, 20181113, true},
		// Juneteenth fell on Sunday, June 19, 2022. From Sat May 28: day 3
		// is Tu May 31, day 22 Su June 19; M 20 is the holiday kept; so Tue
		// June 21.
		{"Monday after Juneteenth 2022", 20220528, 20220621, true},
		// Veterans Day fell on Saturday, Nov 11, 2023. From Thu Oct 19: day
		// 12 is Tu Oct 31, day 22 F Nov 10, not a holiday; it stands.
		{"Friday before Veterans Day 2023", 20231019, 20231110, false},
	} {
		d := rules.CountDeadline(coDeadline, c.base, &CO.Holidays)
		if d.Due != c.due || d.Rolled != c.rolled {
			t.Errorf("%s: due %v rolled %v, want %v %v", c.name, d.Due, d.Rolled, c.due, c.rolled)
		}
	}
}

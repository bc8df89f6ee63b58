package states

import (
	"testing"

	"github.com/recount-explainer/recount/rules"
)

// wyRace is a Wyoming race with candidates' votes in the order given.
func wyRace(date rules.Date, typ rules.ElectionType, office rules.Office, counties int, base rules.Date, votes ...int64) rules.Race {
	r := rules.Race{State: "WY", Election: date, Type: typ, Office: office, Counties: counties, Base: base}
	for i, v := range votes {
		r.Candidates = append(r.Candidates, rules.Candidate{Name: string(rune('A' + i)), Votes: v})
	}
	return r
}

// § 22-16-109(b): "less than one percent (1%) of the number of votes cast
// for the winning candidate": the winner's votes, not all votes.
func TestWYAutomatic(t *testing.T) {
	for _, c := range []struct {
		name  string
		votes []int64
		want  rules.Answer
		limit int64
	}{
		// Winner 10,000: 1% is 100 exactly; "less than" makes it 99.
		{"99 under 1%", []int64{10000, 9901}, rules.Yes, 99},
		{"100 at 1%", []int64{10000, 9900}, rules.No, 99},
		// Winner 10,050: 1% is 100.5, so 100 is under it.
		{"100 under 100.5", []int64{10050, 9950}, rules.Yes, 100},
		// The contrast: 150 of 19,850 votes is under 1% of all votes (198)
		// but not of the winner's 10,000.
		{"not of all votes", []int64{10000, 9850}, rules.No, 99},
	} {
		t.Run(c.name, func(t *testing.T) {
			res := apply(t, wyRace(20240820, rules.Primary, rules.County, 1, 20240823, c.votes...))
			lim, ok := res.AutomaticLimit()
			if res.Automatic != c.want || !ok || lim.Votes != c.limit {
				t.Errorf("automatic %v limit %d, want %v %d", res.Automatic, lim.Votes, c.want, c.limit)
			}
		})
	}
}

// Past the automatic line any candidate may ask, with a $500 deposit below
// 5% and $3,000 from 5%; inside it the request route is shut (the county
// recounts anyway).
func TestWYRequestDeposits(t *testing.T) {
	for _, c := range []struct {
		name    string
		votes   []int64
		request rules.Answer
		tier    int
	}{
		{"automatic", []int64{10000, 9950}, rules.No, -1},
		// 100 of 10,000 is 1%: "1% or greater but less than 5%": $500.
		{"at 1%", []int64{10000, 9900}, rules.Yes, 0},
		// 499 is under 5% (500): $500.
		{"499", []int64{10000, 9501}, rules.Yes, 0},
		// 500 is 5%: "5% or greater": $3,000.
		{"at 5%", []int64{10000, 9500}, rules.Yes, 1},
		{"far", []int64{10000, 2000}, rules.Yes, 1},
	} {
		t.Run(c.name, func(t *testing.T) {
			res := apply(t, wyRace(20241105, rules.General, rules.County, 1, 20241112, c.votes...))
			if res.Request != c.request || res.Checks[0].Tier != c.tier {
				t.Errorf("request %v tier %d, want %v %d", res.Request, res.Checks[0].Tier, c.request, c.tier)
			}
			if c.tier >= 0 {
				tier := res.Main().Requested[0].Route.Tiers[c.tier]
				want := map[int]int64{0: 500, 1: 3000}[c.tier]
				if tier.Cost.Flat != want || !tier.Cost.Refunded {
					t.Errorf("deposit %+v, want %d", tier.Cost, want)
				}
			}
		})
	}
}

// Where and by when (reported): the county board for a county race, the
// state board for the at-large U.S. House seat, two calendar days after the
// canvass.
func TestWYReceivers(t *testing.T) {
	res := apply(t, wyRace(20241105, rules.General, rules.County, 1, 20241108, 10000, 9000))
	if f := res.Main().Filing; f == nil || f.Receiver.ID != "county-board" || res.Deadline.Due != 20241110 {
		t.Errorf("county: %+v due %v", f, res.Deadline.Due)
	}
	res = apply(t, wyRace(20241105, rules.General, rules.USHouse, 23, 20241120, 180000, 60000))
	if f := res.Main().Filing; f == nil || f.Receiver.ID != "state-board" || res.Deadline.Due != 20241122 {
		t.Errorf("U.S. House: %+v due %v", f, res.Deadline.Due)
	}
}

// § 8-4-101(b): "If New Year's Day, Independence Day, Christmas Day or
// Veterans Day fall upon a Sunday, the Monday following is a legal
// holiday"; a Saturday one is not moved. No Wyoming deadline counts business
// days or moves off a holiday, so a plain count of business days on
// Wyoming's calendar shows it.
func TestWYSundayHolidayMonday(t *testing.T) {
	checkDayCounts(t, &WY.Holidays, []dayCount{
		// Veterans Day on Sunday, November 11, 2018: 1 business day after
		// Friday the 9th: (Sat 10, Sun 11, Mon 12 holiday) Tue 13.
		{"Veterans Day on a Sunday", 20181109, 20181113, 1},
		// July 4 on Sunday, 2021: after Friday July 2: (Sat 3, Sun 4, Mon 5
		// holiday) Tue 6.
		{"July 4 on a Sunday", 20210702, 20210706, 1},
		// Veterans Day on Saturday, November 11, 2023, not moved: after
		// Thursday the 9th, Fri 10.
		{"Veterans Day on a Saturday", 20231109, 20231110, 1},
		// Christmas on Saturday, December 25, 2021, not moved: after
		// Thursday the 23rd, Fri 24.
		{"Christmas on a Saturday", 20211223, 20211224, 1},
	})
	// The two days after a county canvass do not roll (as reported): a
	// canvass on Saturday, November 10, 2018 gives Monday the 12th, the
	// holiday, all the same.
	res := apply(t, wyRace(20181106, rules.General, rules.County, 1, 20181110, 10000, 9000))
	if res.Deadline == nil || res.Deadline.Due != 20181112 || res.Deadline.Rolled {
		t.Errorf("county canvass Saturday: %+v", res.Deadline)
	}
}

// November 3, 2026: 2026 HB0052 (a 2% hand-count line for legislative
// races) died in the Senate, so § 22-16-109(b)'s "less than one percent" of
// the winner's votes still applies. Winner 10,000: 1% is 100 exactly, so at
// most 99 votes; 100 (1%) and 150 (1.5%, inside the failed bill's 2%) are
// paid requests with the $500 deposit of § 22-16-113(a)(i).
func TestWYLine2026(t *testing.T) {
	for _, c := range []struct {
		name           string
		loser          int64
		automatic, req rules.Answer
	}{
		{"99: automatic", 9901, rules.Yes, rules.No},
		{"100: at 1%, a request", 9900, rules.No, rules.Yes},
		{"150: no 2% line", 9850, rules.No, rules.Yes},
	} {
		t.Run(c.name, func(t *testing.T) {
			res := apply(t, wyRace(20261103, rules.General, rules.StateHouse, 1, 20261106, 10000, c.loser))
			if res.Automatic != c.automatic || res.Request != c.req {
				t.Errorf("automatic %v request %v, want %v %v", res.Automatic, res.Request, c.automatic, c.req)
			}
			if lim, _ := res.AutomaticLimit(); lim.Votes != 99 {
				t.Errorf("automatic limit %d, want 99", lim.Votes)
			}
			if c.req == rules.Yes && res.Checks[0].Tier != 0 {
				t.Errorf("tier %d, want 0 ($500)", res.Checks[0].Tier)
			}
		})
	}
}

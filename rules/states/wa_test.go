package states

import (
	"testing"

	"github.com/recount-explainer/recount/rules"
)

// waRace is a Washington race with candidates' votes in the order given.
func waRace(date rules.Date, office rules.Office, counties int, base rules.Date, votes ...int64) rules.Race {
	r := rules.Race{State: "WA", Election: date, Type: rules.General, Office: office, Counties: counties, Base: base}
	for i, v := range votes {
		r.Candidates = append(r.Candidates, rules.Candidate{Name: string(rune('A' + i)), Votes: v})
	}
	return r
}

// The README's contrast: 2,500 votes of 3,000,000 is within 0.5% of the two
// candidates' votes (15,000) but not under 2,000 votes: no mandatory
// recount; an application is open at any margin.
func TestWA2000Votes(t *testing.T) {
	res := apply(t, waRace(20241105, rules.Governor, 39, 20241126, 1501250, 1498750))
	lim, ok := res.AutomaticLimit()
	if res.Automatic != rules.No || !ok || lim.Votes != 1999 {
		t.Errorf("automatic %v limit %d", res.Automatic, lim.Votes)
	}
	if res.Request != rules.Yes {
		t.Errorf("request %v", res.Request)
	}
	if _, ok := res.RequestLimit(); ok {
		t.Errorf("a request at any margin has no limit")
	}
}

// Both tests are "less than": at 2,000 votes, and at exactly 0.5%, no.
func TestWAMachineLine(t *testing.T) {
	for _, c := range []struct {
		name   string
		office rules.Office
		votes  []int64
		want   rules.Answer
		tier   int
	}{
		// 2,999,999 votes: 1,999 is under 2,000 and under 0.5% (14,999.995).
		// The hand tier is under 1,000: machine.
		{"1,999 statewide", rules.Governor, []int64{1500999, 1499000}, rules.Yes, 1},
		{"2,000 statewide", rules.Governor, []int64{1501000, 1499000}, rules.No, -1},
		// 200,000 votes: 0.5% is 1,000 exactly, so a margin of 1,000 is not
		// less than it.
		{"1,000 of 200,000", rules.County, []int64{100500, 99500}, rules.No, -1},
		// 199,999 votes: 0.5% is 999.995; 999 is under it.
		{"999 of 199,999", rules.County, []int64{100499, 99500}, rules.Yes, 1},
	} {
		t.Run(c.name, func(t *testing.T) {
			counties := 1
			if c.office == rules.Governor {
				counties = 39
			}
			res := apply(t, waRace(20241105, c.office, counties, 20241126, c.votes...))
			if res.Automatic != c.want || res.Main().Automatic[0].Tier != c.tier {
				t.Errorf("automatic %v tier %d, want %v %d", res.Automatic, res.Main().Automatic[0].Tier, c.want, c.tier)
			}
		})
	}
}

// The hand tier: under 1,000 votes statewide, under 150 elsewhere, and
// under 0.25% of the two candidates' votes.
func TestWAHandTier(t *testing.T) {
	hand := func(office rules.Office, counties int, votes ...int64) int {
		res := apply(t, waRace(20241105, office, counties, 20241126, votes...))
		return res.Main().Automatic[0].Tier
	}
	// Statewide: 999 of 2,999,999 (0.25% is 7,499.99): by hand.
	if tier := hand(rules.Governor, 39, 1500499, 1499500); tier != 0 {
		t.Errorf("statewide 999: tier %d", tier)
	}
	// A county race: 149 of 99,999 (0.25% is 249.99): by hand.
	if tier := hand(rules.County, 1, 50074, 49925); tier != 0 {
		t.Errorf("county 149: tier %d", tier)
	}
	// 150 of 100,000: not under 150, so by machine.
	if tier := hand(rules.County, 1, 50075, 49925); tier != 1 {
		t.Errorf("county 150: tier %d", tier)
	}
	// 149 of 58,999 (0.25% is 147.49): past the share, so by machine.
	if tier := hand(rules.County, 1, 29574, 29425); tier != 1 {
		t.Errorf("county 149 of 58,999: tier %d", tier)
	}
}

// Receivers, and the 2004 text's three business days over Thanksgiving.
func TestWAReceiversAndDeadline(t *testing.T) {
	// Declared Wednesday, November 26, 2008: Thanksgiving and the day after
	// are holidays; Monday, Tuesday, Wednesday December 3.
	res := apply(t, waRace(20081104, rules.USHouse, 5, 20081126, 150000, 149000))
	if f := res.Main().Filing; f == nil || f.Receiver.ID != "secretary-of-state" {
		t.Errorf("U.S. House filing %+v", f)
	}
	if res.Deadline.Due != 20081203 || len(res.Findings) != 1 {
		t.Errorf("2008: due %v, %d findings", res.Deadline.Due, len(res.Findings))
	}
	res = apply(t, waRace(20081104, rules.County, 1, 20081126, 15000, 14900))
	if f := res.Main().Filing; f == nil || f.Receiver.ID != "county-official" {
		t.Errorf("county filing %+v", f)
	}
}

// Since January 1, 2012, RCW 29A.64.011 (2011 c 349 § 23): "within two
// business days after the county canvassing board or secretary of state has
// declared the official results". One reading; before 2012, three.
func TestWA2026Deadline(t *testing.T) {
	for _, c := range []struct {
		name       string
		date, base rules.Date
		due        rules.Date
	}{
		// November 3, 2026; the counties certify Tuesday, November 24 (the
		// 21st day). Wednesday the 25th is day 1; Thanksgiving (26th) and
		// Native American Heritage Day (27th), then the weekend; Monday,
		// November 30 is day 2.
		{"2026", 20261103, 20261124, 20261130},
		// November 5, 2024, declared Tuesday, November 26: Wednesday the 27th
		// is day 1; the two holidays and the weekend; Monday, December 2.
		{"2024", 20241105, 20241126, 20241202},
		// Before the change: November 8, 2011, declared Tuesday, November 29,
		// under the text until 2012 (three business days): Wednesday the 30th
		// 1, Thursday, December 1 2, Friday, December 2 3.
		{"2011", 20111108, 20111129, 20111202},
	} {
		t.Run(c.name, func(t *testing.T) {
			// 1,000 of 29,000 votes: over 0.5% of the two candidates' votes
			// (145), so no mandatory recount; an application at any margin.
			res := apply(t, waRace(c.date, rules.County, 1, c.base, 15000, 14000))
			if res.Automatic != rules.No || res.Request != rules.Yes || len(res.Findings) != 1 {
				t.Fatalf("automatic %v request %v, %d findings", res.Automatic, res.Request, len(res.Findings))
			}
			if f := res.Main().Filing; f == nil || f.Receiver.ID != "county-official" {
				t.Errorf("filing %+v", f)
			}
			if res.Deadline == nil || res.Deadline.Due != c.due || len(res.OtherDeadlines) != 0 {
				t.Errorf("deadline %+v, others %+v, want %v", res.Deadline, res.OtherDeadlines, c.due)
			}
		})
	}
	// The Secretary of State receives a U.S. House application, on the same
	// two business days.
	res := apply(t, waRace(20261103, rules.USHouse, 5, 20261124, 150000, 149000))
	if f := res.Main().Filing; f == nil || f.Receiver.ID != "secretary-of-state" || res.Deadline.Due != 20261130 {
		t.Errorf("U.S. House: filing %+v, deadline %+v", f, res.Deadline)
	}
}

// 2004: the governor's race came before the hand tier's text (2005).
func TestWA2004Governor(t *testing.T) {
	res := apply(t, waRace(20041102, rules.Governor, 39, 20041117, 1371414, 1371153))
	if res.When != rules.Assumed || res.Automatic != rules.Yes {
		t.Errorf("when %v automatic %v", res.When, res.Automatic)
	}
}

// The top-two primary: the top two go on, and the third is measured against
// the second, not the first. 29,900 behind 30,000 is 100 votes, under 2,000
// and under 0.5% of the two candidates' 59,900 votes (299.5): the mandatory
// recount. Against first place (10,100 behind) it would be no.
func TestWATopTwoPrimary(t *testing.T) {
	r := waRace(20240806, rules.StateHouse, 1, 20240820, 40000, 30000, 29900)
	r.Type = rules.Primary
	res := apply(t, r)
	if res.Outcome != rules.Advanced || res.Standings[1].Status != rules.Advances || res.Standings[2].Status != rules.Lost {
		t.Fatalf("outcome %v, standings %+v", res.Outcome, res.Standings)
	}
	if c := res.Closest(); c == nil || c.Margin != 100 || res.Standings[c.Against].Name != "B" {
		t.Fatalf("closest %+v, want 100 behind B", c)
	}
	if res.Automatic != rules.Yes {
		t.Errorf("automatic %v, want the mandatory recount", res.Automatic)
	}
	// Before the top-two primary (2004), the most votes nominate.
	r.Election, r.Base = 20040914, 20040928
	if res := apply(t, r); res.Outcome != rules.Nominated || res.Closest().Margin != 10000 {
		t.Errorf("2004 primary: %v, closest %+v", res.Outcome, res.Closest())
	}
}

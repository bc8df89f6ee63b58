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

// Since 2012 the deadline depends on the reading: two business days after
// the canvass, or three after the declaration. The verdicts agree.
func TestWADeadlineReadings(t *testing.T) {
	// Tuesday, November 26, 2024: Wednesday is day 1; Thanksgiving and Native
	// American Heritage Day, then the weekend; Monday December 2 is day 2,
	// Tuesday the 3rd day 3.
	res := apply(t, waRace(20241105, rules.County, 1, 20241126, 15000, 14900))
	if res.Request != rules.Yes || len(res.Findings) != 2 {
		t.Fatalf("request %v, %d findings", res.Request, len(res.Findings))
	}
	if res.Deadline.Due != 20241202 || len(res.OtherDeadlines) != 1 || res.OtherDeadlines[0].Due != 20241203 {
		t.Errorf("due %v, others %+v", res.Deadline.Due, res.OtherDeadlines)
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

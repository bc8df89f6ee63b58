package states

import (
	"testing"

	"github.com/recount-explainer/recount/rules"
)

// mnRace is a Minnesota race with candidates' votes in the order given.
func mnRace(date rules.Date, typ rules.ElectionType, office rules.Office, counties int, base rules.Date, votes ...int64) rules.Race {
	r := rules.Race{State: "MN", Election: date, Type: typ, Office: office, Counties: counties, Base: base}
	for i, v := range votes {
		r.Candidates = append(r.Candidates, rules.Candidate{Name: string(rune('A' + i)), Votes: v})
	}
	return r
}

// The 2008 Senate race at the state canvass: Coleman 1,211,590, Franken
// 1,211,375, Barkley 437,505 (minor candidates left out). 0.5% of 2,860,470
// is 14,302.35, so "less than" it is 14,302 votes or fewer; 215 is inside:
// an automatic hand recount, and no request is needed.
func TestMN2008Senate(t *testing.T) {
	res := apply(t, mnRace(20081104, rules.General, rules.USSenate, 87, 20081118, 1211590, 1211375, 437505))
	lim, ok := res.AutomaticLimit()
	if res.Automatic != rules.Yes || !ok || lim.Votes != 14302 || res.Checks[0].Margin != 215 {
		t.Errorf("automatic %v limit %d margin %d", res.Automatic, lim.Votes, res.Checks[0].Margin)
	}
	if res.Request != rules.No || !res.Main().Requested[0].Closed {
		t.Errorf("request %v: the optional recount is for races outside the automatic line", res.Request)
	}
	if rc := res.Main().Automatic; len(rc) != 1 || rc[0].Route.Waiver == nil {
		t.Errorf("automatic route %+v: want the loser's waiver", rc)
	}
}

// The 2010 governor's race: Dayton +8,770 of 2,107,021 votes (eight
// candidates). 0.5% is 10,535.105: within, so automatic.
func TestMN2010Governor(t *testing.T) {
	res := apply(t, mnRace(20101102, rules.General, rules.Governor, 87, 20101123,
		919232, 910462, 251487, 7516, 6188, 6180, 4092, 1864))
	if lim, _ := res.AutomaticLimit(); res.Automatic != rules.Yes || lim.Votes != 10535 || res.Checks[0].Margin != 8770 {
		t.Errorf("automatic %v limit %d margin %d", res.Automatic, lim.Votes, res.Checks[0].Margin)
	}
}

// The old automatic line: "less than one-half of one percent", or ten
// votes or less where 400 or fewer were cast.
func TestMNAutomaticLineBefore2013(t *testing.T) {
	for _, c := range []struct {
		name  string
		votes []int64
		want  rules.Answer
		line  int64
	}{
		// 0.5% of 200,000 = 1,000 exactly; "less than": 999.
		{"1,000 of 200,000: at the line, out", []int64{100500, 99500}, rules.No, 999},
		{"998 of 200,000: in", []int64{100499, 99501}, rules.Yes, 999},
		// 400 votes: 0.5% is 2, but ten votes or less qualify.
		{"10 of 400", []int64{205, 195}, rules.Yes, 10},
		{"12 of 400", []int64{206, 194}, rules.No, 10},
		// 401 votes: the ten-vote rule is gone; 0.5% is 2.005.
		{"11 of 401", []int64{206, 195}, rules.No, 2},
	} {
		t.Run(c.name, func(t *testing.T) {
			res := apply(t, mnRace(20101102, rules.General, rules.StateHouse, 1, 20101123, c.votes...))
			if lim, _ := res.AutomaticLimit(); res.Automatic != c.want || lim.Votes != c.line {
				t.Errorf("automatic %v limit %d", res.Automatic, lim.Votes)
			}
		})
	}
}

// Since 2013: no automatic recount; a free recount on the losing
// candidate's written request within 0.25% (statewide and congressional)
// or 0.5% (the legislature), at the candidate's own cost beyond.
func TestMNPubliclyFunded(t *testing.T) {
	for _, c := range []struct {
		name   string
		office rules.Office
		votes  []int64
		tier   int
		line   int64
	}{
		// 0.25% of 1,000,000 = 2,500 exactly; "less than": 2,499.
		{"senate, 2,500 of 1,000,000: paid", rules.USSenate, []int64{501250, 498750}, 1, 2499},
		{"senate, 2,498: free", rules.USSenate, []int64{501249, 498751}, 0, 2499},
		// 0.5% of 20,000 = 100 exactly: 99.
		{"house, 100 of 20,000: paid", rules.StateHouse, []int64{10050, 9950}, 1, 99},
		{"house, 98: free", rules.StateHouse, []int64{10049, 9951}, 0, 99},
		// 300 votes: ten votes or less is free.
		{"house, 10 of 300: free", rules.StateHouse, []int64{155, 145}, 0, 10},
	} {
		t.Run(c.name, func(t *testing.T) {
			counties := 1
			if c.office == rules.USSenate {
				counties = 87
			}
			res := apply(t, mnRace(20241105, rules.General, c.office, counties, 20241126, c.votes...))
			if res.Automatic != rules.NoRoute || res.Request != rules.Yes || res.Checks[0].Tier != c.tier {
				t.Errorf("automatic %v request %v tier %d", res.Automatic, res.Request, res.Checks[0].Tier)
			}
			if lim := res.Main().Requested[0].Limits[0]; lim.Votes != c.line {
				t.Errorf("free line %d, want %d", lim.Votes, c.line)
			}
		})
	}
}

// County, school and city offices: the sources disagree on the free line.
// 200 votes of 60,000 is within 0.5% (299) but not 0.25% (149): free in
// one reading, paid in the other; a request either way.
func TestMNLocalReadings(t *testing.T) {
	res := apply(t, mnRace(20241105, rules.General, rules.County, 1, 20241115, 30100, 29900))
	if len(res.Findings) != 2 || res.Request != rules.Yes {
		t.Fatalf("%d findings, request %v", len(res.Findings), res.Request)
	}
	a, b := res.Findings[0].Requested[0], res.Findings[1].Requested[0]
	if a.Tier != 0 || a.Limits[0].Votes != 299 || b.Tier != 1 || b.Limits[0].Votes != 149 {
		t.Errorf("half-percent reading: tier %d line %d; three-tier reading: tier %d line %d",
			a.Tier, a.Limits[0].Votes, b.Tier, b.Limits[0].Votes)
	}
	// 10,000 votes: both readings say less than 0.5% (49).
	res = apply(t, mnRace(20241105, rules.General, rules.Municipal, 1, 20241115, 5020, 4980))
	if res.Findings[0].Requested[0].Limits[0].Votes != 49 || res.Findings[1].Requested[0].Limits[0].Votes != 49 {
		t.Errorf("10,000 votes: lines %d and %d", res.Findings[0].Requested[0].Limits[0].Votes, res.Findings[1].Requested[0].Limits[0].Votes)
	}
}

// The filing officer, by 5 p.m. on the second day after the primary's
// canvass, calendar days (a Saturday stays); no general-election deadline
// was read, so none is counted.
func TestMNReceiverAndDeadline(t *testing.T) {
	res := apply(t, mnRace(20240813, rules.Primary, rules.StateHouse, 1, 20240820, 1010, 990))
	if f := res.Main().Filing; f == nil || f.Receiver.ID != "filing-officer" {
		t.Fatalf("filing %+v", f)
	}
	if res.Deadline == nil || res.Deadline.Due != 20240822 || res.Deadline.Rule.At != 17*60 {
		t.Errorf("deadline %+v", res.Deadline)
	}
	res = apply(t, mnRace(20240813, rules.Primary, rules.USHouse, 10, 20240822, 10100, 9900))
	if res.Deadline == nil || res.Deadline.Due != 20240824 || res.Deadline.Rolled {
		t.Errorf("Saturday: %+v", res.Deadline)
	}
	res = apply(t, mnRace(20241105, rules.General, rules.Governor, 87, 20241126, 1000100, 999900))
	if f := res.Main().Filing; f == nil || f.Receiver.ID != "filing-officer" || res.Deadline != nil {
		t.Errorf("general: filing %+v deadline %+v", f, res.Deadline)
	}
}

// Between the 2013 act and the 2014 primary both versions are shown: a
// close state race may or may not be recounted with no request.
func TestMN2013Window(t *testing.T) {
	res := apply(t, mnRace(20131105, rules.Special, rules.StateHouse, 1, 20131112, 5010, 4990))
	if res.Automatic != rules.Depends || res.AutomaticReason != rules.ReasonReadings {
		t.Errorf("November 2013: automatic %v %v", res.Automatic, res.AutomaticReason)
	}
	if res := apply(t, mnRace(20140812, rules.Primary, rules.StateHouse, 1, 20140819, 5010, 4990)); res.Automatic != rules.NoRoute {
		t.Errorf("August 2014: %v", res.Automatic)
	}
}

// Ties are decided by lot.
func TestMNTies(t *testing.T) {
	for _, o := range []rules.Office{rules.StateSenate, rules.Municipal} {
		if res := apply(t, mnRace(20241105, rules.General, o, 1, 20241115, 700, 700)); res.Tie == nil || res.Tie.Kind != rules.ByLot {
			t.Errorf("%s: %+v", o, res.Tie)
		}
	}
}

// November 3, 2026: the local line is still open (§ 204C.36 was not read;
// the 2013 act's title shows it amended subd. 1). A county race of 60,000
// votes lost by 200: less than 0.5% (299) is free in the guide's reading;
// above 50,000 votes Ballotpedia's 0.25% (149) makes it a recount at the
// candidate's cost. A request either way, no automatic recount, and no
// deadline counted (the local request is due within the time for a
// contest, a fact).
func TestMN2026LocalOpen(t *testing.T) {
	res := apply(t, mnRace(20261103, rules.General, rules.County, 1, 20261113, 30100, 29900))
	if res.Automatic != rules.NoRoute || res.Request != rules.Yes || len(res.Findings) != 2 {
		t.Fatalf("automatic %v request %v, %d findings", res.Automatic, res.Request, len(res.Findings))
	}
	a, b := res.Findings[0], res.Findings[1]
	if a.Reading.ID != "mn-local-half-percent" || a.Requested[0].Tier != 0 || a.Requested[0].Limits[0].Votes != 299 {
		t.Errorf("%s: tier %d line %d", a.Reading.ID, a.Requested[0].Tier, a.Requested[0].Limits[0].Votes)
	}
	if b.Reading.ID != "mn-local-three-tiers" || b.Requested[0].Tier != 1 || b.Requested[0].Limits[0].Votes != 149 {
		t.Errorf("%s: tier %d line %d", b.Reading.ID, b.Requested[0].Tier, b.Requested[0].Limits[0].Votes)
	}
	if res.Deadline != nil {
		t.Errorf("deadline %+v: none is counted for a local office", res.Deadline)
	}
	// 400 votes, lost by 10: free in both readings ("ten votes or less").
	res = apply(t, mnRace(20261103, rules.General, rules.Municipal, 1, 20261113, 205, 195))
	for _, f := range res.Findings {
		if f.Requested[0].Tier != 0 || f.Requested[0].Limits[0].Votes != 10 {
			t.Errorf("%s: tier %d line %d", f.Reading.ID, f.Requested[0].Tier, f.Requested[0].Limits[0].Votes)
		}
	}
}

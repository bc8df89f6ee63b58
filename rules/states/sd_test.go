package states

import (
	"testing"

	"github.com/recount-explainer/recount/rules"
)

// sdRace is a South Dakota race with candidates' votes in the order given.
func sdRace(date rules.Date, typ rules.ElectionType, office rules.Office, counties int, base rules.Date, votes ...int64) rules.Race {
	r := rules.Race{State: "SD", Election: date, Type: typ, Office: office, Counties: counties, Base: base}
	for i, v := range votes {
		r.Candidates = append(r.Candidates, rules.Candidate{Name: string(rune('A' + i)), Votes: v})
	}
	return r
}

// § 12-21-12: more than one county, other than the Legislature: "does not
// exceed onefourth of one percent of the total vote cast for all
// candidates".
func TestSDStatewideLine(t *testing.T) {
	for _, c := range []struct {
		name  string
		votes []int64
		want  rules.Answer
	}{
		// 0.25% of 400,000 is 1,000: 500 is inside.
		{"inside", []int64{200250, 199750}, rules.Yes},
		// Exactly 1,000: "does not exceed", so inside.
		{"at the line", []int64{200500, 199500}, rules.Yes},
		// 1,002 > 1,000.
		{"outside", []int64{200501, 199499}, rules.No},
	} {
		t.Run(c.name, func(t *testing.T) {
			res := apply(t, sdRace(20241105, rules.General, rules.USSenate, 66, 20241112, c.votes...))
			lim, ok := res.RequestLimit()
			if res.Request != c.want || !ok || lim.Votes != 1000 {
				t.Errorf("request %v limit %d, want %v 1000", res.Request, lim.Votes, c.want)
			}
			if res.Automatic != rules.No {
				t.Errorf("automatic %v", res.Automatic)
			}
		})
	}
	// Not the 2% of a legislative district: 1,002 of 400,000 is far inside
	// 2% (8,000) and still no recount.
	res := apply(t, sdRace(20241105, rules.General, rules.Governor, 66, 20241112, 200501, 199499))
	if f := res.Main().Filing; res.Request != rules.No || f == nil || f.Receiver.ID != "secretary-of-state" {
		t.Errorf("governor: request %v filing %+v", res.Request, f)
	}
	// Three days after the State Board of Canvassers' canvass (Tuesday,
	// November 12, 2024): Friday the 15th.
	if res.Deadline == nil || res.Deadline.Due != 20241115 || res.Deadline.Rule.From != rules.StateCanvass {
		t.Errorf("deadline %+v", res.Deadline)
	}
}

// § 12-21-11: a legislative district of more than one county, 2%, to each
// county auditor.
func TestSDLegislative(t *testing.T) {
	for _, c := range []struct {
		name  string
		votes []int64
		want  rules.Answer
	}{
		// 2% of 10,000 is 200.
		{"inside", []int64{5050, 4950}, rules.Yes},
		{"at the line", []int64{5100, 4900}, rules.Yes},
		{"outside", []int64{5101, 4899}, rules.No},
	} {
		t.Run(c.name, func(t *testing.T) {
			res := apply(t, sdRace(20240604, rules.Primary, rules.StateHouse, 2, 20240614, c.votes...))
			if lim, _ := res.RequestLimit(); res.Request != c.want || lim.Votes != 200 {
				t.Errorf("request %v limit %d", res.Request, lim.Votes)
			}
			if f := res.Main().Filing; f == nil || f.Receiver.ID != "sd-county-auditor" {
				t.Errorf("filing %+v", f)
			}
		})
	}
}

// § 9-13-27.3: a city's governing body, within 2% "or by a margin of five
// votes or less", to the finance officer within five days.
func TestSDMunicipal(t *testing.T) {
	for _, c := range []struct {
		name  string
		votes []int64
		want  rules.Answer
		limit int64
	}{
		// 101 votes: 2% is 2.02, so five votes is the wider line.
		{"five votes", []int64{53, 48}, rules.Yes, 5},
		// 100 votes, margin 6: past both 2 and 5.
		{"six votes", []int64{53, 47}, rules.No, 5},
		// 1,000 votes: 2% is 20; 20 is inside ("not exceeding").
		{"two percent", []int64{510, 490}, rules.Yes, 20},
		{"past two percent", []int64{511, 489}, rules.No, 20},
	} {
		t.Run(c.name, func(t *testing.T) {
			res := apply(t, sdRace(20240611, rules.General, rules.Municipal, 1, 20240618, c.votes...))
			if lim, _ := res.RequestLimit(); res.Request != c.want || lim.Votes != c.limit {
				t.Errorf("request %v limit %d, want %v %d", res.Request, lim.Votes, c.want, c.limit)
			}
			if f := res.Main().Filing; f == nil || f.Receiver.ID != "sd-finance-officer" {
				t.Errorf("filing %+v", f)
			}
			if res.Deadline == nil || res.Deadline.Due != 20240623 {
				t.Errorf("deadline %+v", res.Deadline)
			}
			if res.Automatic != rules.NoRoute {
				t.Errorf("automatic %v: a city tie is drawn by lot", res.Automatic)
			}
		})
	}
	res := apply(t, sdRace(20240611, rules.General, rules.Municipal, 1, 20240618, 50, 50))
	if res.Tie == nil || res.Tie.Kind != rules.ByLot {
		t.Errorf("city tie: %+v", res.Tie)
	}
}

// A certified tie is recounted automatically (§ 12-21-16, heading).
func TestSDTie(t *testing.T) {
	res := apply(t, sdRace(20241105, rules.General, rules.County, 1, 20241112, 2000, 2000))
	if lim, ok := res.AutomaticLimit(); res.Automatic != rules.Yes || !ok || lim.Votes != 0 {
		t.Errorf("automatic %v limit %+v", res.Automatic, lim)
	}
}

// § 12-6-51.1: a primary for governor with three or more candidates needs
// 35%, or the top two meet in a runoff, and chapter 12-21 does not apply
// (§ 12-21-18).
func TestSDPrimaryRunoff(t *testing.T) {
	res := apply(t, sdRace(20260602, rules.Primary, rules.Governor, 66, 20260609, 34000, 33500, 32500))
	if res.Outcome != rules.ToRunoff || res.Request != rules.No || res.RequestReason != rules.ReasonRunoff {
		t.Errorf("34%%: %v request %v (%v)", res.Outcome, res.Request, res.RequestReason)
	}
	// Exactly 35% of 100,000 is enough ("receives thirty-five percent").
	res = apply(t, sdRace(20260602, rules.Primary, rules.Governor, 66, 20260609, 35000, 34900, 30100))
	if res.Outcome != rules.Nominated || res.Request != rules.Yes {
		t.Errorf("35%%: %v request %v", res.Outcome, res.Request)
	}
	if res.Majority != 35000 {
		t.Errorf("35%% of 100,000: %d needed, want 35,000", res.Majority)
	}
	// 700,000 of 2,000,001 is 34.99998%: short of 35% (700,000.35), so a
	// runoff; 700,001 is the fewest that reach it.
	res = apply(t, sdRace(20260602, rules.Primary, rules.Governor, 66, 20260609, 700000, 650001, 650000))
	if res.Outcome != rules.ToRunoff || res.Majority != 700001 {
		t.Errorf("700,000 of 2,000,001: %v, %d needed", res.Outcome, res.Majority)
	}
	// A state senate primary is decided by the most votes.
	res = apply(t, sdRace(20260602, rules.Primary, rules.StateSenate, 1, 20260609, 340, 330, 330))
	if res.Outcome != rules.Nominated {
		t.Errorf("state senate: %v", res.Outcome)
	}
}

// SB 173 of 2025 would move the legislative petition to the secretary of
// state; its fate was not found, so from July 1, 2025 both are shown. The
// verdict is the same.
func TestSDSB173(t *testing.T) {
	res := apply(t, sdRace(20260602, rules.Primary, rules.StateSenate, 3, 20260609, 5050, 4950))
	if len(res.Findings) != 2 || res.Request != rules.Yes {
		t.Fatalf("findings %d request %v", len(res.Findings), res.Request)
	}
	if f := res.Findings[0].Filing; f == nil || f.Receiver.ID != "sd-county-auditor" {
		t.Errorf("main filing %+v", f)
	}
	if f := res.Findings[1].Filing; f == nil || f.Receiver.ID != "secretary-of-state" {
		t.Errorf("SB 173 filing %+v", f)
	}
	if len(res.OtherDeadlines) != 1 || res.OtherDeadlines[0].Rule.From != rules.StateCanvass {
		t.Errorf("other deadlines %+v", res.OtherDeadlines)
	}
	// Before July 2025: one reading.
	if res := apply(t, sdRace(20240604, rules.Primary, rules.StateSenate, 3, 20240614, 5050, 4950)); len(res.Findings) != 1 {
		t.Errorf("2024: %d findings", len(res.Findings))
	}
}

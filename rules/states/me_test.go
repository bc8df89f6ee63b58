package states

import (
	"testing"

	"github.com/recount-explainer/recount/rules"
)

// meRace is a Maine race with candidates' votes in the order given.
func meRace(date rules.Date, typ rules.ElectionType, office rules.Office, counties int, votes ...int64) rules.Race {
	r := rules.Race{State: "ME", Election: date, Type: typ, Office: office, Counties: counties, Base: date}
	for i, v := range votes {
		r.Candidates = append(r.Candidates, rules.Candidate{Name: string(rune('A' + i)), Votes: v})
	}
	return r
}

// meTier returns the request verdict and the tier the closest loser's
// margin falls in (0: free, 1: the next, …), checking the margin.
func meTier(t *testing.T, res rules.Result, margin int64) (rules.Answer, int) {
	t.Helper()
	if res.Checks[0].Margin != margin {
		t.Fatalf("margin %d, want %d", res.Checks[0].Margin, margin)
	}
	return res.Request, res.Checks[0].Tier
}

// The legislature: free at 1.5% or less of the votes for the office, a
// $500 deposit up to 4%, a larger deposit beyond; a request at any margin.
func TestMELegislativeTiers(t *testing.T) {
	for _, c := range []struct {
		name      string
		a, b      int64
		margin    int64
		tier      int
		firstLine int64
	}{
		// 1.5% of 9,925 = 148.875: a limit of 148; 75 is inside.
		{"75 of 9,925: free", 5000, 4925, 75, 0, 148},
		// 1.5% of 10,000 = 150 exactly, "1.5% or less": free.
		{"150 of 10,000: at the line, free", 5075, 4925, 150, 0, 150},
		// 152 of 10,000 is past 150 and within 4% (400): $500.
		{"152 of 10,000: $500", 5076, 4924, 152, 1, 150},
		// 4% of 10,000 = 400 exactly: still the $500 tier.
		{"400 of 10,000: at 4%", 5200, 4800, 400, 1, 150},
		// 402 is past 4%: the larger deposit.
		{"402 of 10,000: past 4%", 5201, 4799, 402, 2, 150},
	} {
		t.Run(c.name, func(t *testing.T) {
			res := apply(t, meRace(20241105, rules.General, rules.StateHouse, 1, c.a, c.b))
			ans, tier := meTier(t, res, c.margin)
			if ans != rules.Yes || tier != c.tier {
				t.Errorf("request %v tier %d, want yes tier %d", ans, tier, c.tier)
			}
			if lim := res.Main().Requested[0].Limits[0]; lim.Votes != c.firstLine {
				t.Errorf("free line %d, want %d", lim.Votes, c.firstLine)
			}
			if res.Automatic != rules.NoRoute {
				t.Errorf("automatic %v: Maine has none", res.Automatic)
			}
		})
	}
	// A county office in one county follows the same line.
	res := apply(t, meRace(20241105, rules.General, rules.County, 1, 5075, 4925))
	if ans, tier := meTier(t, res, 150); ans != rules.Yes || tier != 0 {
		t.Errorf("county at 1.5%%: %v tier %d", ans, tier)
	}
}

// Statewide and congressional: free at "1% or less … or not more than
// 1,000 votes, whichever is less".
func TestMEStatewideLesser(t *testing.T) {
	for _, c := range []struct {
		name    string
		a, b    int64
		margin  int64
		tier    int
		line    int64
		binding int
	}{
		// 400,000 votes: 1% is 4,000, so 1,000 votes is the lesser.
		{"1,000 of 400,000: at the vote line", 200500, 199500, 1000, 0, 1000, 1},
		{"1,002 of 400,000: past it", 200501, 199499, 1002, 1, 1000, 1},
		// 50,000 votes: 1% is 500, less than 1,000.
		{"500 of 50,000: at 1%", 25250, 24750, 500, 0, 500, 0},
		{"502 of 50,000: past 1%", 25251, 24749, 502, 1, 500, 0},
	} {
		t.Run(c.name, func(t *testing.T) {
			res := apply(t, meRace(20241105, rules.General, rules.USHouse, 8, c.a, c.b))
			ans, tier := meTier(t, res, c.margin)
			lim := res.Main().Requested[0].Limits[0]
			if ans != rules.Yes || tier != c.tier || lim.Votes != c.line || lim.Binding != c.binding {
				t.Errorf("request %v tier %d line %d (binding %d)", ans, tier, lim.Votes, lim.Binding)
			}
		})
	}
}

// Municipal offices (30-A § 2531-B): no deposit within 2.5% up to 1,000
// votes, 2% up to 5,000, 1.5% beyond, "equal to or less than".
func TestMEMunicipalBands(t *testing.T) {
	for _, c := range []struct {
		name   string
		votes  []int64
		margin int64
		tier   int
		line   int64
	}{
		// 2.5% of 1,000 = 25 exactly: free.
		{"25 of 1,000: at the line", []int64{510, 485, 5}, 25, 0, 25},
		{"26 of 1,000: past", []int64{513, 487}, 26, 1, 25},
		// 2% of 5,000 = 100 exactly: free.
		{"100 of 5,000", []int64{2550, 2450}, 100, 0, 100},
		// 5,001 votes: 1.5% = 75.015, a limit of 75.
		{"75 of 5,001", []int64{2538, 2463}, 75, 0, 75},
		{"77 of 5,001", []int64{2539, 2462}, 77, 1, 75},
	} {
		t.Run(c.name, func(t *testing.T) {
			res := apply(t, meRace(20250610, rules.General, rules.Municipal, 1, c.votes...))
			ans, tier := meTier(t, res, c.margin)
			if lim := res.Main().Requested[0].Limits[0]; ans != rules.Yes || tier != c.tier || lim.Votes != c.line {
				t.Errorf("request %v tier %d line %d", ans, tier, lim.Votes)
			}
			// The lines are the 2011 text's: P.L. 2019, c. 288 enacted
			// § 2531-B anew and its sub-§ 1 was not reached, so the free
			// tier is not shown as verified.
			if st := rules.StatusOf(res.Main().Requested[0].Route.Tiers[0].Cost.Cite); st != rules.NotFound {
				t.Errorf("free tier status %v, want not found in the current text", st)
			}
		})
	}
}

// Where and by when: the Secretary of State for a state or federal office,
// the municipal clerk for a city office; 5 business days after the
// election. In 2024 Veterans Day (Monday, November 11) is skipped: Wednesday,
// November 13, the day the Secretary of State gave as the last day.
func TestMEReceiverAndDeadline(t *testing.T) {
	res := apply(t, meRace(20241105, rules.General, rules.USSenate, 16, 400000, 399000))
	if f := res.Main().Filing; f == nil || f.Receiver.ID != "secretary-of-state" {
		t.Fatalf("filing %+v", f)
	}
	if res.Deadline == nil || res.Deadline.Due != 20241113 {
		t.Errorf("deadline %+v", res.Deadline)
	}
	res = apply(t, meRace(20241105, rules.General, rules.Municipal, 1, 600, 400))
	if f := res.Main().Filing; f == nil || f.Receiver.ID != "local-official" {
		t.Errorf("municipal filing %+v", f)
	}
	// June 10, 2025 (Tuesday): Juneteenth is not in the five days;
	// Wednesday to Tuesday, June 17.
	res = apply(t, meRace(20250610, rules.Primary, rules.StateHouse, 1, 600, 400))
	if res.Deadline.Due != 20250617 {
		t.Errorf("June 2025: due %v", res.Deadline.Due)
	}
	// Election on Tuesday, October 6, 2026: Indigenous Peoples Day
	// (Monday, October 12) is skipped: due Wednesday, October 14.
	res = apply(t, meRace(20261006, rules.Special, rules.StateHouse, 1, 600, 400))
	if res.Deadline.Due != 20261014 {
		t.Errorf("October 2026: due %v", res.Deadline.Due)
	}
}

// Before the 2017 amendment: 2% free for every state and federal office;
// between its enactment and the June 2018 primary both versions are shown.
func TestMEVersions(t *testing.T) {
	// 2% of 10,000 = 200 exactly: free in 2016.
	res := apply(t, meRace(20161108, rules.General, rules.USHouse, 8, 5100, 4900))
	if res.Request != rules.Yes || res.Checks[0].Tier != 0 || len(res.Findings) != 1 || res.When != rules.InForce {
		t.Errorf("2016 at 2%%: %v tier %d, %d findings, %v", res.Request, res.Checks[0].Tier, len(res.Findings), res.When)
	}
	res = apply(t, meRace(20161108, rules.General, rules.USHouse, 8, 5101, 4899))
	if res.Checks[0].Tier != 1 {
		t.Errorf("2016 past 2%%: tier %d", res.Checks[0].Tier)
	}
	// November 2017: the 2017 version and the one before.
	res = apply(t, meRace(20171107, rules.General, rules.StateHouse, 1, 5100, 4900))
	if res.Request != rules.Yes || len(res.Findings) != 2 {
		t.Errorf("2017: %v, %d findings", res.Request, len(res.Findings))
	}
	// Before 2015 the text was not read.
	if res := apply(t, meRace(20141104, rules.General, rules.Governor, 16, 294533, 265114)); res.When != rules.Assumed {
		t.Errorf("2014: %v", res.When)
	}
}

// Ties: by lot in a primary, a special election for the legislature, the
// Legislature for president.
func TestMETies(t *testing.T) {
	for _, c := range []struct {
		typ    rules.ElectionType
		office rules.Office
		want   rules.TieKind
	}{
		{rules.Primary, rules.StateHouse, rules.ByLot},
		{rules.General, rules.StateHouse, rules.NewElection},
		{rules.General, rules.President, rules.Legislature},
		{rules.General, rules.County, rules.NewElection},
	} {
		counties := 1
		if c.office == rules.President {
			counties = 16
		}
		res := apply(t, meRace(20240611, c.typ, c.office, counties, 485, 485))
		if res.Tie == nil || res.Tie.Kind != c.want || res.Automatic != rules.NoRoute {
			t.Errorf("%s %s: tie %+v automatic %v", c.typ, c.office, res.Tie, res.Automatic)
		}
	}
}

// 4 M.R.S. § 1051: a holiday on a Sunday is kept the Monday following, so
// the 5 business days skip that Monday; a holiday on a Saturday is not
// moved, so the Friday before counts.
func TestMESundayHolidayMonday(t *testing.T) {
	for _, c := range []struct {
		name   string
		race   rules.Race
		due    rules.Date
		closed rules.Date // the Monday kept as a holiday, or 0
	}{
		// The 2018 general election (Tuesday, November 6): Veterans Day was
		// Sunday the 11th, so Monday the 12th was a state holiday. Nov 7 W
		// 1, Nov 8 Th 2, Nov 9 F 3, Nov 10 Sa, Nov 11 Su, Nov 12 M holiday,
		// Nov 13 Tu 4, Nov 14 W 5: Wednesday, November 14 (not the 13th).
		{"2018 general", meRace(20181106, rules.General, rules.StateHouse, 1, 600, 400), 20181114, 20181112},
		// The same for the municipal clerk in 2029 (Tuesday, November 6):
		// Nov 7 W 1, Nov 8 Th 2, Nov 9 F 3, Nov 10 Sa, Nov 11 Su, Nov 12 M
		// holiday, Nov 13 Tu 4, Nov 14 W 5.
		{"2029 municipal", meRace(20291106, rules.General, rules.Municipal, 1, 600, 400), 20291114, 20291112},
		// 2023 (Tuesday, November 7): Veterans Day on Saturday the 11th is
		// not moved to Friday. Nov 8 W 1, Nov 9 Th 2, Nov 10 F 3, Nov 11
		// Sa, Nov 12 Su, Nov 13 M 4, Nov 14 Tu 5 (a Friday or Monday move
		// would give the 15th).
		{"2023 municipal, Saturday", meRace(20231107, rules.General, rules.Municipal, 1, 600, 400), 20231114, 0},
	} {
		t.Run(c.name, func(t *testing.T) {
			res := apply(t, c.race)
			if res.Deadline == nil || res.Deadline.Due != c.due || res.Deadline.Later != 0 {
				t.Fatalf("deadline %+v, want %v", res.Deadline, c.due)
			}
			for _, d := range res.Deadline.Days {
				holiday := d.Kind == rules.DayHoliday
				if holiday != (d.Date == c.closed) {
					t.Errorf("%v: %s", d.Date, d.Kind)
				}
				if holiday && (d.Holiday == nil || d.Holiday.Key != "veterans" || !d.Holiday.Moved) {
					t.Errorf("%v: holiday %+v", d.Date, d.Holiday)
				}
			}
		})
	}
}

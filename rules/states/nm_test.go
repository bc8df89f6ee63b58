package states

import (
	"testing"
	"time"

	"github.com/recount-explainer/recount/rules"
)

// nmRace is a New Mexico race with candidates' votes in the order given.
func nmRace(date rules.Date, typ rules.ElectionType, office rules.Office, counties int, base rules.Date, votes ...int64) rules.Race {
	r := rules.Race{State: "NM", Election: date, Type: typ, Office: office, Counties: counties, Base: base}
	for i, v := range votes {
		r.Candidates = append(r.Candidates, rules.Candidate{Name: string(rune('A' + i)), Votes: v})
	}
	return r
}

// § 1-14-24(A)(1): a federal or statewide office is recounted when the
// margin is "less than" one-fourth percent of the votes cast for it.
// 1,000,000 votes × 0.25% = 2,500, and "less than" leaves 2,499.
func TestNMFederalQuarterPercent(t *testing.T) {
	for _, c := range []struct {
		name   string
		margin int64
		want   rules.Answer
	}{
		{"inside: 2,499 < 2,500", 2499, rules.Yes},
		{"at the line: 2,500 is not less than 2,500", 2500, rules.No},
		{"outside: 2,600", 2600, rules.No},
	} {
		t.Run(c.name, func(t *testing.T) {
			// 490,000 + (490,000 − m) + (20,000 + m) = 1,000,000 votes.
			res := apply(t, nmRace(20241105, rules.General, rules.USSenate, 33, 20241126, 490000, 490000-c.margin, 20000+c.margin))
			lim, ok := res.AutomaticLimit()
			if res.Automatic != c.want || !ok || lim.Votes != 2499 {
				t.Errorf("automatic %v limit %d/%v", res.Automatic, lim.Votes, ok)
			}
			// A candidate may always apply, at any margin, with a deposit.
			if _, ok := res.RequestLimit(); res.Request != rules.Yes || ok {
				t.Errorf("request %v (limit stated %v)", res.Request, ok)
			}
		})
	}
}

// § 1-14-24(A)(3) since the 2023 text: "one percent … or five or fewer
// votes" for any other office, here a county office.
func TestNMOtherOfficeFiveVotes(t *testing.T) {
	for _, c := range []struct {
		name  string
		votes []int64
		want  rules.Answer
		limit int64
	}{
		// 400 votes: 1% is 4, "less than" 3; five votes is the greater line.
		{"400 votes, margin 5: five or fewer", []int64{202, 197, 1}, rules.Yes, 5},
		{"400 votes, margin 6", []int64{203, 197}, rules.No, 5},
		// 10,000 votes: 1% is 100, "less than" leaves 99.
		{"10,000 votes, margin 99", []int64{5049, 4950, 1}, rules.Yes, 99},
		{"10,000 votes, margin exactly 1%", []int64{5050, 4950}, rules.No, 99},
	} {
		t.Run(c.name, func(t *testing.T) {
			res := apply(t, nmRace(20241105, rules.General, rules.County, 1, 20241115, c.votes...))
			lim, _ := res.AutomaticLimit()
			if res.Automatic != c.want || lim.Votes != c.limit || len(res.Findings) != 1 {
				t.Errorf("automatic %v limit %d findings %d", res.Automatic, lim.Votes, len(res.Findings))
			}
		})
	}
}

// The dates of the changes are not known: 2017–2022 may fall under the 2016
// text (no automatic recount of county offices) or the tiers; 2023 to the
// 2024 primary under the tiers with or without "five or fewer votes".
func TestNMUnsureVersions(t *testing.T) {
	// 2022, county office, 50 of 10,000 (0.5%): within 1% under the tiers,
	// no route under the 2016 text.
	res := apply(t, nmRace(20221108, rules.General, rules.County, 1, 20221118, 5025, 4975))
	if res.Automatic != rules.Depends || res.AutomaticReason != rules.ReasonReadings || len(res.Findings) != 2 {
		t.Errorf("2022 county: %v %v, %d findings", res.Automatic, res.AutomaticReason, len(res.Findings))
	}
	// 2023 local election, 5 of 400: five-vote rule or not.
	res = apply(t, nmRace(20231107, rules.General, rules.Municipal, 1, 20231117, 202, 197, 1))
	if res.Automatic != rules.Depends || res.Findings[0].Version.ID != "nm-tiers-five-votes" {
		t.Errorf("2023 town: %v, main %s", res.Automatic, res.Findings[0].Version.ID)
	}
	// 2016: the state house at 0.9% (less than 1%) yes; a county office none.
	if res := apply(t, nmRace(20161108, rules.General, rules.StateHouse, 1, 20161129, 5045, 4955)); res.Automatic != rules.Yes || len(res.Findings) != 1 {
		t.Errorf("2016 state house: %v", res.Automatic)
	}
	if res := apply(t, nmRace(20161108, rules.General, rules.County, 1, 20161118, 5045, 4955)); res.Automatic != rules.NoRoute {
		t.Errorf("2016 county: %v", res.Automatic)
	}
	// Before the 2016 primary the text is assumed.
	if res := apply(t, nmRace(20141104, rules.General, rules.StateHouse, 1, 20141125, 5045, 4955)); res.When != rules.Assumed {
		t.Errorf("2014: when %v", res.When)
	}
	// 2016 text: primaries and general elections only.
	if res := apply(t, nmRace(20160915, rules.Special, rules.StateHouse, 1, 20160925, 5045, 4955)); res.Automatic != rules.NoRoute {
		t.Errorf("2016 special: %v", res.Automatic)
	}
}

// Where the application goes: the Secretary of State for offices the State
// Canvassing Board certifies, the district judge otherwise.
func TestNMReceivers(t *testing.T) {
	for _, c := range []struct {
		office   rules.Office
		counties int
		want     string
	}{
		{rules.USHouse, 10, "secretary-of-state"},
		{rules.Judicial, 1, "secretary-of-state"},
		{rules.County, 1, "court"},
		{rules.Municipal, 1, "court"},
	} {
		res := apply(t, nmRace(20241105, rules.General, c.office, c.counties, 20241126, 1000, 900))
		if f := res.Main().Filing; f == nil || f.Receiver.ID != c.want {
			t.Errorf("%s: %+v", c.office, f)
		}
	}
}

// Six days is less than eleven, so weekends and holidays are not counted
// (§ 12-2A-7(E)); the Friday after Thanksgiving may be a closing.
func TestNMDeadline(t *testing.T) {
	for _, c := range []struct {
		name       string
		office     rules.Office
		base       rules.Date
		due, later rules.Date
	}{
		// Friday November 15, 2024: Mon 18 … Fri 22 are 1–5, Mon 25 is 6.
		{"county canvass on a Friday", rules.County, 20241115, 20241125, 0},
		// Friday November 22: Mon 25, Tue 26, Wed 27, (Thu 28 Thanksgiving),
		// Fri 29 possibly closed, Mon Dec 2, Tue Dec 3 — or Wed Dec 4.
		{"across Thanksgiving", rules.County, 20241122, 20241203, 20241204},
		// State canvass Tuesday November 26: Wed 27, (28), Fri 29?, Dec 2, 3, 4, 5 — or 6.
		{"state canvass before Thanksgiving", rules.USSenate, 20241126, 20241205, 20241206},
	} {
		t.Run(c.name, func(t *testing.T) {
			counties := 1
			if c.office == rules.USSenate {
				counties = 33
			}
			res := apply(t, nmRace(20241105, rules.General, c.office, counties, c.base, 1000, 900))
			if res.Deadline == nil || res.Deadline.Due != c.due || res.Deadline.Later != c.later {
				t.Errorf("deadline %+v", res.Deadline)
			}
		})
	}
}

// § 12-5-3 moves a Sunday holiday to the Monday, not a Saturday one to the
// Friday: the six days of § 1-14-14 skip the Monday and count the Friday.
func TestNMSundayHolidayMonday(t *testing.T) {
	for _, c := range []struct {
		name      string
		election  rules.Date
		base, due rules.Date
		skipped   rules.Date // the moved holiday, or 0
	}{
		// Veterans Day on Sunday, November 11, 2018: Monday the 12th is the
		// holiday. County canvass Friday November 9: (Sat 10, Sun 11, Mon
		// 12 holiday) Tue 13 1, Wed 14 2, Thu 15 3, Fri 16 4, Mon 19 5,
		// Tue 20 6.
		{"Veterans Day on a Sunday", 20181106, 20181109, 20181120, 20181112},
		// Veterans Day on Saturday, November 11, 2023: not moved. County
		// canvass Wednesday November 8: Thu 9 1, Fri 10 2, Mon 13 3, Tue 14
		// 4, Wed 15 5, Thu 16 6 (Fri 17 if Friday the 10th were skipped).
		{"Veterans Day on a Saturday", 20231107, 20231108, 20231116, 0},
	} {
		t.Run(c.name, func(t *testing.T) {
			res := apply(t, nmRace(c.election, rules.General, rules.County, 1, c.base, 1000, 900))
			if res.Deadline == nil {
				t.Fatal("no deadline")
			}
			if res.Deadline.Due != c.due || res.Deadline.Later != 0 {
				t.Errorf("due %v (later %v), want %v", res.Deadline.Due, res.Deadline.Later, c.due)
			}
			for _, d := range res.Deadline.Days {
				holiday := d.Kind == rules.DayHoliday
				if d.Date.Weekday() >= time.Monday && d.Date.Weekday() <= time.Friday && holiday != (d.Date == c.skipped) {
					t.Errorf("%v: %s", d.Date, d.Kind)
				}
				if holiday && (d.Holiday == nil || d.Holiday.Key != "veterans" || !d.Holiday.Moved) {
					t.Errorf("%v: holiday %+v", d.Date, d.Holiday)
				}
			}
		})
	}
}

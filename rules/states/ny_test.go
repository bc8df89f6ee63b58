package states

import (
	"testing"

	"github.com/recount-explainer/recount/rules"
)

// nyRace is a New York race with candidates' votes in the order given.
func nyRace(date rules.Date, typ rules.ElectionType, office rules.Office, counties int, votes ...int64) rules.Race {
	r := rules.Race{State: "NY", Election: date, Type: typ, Office: office, Counties: counties, Base: date.AddDays(14)}
	for i, v := range votes {
		r.Candidates = append(r.Candidates, rules.Candidate{Name: string(rune('A' + i)), Votes: v})
	}
	return r
}

// Senate District 50, 2022: 61,711 to 61,684 after absentee ballots, 27
// votes of 123,395. 0.5% is 616.975 votes: "or less" allows 616. Every
// reading orders a hand recount.
func TestNYSD50(t *testing.T) {
	res := apply(t, nyRace(20221108, rules.General, rules.StateSenate, 2, 61711, 61684))
	lim, ok := res.AutomaticLimit()
	if res.Automatic != rules.Yes || !ok || lim.Votes != 616 || len(res.Findings) != 3 {
		t.Errorf("automatic %v limit %d/%v findings %d", res.Automatic, lim.Votes, ok, len(res.Findings))
	}
	if res.Request != rules.NoRoute || res.Deadline != nil {
		t.Errorf("request %v deadline %+v", res.Request, res.Deadline)
	}
}

// 0.5% "or less" of 10,000 votes is 50: at the line all three readings say
// yes; one vote past it, none does.
func TestNYHalfPercentLine(t *testing.T) {
	for _, c := range []struct {
		name  string
		votes []int64
		want  rules.Answer
	}{
		{"inside: 40 of 10,000", []int64{5020, 4980}, rules.Yes},
		{"at the line: 50 of 10,000", []int64{5025, 4975}, rules.Yes},
		{"outside: 51 of 10,001", []int64{5026, 4975}, rules.No},
	} {
		t.Run(c.name, func(t *testing.T) {
			res := apply(t, nyRace(20241105, rules.General, rules.County, 1, c.votes...))
			if res.Automatic != c.want {
				t.Errorf("automatic %v", res.Automatic)
			}
		})
	}
}

// The 20-vote line is in Ballotpedia's reading, not in News10's: 20 of
// 1,000 (2%) depends on the reading; 21 is past every line.
func TestNYTwentyVotes(t *testing.T) {
	res := apply(t, nyRace(20241105, rules.General, rules.Municipal, 1, 510, 490))
	if res.Automatic != rules.Depends || res.AutomaticReason != rules.ReasonReadings {
		t.Errorf("20 of 1,000: %v %v", res.Automatic, res.AutomaticReason)
	}
	if lim, _ := res.AutomaticLimit(); lim.Votes != 20 {
		t.Errorf("main reading's limit %d, want 20", lim.Votes)
	}
	if res := apply(t, nyRace(20241105, rules.General, rules.Municipal, 1, 511, 490)); res.Automatic != rules.No {
		t.Errorf("21 of 1,001: %v", res.Automatic)
	}
}

// A statewide race of 6,000,000 votes: 0.5% is 30,000, 0.2% is 12,000, and
// the 5,000-vote clause read as a cap allows 4,999.
func TestNYStatewideReadings(t *testing.T) {
	for _, c := range []struct {
		name   string
		margin int64
		want   rules.Answer
	}{
		{"4,999: within every line", 4999, rules.Yes},
		{"5,000: not less than 5,000", 5000, rules.Depends},
		{"13,000: past 0.2%, within 0.5%", 13000, rules.Depends},
		{"30,001: past 0.5%", 30001, rules.No},
	} {
		t.Run(c.name, func(t *testing.T) {
			half := (6000000 - c.margin) / 2
			res := apply(t, nyRace(20261103, rules.General, rules.Governor, 62, half+c.margin, half, 6000000-2*half-c.margin))
			if res.Automatic != c.want {
				t.Errorf("automatic %v (total %d)", res.Automatic, res.Total)
			}
		})
	}
}

// Before 2021 there was no close-margin recount (NY-22, 2020: +109 of
// 318,867 candidate votes): the page names the courts.
func TestNYBefore2021(t *testing.T) {
	res := apply(t, nyRace(20201103, rules.General, rules.USHouse, 8, 156098, 155989, 6780))
	if res.Automatic != rules.NoRoute || res.Request != rules.NoRoute {
		t.Errorf("2020: automatic %v request %v", res.Automatic, res.Request)
	}
	if c := res.Main().Version.Contest; c == nil || c.Receiver.ID != "ny-supreme-court" {
		t.Errorf("2020 contest %+v", c)
	}
	// The same margin after 2021: within 0.5% (1,594 votes).
	if res := apply(t, nyRace(20221108, rules.General, rules.USHouse, 8, 156098, 155989, 6780)); res.Automatic != rules.Yes {
		t.Errorf("2022: %v", res.Automatic)
	}
}

// General Construction Law § 24 keeps a Sunday holiday on the Monday and
// leaves a Saturday one where it falls. No New York recount deadline counts
// business days, so a plain count of business days on New York's calendar
// shows it.
func TestNYSundayHolidayMonday(t *testing.T) {
	checkDayCounts(t, &NY.Holidays, []dayCount{
		// Veterans Day on Sunday, November 11, 2018: 3 business days after
		// Friday the 9th: (Sat 10, Sun 11, Mon 12 holiday) Tue 13 1, Wed 14
		// 2, Thu 15 3.
		{"Veterans Day on a Sunday", 20181109, 20181115, 3},
		// Lincoln's birthday on Sunday, February 12, 2023: 1 business day
		// after Friday the 10th: (Sat 11, Sun 12, Mon 13 holiday) Tue 14 1.
		{"Lincoln's birthday on a Sunday", 20230210, 20230214, 1},
		// Veterans Day on Saturday, November 11, 2023: not moved. 1 business
		// day after Thursday the 9th: Fri 10 1.
		{"Veterans Day on a Saturday", 20231109, 20231110, 1},
	})
}

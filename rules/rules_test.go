package rules

import (
	"errors"
	"fmt"
	"testing"
	"time"
)

func d(s string) Date {
	t, err := ParseDate(s)
	if err != nil {
		panic(s)
	}
	return t
}

func race(date string, votes ...int64) Race {
	r := Race{State: "GA", Election: d(date), Type: General, Office: Municipal, Counties: 1}
	for i, v := range votes {
		r.Candidates = append(r.Candidates, Candidate{Name: fmt.Sprintf("C%d", i+1), Votes: v})
	}
	return r
}

func mustEval(t *testing.T, r Race) Result {
	t.Helper()
	res, err := Evaluate(r)
	if err != nil {
		t.Fatalf("Evaluate(%+v): %v", r, err)
	}
	return res
}

func TestLawOn(t *testing.T) {
	for _, c := range []struct {
		date string
		num  uint64
		den  uint64
	}{
		{"2000-11-07", 1, 100}, {"2009-12-01", 1, 100}, {"2017-12-05", 1, 100},
		{"2019-04-01", 1, 100}, {"2019-04-02", 1, 200}, {"2020-11-03", 1, 200}, {"2021-11-30", 1, 200},
		{"2026-11-03", 1, 200}, {"2030-12-31", 1, 200},
	} {
		l := LawOn(d(c.date))
		if l.Threshold != (Ratio{c.num, c.den}) {
			t.Errorf("LawOn(%s) = %v, want %d/%d", c.date, l.Threshold, c.num, c.den)
		}
		if len(l.Sources) == 0 {
			t.Errorf("LawOn(%s) has no source", c.date)
		}
		for _, id := range l.Sources {
			s, ok := SourceOf(id)
			if !ok || s.Title == "" || s.CheckedOn.IsZero() || s.Status == "" {
				t.Errorf("source %q incomplete: %+v", id, s)
			}
		}
	}
}

// The acceptance cases: Atlanta 2017 certified totals.
func TestAtlanta2017UnderBothLaws(t *testing.T) {
	r := race("2017-12-05", 46667, 45835)
	r.Type, r.Counties = Runoff, 2
	res := mustEval(t, r)
	if res.Total != 92502 || res.Checks[0].Margin != 832 {
		t.Fatalf("total %d margin %d", res.Total, res.Checks[0].Margin)
	}
	if !res.Eligible || res.Threshold.Votes != 925 || res.Checks[0].Distance != 93 {
		t.Errorf("2017 law: eligible=%v threshold=%d distance=%d, want true 925 93", res.Eligible, res.Threshold.Votes, res.Checks[0].Distance)
	}
	r.Election = d("2021-11-30")
	res = mustEval(t, r)
	if res.Eligible || res.Threshold.Votes != 462 || res.Checks[0].Distance != 370 {
		t.Errorf("2021 law: eligible=%v threshold=%d distance=%d, want false 462 370", res.Eligible, res.Threshold.Votes, res.Checks[0].Distance)
	}
	if len(res.OtherLaws) != 1 || !res.OtherLaws[0].Eligible || res.OtherLaws[0].Threshold.Votes != 925 {
		t.Errorf("under the 1%% law the same count qualifies: %+v", res.OtherLaws)
	}
	if res.Outcome != OutcomeElected || res.Standings[0].Name != "C1" || res.Standings[0].Status != Declared {
		t.Errorf("outcome %v, standings %+v", res.Outcome, res.Standings)
	}
	if res.Request.Receiver != Superintendent || res.Request.Reason != ReasonLocalOffice {
		t.Errorf("receiver %v %v", res.Request.Receiver, res.Request.Reason)
	}
}

// Margins exactly at the threshold qualify; one vote more does not.
func TestThresholdEdges(t *testing.T) {
	for _, c := range []struct {
		name     string
		date     string
		a, b     int64
		eligible bool
		limit    int64
	}{
		// total 20000 at 0.5%: line 100 votes.
		{"half-percent exactly", "2022-11-08", 10050, 9950, true, 100},
		{"half-percent one over", "2022-11-08", 10051, 9950, false, 100},
		// total 20000 at 1%: line 200.
		{"one-percent exactly", "2018-11-06", 10100, 9900, true, 200},
		{"one-percent one over", "2018-11-06", 10101, 9900, false, 201},
		// total 20001: 200 × 100 = 20000 ≤ 20001, so 100 qualifies; 101 does not.
		{"odd total floor", "2022-11-08", 10051, 9950, false, 100},
		// rounding trap: 0.5002% is more than 0.5%. 5002/1000000 of the vote.
		{"0.5002% is not 0.50%", "2022-11-08", 502501, 497499, false, 5000},
		{"0.4999% qualifies", "2022-11-08", 502499, 497500, true, 4999},
		{"tie qualifies", "2022-11-08", 5000, 5000, true, 50},
	} {
		t.Run(c.name, func(t *testing.T) {
			r := race(c.date, c.a, c.b)
			r.Type = Runoff // decided by the most votes, so a tie is a tie for first
			res := mustEval(t, r)
			if res.Eligible != c.eligible {
				t.Errorf("eligible = %v, want %v (margin %d of %d, line %d)", res.Eligible, c.eligible, c.a-c.b, res.Total, res.Threshold.Votes)
			}
			if c.name != "odd total floor" && c.name != "tie qualifies" && res.Threshold.Votes != c.limit && res.Threshold.Votes != c.limit-1 {
				t.Errorf("threshold %d", res.Threshold.Votes)
			}
			// The integer rule, restated: 200 × margin ≤ total.
			m := res.Checks[0].Margin
			den := int64(res.Law.Threshold.Den)
			if (den*m <= res.Total) != res.Eligible {
				t.Errorf("den×margin ≤ total disagrees with verdict")
			}
		})
	}
}

// The denominator is every vote for the office: write-ins and minor
// candidates included, not only the top two.
func TestDenominatorIsAllVotes(t *testing.T) {
	// Top two 10,050 vs 9,950 (margin 100). Alone: total 20,000 → line 100 →
	// eligible. With 1,000 write-ins the line is 105; with none but a
	// smaller total it would fail.
	r := race("2022-11-08", 10050, 9950, 1000)
	r.Winner = Plurality
	res := mustEval(t, r)
	if res.Total != 21000 || res.Threshold.Votes != 105 || !res.Checks[0].Eligible {
		t.Errorf("total %d line %d eligible %v", res.Total, res.Threshold.Votes, res.Checks[0].Eligible)
	}
	// Margin 104 with the top two alone (20,096 → line 100) fails, but
	// counting 900 write-ins (20,996 → line 104) qualifies.
	r = race("2022-11-08", 10100, 9996, 900)
	r.Winner = Plurality
	res = mustEval(t, r)
	if res.Threshold.Votes != 104 || !res.Eligible {
		t.Errorf("line %d eligible %v, want 104 true", res.Threshold.Votes, res.Eligible)
	}
}

// Where nobody has a majority, a third-place finisher is measured against
// the last runoff qualifier.
func TestRunoffQualifier(t *testing.T) {
	r := race("2022-05-24", 40000, 30000, 29900, 100)
	r.Type = Primary
	res := mustEval(t, r)
	if res.Outcome != OutcomeRunoff || res.Reference != 1 {
		t.Fatalf("outcome %v reference %d", res.Outcome, res.Reference)
	}
	if res.Standings[0].Status != RunoffQualifier || res.Standings[1].Status != RunoffQualifier || res.Standings[2].Status != NotDeclared {
		t.Errorf("statuses %+v", res.Standings)
	}
	c := res.Checks[0]
	if c.Candidate != 2 || c.Against != 1 || c.Margin != 100 || !c.Eligible || res.Threshold.Votes != 500 {
		t.Errorf("check %+v line %d", c, res.Threshold.Votes)
	}
	// Exactly half is not a majority.
	res = mustEval(t, race("2022-11-08", 50, 30, 20))
	if res.Outcome != OutcomeRunoff || res.Majority != 51 {
		t.Errorf("50 of 100: %v majority %d", res.Outcome, res.Majority)
	}
	// One more is.
	res = mustEval(t, race("2022-11-08", 51, 29, 20))
	if res.Outcome != OutcomeElected {
		t.Errorf("51 of 100: %v", res.Outcome)
	}
	// A primary declares a nominee.
	r = race("2022-05-24", 60, 40)
	r.Type = Primary
	if res = mustEval(t, r); res.Outcome != OutcomeNominated {
		t.Errorf("primary: %v", res.Outcome)
	}
}

func TestTies(t *testing.T) {
	// Tie for the second runoff place.
	res := mustEval(t, race("2022-11-08", 400, 300, 300))
	if res.Outcome != OutcomeTie || res.Standings[0].Status != RunoffQualifier || res.Standings[1].Status != Tied || res.Standings[2].Status != Tied {
		t.Errorf("tie for second: %v %+v", res.Outcome, res.Standings)
	}
	if !res.Eligible || res.Checks[0].Margin != 0 {
		t.Errorf("tie checks %+v", res.Checks)
	}
	// Tie for first in a runoff.
	r := race("2022-12-06", 500, 500)
	r.Type = Runoff
	res = mustEval(t, r)
	if res.Outcome != OutcomeTie || !res.Eligible {
		t.Errorf("runoff tie: %v eligible %v", res.Outcome, res.Eligible)
	}
	// Two candidates at exactly half under the majority rule both go to a
	// runoff: nobody has lost, so nobody may ask.
	res = mustEval(t, race("2022-11-08", 500, 500))
	if res.Outcome != OutcomeRunoff || res.Eligible || len(res.Checks) != 0 {
		t.Errorf("50/50 general: %v eligible %v checks %d", res.Outcome, res.Eligible, len(res.Checks))
	}
}

func TestReceiver(t *testing.T) {
	for _, c := range []struct {
		office   OfficeLevel
		counties int
		want     Receiver
		reason   ReceiverReason
	}{
		{Federal, 159, SecretaryOfState, ReasonMultiCounty},
		{Federal, 2, SecretaryOfState, ReasonMultiCounty},
		{State, 3, SecretaryOfState, ReasonMultiCounty},
		{Federal, 1, Superintendent, ReasonSingleCounty},
		{State, 1, Superintendent, ReasonSingleCounty},
		{County, 1, Superintendent, ReasonLocalOffice},
		{Municipal, 1, Superintendent, ReasonLocalOffice},
		{Municipal, 2, Superintendent, ReasonLocalOffice},
	} {
		r := race("2022-11-08", 600, 400)
		r.Office, r.Counties = c.office, c.counties
		res := mustEval(t, r)
		if res.Request.Receiver != c.want || res.Request.Reason != c.reason || !res.Request.InWriting || res.Request.BusinessDays != 2 {
			t.Errorf("%s in %d counties: %+v", c.office, c.counties, res.Request)
		}
	}
}

func TestDeadlines(t *testing.T) {
	for _, c := range []struct {
		name, cert, due string
		skipped         []string
		missing         bool
	}{
		{"2009 Saturday certification", "2009-12-05", "2009-12-08", []string{"2009-12-06"}, true},
		{"2020 Friday certification", "2020-11-20", "2020-11-24", []string{"2020-11-21", "2020-11-22"}, true},
		{"2017 Monday certification", "2017-12-11", "2017-12-13", nil, true},
		{"Veterans Day 2024", "2024-11-08", "2024-11-13", []string{"2024-11-09", "2024-11-10", "2024-11-11"}, false},
		{"New Year's Day 2025", "2024-12-30", "2025-01-02", []string{"2025-01-01"}, false},
		{"Christmas 2025 and Washington's Birthday", "2025-12-24", "2025-12-30", []string{"2025-12-25", "2025-12-26", "2025-12-27", "2025-12-28"}, false},
		{"Thanksgiving 2024 and the State Holiday", "2024-11-27", "2024-12-03", []string{"2024-11-28", "2024-11-29", "2024-11-30", "2024-12-01"}, false},
		{"Good Friday 2025", "2025-04-16", "2025-04-21", []string{"2025-04-18", "2025-04-19", "2025-04-20"}, false},
		{"Veterans Day, list not on file", "2022-11-10", "2022-11-15", []string{"2022-11-11", "2022-11-12", "2022-11-13"}, true},
	} {
		t.Run(c.name, func(t *testing.T) {
			r := race("2009-12-01", 600, 400)
			r.Certified = d(c.cert)
			r.Election = r.Certified.AddDays(-4)
			res := mustEval(t, r)
			dl := res.Deadline
			if dl == nil || dl.Due != d(c.due) {
				t.Fatalf("due %v, want %s", dl, c.due)
			}
			if len(dl.Counted) != 2 {
				t.Errorf("counted %v", dl.Counted)
			}
			var skipped []string
			for _, s := range dl.Skipped {
				if s.Reason == SkipHoliday || s.Date.Before(dl.Counted[len(dl.Counted)-1]) {
					skipped = append(skipped, s.Date.String())
				}
			}
			if fmt.Sprint(skipped) != fmt.Sprint(c.skipped) && !(len(skipped) == 0 && len(c.skipped) == 0) {
				t.Errorf("skipped %v, want %v", skipped, c.skipped)
			}
			if (len(dl.MissingYears) > 0) != c.missing {
				t.Errorf("missing years %v", dl.MissingYears)
			}
		})
	}
	// The 2009 deadline was a Tuesday, as Norwood's filing was.
	r := race("2009-12-01", 42549, 41834)
	r.Certified = d("2009-12-05")
	if res := mustEval(t, r); res.Deadline.Due.Weekday() != time.Tuesday {
		t.Errorf("2009 due on %v", res.Deadline.Due.Weekday())
	}
	// No certification: no deadline yet.
	if res := mustEval(t, race("2022-11-08", 6, 4)); res.Deadline != nil {
		t.Errorf("deadline without certification: %+v", res.Deadline)
	}
}

func TestHolidayNamesOnSkippedDays(t *testing.T) {
	_, skipped, _ := BusinessDays(d("2024-11-08"), 2)
	var found bool
	for _, s := range skipped {
		if s.Reason == SkipHoliday && s.Holiday.Name == "Veterans Day" && s.Holiday.Status == Verified && s.Holiday.Source != "" {
			found = true
		}
	}
	if !found {
		t.Errorf("Veterans Day not named among %+v", skipped)
	}
}

func TestHolidayData(t *testing.T) {
	if err := calendarError(); err != nil {
		t.Fatal(err)
	}
	c := loadCalendar()
	want := map[int]int{2011: 12, 2015: 12, 2019: 12, 2024: 13, 2025: 13}
	for y := range c.complete {
		n := 0
		for day := range c.days {
			if day.Year == y {
				n++
				if wd := day.Weekday(); wd == time.Saturday || wd == time.Sunday {
					t.Errorf("%v is a weekend day on the list", day)
				}
			}
		}
		if n != want[y] {
			t.Errorf("%d: %d days on file, want %d", y, n, want[y])
		}
	}
	if !HolidayListOnFile(2024) || HolidayListOnFile(2009) {
		t.Error("HolidayListOnFile")
	}
	bad := parseHolidays("date\tname\tstatus\tsource\n2024-13-01\tX\tV\ts\n")
	if bad.err == nil {
		t.Error("a bad date in the data was accepted")
	}
}

func TestValidate(t *testing.T) {
	ok := race("2022-11-08", 6, 4)
	for _, c := range []struct {
		name  string
		edit  func(*Race)
		field Field
		prob  Problem
	}{
		{"negative votes", func(r *Race) { r.Candidates[1].Votes = -1 }, FieldVotes, ProblemNegative},
		{"one candidate", func(r *Race) { r.Candidates = r.Candidates[:1] }, FieldCandidates, ProblemTooFewCandidates},
		{"too many", func(r *Race) {
			for len(r.Candidates) <= MaxCandidates {
				r.Candidates = append(r.Candidates, Candidate{Votes: 1})
			}
		}, FieldCandidates, ProblemTooManyCandidates},
		{"sum overflows int64", func(r *Race) { r.Candidates[0].Votes, r.Candidates[1].Votes = maxInt64, 1 }, FieldVotes, ProblemTooLarge},
		{"no votes", func(r *Race) { r.Candidates[0].Votes, r.Candidates[1].Votes = 0, 0 }, FieldVotes, ProblemNoVotes},
		{"no election date", func(r *Race) { r.Election = Date{} }, FieldDate, ProblemMissing},
		{"year out of range", func(r *Race) { r.Election = d("1999-11-02") }, FieldDate, ProblemOutOfRange},
		{"cert before election", func(r *Race) { r.Certified = d("2022-11-07") }, FieldCert, ProblemCertBeforeElection},
		{"zero counties", func(r *Race) { r.Counties = 0 }, FieldCounties, ProblemCounties},
		{"160 counties", func(r *Race) { r.Counties = 160 }, FieldCounties, ProblemCounties},
		{"county office in two counties", func(r *Race) { r.Office, r.Counties = County, 2 }, FieldCounties, ProblemCountyOfficeCounties},
		{"unknown type", func(r *Race) { r.Type = "coronation" }, FieldType, ProblemUnknownChoice},
		{"unknown office", func(r *Race) { r.Office = "galactic" }, FieldOffice, ProblemUnknownChoice},
		{"other state", func(r *Race) { r.State = "FL" }, FieldState, ProblemUnsupportedState},
		{"impossible date value", func(r *Race) { r.Election = NewDate(2022, 2, 30) }, FieldDate, ProblemBadDate},
		{"impossible certification", func(r *Race) { r.Certified = NewDate(2022, 11, 1<<40) }, FieldCert, ProblemBadDate},
	} {
		t.Run(c.name, func(t *testing.T) {
			r := ok
			r.Candidates = append([]Candidate(nil), ok.Candidates...)
			c.edit(&r)
			_, err := Evaluate(r)
			var ie *InputError
			if !errors.As(err, &ie) || ie.Field != c.field || ie.Problem != c.prob {
				t.Fatalf("error %v, want %s %s", err, c.field, c.prob)
			}
			if !errors.Is(err, c.prob) {
				t.Errorf("errors.Is(%v, %v) false", err, c.prob)
			}
		})
	}
	if _, err := Evaluate(ok); err != nil {
		t.Errorf("valid race: %v", err)
	}
	// 159 counties is Georgia entire.
	ok.Counties, ok.Office = 159, Federal
	if _, err := Evaluate(ok); err != nil {
		t.Errorf("159 counties: %v", err)
	}
}

func TestParseDate(t *testing.T) {
	for in, want := range map[string]error{
		"2021-02-30": ProblemBadDate, "2021-2-3": ProblemBadDate, "": ProblemMissing,
		"20211-01-01": ProblemBadDate, "tomorrow": ProblemBadDate, "2024-02-29": nil, "2023-02-29": ProblemBadDate,
	} {
		if _, err := ParseDate(in); err != want {
			t.Errorf("ParseDate(%q) = %v, want %v", in, err, want)
		}
	}
}

func TestParseVotes(t *testing.T) {
	for _, c := range []struct {
		in   string
		want int64
		err  error
	}{
		{"46667", 46667, nil}, {"46,667", 46667, nil}, {" 46 667 ", 46667, nil}, {"46\u00a0667", 46667, nil},
		{"46\u202f667", 46667, nil}, {"2,474,507", 2474507, nil}, {"0", 0, nil}, {"007", 7, nil},
		{"", 0, ProblemMissing}, {"   ", 0, ProblemMissing}, {"-5", 0, ProblemNegative}, {"4.5", 0, ProblemNotANumber},
		{"abc", 0, ProblemNotANumber}, {"1e5", 0, ProblemNotANumber}, {"+5", 0, ProblemNotANumber}, {",5", 0, ProblemNotANumber},
		{"9223372036854775807", maxInt64, nil}, {"9223372036854775808", 0, ProblemTooLarge}, {"99999999999999999999", 0, ProblemTooLarge},
		{"５", 0, ProblemNotANumber},
	} {
		got, err := ParseVotes(c.in)
		if got != c.want || err != c.err {
			t.Errorf("ParseVotes(%q) = %d, %v; want %d, %v", c.in, got, err, c.want, c.err)
		}
	}
}

func TestRatio(t *testing.T) {
	w, f, exact := Ratio{832, 92502}.Decimal(100, 3)
	if w != 0 || f != 899 || exact {
		t.Errorf("832/92502 = %d.%03d exact=%v", w, f, exact)
	}
	w, f, exact = Ratio{1, 200}.Decimal(100, 1)
	if w != 0 || f != 5 || !exact {
		t.Errorf("1/200 = %d.%d", w, f)
	}
	w, f, _ = Ratio{5002, 1000000}.Decimal(100, 2)
	if w != 0 || f != 50 || (Ratio{5002, 1000000}).Cmp(Ratio{1, 200}) != 1 {
		t.Errorf("0.5002%% truncates to %d.%02d and must still compare above 0.5%%", w, f)
	}
	big := Ratio{maxInt64 - 1, maxInt64}
	if big.FloorOf(maxInt64) != maxInt64-1 || big.Cmp(Ratio{1, 1}) != -1 {
		t.Error("no overflow at int64 limits")
	}
	if (Ratio{1, 200}).FloorOf(92502) != 462 {
		t.Error("floor")
	}
}

func TestAutomaticRecount(t *testing.T) {
	r := race("2026-11-03", 1000100, 999900)
	r.Office, r.Counties = State, 159
	res := mustEval(t, r)
	if res.Automatic == nil || !res.Automatic.WithinThreshold || res.Automatic.Law.ScopeStatus != Unconfirmed {
		t.Errorf("automatic %+v", res.Automatic)
	}
	r.Office = Federal
	if res := mustEval(t, r); res.Automatic != nil {
		t.Error("SB 3EX does not cover federal races")
	}
	r.Office, r.Election = State, d("2022-11-08")
	if res := mustEval(t, r); res.Automatic != nil {
		t.Error("SB 3EX not in force in 2022")
	}
}

func TestProcedureAndHistory(t *testing.T) {
	res := mustEval(t, race("2017-12-05", 46667, 45835))
	if res.Procedure.Era != EraTouchscreen || res.Procedure.Steps[2].Kind != StepRecanvassMemoryCards {
		t.Errorf("2017 procedure %+v", res.Procedure.Steps)
	}
	r := race("2020-11-03", 2474507, 2461837, 62138)
	r.Winner = Plurality // presidential electors: no runoff
	res = mustEval(t, r)
	if res.Outcome != OutcomeElected || len(res.Checks) != 2 {
		t.Errorf("2020 president: %v with %d losing candidates", res.Outcome, len(res.Checks))
	}
	if res.Procedure.Era != EraScannedPaper || res.Procedure.Steps[1].Kind != StepTestScanners || fmt.Sprint(res.Procedure.Steps[1].Numbers) != "[75 25 3]" {
		t.Errorf("2020 procedure %+v", res.Procedure.Steps)
	}
	h := res.History
	if h.Margin != 12670 || h.BelowReversalLine || h.WithinLargestShift || h.TimesMeanShift != 22 {
		t.Errorf("history %+v", h)
	}
	if res = mustEval(t, race("2022-11-08", 10003, 10000)); !res.History.BelowReversalLine {
		t.Errorf("margin 3 of 20003 is below 0.06%%")
	}
}

func TestNeverPanics(t *testing.T) {
	for _, r := range []Race{{}, {State: "GA"}, {Candidates: []Candidate{{}, {}}}, race("2022-11-08", maxInt64, 0)} {
		_, _ = Evaluate(r)
	}
}

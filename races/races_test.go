package races

import (
	"strconv"
	"strings"
	"testing"

	"github.com/recount-explainer/recount/rules"
)

func TestPresetsMatchTheirTotals(t *testing.T) {
	all, err := All()
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]int64{} // total_for_office where the data gives one
	for _, line := range strings.Split(strings.TrimSpace(racesTSV), "\n")[1:] {
		f := strings.Split(line, "\t")
		if f[3] == "GA" && f[11] != "" {
			n, _ := strconv.ParseInt(f[11], 10, 64)
			want[f[0]+"-"+f[7]] = n
		}
	}
	if len(all) != 7 {
		t.Errorf("%d Georgia presets, want 7", len(all))
	}
	for _, p := range all {
		res, err := rules.Evaluate(p.Race)
		if err != nil {
			t.Errorf("%s: %v", p.ID, err)
			continue
		}
		if w, ok := want[p.ID]; ok && res.Total != w {
			t.Errorf("%s: candidates sum to %d, the source's total is %d", p.ID, res.Total, w)
		}
		if p.Source == "" || p.Status == "" {
			t.Errorf("%s: no source or status", p.ID)
		}
	}
}

// Every race and stage in races.tsv, and the seed articles' figures, under
// both versions of the law: the margin, the line, and the verdict.
func TestEveryStageUnderBothLaws(t *testing.T) {
	type verdict struct {
		margin, line1, line05 int64
		ok1, ok05             bool
	}
	cases := map[string]verdict{
		"atlanta-2009-runoff-certified":    {715, 843, 421, true, false},
		"atlanta-2009-runoff-recount":      {714, 843, 421, true, false},
		"atlanta-2017-runoff-unofficial":   {759, 921, 460, true, false},
		"atlanta-2017-runoff-certified":    {832, 925, 462, true, false},
		"atlanta-2017-runoff-recount":      {821, 925, 462, true, false},
		"georgia-2020-president-certified": {12670, 49984, 24992, true, true},
		"georgia-2020-president-recount":   {11779, 49977, 24988, true, true},
	}
	for id, want := range cases {
		p, ok := ByID(id)
		if !ok {
			t.Errorf("no preset %s", id)
			continue
		}
		for _, law := range []struct {
			date string
			line int64
			ok   bool
		}{{"2017-12-05", want.line1, want.ok1}, {"2021-11-30", want.line05, want.ok05}} {
			r := p.Race
			r.Election, _ = rules.ParseDate(law.date)
			r.Certified = rules.Date{}
			res, err := rules.Evaluate(r)
			if err != nil {
				t.Fatalf("%s: %v", id, err)
			}
			if res.Checks[0].Margin != want.margin || res.Threshold.Votes != law.line || res.Eligible != law.ok {
				t.Errorf("%s under the %s law: margin %d line %d eligible %v; want %d %d %v", id, law.date,
					res.Checks[0].Margin, res.Threshold.Votes, res.Eligible, want.margin, law.line, law.ok)
			}
		}
	}
	// The seed articles: "715 votes out of the 84,383 ballots cast" (2009),
	// "50.41 percent … 49.59 percent — a difference of 759 votes" (2017).
	for _, s := range []struct {
		margin, total int64
		ok1           bool
	}{{715, 84383, true}, {759, 92169, true}} {
		a := (s.total + s.margin) / 2
		for _, date := range []string{"2009-12-01", "2021-11-30"} {
			d, _ := rules.ParseDate(date)
			res, err := rules.Evaluate(rules.Race{State: "GA", Election: d, Type: rules.Runoff, Office: rules.Municipal,
				Counties: 1, Candidates: []rules.Candidate{{Votes: a}, {Votes: s.total - a}}})
			if err != nil {
				t.Fatal(err)
			}
			if want := s.ok1 && date == "2009-12-01"; res.Eligible != want {
				t.Errorf("seed margin %d of %d on %s: eligible %v", s.margin, s.total, date, res.Eligible)
			}
		}
	}
}

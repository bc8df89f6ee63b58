package states

import (
	"testing"

	"github.com/recount-explainer/recount/rules"
)

// Every jurisdiction's data is well formed: lines, cites, sources,
// versions, filings, holidays (rules.Jurisdiction.Check).
func TestDataChecks(t *testing.T) {
	for _, j := range All() {
		if err := j.Check(); err != nil {
			t.Error(err)
		}
	}
}

// Each jurisdiction answers a plain race of every office and type without
// an error: the data covers the whole form.
func TestEveryOfficeAndType(t *testing.T) {
	for _, j := range All() {
		for _, o := range rules.Offices {
			for _, typ := range rules.ElectionTypes {
				counties := 1
				if o == rules.President || o == rules.USSenate || o == rules.Governor || o == rules.LtGovernor || o == rules.Statewide {
					counties = j.Counties
				}
				r := rules.Race{State: j.Code, Election: 20241105, Type: typ, Office: o, Counties: counties, Base: 20241115,
					Candidates: []rules.Candidate{{Name: "A", Votes: 50100}, {Name: "B", Votes: 49900}}}
				if _, err := rules.Evaluate(j, r); err != nil {
					t.Errorf("%s %s %s: %v", j.Code, o, typ, err)
				}
			}
		}
	}
}

// dayCount is a count of business days on a jurisdiction's calendar: n
// business days after base end on due, with no possible holiday between.
type dayCount struct {
	name      string
	base, due rules.Date
	n         int
}

// checkDayCounts counts each case on h and checks its last day.
func checkDayCounts(t *testing.T, h *rules.Holidays, cases []dayCount) {
	t.Helper()
	for _, c := range cases {
		if d := rules.CountDeadline(rules.Deadline{N: c.n, Unit: rules.BusinessDays}, c.base, h); d.Due != c.due || d.Later != 0 {
			t.Errorf("%s: %d business days after %v end %v (later %v), want %v", c.name, c.n, c.base, d.Due, d.Later, c.due)
		}
	}
}

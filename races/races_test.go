package races

import (
	"testing"

	"github.com/recount-explainer/recount/rules"
)

// Every preset parses into a race with candidates, a stage and a status;
// ids are unique; the first links' ids are there.
func TestPresets(t *testing.T) {
	all, err := All()
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	for _, p := range all {
		if seen[p.ID] {
			t.Errorf("%s twice", p.ID)
		}
		seen[p.ID] = true
		if len(p.Race.Candidates) < 2 || p.Source == "" || p.Status == "" || !p.Race.Election.Valid() {
			t.Errorf("%s: %+v", p.ID, p)
		}
		if p.Race.Base != 0 && p.Race.Base < p.Race.Election {
			t.Errorf("%s: certified before the election", p.ID)
		}
		if p.Race.Stage == rules.Unofficial && p.Race.Base != 0 {
			t.Errorf("%s: election-night figures with a certification date", p.ID)
		}
	}
	for _, id := range []string{"atlanta-2009-runoff-certified", "atlanta-2009-runoff-recount", "atlanta-2017-runoff-unofficial",
		"atlanta-2017-runoff-certified", "atlanta-2017-runoff-recount", "georgia-2020-president-certified", "georgia-2020-president-recount"} {
		if !seen[id] {
			t.Errorf("the first links' preset %s is gone", id)
		}
	}
	// The seed articles' figures, at each stage.
	for id, lead := range map[string]int64{"atlanta-2017-runoff-unofficial": 759, "atlanta-2017-runoff-certified": 832,
		"atlanta-2017-runoff-recount": 821, "atlanta-2009-runoff-certified": 715, "atlanta-2009-runoff-recount": 714,
		"georgia-2020-president-certified": 12670, "georgia-2020-president-recount": 11779} {
		p, _ := ByID(id)
		if got := p.Race.Candidates[0].Votes - p.Race.Candidates[1].Votes; got != lead {
			t.Errorf("%s: lead %d, want %d", id, got, lead)
		}
	}
}

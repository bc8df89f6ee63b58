package states

import (
	"flag"
	"os"
	"slices"
	"strings"
	"testing"

	. "github.com/recount-explainer/recount/rules"
)

var update = flag.Bool("update", false, "rewrite docs/STATES.md from the data")

// docs/STATES.md says, for every jurisdiction, what the project read in
// the enacted text, what rests on secondary sources, what the sources
// disagree on and what was not found, and the #receiver ids its pages may
// show. It is written from the data (go test ./rules/states -update), and
// this test fails when the data has changed and the file has not.
func TestStatesDoc(t *testing.T) {
	var b strings.Builder
	b.WriteString("# Every jurisdiction: what was read, what is reported\n\n" +
		"Written from the data by `go test ./rules/states -update`; a test fails when they differ.\n" +
		"For each jurisdiction: its law versions (the date each starts; \"assumed\" where the start of\n" +
		"the text read is not known), the laws read in their enacted text (with the parts cited),\n" +
		"the laws whose words rest on secondary sources, the points where sources conflict or where\n" +
		"nothing was found, and the ids `#receiver[data-receiver]` may carry.\n")
	for _, j := range All() {
		b.WriteString("\n## " + j.Name + " (" + j.Code + ")\n\n")
		var vs []string
		for _, v := range j.Versions {
			s := "`" + v.ID + "`"
			switch {
			case v.From != 0 && v.FromUnsure != 0:
				s += " from " + v.From.String() + " (certain from " + v.FromUnsure.String() + ")"
			case v.From != 0:
				s += " from " + v.From.String()
			case v.Assumed != 0:
				s += " (assumed from " + v.Assumed.String() + ")"
			}
			if len(v.Readings) > 1 {
				var ids []string
				for _, r := range v.Readings {
					ids = append(ids, "`"+r.ID+"`")
				}
				s += ", readings " + strings.Join(ids, ", ")
			}
			vs = append(vs, s)
		}
		b.WriteString("- Versions: " + strings.Join(vs, "; ") + ".\n")
		pins := map[Status]map[string][]string{}
		var order []string
		for _, c := range j.Cites() {
			if pins[c.Status] == nil {
				pins[c.Status] = map[string][]string{}
			}
			if !slices.Contains(order, c.Source) {
				order = append(order, c.Source)
			}
			if ps := pins[c.Status][c.Source]; !slices.Contains(ps, c.Pin) {
				pins[c.Status][c.Source] = append(ps, c.Pin)
			}
		}
		line := func(label string, st Status, laws bool) {
			var items []string
			for _, id := range order {
				ps, ok := pins[st][id]
				src, _ := j.SourceOf(id)
				if !ok || src.Kind.IsLaw() != laws && laws {
					continue
				}
				item := src.Title
				var named []string
				for _, p := range ps {
					if p != "" && !strings.Contains(src.Title, p) {
						named = append(named, p)
					}
				}
				if len(named) > 0 {
					item += " (" + strings.Join(named, "; ") + ")"
				}
				items = append(items, item)
			}
			if len(items) > 0 {
				b.WriteString("- " + label + ": " + strings.Join(items, "; ") + ".\n")
			}
		}
		line("Read in the enacted text", Verified, true)
		line("Reported by secondary sources (enacted text not read)", Reported, true)
		line("Sources conflict", Conflicting, false)
		line("Not found", NotFound, false)
		var ids []string
		for _, v := range j.Versions {
			for _, r := range v.Readings {
				for _, f := range r.Filings {
					if s := "`" + f.Receiver.ID + "`"; !slices.Contains(ids, s) {
						ids = append(ids, s)
					}
				}
			}
		}
		if len(ids) > 0 {
			b.WriteString("- Receivers: " + strings.Join(ids, ", ") + ".\n")
		} else {
			b.WriteString("- Receivers: none (no request route).\n")
		}
	}
	const path = "../../docs/STATES.md"
	if *update {
		if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	got, err := os.ReadFile(path)
	if err != nil || string(got) != b.String() {
		t.Errorf("docs/STATES.md is not what the data says: run go test ./rules/states -update (%v)", err)
	}
}

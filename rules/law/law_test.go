package law

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"reflect"
	"testing"

	"github.com/recount-explainer/recount/rules"
	"github.com/recount-explainer/recount/rules/states"
)

var update = flag.Bool("update", false, "rewrite law.jsonl from package rules/states")

// TestData: law.jsonl holds every jurisdiction of rules/states, in order,
// and each line decodes to a value equal to the source's.
func TestData(t *testing.T) {
	want := encode(t, states.All())
	if *update {
		if err := os.WriteFile("law.jsonl", want, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	if data != string(want) {
		t.Fatal("law.jsonl differs from rules/states: run go generate ./rules/law")
	}
	got := All()
	if len(got) != len(states.All()) {
		t.Fatalf("%d jurisdictions decoded, %d in rules/states", len(got), len(states.All()))
	}
	for i, src := range states.All() {
		if !reflect.DeepEqual(got[i], src) {
			t.Errorf("%s decodes to a value that differs from rules/states", src.Code)
		}
		if c := Codes(); len(c) != len(got) || c[i] != src.Code {
			t.Errorf("Codes()[%d] is not %s", i, src.Code)
		}
		if ByCode(src.Code) != got[i] {
			t.Errorf("ByCode(%q) is not the jurisdiction All gives", src.Code)
		}
	}
	if ByCode("XX") != nil || ByCode("") != nil || ByCode(`GA","`) != nil {
		t.Error("a code that names no jurisdiction gives one")
	}
}

// encode writes one jurisdiction a line, zero values left out.
func encode(t *testing.T, js []*rules.Jurisdiction) []byte {
	var out bytes.Buffer
	for _, j := range js {
		b, err := json.Marshal(j)
		if err != nil {
			t.Fatal(err)
		}
		var v any
		if err := json.Unmarshal(b, &v); err != nil {
			t.Fatal(err)
		}
		b, err = json.Marshal(compact(v))
		if err != nil {
			t.Fatal(err)
		}
		// encoding/json sorts an object's keys: Code is not first.
		out.WriteString(`{"Code":` + string(mustJSON(t, j.Code)) + "," + string(b[1:]) + "\n")
	}
	return out.Bytes()
}

func mustJSON(t *testing.T, v any) []byte {
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// compact drops what decodes to the zero value anyway: null, false, 0, ""
// and objects left empty.
func compact(v any) any {
	switch x := v.(type) {
	case map[string]any:
		for k, e := range x {
			e = compact(e)
			if isZero(e) {
				delete(x, k)
				continue
			}
			x[k] = e
		}
		return x
	case []any:
		for i, e := range x {
			x[i] = compact(e)
		}
		return x
	}
	return v
}

func isZero(v any) bool {
	switch x := v.(type) {
	case nil:
		return true
	case bool:
		return !x
	case float64:
		return x == 0
	case string:
		return x == ""
	case map[string]any:
		return len(x) == 0
	}
	return false
}

// Package law is every jurisdiction's recount law as the page loads it.
//
// The law is written in package rules/states: Go values with their
// statutes quoted beside them, one file per state. Compiled into the wasm
// in that form it cost about 140 KB of the download (brotli), most of it
// the code Go generates to build the values at start-up. This package
// carries the same values as data instead: law.jsonl, one jurisdiction a
// line in JSON with zero values left out, decoded a jurisdiction at a
// time, when first asked for. TestData keeps the file equal to
// rules/states value for value; after changing a state, regenerate it with
//
//	go generate ./rules/law
//
// Everything outside the tests of rules/states uses this package.
package law

import (
	_ "embed" // the data
	"encoding/json"
	"strings"
	"sync"

	"github.com/recount-explainer/recount/rules"
)

//go:generate go test -run TestData . -args -update

// data is law.jsonl: each line a rules.Jurisdiction, by code.
//
//go:embed law.jsonl
var data string

var (
	mu      sync.Mutex
	decoded = map[string]*rules.Jurisdiction{}
	all     []*rules.Jurisdiction
)

// ByCode returns the jurisdiction with a USPS code ("GA"), or nil for a
// code that names none.
func ByCode(code string) *rules.Jurisdiction {
	mu.Lock()
	defer mu.Unlock()
	return byCode(code)
}

// byCode is ByCode with mu held.
func byCode(code string) *rules.Jurisdiction {
	if j, ok := decoded[code]; ok {
		return j
	}
	prefix := `{"Code":"` + code + `"`
	for rest := data; rest != ""; {
		var line string
		line, rest, _ = strings.Cut(rest, "\n")
		if !strings.HasPrefix(line, prefix) {
			continue
		}
		j := new(rules.Jurisdiction)
		if err := json.Unmarshal([]byte(line), j); err != nil || j.Code != code {
			return nil // TestData decodes every line
		}
		decoded[code] = j
		return j
	}
	return nil
}

// Codes returns every jurisdiction's code, in order, without decoding any
// (a state picker needs only these: decoding all 51 cost the page about a
// second at start-up on a slow phone).
func Codes() []string {
	var codes []string
	for rest := data; rest != ""; {
		var line string
		line, rest, _ = strings.Cut(rest, "\n")
		code, _, _ := strings.Cut(strings.TrimPrefix(line, `{"Code":"`), `"`)
		codes = append(codes, code)
	}
	return codes
}

// All returns every jurisdiction, by code.
func All() []*rules.Jurisdiction {
	mu.Lock()
	defer mu.Unlock()
	if all == nil {
		for _, code := range Codes() {
			if j := byCode(code); j != nil {
				all = append(all, j)
			}
		}
	}
	return all
}

// Apply applies the law of race.State to race: rules.Evaluate with the
// jurisdiction looked up (an unknown code is an input error).
func Apply(race rules.Race) (rules.Result, error) {
	return rules.Evaluate(ByCode(race.State), race)
}

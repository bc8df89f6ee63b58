// Package law is every jurisdiction's recount law as the page loads it.
//
// The law is written in package rules/states: Go values with their
// statutes quoted beside them, one file per state. Compiled into the wasm
// in that form it cost about 140 KB of the download (brotli), most of it
// the code Go generates to build the values at start-up. This package
// carries the same values as data instead (package lawdata: law.jsonl, one
// jurisdiction a line in JSON with zero values left out), decoded a
// jurisdiction at a time, when first asked for. TestData keeps the file
// equal to rules/states value for value; after changing a state,
// regenerate it with
//
//	go generate ./rules/law
//
// Native programs load every line at start (builtin.go). The wasm carries
// none: it fetches the line of the page's state before it starts and the
// whole file when the reader picks another state, and hands them to Load.
// Until a jurisdiction is loaded ByCode returns nil and Loaded false;
// Known and Codes answer from a list compiled in (codes.go).
//
// Everything outside the tests of rules/states uses this package.
package law

import (
	"encoding/json"
	"errors"
	"slices"
	"strings"
	"sync"

	"github.com/recount-explainer/recount/rules"
)

//go:generate go test -run TestData . -args -update

var (
	mu      sync.Mutex
	lines   = map[string]string{} // code → its line, as loaded
	decoded = map[string]*rules.Jurisdiction{}
	all     []*rules.Jurisdiction
)

// Load adds the jurisdictions in text: lines of law.jsonl, one or all of
// them. A line whose code is not in Codes, or that is not one
// jurisdiction's line, is an error and nothing is added; a jurisdiction
// already loaded keeps its first line.
func Load(text string) error {
	add := map[string]string{}
	for rest := text; rest != ""; {
		var line string
		line, rest, _ = strings.Cut(rest, "\n")
		if line == "" {
			continue
		}
		code := codeOf(line)
		if !Known(code) || !strings.HasSuffix(line, "}") {
			return errors.New("law: not a line of law.jsonl: " + clip(line))
		}
		add[code] = line
	}
	mu.Lock()
	defer mu.Unlock()
	for code, line := range add {
		if _, ok := lines[code]; !ok {
			lines[code] = line
		}
	}
	return nil
}

// codeOf returns the code a line begins with ({"Code":"GA",…), or "".
func codeOf(line string) string {
	rest, ok := strings.CutPrefix(line, `{"Code":"`)
	if !ok {
		return ""
	}
	code, _, _ := strings.Cut(rest, `"`)
	return code
}

func clip(s string) string {
	if len(s) > 40 {
		return s[:40] + "…"
	}
	return s
}

// Known reports whether a code names a jurisdiction, loaded or not.
func Known(code string) bool { return slices.Contains(codes, code) }

// Loaded reports whether a jurisdiction's law is loaded: ByCode gives it.
func Loaded(code string) bool {
	mu.Lock()
	defer mu.Unlock()
	_, ok := lines[code]
	return ok
}

// Complete reports whether every jurisdiction is loaded: All gives them.
func Complete() bool {
	mu.Lock()
	defer mu.Unlock()
	return len(lines) == len(codes)
}

// Line returns a jurisdiction's line of law.jsonl, as loaded, as the
// server sends it to the wasm.
func Line(code string) (string, bool) {
	mu.Lock()
	defer mu.Unlock()
	l, ok := lines[code]
	return l, ok
}

// ByCode returns the jurisdiction with a USPS code ("GA"), or nil for a
// code that names none or whose law is not loaded.
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
	line, ok := lines[code]
	if !ok {
		return nil
	}
	j := new(rules.Jurisdiction)
	if err := json.Unmarshal([]byte(line), j); err != nil || j.Code != code {
		return nil // TestData decodes every line
	}
	decoded[code] = j
	return j
}

// Codes returns every jurisdiction's code, in order, loaded or not (a
// state picker needs only these: decoding all 51 cost the page about a
// second at start-up on a slow phone).
// The slice is shared: a caller must not change it.
func Codes() []string { return codes }

// All returns every jurisdiction, in the order of Codes, or nil until
// every one is loaded (Complete).
func All() []*rules.Jurisdiction {
	mu.Lock()
	defer mu.Unlock()
	if all == nil && len(lines) == len(codes) {
		for _, code := range codes {
			if j := byCode(code); j != nil {
				all = append(all, j)
			}
		}
	}
	return all
}

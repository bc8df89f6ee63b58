// Package states holds every jurisdiction's recount law as data: one file
// per state and DC, each a rules.Jurisdiction with a citation, a status and
// the date it was checked on every rule. Adding a state is a file here (and
// words for anything new it says), then `go generate ./rules/law`, which
// writes the compact form the page and the server load (package
// rules/law); the engine in package rules changes only for a genuinely new
// kind of rule.
package states

import (
	"sync"

	"github.com/recount-explainer/recount/rules"
)

var (
	mu       sync.Mutex
	all      []*rules.Jurisdiction
	isSorted bool
)

// register adds a jurisdiction; each state's file calls it from init.
func register(j *rules.Jurisdiction) {
	mu.Lock()
	defer mu.Unlock()
	all = append(all, j)
	isSorted = false
}

// All returns every jurisdiction, by code.
func All() []*rules.Jurisdiction {
	mu.Lock()
	defer mu.Unlock()
	if !isSorted {
		for i := 1; i < len(all); i++ { // by code; no sort package in the wasm
			for k := i; k > 0 && all[k].Code < all[k-1].Code; k-- {
				all[k], all[k-1] = all[k-1], all[k]
			}
		}
		isSorted = true
	}
	return all
}

// ByCode returns the jurisdiction with a USPS code ("GA"), or nil.
func ByCode(code string) *rules.Jurisdiction {
	for _, j := range All() {
		if j.Code == code {
			return j
		}
	}
	return nil
}

// Apply applies the law of race.State to race: rules.Evaluate with the
// jurisdiction looked up (an unknown code is an input error).
func Apply(race rules.Race) (rules.Result, error) {
	return rules.Evaluate(ByCode(race.State), race)
}

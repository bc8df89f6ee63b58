package app

import (
	"slices"
	"strings"
	"sync"

	"github.com/recount-explainer/recount/rules/law"
	"github.com/recount-explainer/recount/words"
)

// m is every message of the page (package words): m.LedeMayAsk.In(w, …).
var m = &words.M

// stateName is a jurisdiction's name in the reader's language ("North
// Carolina", "Carolina del Norte"); the English words are the data's own
// names (a test in package words keeps them equal).
func stateName(w *words.Words, code string) string { return w.Key("state." + code) }

// sortKey is a name as an alphabetical list orders it: accents set aside,
// so "Míchigan" sorts between "Massachusetts" and "Minnesota".
func sortKey(s string) string { return accents.Replace(s) }

var accents = strings.NewReplacer("á", "a", "é", "e", "í", "i", "ó", "o", "ú", "u", "ñ", "nz")

// byName is every jurisdiction's code in the order of its name in a
// language, and each code's place in that order; worked out once per
// language (the state picker and the comparison are re-rendered on every
// keystroke).
type byName struct {
	codes []string
	place map[string]int
}

var (
	byNameMu sync.Mutex
	byNames  = map[words.Lang]*byName{}
)

// namesOrder returns the jurisdictions by name in w's language.
func namesOrder(w *words.Words) *byName {
	byNameMu.Lock()
	defer byNameMu.Unlock()
	if o, ok := byNames[w.Lang]; ok {
		return o
	}
	codes := slices.Clone(law.Codes())
	keys := make(map[string]string, len(codes))
	for _, c := range codes {
		keys[c] = sortKey(stateName(w, c))
	}
	sortStable(codes, func(a, b string) bool { return keys[a] < keys[b] })
	o := &byName{codes: codes, place: make(map[string]int, len(codes))}
	for i, c := range codes {
		o.place[c] = i
	}
	byNames[w.Lang] = o
	return o
}

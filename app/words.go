package app

import (
	"strings"

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
func sortKey(s string) string {
	return strings.NewReplacer("á", "a", "é", "e", "í", "i", "ó", "o", "ú", "u", "ñ", "nz").Replace(s)
}

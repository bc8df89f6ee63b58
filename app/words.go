package app

import "github.com/recount-explainer/recount/words"

// m is every message of the page (package words): m.LedeMayAsk.In(w, …).
var m = &words.M

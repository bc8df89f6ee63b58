// Package lawdata is the law's data file built in: law.jsonl, every
// jurisdiction of package rules/states as one line of JSON, zero values
// left out. Native programs (the server, the tests) load it through
// package law; the wasm does not import it and fetches the lines it needs
// from the server instead, so only the browser tests carry it there.
package lawdata

import _ "embed" // the data

// Text is law.jsonl: one rules.Jurisdiction a line, in the order of
// rules/states, each line beginning with its code ({"Code":"GA",…).
//
//go:embed law.jsonl
var Text string

// Package rules is recount law as an engine: the kinds of rule that the
// states' statutes use (margin lines, tiers, who may ask, where a request
// goes, deadlines counted in hours, days or business days), and Evaluate,
// which applies one jurisdiction's law to one race.
//
// It knows no state by name. A jurisdiction is data (package
// rules/states, one file per state), with a citation, a status and the date
// it was checked on every rule. Results are structured values (numbers,
// kinds, dates, source ids), never sentences: package words says them in
// each language.
//
// Every verdict is exact integer arithmetic. A share such as "one-half of
// one percent" is a Share (parts per million), and a margin line in votes
// is computed with 128-bit products, so no rounding ever decides a verdict.
// It is pure Go, with no dependency beyond the standard library, and
// builds natively and for WebAssembly.
package rules

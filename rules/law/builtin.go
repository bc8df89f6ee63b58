//go:build !js

package law

import "github.com/recount-explainer/recount/rules/law/lawdata"

// Native programs have every jurisdiction from the start; the wasm loads
// what it fetches (Load).
func init() {
	if err := Load(lawdata.Text); err != nil {
		panic(err) // TestData decodes every line
	}
}

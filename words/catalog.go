//go:build !js

package words

import _ "embed" // the catalogues

// The catalogues, built into the server and the native tests. The wasm
// leaves them out (catalog_js.go) and fetches the page's language.
var (
	//go:embed catalog/en.txt
	catalogEN string
	//go:embed catalog/es.txt
	catalogES string
)

// builtIn returns a language's catalogue as built in.
func builtIn(l Lang) (string, bool) {
	switch l {
	case English:
		return catalogEN, true
	case Spanish:
		return catalogES, true
	}
	return "", false
}

// Catalogue returns a language's catalogue file, as the server sends it to
// the wasm (/web/words/<lang>.txt).
func Catalogue(l Lang) (string, bool) { return builtIn(l) }

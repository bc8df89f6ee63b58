//go:build js

package words

import _ "embed" // the catalogues, as the page fetches them

var (
	//go:embed catalog/en.txt
	testEN string
	//go:embed catalog/es.txt
	testES string
)

// In the browser the tests give the package the catalogues the page would
// fetch.
func init() {
	Source = func(l Lang) (string, error) {
		if l == Spanish {
			return testES, nil
		}
		return testEN, nil
	}
}

package ui

import (
	"html"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// av prepares an attribute value that comes from data or from the reader.
//
// go-app's server-side encoder quotes attribute values with strconv.Quote
// (Go's escapes, not HTML's), so a value such as `x" onfocus="…` would break
// out of its attribute, and it writes the value "true" as a bare attribute,
// which turns data-eligible="true" into data-eligible="" and
// aria-invalid="true" into aria-invalid="" (false). On the server, av
// escapes the value as HTML (entities pass through strconv.Quote and the
// browser decodes them back); in the browser, values go to the DOM as they
// are.
func av(s string) string {
	if app.IsClient {
		return s
	}
	s = strings.Map(func(r rune) rune {
		if r < 0x20 || r == 0x7f {
			return -1 // control characters: strconv.Quote would write them as \x..
		}
		return r
	}, s)
	s = strings.ReplaceAll(html.EscapeString(s), `\`, "&#92;")
	if s == "true" {
		return "&#116;rue"
	}
	return s
}

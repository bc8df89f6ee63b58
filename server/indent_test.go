//go:build !(js && wasm)

package server

import (
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// The indentation go-app writes goes, and the spaces a reader sees between
// two links stay: go-app's own encoder, nested three levels deep.
func TestStripIndent(t *testing.T) {
	ui := app.Div().Body(app.Section().Body(app.P().Body(
		app.A().Href("/a").Text("Atlanta"), app.Text(" · "), app.A().Href("/b").Text("Guess first"),
		app.Text(" ("), app.Span().Text("1"), app.Text(")"),
	)))
	want := `<div><section><p><a href="/a">Atlanta</a> · <a href="/b">Guess first</a> (<span>1</span>)</p></section></div>`
	if got := string(stripIndent([]byte(app.HTMLString(ui)))); got != want {
		t.Errorf("got  %s\nwant %s", got, want)
	}
}

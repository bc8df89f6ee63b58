package app

import (
	"html"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// elem returns an HTML element of the given tag.
//
// go-app generates a Go type, with 60 to 150 methods, for every HTML
// element, and each element type a program uses adds 30–40 KB to the wasm.
// Built on app.Elem, the page pays for one type instead of thirty.
func elem(tag string) app.HTMLElem { return app.Elem(tag) }

// tag returns an element of the given tag with attributes given as name,
// value pairs, in order ("id", "guess", "class", "guess"). A value goes
// through go-app's Attr, as ID, Class, Aria and DataSet would pass it
// ("aria-…" and "data-…" are written out); a boolean attribute is "true".
//
// One call with a list costs the wasm a fraction of one chained setter per
// attribute (each an interface call of about 100 bytes of code), and el and
// tx convert to app.UI once instead of at every use: the components built
// this way are 92 KB less code for the browser to compile. (Brotli had
// already squeezed the chains' repetition: the size sent barely moves.)
func tag(name string, attrs ...string) app.HTMLElem {
	e := app.Elem(name)
	for i := 0; i+1 < len(attrs); i += 2 {
		e = e.Attr(attrs[i], attrs[i+1])
	}
	return e
}

// el returns t holding kids.
func el(t app.HTMLElem, kids ...app.UI) app.UI { return t.Body(kids...) }

// tx returns t holding the text s.
func tx(t app.HTMLElem, s string) app.UI { return t.Text(s) }

// input returns an <input> element.
func input() app.HTMLElemSelfClosing { return app.ElemSelfClosing("input") }

// para is a paragraph of text, with a class when one is given.
func para(class, text string) app.UI {
	p := elem("p").Text(text)
	if class != "" {
		p = p.Class(class)
	}
	return p
}

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

// raw is a piece of markup built as one string: the browser builds it from
// one call instead of one call from Go per element and attribute. Only for
// parts with no controls (tables, the number line); text and attribute
// values are escaped with html.EscapeString.
type raw struct{ b strings.Builder }

// open writes a start tag with attributes given as name, value pairs.
func (r *raw) open(tag string, attrs ...string) *raw {
	r.b.WriteString("<" + tag)
	for i := 0; i+1 < len(attrs); i += 2 {
		r.b.WriteString(" " + attrs[i] + `="` + html.EscapeString(attrs[i+1]) + `"`)
	}
	r.b.WriteString(">")
	return r
}

// text writes escaped text.
func (r *raw) text(s string) *raw { r.b.WriteString(html.EscapeString(s)); return r }

// close writes an end tag.
func (r *raw) close(tag string) *raw { r.b.WriteString("</" + tag + ">"); return r }

// el writes an element holding text.
func (r *raw) el(tag, text string, attrs ...string) *raw {
	return r.open(tag, attrs...).text(text).close(tag)
}

// ui returns the markup as a go-app node.
func (r *raw) ui() app.UI { return app.Raw(r.b.String()) }

package ui

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// elem returns an HTML element of the given tag.
//
// go-app generates a Go type, with 60 to 150 methods, for every HTML
// element, and each element type a program uses adds 30–40 KB to the wasm.
// Built on app.Elem, the page pays for one type instead of thirty: this
// took the wasm from 8.16 MB to about 7.1 MB (see the README's bench notes).
// Attributes are set with Attr; go-app still sets "value" and boolean
// attributes such as "selected" as DOM properties by their names.
func elem(tag string) app.HTMLElem { return app.Elem(tag) }

// input returns an <input> element.
func input() app.HTMLElemSelfClosing { return app.ElemSelfClosing("input") }

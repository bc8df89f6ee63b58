// Package app is the page: go-app components, one per file, that render
// what package rules returns in the words of package words. It holds no
// law: every verdict, number and date comes from rules; every sentence from
// words; the address from package address.
//
// The package is named app, as its directory is, so nothing imports it
// under another name. Inside it, go-app's own package is imported as app
// too (a package's name is not an identifier in its files), so the
// components read like go-app's documentation: app.Div(), app.Compo. The
// server never imports go-app directly: it gets its handler from this
// package (handler.go, built only outside the browser), so no file has both
// in scope.
package app

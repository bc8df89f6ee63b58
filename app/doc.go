// Package app is the page: go-app components, one per file, that render
// what package rules returns in the words of package words. It holds no
// law: every verdict, number and date comes from rules; every sentence from
// words; the address from package address.
//
// The package is named app, as its directory is, so nothing imports it
// under another name. Inside it, go-app's own package is imported as app
// too (a package's name is not an identifier in its files), so the
// components read like go-app's documentation: app.Div(), app.Compo.
// Nothing outside this package imports go-app: the server gets its handler
// here (handler.go, built only outside the browser) and main starts the
// page with Run (run.go), so no file has both packages in scope.
package app

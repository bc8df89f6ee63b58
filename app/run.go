package app

import (
	"errors"
	"net/url"
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/recount-explainer/recount/address"
	"github.com/recount-explainer/recount/rules/law"
	"github.com/recount-explainer/recount/words"
)

// Run starts the page in the browser: it fetches the words of the page's
// language and the law its race needs (LawOf), routes the components and
// hands the document to go-app. It returns only if the Go program ends. If
// either cannot be fetched (offline, before the service worker has kept
// them), the prerendered page stays as it is, its form working by round
// trip, and <html data-app> says "unavailable".
func Run() {
	words.Source = fetchWords
	lang, _ := words.ParseLang(app.Window().Get("document").Get("documentElement").Get("lang").String())
	// Both are preloaded by the page's head: fetched side by side.
	lawErr := make(chan error, 1)
	go func() { lawErr <- loadLaw(LawOf(app.Window().URL())) }()
	err := words.For(lang).Err()
	if lerr := <-lawErr; err == nil {
		err = lerr
	}
	if err != nil {
		app.Log(err)
		// data-app="unavailable": the page stays as the server sent it.
		app.Window().Get("document").Get("documentElement").Call("setAttribute", "data-app", "unavailable")
		select {} // not an exit, which web/boot.js would report as a crash
	}
	Route()
	app.RunWhenOnBrowser()
}

// LawOf returns the jurisdiction whose law a page needs before its first
// render: its race's state, or "" for all of them (the comparison). The
// server preloads, and the wasm fetches, the law it names (a code that
// names no jurisdiction needs none: the page says the state is unknown).
func LawOf(u *url.URL) string {
	if strings.HasSuffix(u.Path, "/compare") {
		return ""
	}
	return address.Parse(u).Race.State
}

// loadLaw fetches a jurisdiction's law, or all of it for the code "", from
// the site's /web folder (server/data.go) and loads it (law.Load). A code
// already loaded, or one that names no jurisdiction, costs nothing.
func loadLaw(code string) error {
	switch {
	case code == "" && law.Complete(), code != "" && (law.Loaded(code) || !law.Known(code)):
		return nil
	}
	path := "/law/all.jsonl"
	if code != "" {
		path = "/law/" + code + ".json"
	}
	text, err := fetchText(path)
	if err != nil {
		return err
	}
	return law.Load(text)
}

// fetchWords fetches a language's catalogue (server/data.go).
func fetchWords(l words.Lang) (string, error) { return fetchText("/words/" + string(l) + ".txt") }

// fetchText fetches a file of the site's /web folder at the address the
// server preloads in the page's head (server/cache.go), with the build's
// version so browsers keep it for as long as the wasm. It blocks the
// calling goroutine, not the page.
func fetchText(path string) (string, error) {
	url := app.Getenv("GOAPP_STATIC_RESOURCES_URL") + path + "?v=" + app.Getenv("GOAPP_VERSION")
	type result struct {
		text string
		err  error
	}
	done := make(chan result, 1)
	var onText, onResponse, onError app.Func
	onText = app.FuncOf(func(_ app.Value, args []app.Value) any {
		done <- result{text: args[0].String()}
		return nil
	})
	onResponse = app.FuncOf(func(_ app.Value, args []app.Value) any {
		if !args[0].Get("ok").Bool() {
			done <- result{err: errors.New(url + ": HTTP " + strconv.Itoa(args[0].Get("status").Int()))}
			return nil
		}
		return args[0].Call("text").Call("then", onText, onError)
	})
	onError = app.FuncOf(func(_ app.Value, args []app.Value) any {
		done <- result{err: errors.New(url + ": " + args[0].Call("toString").String())}
		return nil
	})
	app.Window().Call("fetch", url).Call("then", onResponse, onError)
	r := <-done
	onText.Release()
	onResponse.Release()
	onError.Release()
	return r.text, r.err
}

// Mark sets a performance mark in the browser (make bench reads them).
func Mark(name string) {
	if app.IsClient {
		app.Window().Get("performance").Call("mark", name)
	}
}

// ready tells the document the wasm has taken over a page in a language:
// <html lang> follows the page, data-app="ready" is set for tests and
// scripts, and the app-ready mark for make bench.
func ready(l words.Lang) {
	setLang(l)
	app.Window().Get("document").Get("documentElement").Call("setAttribute", "data-app", "ready")
	Mark("app-ready")
}

// setLang makes <html lang> follow the page after the wasm has taken over,
// also when go-app follows a link inside the running page.
func setLang(l words.Lang) {
	if l == "" {
		l = words.English
	}
	app.Window().Get("document").Get("documentElement").Set("lang", string(l))
}

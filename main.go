// Command recount is the Recount Explainer: a page that explains election
// recounts with real numbers, under every state's law.
//
// The same program is built twice. Compiled to WebAssembly it is the live
// page in the browser (browser.go); compiled natively it is the server that
// prerenders every page and serves the wasm (serve.go, behind a build
// constraint so no server code reaches the wasm).
//
//	recount                      serve on :$PORT (default 8000)
//	recount static -out DIR      write a static site (every preset prerendered)
package main

func main() {
	if runBrowser() {
		return
	}
	runServer()
}

//go:build js

package words

// builtIn: the wasm carries no catalogue (each language is about 30 KB of
// the wasm, compressed); Source fetches the one the page speaks.
func builtIn(Lang) (string, bool) { return "", false }

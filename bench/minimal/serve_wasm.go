//go:build js && wasm

package main

// serve is not part of the wasm build.
func serve() {}

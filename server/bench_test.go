//go:build !(js && wasm)

package server

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"testing"
)

// BenchmarkPageMiss renders a page the cache has not seen (a new race).
func BenchmarkPageMiss(b *testing.B) {
	h, _ := newTestHandler(&testing.T{})
	i := 0
	b.ReportAllocs()
	for b.Loop() {
		i++
		req := httptest.NewRequest(http.MethodGet, fmt.Sprintf("/?date=2022-11-08&type=general&office=county&counties=1&candidate=A&votes=%d&candidate=B&votes=5", i), nil)
		req.Header.Set("Accept-Encoding", "gzip")
		h.ServeHTTP(httptest.NewRecorder(), req)
	}
}

// BenchmarkPageHit serves a page from the cache (one shared link).
func BenchmarkPageHit(b *testing.B) {
	h, _ := newTestHandler(&testing.T{})
	b.ReportAllocs()
	for b.Loop() {
		req := httptest.NewRequest(http.MethodGet, "/?preset=atlanta-2017-runoff-certified", nil)
		req.Header.Set("Accept-Encoding", "gzip")
		h.ServeHTTP(httptest.NewRecorder(), req)
	}
}

//go:build !(js && wasm)

package server

import (
	"encoding/json"
	"encoding/xml"
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"github.com/recount-explainer/recount/address"
	"github.com/recount-explainer/recount/app"
)

// oEmbed is a "rich" oEmbed response (https://oembed.com, section 2.3.4).
type oEmbed struct {
	XMLName         xml.Name `json:"-" xml:"oembed"`
	Version         string   `json:"version" xml:"version"`
	Type            string   `json:"type" xml:"type"`
	HTML            string   `json:"html" xml:"html"`
	Width           int      `json:"width" xml:"width"`
	Height          int      `json:"height" xml:"height"`
	Title           string   `json:"title" xml:"title"`
	ProviderName    string   `json:"provider_name" xml:"provider_name"`
	ProviderURL     string   `json:"provider_url" xml:"provider_url"`
	CacheAge        int      `json:"cache_age" xml:"cache_age"`
	ThumbnailURL    string   `json:"thumbnail_url" xml:"thumbnail_url"`
	ThumbnailWidth  int      `json:"thumbnail_width" xml:"thumbnail_width"`
	ThumbnailHeight int      `json:"thumbnail_height" xml:"thumbnail_height"`
}

// The card's size, and the width an embed asks for when the consumer sets
// no maximum.
const (
	cardWidth, cardHeight = 1200, 630
	embedWidth            = 600
)

// serveOEmbed answers /oembed?url=…&format=json|xml&maxwidth=…&maxheight=…
// for an address of this site's race pages: 404 for any other address,
// 501 for another format.
func (h *Handler) serveOEmbed(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	format := q.Get("format")
	if format == "" {
		format = "json"
	}
	if format != "json" && format != "xml" {
		http.Error(w, "format not implemented: use json or xml", http.StatusNotImplemented)
		return
	}
	page, err := url.Parse(q.Get("url"))
	host := h.publicHost(r)
	origin := schemeOf(r, h.domain) + "://" + host
	if err != nil || page.Host != host || !(page.Path == "/" || page.Path == "" || page.Path == "/embed" || strings.HasPrefix(page.Path, "/race/")) {
		http.Error(w, "not an address of this site's races", http.StatusNotFound)
		return
	}
	if id, ok := address.PresetPath(page.Path); ok {
		if _, err := presetOK(id); err != nil {
			http.Error(w, "no such race", http.StatusNotFound)
			return
		}
	}
	a := address.Parse(page)
	a.View.NoWasm = false
	title := app.RaceTitle(a)
	width, height := embedWidth, app.EmbedHeight
	if mw, err := strconv.Atoi(q.Get("maxwidth")); err == nil && mw > 0 && mw < width {
		width = mw
	}
	if mh, err := strconv.Atoi(q.Get("maxheight")); err == nil && mh > 0 && mh < height {
		height = mh
	}
	card := origin + "/card.png?" + a.Query().Encode()
	res := oEmbed{Version: "1.0", Type: "rich", HTML: app.Snippet(origin, a, title, height), Width: width, Height: height,
		Title: title, ProviderName: "Recount Explainer", ProviderURL: origin + "/", CacheAge: 3600,
		ThumbnailURL: card, ThumbnailWidth: cardWidth, ThumbnailHeight: cardHeight}
	if q.Has("maxwidth") && res.ThumbnailWidth > width {
		// The thumbnail must fit the consumer's maximum too, scaled.
		res.ThumbnailHeight = cardHeight * width / cardWidth
		res.ThumbnailWidth = width
	}
	w.Header().Set("Cache-Control", "public, max-age=3600")
	if format == "xml" {
		w.Header().Set("Content-Type", "text/xml; charset=utf-8")
		_, _ = w.Write([]byte(xml.Header))
		_ = xml.NewEncoder(w).Encode(res)
		return
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	_ = json.NewEncoder(w).Encode(res)
}

// schemeOf is the scheme social URLs and snippets use: https, but for a
// plain-HTTP request with no configured domain (a machine's own server).
func schemeOf(r *http.Request, domain string) string {
	if r.TLS == nil && r.Header.Get("X-Forwarded-Proto") != "https" && domain == "" {
		return "http"
	}
	return "https"
}

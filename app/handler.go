//go:build !(js && wasm)

package app

import (
	"net/http"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/recount-explainer/recount/words"
)

// HandlerOptions configure the page's go-app handler.
type HandlerOptions struct {
	// Version changes exactly when the build does.
	Version string
	// Domain is the public host name for social cards ("" when unknown).
	Domain string
	// Resources resolves and serves the site's URLs (under an optional
	// sub-path); nil for go-app's own.
	Resources app.ResourceResolver
	// WasmSize is the raw size of app.wasm, for go-app's progress label.
	WasmSize string
	// ServiceWorker is the service worker's template.
	ServiceWorker string
	// Head is extra markup for the page's head (the wasm preload).
	Head []string
}

// NewHandler returns go-app's handler for the page: it prerenders every
// route and serves go-app's scripts. It is built only outside the browser.
func NewHandler(o HandlerOptions) http.Handler {
	Route()
	w := words.For(words.English)
	return &app.Handler{
		Name:            "Recount Explainer",
		ShortName:       "Recount",
		Title:           m.PageTitle.In(w),
		Domain:          o.Domain,
		Image:           "/web/icon-512.png",
		Description:     m.PageDescription.In(w),
		Author:          "Recount Explainer",
		Lang:            "en",
		LoadingLabel:    m.PageLoading.In(w),
		BackgroundColor: "#ffffff",
		ThemeColor:      "#1d4f91",
		Icon: app.Icon{
			Default:  "/web/icon-192.png",
			Large:    "/web/icon-512.png",
			Maskable: "/web/icon-512.png",
			SVG:      "/web/icon.svg",
		},
		Styles:                []string{"/web/app.css"},
		Scripts:               []string{"/web/boot.js defer"},
		Version:               o.Version,
		Resources:             o.Resources,
		WasmContentLength:     o.WasmSize,
		ServiceWorkerTemplate: o.ServiceWorker,
		RawHeaders:            o.Head,
	}
}

// GenerateStatic writes go-app's static files (index.html, app.js, the
// worker, the manifest) for a handler made by NewHandler into dir.
func GenerateStatic(dir string, h http.Handler) error {
	return app.GenerateStaticWebsite(dir, h.(*app.Handler))
}

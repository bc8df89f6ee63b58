//go:build !(js && wasm)

package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"log"
	"net/http"
	"os"
	"os/signal"
	"runtime/debug"
	"syscall"
	"time"

	"github.com/recount-explainer/recount/server"
)

// runBrowser is a no-op outside the browser.
func runBrowser() bool { return false }

func runServer() {
	if len(os.Args) > 1 && os.Args[1] == "static" {
		fs := flag.NewFlagSet("static", flag.ExitOnError)
		out := fs.String("out", "build/static", "folder to write the static site to")
		prefix := fs.String("prefix", "", `sub-path the site is served under, e.g. "/recount" (GitHub Pages)`)
		web := fs.String("web", "web", "folder of static assets with the built app.wasm")
		_ = fs.Parse(os.Args[2:])
		if err := server.GenerateStatic(*out, server.Options{WebDir: *web, Prefix: *prefix}); err != nil {
			log.Fatal(err)
		}
		fmt.Println("static site written to", *out)
		return
	}
	web := flag.String("web", "web", "folder of static assets with the built app.wasm")
	domain := flag.String("domain", os.Getenv("DOMAIN"), "public host name for social-card metadata (or $DOMAIN)")
	flag.Parse()
	port := os.Getenv("PORT")
	if port == "" {
		port = "8000"
	}
	// Rendering a page allocates about 0.5 MB of short-lived garbage; with
	// the heap this small, collecting less often buys throughput (make
	// bench), and the memory limit keeps the total bounded.
	debug.SetGCPercent(1000)
	debug.SetMemoryLimit(512 << 20)
	h, err := server.New(server.Options{WebDir: *web, Domain: *domain})
	if err != nil {
		log.Fatal(err)
	}
	srv := &http.Server{
		Addr:              ":" + port,
		Handler:           h,
		ReadHeaderTimeout: 5 * time.Second,
		WriteTimeout:      60 * time.Second,
		IdleTimeout:       120 * time.Second,
		MaxHeaderBytes:    64 << 10,
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	go func() {
		<-ctx.Done()
		shut, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		_ = srv.Shutdown(shut)
	}()
	log.Printf("Recount Explainer on http://localhost:%s", port)
	if err := srv.ListenAndServe(); err != nil && !errors.Is(err, http.ErrServerClosed) {
		log.Fatal(err)
	}
}

//go:build !(js && wasm)

package server

import (
	"bytes"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strings"

	"github.com/recount-explainer/recount/address"
	"github.com/recount-explainer/recount/app"
	"github.com/recount-explainer/recount/races"
	"github.com/recount-explainer/recount/rules/law"
	"github.com/recount-explainer/recount/words"
)

// staleScript marks a static page whose address carries a query: a static
// host serves one prerender for every link, so until the wasm computes the
// linked race the walkthrough is hidden behind a "calculating" note rather
// than show another race's verdict. It runs before the body is painted.
const staleScript = `<script>if(location.search.length>1)document.documentElement.classList.add("stale")</script>`

// GenerateStatic writes the site for a static host or CDN into dir: go-app's
// index.html and scripts, the web assets with the built wasm, and every
// preset prerendered at race/<id>/index.html.
func GenerateStatic(dir string, o Options) error {
	h, err := New(o)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	if err := app.GenerateStatic(dir, h.goapp); err != nil {
		return fmt.Errorf("generating the static site: %w", err)
	}
	// Pages come through the whole handler: social URLs, embeds without
	// the wasm, cards.
	srv := httptest.NewServer(h)
	defer srv.Close()
	all, err := races.All()
	if err != nil {
		return err
	}
	type file struct{ url, file string }
	var pages []file
	for _, l := range words.Langs {
		// Each language's pages: English at the root, Spanish under es/.
		sub := strings.TrimPrefix(address.LangPath(l, "/"), "/")
		for _, p := range []string{"teach", "glossary", "compare"} {
			pages = append(pages, file{address.LangPath(l, "/"+p), filepath.Join(sub, p, "index.html")})
		}
		if l != words.English {
			pages = append(pages, file{address.LangPath(l, "/"), filepath.Join(sub, "index.html")})
			for _, p := range all {
				pages = append(pages, file{address.LangPath(l, "/race/"+p.ID+"/"), filepath.Join(sub, "race", p.ID, "index.html")})
			}
		}
	}
	for _, f := range pages {
		page, err := get(srv.URL + f.url)
		if err != nil {
			return err
		}
		if err := write(filepath.Join(dir, f.file), staticCards(page, srv.URL, o.Domain)); err != nil {
			return err
		}
	}
	for _, p := range all {
		for _, f := range []file{
			{"/race/" + p.ID + "/", filepath.Join("race", p.ID, "index.html")},
			{"/embed/" + p.ID + "/", filepath.Join("embed", p.ID, "index.html")},
		} {
			page, err := get(srv.URL + f.url)
			if err != nil {
				return err
			}
			if err := write(filepath.Join(dir, f.file), staticCards(page, srv.URL, o.Domain)); err != nil {
				return err
			}
		}
		card, err := get(srv.URL + "/card/" + p.ID + ".png")
		if err != nil {
			return err
		}
		if err := os.MkdirAll(filepath.Join(dir, "card"), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(filepath.Join(dir, "card", p.ID+".png"), card, 0o644); err != nil {
			return err
		}
	}
	index := filepath.Join(dir, "index.html")
	b, err := os.ReadFile(index)
	if err != nil {
		return err
	}
	if err := write(index, b); err != nil {
		return err
	}
	if err := copyDir(o.WebDir, filepath.Join(dir, "web")); err != nil {
		return err
	}
	// The data the wasm fetches: a catalogue per language, a line of the
	// law per jurisdiction, and the whole law.
	paths := []string{lawAll}
	for _, l := range words.Langs {
		paths = append(paths, wordsPrefix+string(l)+".txt")
	}
	for _, code := range law.Codes() {
		paths = append(paths, lawPrefix+code+".json")
	}
	for _, p := range paths {
		text, _ := dataText(p)
		path := filepath.Join(dir, filepath.FromSlash(strings.TrimPrefix(p, "/")))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
			return err
		}
	}
	return nil
}

func get(url string) ([]byte, error) {
	res, err := http.Get(url)
	if err != nil {
		return nil, err
	}
	defer res.Body.Close()
	if res.StatusCode != http.StatusOK {
		return nil, fmt.Errorf("%s: %s", url, res.Status)
	}
	return io.ReadAll(res.Body)
}

// write saves an HTML page with the stale marker script first in its head.
func write(path string, page []byte) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	page = stripIndent(page)
	if !bytes.Contains(page, []byte(staleScript)) {
		page = bytes.Replace(page, []byte("<head>"), []byte("<head>"+staleScript), 1)
	}
	return os.WriteFile(path, page, 0o644)
}

func copyDir(src, dst string) error {
	return filepath.WalkDir(src, func(path string, d os.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, _ := filepath.Rel(src, path)
		target := filepath.Join(dst, rel)
		if d.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		if strings.HasPrefix(d.Name(), ".") {
			return nil
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		return os.WriteFile(target, b, 0o644)
	})
}

// staticCards points a static page's social image at the preset's card
// file, and its absolute addresses at the site's domain (or makes them
// relative when there is none).
func staticCards(page []byte, local, domain string) []byte {
	page = regexp.MustCompile(`/card\.png\?preset=([a-z0-9-]+)`).ReplaceAll(page, []byte("/card/$1.png"))
	origin := ""
	if domain != "" {
		origin = "https://" + domain
	}
	return bytes.ReplaceAll(page, []byte(local), []byte(origin))
}

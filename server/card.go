//go:build !(js && wasm)

package server

import (
	"bytes"
	"image"
	"image/color"
	"image/draw"
	"image/png"
	"net/http"
	"strconv"
	"strings"
	"sync"
	"time"

	"golang.org/x/image/font"
	"golang.org/x/image/font/gofont/gobold"
	"golang.org/x/image/font/gofont/goregular"
	"golang.org/x/image/font/opentype"
	"golang.org/x/image/math/fixed"

	"github.com/recount-explainer/recount/address"
	"github.com/recount-explainer/recount/app"
)

// The card's faces: the Go fonts, shipped in the module (no remote font).
var (
	facesOnce sync.Once
	faces     struct{ title, headline, body, small font.Face }
)

func loadFaces() {
	facesOnce.Do(func() {
		reg, err1 := opentype.Parse(goregular.TTF)
		bold, err2 := opentype.Parse(gobold.TTF)
		if err1 != nil || err2 != nil {
			panic("server: the Go fonts do not parse")
		}
		face := func(f *opentype.Font, size float64) font.Face {
			fc, err := opentype.NewFace(f, &opentype.FaceOptions{Size: size, DPI: 72, Hinting: font.HintingFull})
			if err != nil {
				panic(err)
			}
			return fc
		}
		faces.title = face(bold, 30)
		faces.headline = face(bold, 54)
		faces.body = face(reg, 30)
		faces.small = face(reg, 24)
	})
}

// The card's colours: dark text on a light ground, and a mark per verdict
// that is a word and a shape as well as a colour.
var (
	ink    = color.RGBA{0x1a, 0x1a, 0x1a, 0xff}
	muted  = color.RGBA{0x4a, 0x4a, 0x4a, 0xff}
	ground = color.RGBA{0xff, 0xff, 0xff, 0xff}
	panel  = color.RGBA{0xf4, 0xf6, 0xf9, 0xff}
	accent = color.RGBA{0x1d, 0x4f, 0x91, 0xff}
	kinds  = map[string]color.RGBA{
		"yes": {0x0b, 0x53, 0x23, 0xff}, "no": {0x8a, 0x1c, 0x12, 0xff},
		"depends": {0x5c, 0x44, 0x00, 0xff}, "tie": accent, "runoff": accent, "done": accent, "pending": muted,
	}
)

// drawCard draws a share card, 1200 × 630 pixels.
func drawCard(c app.Card) []byte {
	loadFaces()
	img := image.NewRGBA(image.Rect(0, 0, cardWidth, cardHeight))
	draw.Draw(img, img.Bounds(), &image.Uniform{ground}, image.Point{}, draw.Src)
	kind := kinds[c.Kind]
	if kind == (color.RGBA{}) {
		kind = accent
	}
	draw.Draw(img, image.Rect(0, 0, 24, cardHeight), &image.Uniform{kind}, image.Point{}, draw.Src)
	const left, right = 72, cardWidth - 64
	y := 86
	text(img, faces.title, accent, left, y, c.Title)
	y += 56
	for _, line := range wrap(faces.body, c.Race, right-left, 2) {
		text(img, faces.body, muted, left, y, line)
		y += 40
	}
	y += 36
	for _, line := range wrap(faces.headline, c.Headline, right-left, 3) {
		text(img, faces.headline, kind, left, y, line)
		y += 64
	}
	if len(c.Marks) > 0 {
		numberLine(img, left, right, cardHeight-150, c.Marks, kind)
	}
	for _, line := range wrap(faces.small, c.Footer, right-left, 1) {
		text(img, faces.small, muted, left, cardHeight-34, line)
	}
	var b bytes.Buffer
	_ = (&png.Encoder{CompressionLevel: png.BestCompression}).Encode(&b, img)
	return b.Bytes()
}

// numberLine draws the margin against the lines: a tick per line with its
// label above, the margin a filled square with its label below.
func numberLine(img *image.RGBA, left, right, y int, marks []app.CardMark, kind color.RGBA) {
	top := int64(1)
	for _, m := range marks {
		top = max(top, m.Votes)
	}
	span := top + top/8 + 1
	x := func(v int64) int { return left + int(int64(right-left)*v/span) }
	draw.Draw(img, image.Rect(left, y-1, right, y+2), &image.Uniform{muted}, image.Point{}, draw.Src)
	draw.Draw(img, image.Rect(left-1, y-10, left+2, y+10), &image.Uniform{muted}, image.Point{}, draw.Src)
	above := 0
	for _, m := range marks {
		px := x(m.Votes)
		if m.Class == "margin" {
			draw.Draw(img, image.Rect(px-9, y-9, px+9, y+9), &image.Uniform{ink}, image.Point{}, draw.Src)
			label := truncate(faces.small, m.Label, right-left)
			lx := min(max(left, px-measure(faces.small, label)/2), right-measure(faces.small, label))
			text(img, faces.small, ink, lx, y+42, label)
			continue
		}
		draw.Draw(img, image.Rect(px-2, y-22, px+3, y+14), &image.Uniform{panel}, image.Point{}, draw.Src)
		draw.Draw(img, image.Rect(px-2, y-22, px+3, y+14), &image.Uniform{kind}, image.Point{}, draw.Src)
		label := truncate(faces.small, m.Label, right-left)
		lx := min(max(left, px-measure(faces.small, label)/2), right-measure(faces.small, label))
		text(img, faces.small, muted, lx, y-30-above, label)
		above += 28
	}
}

func text(img *image.RGBA, f font.Face, c color.Color, x, y int, s string) {
	d := font.Drawer{Dst: img, Src: &image.Uniform{c}, Face: f, Dot: fixed.P(x, y)}
	d.DrawString(s)
}

func measure(f font.Face, s string) int { return font.MeasureString(f, s).Ceil() }

// wrap breaks text into at most n lines of at most width pixels; the last
// line ends in an ellipsis if the text does not fit (a long candidate name).
func wrap(f font.Face, s string, width, n int) []string {
	var lines []string
	line := ""
	for _, word := range strings.Fields(s) {
		try := strings.TrimSpace(line + " " + word)
		if measure(f, try) <= width {
			line = try
			continue
		}
		if line != "" {
			lines = append(lines, line)
		}
		line = word
		if len(lines) == n {
			break
		}
	}
	if line != "" && len(lines) < n {
		lines = append(lines, line)
	}
	if len(lines) > n {
		lines = lines[:n]
	}
	if joined := strings.Join(lines, " "); len(lines) > 0 && len(joined) < len(strings.Join(strings.Fields(s), " ")) {
		lines[len(lines)-1] = truncate(f, lines[len(lines)-1]+" …", width)
	}
	for i := range lines {
		lines[i] = truncate(f, lines[i], width)
	}
	return lines
}

// truncate shortens a line to width pixels, ending it with an ellipsis.
func truncate(f font.Face, s string, width int) string {
	if measure(f, s) <= width {
		return s
	}
	r := []rune(s)
	for len(r) > 0 && measure(f, string(r)+"…") > width {
		r = r[:len(r)-1]
	}
	return string(r) + "…"
}

// serveCard answers /card.png?<race>: the race's share card, cached like
// pages (by day and canonical address).
func (h *Handler) serveCard(w http.ResponseWriter, r *http.Request) {
	if id, ok := address.PresetPath(r.URL.Path); ok {
		if _, err := presetOK(id); err != nil {
			http.NotFound(w, r)
			return
		}
	}
	a := address.Parse(r.URL)
	a.View = address.View{Lang: a.View.Lang}
	day := time.Now().Format("20060102")
	etag := `"` + h.version + "-" + day + `-card"`
	if r.Header.Get("If-None-Match") == etag {
		w.WriteHeader(http.StatusNotModified)
		return
	}
	key := "card " + day + " " + a.Canonical()
	p, ok := h.pages.get(key)
	if !ok {
		p = &cachedPage{key: key, contentType: "image/png", gz: drawCard(app.CardOf(a)), raw: true}
		h.pages.put(p)
	}
	hd := w.Header()
	hd.Set("Content-Type", "image/png")
	hd.Set("Cache-Control", "public, max-age=0, s-maxage=3600")
	hd.Set("ETag", etag)
	hd.Set("Content-Length", strconv.Itoa(len(p.gz)))
	w.WriteHeader(http.StatusOK)
	if r.Method != http.MethodHead {
		_, _ = w.Write(p.gz)
	}
}

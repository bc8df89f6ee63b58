//go:build !(js && wasm)

package e2e

import (
	"bytes"
	"context"
	"image"
	_ "image/png" // screenshots
	"os"
	"path/filepath"
	"regexp"
	"testing"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/page"
	"github.com/chromedp/chromedp"
	"github.com/makiuchi-d/gozxing"
	"github.com/makiuchi-d/gozxing/qrcode"
)

// pdfPages counts the pages of a PDF Chromium printed (its page objects).
var pdfPage = regexp.MustCompile(`/Type\s*/Page[^s]`)

// Printing a race gives a one- or two-page handout with no control or
// navigation on it, whose QR code decodes to the race's own address; with
// the answer key asked for, the key prints on a page of its own.
func TestPrintedHandout(t *testing.T) {
	for _, tc := range []struct {
		addr, link string
		pages      [2]int // at least, at most
		key        bool
	}{
		{"/race/atlanta-2017-runoff-certified/", "/race/atlanta-2017-runoff-certified/", [2]int{1, 2}, false},
		{"/?" + vaRace, "/?candidate=A&candidate=B&candidate=C&cert=2025-11-17&counties=1&date=2025-11-04&office=state-house&state=VA&type=general&votes=10%2C000&votes=9%2C850&votes=5%2C000",
			[2]int{1, 2}, false},
		{"/race/atlanta-2017-runoff-certified/?key=true", "/race/atlanta-2017-runoff-certified/", [2]int{2, 3}, true},
	} {
		ctx := tab(t)
		run1(t, ctx, chromedp.Navigate(site.URL+tc.addr), ready())
		var pdf []byte
		run1(t, ctx, chromedp.ActionFunc(func(ctx context.Context) error {
			var err error
			pdf, _, err = page.PrintToPDF().WithPrintBackground(false).WithPaperWidth(8.27).WithPaperHeight(11.69).Do(ctx)
			return err
		}))
		name := map[bool]string{false: "handout", true: "handout-key"}[tc.key]
		if tc.addr[1] == '?' {
			name = "handout-va"
		}
		if err := os.WriteFile(filepath.Join(shotDir, name+".pdf"), pdf, 0o644); err != nil {
			t.Fatal(err)
		}
		if n := len(pdfPage.FindAll(pdf, -1)); n < tc.pages[0] || n > tc.pages[1] {
			t.Errorf("%s: %d printed pages, want %d to %d", tc.addr, n, tc.pages[0], tc.pages[1])
		}
		// As printed: no control, navigation or note link shows, and the
		// handout (and the key when asked for) does.
		var shown []string
		var key bool
		run1(t, ctx,
			emulation.SetEmulatedMedia().WithMedia("print"),
			chromedp.Evaluate(`[...document.querySelectorAll("button, input, select, textarea, nav, #lang-link, .print-links, #embed-builder")]
			  .filter(e => e.getClientRects().length > 0).map(e => e.outerHTML.slice(0, 80))`, &shown),
			chromedp.Evaluate(`!!document.querySelector(".answer-key") && document.querySelector(".answer-key").getClientRects().length > 0`, &key),
		)
		if len(shown) > 0 {
			t.Errorf("%s: printed controls: %q", tc.addr, shown)
		}
		if key != tc.key {
			t.Errorf("%s: answer key printed = %v", tc.addr, key)
		}
		// The QR code, as printed, decodes to the race's own address.
		var png []byte
		run1(t, ctx, chromedp.Screenshot("#handout svg.qr", &png, chromedp.ByQuery))
		img, _, err := image.Decode(bytes.NewReader(png))
		if err != nil {
			t.Fatal(err)
		}
		bmp, err := gozxing.NewBinaryBitmapFromImage(img)
		if err != nil {
			t.Fatal(err)
		}
		res, err := qrcode.NewQRCodeReader().Decode(bmp, nil)
		if err != nil {
			t.Fatalf("%s: the QR code does not decode: %v", tc.addr, err)
		}
		var link string
		run1(t, ctx, chromedp.AttributeValue("#share-link", "href", &link, nil, chromedp.ByQuery))
		if res.GetText() != site.URL+tc.link || link != res.GetText() {
			t.Errorf("%s: the QR code says %q, the printed link %q; want %q", tc.addr, res.GetText(), link, site.URL+tc.link)
		}
		run1(t, ctx, emulation.SetEmulatedMedia().WithMedia(""))
	}
}

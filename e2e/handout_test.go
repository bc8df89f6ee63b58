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
	"strconv"
	"strings"
	"testing"
	"time"

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
// longRace is a race of twelve candidates, in the address's canonical order.
var longRace = func() string {
	q := "candidate=Alexandra+Montgomery-Fitzgerald"
	for i := 2; i <= 12; i++ {
		q += "&candidate=Candidate+" + strconv.Itoa(i)
	}
	q += "&cert=2024-11-22&counties=159&date=2024-11-05&office=state&state=GA&type=general"
	for i := 1; i <= 12; i++ {
		q += "&votes=" + strconv.Itoa(100+i) + "%2C" + strconv.Itoa(100+i*7)
	}
	return q
}()

func TestPrintedHandout(t *testing.T) {
	for _, tc := range []struct {
		addr, link string
		pages      [2]int // at least, at most
		key        bool
	}{
		{"/race/atlanta-2017-runoff-certified/", "/race/atlanta-2017-runoff-certified/", [2]int{1, 2}, false},
		{"/?" + vaRace, "/?candidate=A&candidate=B&candidate=C&cert=2025-11-17&counties=1&date=2025-11-04&office=state-house&state=VA&type=general&votes=10%2C000&votes=9%2C850&votes=5%2C000",
			[2]int{1, 2}, false},
		// Twelve candidates: a long address and a dense code (version 20).
		{"/?" + longRace, "/?" + longRace, [2]int{1, 3}, false},
		{"/race/atlanta-2017-runoff-certified/?key=true", "/race/atlanta-2017-runoff-certified/", [2]int{2, 3}, true},
	} {
		ctx := tab(t)
		// The code is drawn once the page is live and still.
		run1(t, ctx, chromedp.Navigate(site.URL+tc.addr), ready(), chromedp.WaitReady("#handout svg.qr", chromedp.ByQuery))
		var pdf []byte
		run1(t, ctx, chromedp.ActionFunc(func(ctx context.Context) error {
			var err error
			pdf, _, err = page.PrintToPDF().WithPrintBackground(false).WithPaperWidth(8.27).WithPaperHeight(11.69).Do(ctx)
			return err
		}))
		name := map[bool]string{false: "handout", true: "handout-key"}[tc.key]
		if tc.addr[1] == '?' {
			name = map[bool]string{false: "handout-va", true: "handout-long"}[tc.addr == "/?"+longRace]
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
		got := printedQR(t, ctx)
		var link string
		run1(t, ctx, chromedp.AttributeValue("#share-link", "href", &link, nil, chromedp.ByQuery))
		if got != site.URL+tc.link || link != got {
			t.Errorf("%s: the QR code says %q, the printed link %q; want %q", tc.addr, got, link, site.URL+tc.link)
		}
		run1(t, ctx, emulation.SetEmulatedMedia().WithMedia(""))
	}
}

// printedQR reads the handout's QR code as printed (about 300 dots an inch:
// three pixels a CSS pixel), in a page emulating print.
func printedQR(t *testing.T, ctx context.Context) string {
	t.Helper()
	var png []byte
	// Two frames first: a change of media (print) is laid out and painted
	// before the code's box is measured and captured.
	run1(t, ctx, frames(), chromedp.ScreenshotScale("#handout svg.qr", 3, &png, chromedp.ByQuery))
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
		t.Fatalf("the QR code does not decode: %v", err)
	}
	return res.GetText()
}

// After the reader types new totals, the printed code is of the new
// address, as the printed link is (the page draws it once typing pauses).
func TestHandoutFollowsTyping(t *testing.T) {
	ctx := tab(t)
	run1(t, ctx, chromedp.Navigate(site.URL+"/?"+longRace), ready(), chromedp.WaitReady("#handout svg.qr", chromedp.ByQuery),
		typeInto("votes-1", "123456"),
		chromedp.Poll(`document.getElementById("share-link").href.includes("votes=123456") && document.querySelector("#handout svg.qr") !== null`, nil,
			chromedp.WithPollingTimeout(10*time.Second)),
		emulation.SetEmulatedMedia().WithMedia("print"))
	got := printedQR(t, ctx)
	want := site.URL + "/?" + strings.Replace(longRace, "votes=101%2C107", "votes=123456", 1)
	if got != want {
		t.Errorf("after typing, the QR code says %q; want %q", got, want)
	}
}

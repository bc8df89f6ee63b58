//go:build !(js && wasm)

package e2e

import (
	"bytes"
	"image"
	"testing"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
	"github.com/makiuchi-d/gozxing"
	"github.com/makiuchi-d/gozxing/qrcode"
)

const guessAddr = "/?mode=guess&preset=atlanta-2017-runoff-certified"

// Guess first, with the wasm: the answer and the steps stay hidden until
// the student commits; checking answers in place (no new document), marks
// each guess with its reason, and writes the guesses into the address.
func TestGuessMode(t *testing.T) {
	ctx := tab(t)
	var hidden bool
	run1(t, ctx,
		chromedp.Navigate(site.URL+guessAddr), ready(),
		chromedp.Evaluate(`!document.getElementById("verdict") && !document.getElementById("walkthrough") && !!document.getElementById("guess")`, &hidden),
		chromedp.Evaluate(`window.sameDocument = true`, nil),
	)
	if !hidden {
		t.Fatal("guess mode shows the answer before the guess")
	}
	shot(t, ctx, "guess-before-390", 390)
	run1(t, ctx,
		chromedp.Click("#guess-no", chromedp.ByQuery),
		chromedp.SetValue("#guess-where", "superintendent", chromedp.ByQuery),
		chromedp.SetValue("#guess-when", "2017-12-13", chromedp.ByQuery),
		chromedp.Click(`#guess button[type="submit"]`, chromedp.ByQuery),
		waitFor(`!!document.getElementById("guess-result") && !!document.getElementById("verdict")`),
		waitFor(`location.search.includes("guess=no")`),
	)
	var same bool
	var marks, focused string
	run1(t, ctx,
		chromedp.Evaluate(`window.sameDocument === true`, &same),
		chromedp.Text("#guess-result", &marks, chromedp.ByQuery),
		chromedp.Evaluate(`document.activeElement.id`, &focused),
	)
	if !same {
		t.Error("checking the guess loaded a new document")
	}
	contains(t, "marks", marks, "Not quite. Yes: Mary Norwood could ask for a recount.")
	contains(t, "marks", marks, "Right. The request goes to the election superintendent.")
	contains(t, "marks", marks, "Right. It is due by Wednesday, December 13, 2017.")
	if focused != "guess-result-title" {
		t.Errorf("the focus is on %q, not the marks", focused)
	}
	if r := read(t, ctx); r.Eligible != "true" || r.Margin != "832" {
		t.Errorf("revealed: %+v", r)
	}
	shot(t, ctx, "guess-after-390", 390)
}

// Guess first without any script: the form's round trip answers it.
func TestGuessModeWithoutScript(t *testing.T) {
	ctx := tab(t)
	run1(t, ctx,
		emulation.SetScriptExecutionDisabled(true),
		chromedp.Navigate(site.URL+guessAddr),
		chromedp.WaitVisible("#guess-yes", chromedp.ByID),
	)
	click(t, ctx, "#guess-yes")
	click(t, ctx, `#guess button[type="submit"]`)
	var marks string
	run1(t, ctx, chromedp.WaitVisible("#guess-result", chromedp.ByID), chromedp.Text("#guess-result", &marks, chromedp.ByID))
	contains(t, "marks", marks, "Right. Yes: Mary Norwood could ask for a recount.")
}

// The teacher's guide builds a class link and shows it as a QR code that
// decodes to the same link; the glossary has an entry for each term the
// walkthrough links, and the walkthrough's link, followed once the wasm
// runs, loads it. Neither page downloads the wasm.
func TestTeachAndGlossary(t *testing.T) {
	ctx := tab(t)
	run1(t, ctx,
		chromedp.Navigate(site.URL+"/teach"), loaded("/teach"),
		chromedp.SetValue("#teach-race", "va-2017-hod-94-unofficial", chromedp.ByQuery),
	)
	click(t, ctx, "#teach-guess")
	submit(t, ctx, `#builder button[type="submit"]`)
	var link string
	var png []byte
	run1(t, ctx,
		chromedp.WaitVisible("#built-link", chromedp.ByID),
		chromedp.AttributeValue("#built-link", "href", &link, nil, chromedp.ByID),
		chromedp.Screenshot("#class-link svg.qr", &png, chromedp.ByQuery),
	)
	if want := site.URL + "/race/va-2017-hod-94-unofficial/?mode=guess"; link != want {
		t.Errorf("class link %q, want %q", link, want)
	}
	img, _, err := image.Decode(bytes.NewReader(png))
	if err != nil {
		t.Fatal(err)
	}
	bmp, _ := gozxing.NewBinaryBitmapFromImage(img)
	res, err := qrcode.NewQRCodeReader().Decode(bmp, nil)
	if err != nil || res.GetText() != link {
		t.Errorf("the projector's QR code: %v, %v", res, err)
	}
	shot(t, ctx, "teach-1280", 1280)
	// The walkthrough links "recount" to its entry, a <dfn> with an id.
	var term string
	run1(t, ctx, chromedp.Navigate(site.URL+"/race/atlanta-2017-runoff-certified/"), ready(),
		chromedp.AttributeValue(`a.term[href$="#recount"]`, "href", &term, nil, chromedp.ByQuery))
	navigate(t, ctx, chromedp.Click(`a.term[href$="#recount"]`, chromedp.ByQuery))
	var dfn, path string
	run1(t, ctx, chromedp.WaitVisible("#recount dfn", chromedp.ByQuery), chromedp.Text("#recount dfn", &dfn, chromedp.ByQuery),
		chromedp.Evaluate(`location.pathname`, &path))
	if dfn != "Recount" || term != "/glossary#recount" || path != "/glossary" {
		t.Errorf("term link %q → %q at %s", term, dfn, path)
	}
	// The two pages as loaded: no go-app scripts, no wasm, no loader note.
	for _, page := range []string{"/glossary", "/teach?race=atlanta-2017-runoff-certified&guess=on", "/es/glossary", "/es/teach"} {
		var wasm []string
		var loader bool
		run1(t, ctx, chromedp.Navigate(site.URL+page), loaded(page),
			chromedp.Evaluate(`performance.getEntriesByType("resource").map(e => e.name).filter(n => /app\.wasm|\/app\.js|wasm_exec|\/words\//.test(n))`, &wasm),
			chromedp.Evaluate(`!!document.getElementById("app-wasm-loader")`, &loader))
		if len(wasm) > 0 || loader {
			t.Errorf("%s loads %v (loader note: %v)", page, wasm, loader)
		}
	}
}

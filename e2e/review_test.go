//go:build !(js && wasm)

package e2e

import (
	"testing"

	"github.com/chromedp/chromedp"
)

// The races the page-text review read, as screenshots at 320 px and
// 1280 px for a person to look at: a race going to a runoff, a tie, the
// election-night preset, and a 2026 race whose deadline crosses
// Thanksgiving. Each is checked for its headline first.
func TestReviewScreenshots(t *testing.T) {
	for _, c := range []struct{ name, addr, headline string }{
		{"runoff", "/?state=GA&date=2026-11-03&type=general&office=governor&counties=159&cert=2026-11-20&candidate=Gov+A&votes=1%2C980%2C000&candidate=Gov+B&votes=1%2C970%2C000&candidate=Gov+C&votes=50%2C000",
			"No winner yet: Gov A and Gov B go to a runoff."},
		{"tie", "/?state=GA&date=2026-11-03&type=general&office=president&counties=159&cert=2026-11-20&candidate=T1&votes=1%2C000&candidate=T2&votes=1%2C000&candidate=T3&votes=10",
			"A tie: T1 and T2 have 1,000 votes each."},
		{"election-night", "/race/atlanta-2017-runoff-unofficial/",
			"If these figures are certified as they stand, Mary Norwood could ask for a recount."},
		{"thanksgiving-2026", "/?state=GA&date=2026-11-03&type=general&office=county&counties=1&cert=2026-11-25&candidate=A&votes=1%2C000&candidate=B&votes=996",
			"Yes: B may ask for a recount."},
	} {
		ctx := tab(t)
		var headline string
		var overflow int
		run1(t, ctx, chromedp.EmulateViewport(320, 640), chromedp.Navigate(site.URL+c.addr), ready(),
			chromedp.Text("#verdict .headline", &headline, chromedp.ByQuery),
			chromedp.Evaluate(`document.documentElement.scrollWidth - document.documentElement.clientWidth`, &overflow))
		contains(t, c.name, headline, c.headline)
		if overflow > 0 {
			t.Errorf("%s: the page scrolls sideways by %d px at 320 px", c.name, overflow)
		}
		shot(t, ctx, "review-"+c.name+"-320", 320)
		shot(t, ctx, "review-"+c.name+"-1280", 1280)
	}
}

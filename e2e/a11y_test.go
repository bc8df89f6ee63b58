//go:build !(js && wasm)

package e2e

import (
	"os"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
)

// axe-core (pinned in package-lock.json) finds no WCAG 2.2 AA or
// best-practice violations, on a valid race and on one with an error.
func TestAccessibility(t *testing.T) {
	axe, err := os.ReadFile("node_modules/axe-core/axe.min.js")
	if err != nil {
		t.Fatal("axe-core is not installed: run make test (it runs npm ci in e2e/)")
	}
	for _, page := range []string{
		"/?preset=atlanta-2017-runoff-certified",
		"/?preset=atlanta-2017-runoff-certified&votes=1&votes=-5",
		"/?state=GA&date=2026-11-03&type=general&office=governor&counties=159&cert=2026-11-20&candidate=A&votes=2010000&candidate=B&votes=1990000",
		"/?state=GA&date=2026-11-03&type=general&office=president&counties=159&cert=2026-11-20&candidate=T1&votes=1000&candidate=T2&votes=1000",
		"/compare?preset=atlanta-2017-runoff-certified",
	} {
		ctx := tab(t)
		var violations []struct {
			ID    string `json:"id"`
			Help  string `json:"help"`
			Nodes []struct {
				Target []string `json:"target"`
			} `json:"nodes"`
		}
		run1(t, ctx,
			chromedp.Navigate(site.URL+page), ready(),
			chromedp.Evaluate(string(axe), nil),
			chromedp.Evaluate(`axe.run(document, {runOnly: {type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]}}).then(r => r.violations)`,
				&violations, func(p *runtime.EvaluateParams) *runtime.EvaluateParams { return p.WithAwaitPromise(true) }),
		)
		for _, v := range violations {
			var where []string
			for _, n := range v.Nodes {
				where = append(where, strings.Join(n.Target, " "))
			}
			t.Errorf("%s: %s (%s) at %s", page, v.ID, v.Help, strings.Join(where, ", "))
		}
	}
}

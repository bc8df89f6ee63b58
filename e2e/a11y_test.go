//go:build !(js && wasm)

package e2e

import (
	"context"
	"os"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
)

// axe-core (pinned in package-lock.json) finds no WCAG 2.2 AA or
// best-practice violations, on a valid race and on one with an error, in
// Georgia and in other states, on the comparison view and the classroom
// pages, in English and in Spanish.
func TestAccessibility(t *testing.T) {
	for _, page := range []string{
		"/?preset=atlanta-2017-runoff-certified",
		"/?preset=atlanta-2017-runoff-certified&votes=1&votes=-5",
		"/?state=GA&date=2026-11-03&type=general&office=governor&counties=159&cert=2026-11-20&candidate=A&votes=2010000&candidate=B&votes=1990000",
		"/?state=GA&date=2026-11-03&type=general&office=president&counties=159&cert=2026-11-20&candidate=T1&votes=1000&candidate=T2&votes=1000",
		"/?" + vaRace,
		"/race/mn-2008-us-senate-recount/",
		"/compare?preset=atlanta-2017-runoff-certified",
		"/compare?" + vaRace,
		guessAddr,
		guessAddr + "&guess=yes&guess-where=court",
		"/teach?race=atlanta-2017-runoff-certified&guess=on",
		"/glossary",
		"/es/race/atlanta-2017-runoff-certified/",
		"/es/?preset=atlanta-2017-runoff-certified&votes=1&votes=-5",
		"/es/?" + vaRace,
		"/es/compare?" + vaRace,
		"/es" + guessAddr + "&guess=yes&guess-where=court",
		"/es/teach",
		"/es/glossary",
	} {
		ctx := tab(t)
		run1(t, ctx, chromedp.Navigate(site.URL+page), loaded(page))
		axeCheck(t, ctx, page)
	}
}

// axeCheck runs the axe-core audit on the page open in ctx and reports
// each violation with where it is.
func axeCheck(t *testing.T, ctx context.Context, what string) {
	t.Helper()
	axe, err := os.ReadFile("node_modules/axe-core/axe.min.js")
	if err != nil {
		t.Fatal("axe-core is not installed: run make test (it runs npm ci in e2e/)")
	}
	var violations []struct {
		ID    string `json:"id"`
		Help  string `json:"help"`
		Nodes []struct {
			Target []string `json:"target"`
		} `json:"nodes"`
	}
	run1(t, ctx,
		chromedp.Evaluate(string(axe), nil),
		chromedp.Evaluate(`axe.run(document, {runOnly: {type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa", "best-practice"]}}).then(r => r.violations)`,
			&violations, awaitPromise),
	)
	for _, v := range violations {
		var where []string
		for _, n := range v.Nodes {
			where = append(where, strings.Join(n.Target, " "))
		}
		t.Errorf("axe, %s: %s (%s) at %s", what, v.ID, v.Help, strings.Join(where, ", "))
	}
}

//go:build !(js && wasm)

package e2e

import (
	"testing"

	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/cdproto/runtime"
	"github.com/chromedp/chromedp"
)

// vaRace is the states README's Virginia contrast: a state house race whose
// third candidate's votes do not count toward Virginia's line (1% of the two
// candidates' votes).
const vaRace = "state=VA&date=2025-11-04&type=general&office=state-house&cert=2025-11-17" +
	"&candidate=A&votes=10%2C000&candidate=B&votes=9%2C850&candidate=C&votes=5%2C000"

// A reader picks a state by keyboard, types totals, and sees the verdict,
// the lines and the deadline follow that state's law; a reload keeps them.
func TestStatePicker(t *testing.T) {
	ctx := tab(t)
	gaRace := "state=GA" + vaRace[len("state=VA"):]
	run1(t, ctx, chromedp.Navigate(site.URL+"/?"+gaRace), ready())
	// Georgia elects a state house member by majority: A and B go to a
	// runoff, and C's place is 4,850 votes from one.
	r := read(t, ctx)
	if r.Eligible != "false" || r.Margin != "4850" {
		t.Errorf("Georgia: %+v", r)
	}
	contains(t, "verdict", r.Verdict, "No winner yet: A and B go to a runoff.")
	// Typing a state's name in the focused picker chooses it, as a
	// keyboard user would.
	run1(t, ctx,
		chromedp.Focus("#state", chromedp.ByQuery),
		chromedp.SendKeys("#state", "Virginia", chromedp.ByQuery),
		waitFor(`location.search.includes("state=VA") && document.getElementById("verdict").dataset.eligible === "true"`),
	)
	// Virginia: 1% of the two candidates' 19,850 votes is 198.5, so 198; the
	// request goes to the circuit court within 10 days of certification:
	// November 27 is Thanksgiving and the 28th a state holiday, so Monday,
	// December 1.
	r = read(t, ctx)
	if r.Eligible != "true" || r.Margin != "150" || r.Threshold != "198" || r.Deadline != "2025-12-01" || r.Receiver != "court" {
		t.Errorf("Virginia: %+v", r)
	}
	contains(t, "verdict", r.Verdict, "Yes: B could ask for a recount.")
	var lines string
	run1(t, ctx, chromedp.Text("#numberline", &lines, chromedp.ByQuery))
	contains(t, "number line", lines, "Free request: up to 99 votes")
	contains(t, "number line", lines, "Paid request: up to 198 votes")
	shot(t, ctx, "state-va-1280", 1280)
	shot(t, ctx, "state-va-320", 320)
	// B at 9,790: 210 behind, and 1% of 19,790 is 197.
	run1(t, ctx,
		typeInto("votes-2", "9,790"),
		waitFor(`document.getElementById("verdict").dataset.eligible === "false"`),
		waitFor(`location.search.includes("votes=9%2C790")`),
	)
	r = read(t, ctx)
	if r.Margin != "210" || r.Threshold != "197" {
		t.Errorf("Virginia after typing: %+v", r)
	}
	contains(t, "verdict", r.Verdict, "so this margin is 13 votes too wide")
	// The reload is prerendered from the address: the same state and race.
	var pre result
	run1(t, ctx, chromedp.Reload(), chromedp.Evaluate(readResult, &pre), ready())
	if pre.Margin != "210" || pre.Threshold != "197" || pre.Eligible != "false" {
		t.Errorf("after reload: %+v", pre)
	}
	var state string
	run1(t, ctx, chromedp.Value("#state", &state, chromedp.ByQuery))
	if state != "VA" {
		t.Errorf("the picker shows %q after reload", state)
	}
}

// The wasm starts with the law of the page's state only (its line of
// law.jsonl, about 2 KB); picking another state fetches the whole law
// without holding up the page. When that fetch fails the answer says so
// and offers to try again; the reader's race is kept and, once the law is
// there, answered.
func TestLawFetchedWhenNeeded(t *testing.T) {
	ctx := tab(t)
	gaRace := "state=GA" + vaRace[len("state=VA"):]
	run1(t, ctx, network.Enable(), network.SetBypassServiceWorker(true),
		network.SetBlockedURLs([]string{"*/web/law/all.jsonl*"}),
		chromedp.Navigate(site.URL+"/?"+gaRace), ready())
	var loaded []string
	run1(t, ctx, chromedp.Evaluate(`performance.getEntriesByType("resource").map(e => new URL(e.name).pathname)
		.filter(p => p.startsWith("/web/law/"))`, &loaded))
	if len(loaded) != 1 || loaded[0] != "/web/law/GA.json" {
		t.Errorf("the Georgia page loaded the law from %q, want /web/law/GA.json alone", loaded)
	}
	run1(t, ctx,
		chromedp.Focus("#state", chromedp.ByQuery),
		chromedp.SendKeys("#state", "Virginia", chromedp.ByQuery),
		waitFor(`location.search.includes("state=VA") && !!document.getElementById("law-retry")`),
	)
	r := read(t, ctx)
	if r.Eligible != "(absent)" || r.Margin != "(none)" || r.Threshold != "(none)" {
		t.Errorf("a verdict without Virginia's law: %+v", r)
	}
	contains(t, "verdict", r.Verdict, "The recount law of Virginia could not be loaded")
	var role string
	run1(t, ctx, chromedp.Evaluate(`document.getElementById("verdict").getAttribute("role")`, &role))
	if role != "alert" {
		t.Errorf("the failure's role is %q, want alert", role)
	}
	shot(t, ctx, "law-unavailable-320", 320)
	// The state is chosen: the form does not ask to choose one.
	var hint string
	run1(t, ctx, chromedp.Text("#counties-hint", &hint, chromedp.ByQuery))
	if hint != "" {
		t.Errorf("while Virginia's law is missing the counties hint says %q", hint)
	}
	// The reader goes on typing meanwhile; nothing typed is lost.
	run1(t, ctx, typeInto("votes-2", "9,790"), waitFor(`location.search.includes("votes=9%2C790")`))
	run1(t, ctx, network.SetBlockedURLs([]string{}))
	click(t, ctx, "#law-retry")
	run1(t, ctx, waitFor(`document.getElementById("verdict").dataset.eligible === "false"`))
	// B at 9,790: 210 behind, and 1% of the two candidates' 19,790 is 197.
	if r = read(t, ctx); r.Margin != "210" || r.Threshold != "197" || r.Receiver != "court" {
		t.Errorf("Virginia once its law is there: %+v", r)
	}
	contains(t, "verdict", r.Verdict, "so this margin is 13 votes too wide")
	run1(t, ctx, chromedp.Text("#counties-hint", &hint, chromedp.ByQuery))
	contains(t, "counties hint", hint, "1 to 133")
	// Every state is now at hand: Wisconsin answers without a fetch. The
	// page downloaded Georgia's line and then the whole law, once each.
	const lawFetches = `performance.getEntriesByType("resource").filter(e => e.name.includes("/web/law/"))`
	var before, after int
	var downloaded []string
	run1(t, ctx, chromedp.Evaluate(lawFetches+`.length`, &before),
		chromedp.Focus("#state", chromedp.ByQuery),
		chromedp.SendKeys("#state", "Wisconsin", chromedp.ByQuery),
		waitFor(`location.search.includes("state=WI") && document.getElementById("verdict").dataset.eligible !== undefined`),
		chromedp.Evaluate(lawFetches+`.length`, &after),
		chromedp.Evaluate(lawFetches+`.filter(e => e.transferSize > 0).map(e => new URL(e.name).pathname)`, &downloaded))
	if after != before || len(downloaded) != 2 || downloaded[0] != "/web/law/GA.json" || downloaded[1] != "/web/law/all.jsonl" {
		t.Errorf("law fetched %d times more for Wisconsin; downloaded %q, want GA.json then all.jsonl", after-before, downloaded)
	}
}

// compareRows reads the comparison table: each jurisdiction's attributes.
const compareRows = `[...document.querySelectorAll("#compare-table tbody tr")].map(tr => ({
  state: tr.dataset.state, automatic: tr.dataset.automatic ?? "(absent)", eligible: tr.dataset.eligible ?? "(absent)",
  href: tr.querySelector("a").getAttribute("href")}))`

// walkthroughs fetches every row's walkthrough (prerendered, so without the
// wasm) and reads its verdict's attributes.
const walkthroughs = `Promise.all(` + compareRows + `.map(r => fetch(r.href).then(x => x.text()).then(html => {
  const v = new DOMParser().parseFromString(html, "text/html").getElementById("verdict");
  return {state: r.state, automatic: v?.getAttribute("data-automatic") ?? "(absent)", eligible: v?.getAttribute("data-eligible") ?? "(absent)"};
})))`

type row struct {
	State     string `json:"state"`
	Automatic string `json:"automatic"`
	Eligible  string `json:"eligible"`
	Href      string `json:"href"`
}

// The comparison view runs one race through all 51 jurisdictions: each row
// says what that state's own walkthrough says, before and after the wasm
// takes over, and typing updates it.
func TestCompareView(t *testing.T) {
	ctx := tab(t)
	var pre, live, own []row
	run1(t, ctx,
		chromedp.Navigate(site.URL+"/compare?"+vaRace),
		chromedp.Evaluate(compareRows, &pre), // the prerendered table
		ready(),
		chromedp.Evaluate(compareRows, &live),
		chromedp.Evaluate(walkthroughs, &own, awaitPromise),
	)
	if len(pre) != 51 || len(live) != 51 || len(own) != 51 {
		t.Fatalf("rows: %d prerendered, %d live, %d walkthroughs; want 51", len(pre), len(live), len(own))
	}
	by := map[string]row{}
	for _, r := range own {
		by[r.State] = r
	}
	for i, r := range live {
		w := by[r.State]
		if r.Automatic != w.Automatic || r.Eligible != w.Eligible {
			t.Errorf("%s: the table says automatic=%s eligible=%s, its walkthrough automatic=%s eligible=%s",
				r.State, r.Automatic, r.Eligible, w.Automatic, w.Eligible)
		}
		if p := pre[i]; p.State != r.State || p.Automatic != r.Automatic || p.Eligible != r.Eligible {
			t.Errorf("%s: prerendered %+v, live %+v", r.State, p, r)
		}
	}
	if va, ga := by["VA"], by["GA"]; va.Eligible != "true" || ga.Eligible != "false" {
		t.Errorf("VA %+v, GA %+v", va, ga)
	}
	shot(t, ctx, "compare-1280", 1280)
	shot(t, ctx, "compare-320", 320)
	// Typing: 210 behind puts Virginia out of reach.
	run1(t, ctx,
		typeInto("votes-2", "9,790"),
		waitFor(`document.getElementById("state-VA").dataset.eligible === "false"`),
		waitFor(`location.search.includes("votes=9%2C790")`),
	)
}

// awaitPromise makes an Evaluate wait for the promise its script returns.
func awaitPromise(p *runtime.EvaluateParams) *runtime.EvaluateParams { return p.WithAwaitPromise(true) }

//go:build !(js && wasm)

package e2e

import (
	"net/url"
	"slices"
	"strings"
	"testing"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/cdproto/network"
	"github.com/chromedp/chromedp"
	"github.com/chromedp/chromedp/kb"
)

const atlanta2017 = "date=2017-12-05&type=runoff&office=municipal&counties=2&cert=2017-12-11" +
	"&candidate=Keisha+Lance+Bottoms&votes=46%2C667&candidate=Mary+Norwood&votes=45%2C835"

// A preset: the prerendered page answers before the wasm, and the wasm takes
// over with the same answer.
func TestPresetPrerenderedThenLive(t *testing.T) {
	ctx := tab(t)
	var pre result
	run1(t, ctx,
		chromedp.Navigate(site.URL+"/?preset=atlanta-2009-runoff-certified"),
		chromedp.Evaluate(readResult, &pre), // the prerendered DOM, read at once
		ready(),
	)
	live := read(t, ctx)
	for _, r := range []result{pre, live} {
		if r.Eligible != "true" || r.Margin != "715" || r.Threshold != "843" || r.Percent != "1" || r.Deadline != "2009-12-08" || r.Receiver != "superintendent" {
			t.Errorf("2009 certified: %+v", r)
		}
	}
	contains(t, "verdict", live.Verdict, "Yes: Mary Norwood could ask for a recount.")
	shot(t, ctx, "preset-2009-desktop", 1280)
}

// A shared link with the 2021 date: the half-percent law says no.
func TestSharedLink(t *testing.T) {
	ctx := tab(t)
	q := strings.NewReplacer("2017-12-05", "2021-11-30", "2017-12-11", "2021-12-06").Replace(atlanta2017)
	run1(t, ctx, chromedp.Navigate(site.URL+"/?"+q+"&utm_source=newsroom"), ready())
	r := read(t, ctx)
	if r.Eligible != "false" || r.Margin != "832" || r.Threshold != "462" || r.Percent != "0.5" {
		t.Errorf("2021: %+v", r)
	}
	contains(t, "verdict", r.Verdict, "No: this margin is too wide")
	// The 2020 presidential preset goes to the Secretary of State.
	run1(t, ctx, chromedp.Navigate(site.URL+"/?preset=georgia-2020-president-certified"), ready())
	if r := read(t, ctx); r.Receiver != "secretary-of-state" || r.Eligible != "true" || r.Deadline != "2020-11-24" {
		t.Errorf("2020: %+v", r)
	}
}

// Typing updates the verdict, the numbers and the address (replaced, not
// pushed); a reload gives the same race.
func TestTypingUpdatesEverything(t *testing.T) {
	ctx := tab(t)
	var historyBefore, historyAfter int
	// stepsShown: whether the steps about asking (3 to 6) are shown or
	// folded under their summary.
	const stepsShown = `(() => { const d = document.querySelector("#walkthrough details.folded");
		return [d.open, d.querySelector("summary").checkVisibility(), document.getElementById("step-who").checkVisibility()]; })()`
	var before, after []bool
	run1(t, ctx,
		chromedp.Navigate(site.URL+"/?preset=atlanta-2017-runoff-certified"), ready(),
		chromedp.Evaluate(`history.length`, &historyBefore),
		chromedp.Evaluate(stepsShown, &before),
		chromedp.Evaluate(`document.getElementById("step-who").kept = true`, nil),
		typeInto("votes-2", "44,000"),
		waitFor(`document.getElementById("verdict").dataset.eligible === "false"`),
		// The address follows once typing pauses.
		waitFor(`location.search.includes("votes=44%2C000")`),
		chromedp.Evaluate(`history.length`, &historyAfter),
		chromedp.Evaluate(stepsShown, &after),
	)
	// A margin inside the line shows how to ask; once nobody may ask, the
	// steps fold under their summary. They are updated where they are, not
	// built again (go-app compares children by place; building them again
	// was the slowest keystrokes' largest cost in make bench).
	if !slices.Equal(before, []bool{true, false, true}) || !slices.Equal(after, []bool{false, true, false}) {
		t.Errorf("steps 3–6 [open, summary shown, step shown]: before typing %v, after %v", before, after)
	}
	var kept bool
	run1(t, ctx, chromedp.Evaluate(`document.getElementById("step-who").kept === true`, &kept))
	if !kept {
		t.Error("folding the steps built them again")
	}
	r := read(t, ctx)
	// 46,667 − 44,000 = 2,667 of 90,667; 1% is 906.
	if r.Margin != "2667" || r.Threshold != "906" || r.Eligible != "false" {
		t.Errorf("after typing: %+v", r)
	}
	q, _ := url.ParseQuery(strings.TrimPrefix(r.Search, "?"))
	if q["votes"][1] != "44,000" || q.Get("date") != "2017-12-05" || q["candidate"][1] != "Mary Norwood" {
		t.Errorf("address does not follow the inputs: %s", r.Search)
	}
	if historyAfter != historyBefore {
		t.Errorf("typing pushed history entries: %d → %d", historyBefore, historyAfter)
	}
	contains(t, "verdict", r.Verdict, "Mary Norwood trails Keisha Lance Bottoms by 2,667 votes. The law allows a recount when the gap is no more than 1% of all votes cast for the office, so this margin is 1,761 votes too wide.")
	// Reload: the same race, prerendered from the address.
	var pre result
	run1(t, ctx, chromedp.Reload(), chromedp.Evaluate(readResult, &pre), ready())
	if pre.Margin != "2667" || pre.Eligible != "false" {
		t.Errorf("after reload (prerender): %+v", pre)
	}
	var typed string
	run1(t, ctx, chromedp.Value("#votes-2", &typed, chromedp.ByQuery))
	if typed != "44,000" {
		t.Errorf("typed text not kept as typed: %q", typed)
	}
	// Add a third candidate by keyboard, give them votes, remove them.
	run1(t, ctx,
		chromedp.Focus("button.add", chromedp.ByQuery), chromedp.KeyEvent("\r"),
		waitFor(`!!document.getElementById("votes-3")`),
		typeInto("votes-3", "1000"),
		waitFor(`document.getElementById("total").dataset.votes === "91667"`),
		chromedp.Click(`button.remove[value="2"]`, chromedp.ByQuery),
		waitFor(`!document.getElementById("votes-3") && document.getElementById("total").dataset.votes === "90667"`),
	)
	// A choice made by keyboard in a select reaches the engine too: a
	// judge's race (two up from a city office) in two counties is a state
	// office voted on in more than one county, so the request goes to the
	// Secretary of State.
	if r := read(t, ctx); r.Receiver != "superintendent" {
		t.Errorf("municipal race: receiver %q", r.Receiver)
	}
	run1(t, ctx,
		chromedp.Focus("#office", chromedp.ByQuery), chromedp.KeyEvent(kb.ArrowUp), chromedp.KeyEvent(kb.ArrowUp),
		waitFor(`document.getElementById("receiver")?.dataset.receiver === "secretary-of-state"`),
		waitFor(`location.search.includes("office=judicial")`),
	)
	shot(t, ctx, "typed-phone-390", 390)
}

// Bad input: a clear message naming the field, never a dead page.
func TestBadInput(t *testing.T) {
	ctx := tab(t)
	run1(t, ctx,
		chromedp.Navigate(site.URL+"/?preset=atlanta-2017-runoff-certified"), ready(),
		typeInto("votes-2", "-5"),
		waitFor(`!!document.getElementById("input-error") && document.getElementById("input-error").innerText.includes("negative")`),
	)
	r := read(t, ctx)
	contains(t, "error", r.Error, "Votes for candidate 2: votes cannot be negative. Enter 0 or more.")
	if r.Eligible != "(absent)" {
		t.Errorf("a verdict is shown for bad input: %+v", r)
	}
	var invalid, role string
	run1(t, ctx,
		chromedp.Evaluate(`document.getElementById("votes-2").getAttribute("aria-invalid")`, &invalid),
		chromedp.Evaluate(`document.getElementById("input-error").getAttribute("role")`, &role),
	)
	if invalid != "true" || role != "alert" {
		t.Errorf("aria-invalid=%q role=%q", invalid, role)
	}
	shot(t, ctx, "bad-input-phone-320", 320)
	// Fixing it brings the answer back.
	run1(t, ctx, typeInto("votes-2", "45835"), waitFor(`document.getElementById("verdict").dataset.eligible === "true"`))
}

// Without WebAssembly (?wasm=false) the form is a real GET form: submitting
// reloads the page and the server's prerender answers for the new totals.
func TestFormWithoutWasm(t *testing.T) {
	ctx := tab(t)
	run1(t, ctx,
		chromedp.Navigate(site.URL+"/?wasm=false&preset=atlanta-2017-runoff-certified"),
		chromedp.WaitVisible("#votes-2", chromedp.ByID),
		chromedp.SetValue("#votes-2", "44000", chromedp.ByID),
	)
	submit(t, ctx, `button.primary`)
	run1(t, ctx, waitFor(`location.search.includes("votes=44000") && document.readyState === "complete"`))
	r := read(t, ctx)
	if r.Eligible != "false" || r.Margin != "2667" {
		t.Errorf("no-wasm round trip: %+v", r)
	}
	if !strings.Contains(r.Search, "wasm=false") {
		t.Errorf("no-wasm mode lost: %s", r.Search)
	}
	// With JavaScript off entirely, the same: and the add button works.
	ctx2 := tab(t)
	run1(t, ctx2,
		emulation.SetScriptExecutionDisabled(true),
		chromedp.Navigate(site.URL+"/?preset=atlanta-2017-runoff-certified"),
		chromedp.WaitVisible("#votes-2", chromedp.ByID),
	)
	// The page runs no script, so each wait is for an element only the new
	// document has.
	click(t, ctx2, `button.add`)
	run1(t, ctx2, chromedp.WaitVisible("#votes-3", chromedp.ByID), chromedp.SetValue("#votes-3", "3000", chromedp.ByID))
	click(t, ctx2, `button.primary`)
	run1(t, ctx2, chromedp.WaitVisible(`#total[data-votes="95502"]`, chromedp.ByQuery))
	var outcome string
	run1(t, ctx2, chromedp.Text("#outcome", &outcome, chromedp.ByID))
	contains(t, "outcome without JavaScript", outcome, "Keisha Lance Bottoms has the most votes")
}

// A panic in the browser ends in a visible message with a reload link.
func TestCrashIsVisible(t *testing.T) {
	ctx := tab(t)
	var text, href string
	run1(t, ctx,
		chromedp.Navigate(site.URL+"/?preset=atlanta-2017-runoff-certified&debug=crash"),
		chromedp.WaitVisible("#fatal", chromedp.ByID),
		chromedp.Text("#fatal", &text, chromedp.ByID),
		chromedp.AttributeValue("#fatal a", "href", &href, nil, chromedp.ByQuery),
	)
	contains(t, "crash message", text, "Something went wrong on this page")
	contains(t, "reload link", href, "debug=crash")
}

// When the catalogue cannot be fetched (offline before the service worker
// kept it), the wasm does not take over: the page stays as the server sent
// it, says nothing of a crash, and its form answers by round trip.
func TestWordsUnavailable(t *testing.T) {
	ctx := tab(t)
	run1(t, ctx, network.Enable(), network.SetBypassServiceWorker(true), network.SetBlockedURLs([]string{"*/web/words/*"}),
		chromedp.Navigate(site.URL+"/?preset=atlanta-2017-runoff-certified"),
		waitFor(`document.documentElement.dataset.app === "unavailable"`))
	var crashed bool
	run1(t, ctx, chromedp.Evaluate(`!!document.getElementById("fatal")`, &crashed))
	r := read(t, ctx)
	if crashed || r.Eligible != "true" || r.Margin != "832" {
		t.Errorf("without the words: crash notice %v, %+v", crashed, r)
	}
	contains(t, "verdict", r.Verdict, "Yes: Mary Norwood could ask for a recount.")
	run1(t, ctx, chromedp.SetValue("#votes-2", "44000", chromedp.ByID))
	submit(t, ctx, `button.primary`)
	run1(t, ctx, waitFor(`location.search.includes("votes=44000") && document.documentElement.dataset.app === "unavailable"`))
	if r := read(t, ctx); r.Eligible != "false" || r.Margin != "2667" {
		t.Errorf("the form's round trip without the words: %+v", r)
	}
}

// Nothing is requested from another origin, and every response is served.
func TestNoThirdPartyRequests(t *testing.T) {
	ctx := tab(t)
	var urls []string
	chromedp.ListenTarget(ctx, func(ev any) {
		if e, ok := ev.(*network.EventRequestWillBeSent); ok {
			urls = append(urls, e.Request.URL)
		}
	})
	// Every request the page makes by the time its service worker is
	// ready and the worker holds the wasm.
	run1(t, ctx, network.Enable(), chromedp.Navigate(site.URL+"/?preset=atlanta-2017-runoff-recount"), ready(),
		waitFor(`navigator.serviceWorker.controller !== null`))
	if len(urls) < 5 {
		t.Fatalf("only %d requests seen", len(urls))
	}
	for _, u := range urls {
		if !strings.HasPrefix(u, site.URL) && !strings.HasPrefix(u, "data:") {
			t.Errorf("request leaves the origin: %s", u)
		}
	}
}

// Phone first: at 320 px nothing scrolls sideways; screenshots for review.
func TestPhoneLayout(t *testing.T) {
	ctx := tab(t)
	var overflow int
	run1(t, ctx,
		chromedp.EmulateViewport(320, 640),
		chromedp.Navigate(site.URL+"/?preset=georgia-2020-president-certified"), ready(),
		chromedp.Evaluate(`document.documentElement.scrollWidth - document.documentElement.clientWidth`, &overflow),
	)
	if overflow > 0 {
		t.Errorf("the page scrolls sideways by %d px at 320 px", overflow)
	}
	shot(t, ctx, "president-2020-phone-320", 320)
	shot(t, ctx, "president-2020-desktop", 1280)
}

// On a slow phone the page lags behind the keyboard; nothing typed may be
// lost, and the answer and the address end with exactly what was typed.
func TestFastTypingOnSlowCPU(t *testing.T) {
	ctx := tab(t)
	run1(t, ctx,
		chromedp.Navigate(site.URL+"/?preset=atlanta-2017-runoff-certified"), ready(),
		emulation.SetCPUThrottlingRate(6),
		chromedp.Focus("#name-2", chromedp.ByID),
		chromedp.Evaluate(`document.getElementById("name-2").select()`, nil),
		chromedp.SendKeys("#name-2", "Mary Norwood (independent)", chromedp.ByID),
		chromedp.Focus("#votes-2", chromedp.ByID),
		chromedp.Evaluate(`document.getElementById("votes-2").select()`, nil),
		chromedp.SendKeys("#votes-2", "1,234,567", chromedp.ByID),
		waitFor(`document.getElementById("total").dataset.votes === "1281234"`),
		waitFor(`location.search.includes("votes=1%2C234%2C567")`),
		emulation.SetCPUThrottlingRate(1),
	)
	var name, votes string
	run1(t, ctx, chromedp.Value("#name-2", &name, chromedp.ByID), chromedp.Value("#votes-2", &votes, chromedp.ByID))
	r := read(t, ctx)
	if name != "Mary Norwood (independent)" || votes != "1,234,567" {
		t.Errorf("typed text lost: name %q votes %q", name, votes)
	}
	q, _ := url.ParseQuery(strings.TrimPrefix(r.Search, "?"))
	if q["candidate"][1] != "Mary Norwood (independent)" || q["votes"][1] != "1,234,567" {
		t.Errorf("address: %s", r.Search)
	}
}

// Pressing Enter in a field shows the answer for what was typed; it never
// adds or removes a candidate (the form's first submit button would
// otherwise be the one Enter presses), with or without the wasm.
func TestEnterKeepsTheCandidates(t *testing.T) {
	for _, q := range []string{"", "&wasm=false"} {
		ctx := tab(t)
		run1(t, ctx, chromedp.Navigate(site.URL+"/?preset=atlanta-2017-runoff-certified"+q))
		if q == "" {
			run1(t, ctx, ready())
		}
		run1(t, ctx, chromedp.WaitVisible("#votes-2", chromedp.ByID), typeInto("votes-2", "44000"))
		if q == "" {
			// Live: Enter changes nothing but the answer follows the typing.
			run1(t, ctx, chromedp.KeyEvent("\r"), waitFor(`document.getElementById("margin").dataset.votes === "2667"`))
		} else {
			navigate(t, ctx, chromedp.KeyEvent("\r"))
		}
		var n int
		run1(t, ctx, chromedp.Evaluate(`document.querySelectorAll("li.candidate").length`, &n))
		if n != 2 {
			t.Errorf("%q: Enter changed the candidates: %d rows, want 2", q, n)
		}
		if r := read(t, ctx); r.Margin != "2667" {
			t.Errorf("%q: after Enter: %+v", q, r)
		}
	}
}

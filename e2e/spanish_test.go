//go:build !(js && wasm)

package e2e

import (
	"regexp"
	"strings"
	"testing"

	"github.com/chromedp/chromedp"
	"github.com/recount-explainer/recount/races"
)

// englishWords are common English words that Spanish never uses: one of
// them in a Spanish page's visible text is English left over. (Words that
// are also Spanish, such as "a", "no" or "has", are not listed.)
var englishWords = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`the and of to is are was were for with that this these those may must
	by vote votes recount recounts county counties candidate candidates election elections day days within
	after before which who when where what not can will have be an on at from or if it its their there than
	more less only any each ask asks asked request requested law laws state states races race margin winner
	ballot ballots office court business holiday holidays yes your you page step steps answer certified
	results how why would could should been being does did unofficial loser leads trails apparent deadline
	automatic whether line between about none next print guess teacher students lesson`) {
		englishWords[w] = true
	}
}

// visibleText is what a reader sees and a screen reader reads on the page:
// the text of every rendered element and its aria-label, title, alt and
// placeholder, leaving out what is marked as English on purpose (lang="en":
// source titles), code (the embed snippet) and scripts.
const visibleText = `(() => {
  const out = [];
  const skip = (el) => el.closest('[lang]:not([lang="es"]), script, style, textarea, code, pre, noscript, template, [hidden], [aria-hidden="true"]');
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const el = n.parentElement;
    if (!el || skip(el) || !el.checkVisibility({visibilityProperty: true})) continue;
    out.push(n.textContent);
  }
  for (const el of document.querySelectorAll('[aria-label], [title], [alt], [placeholder]')) {
    if (skip(el)) continue;
    for (const a of ['aria-label', 'title', 'alt', 'placeholder']) {
      if (el.hasAttribute(a)) out.push(el.getAttribute(a));
    }
  }
  out.push(document.title);
  return out.join("\n");
})()`

var (
	parenthesised = regexp.MustCompile(`\([^()]*\)`)
	wordRE        = regexp.MustCompile(`\p{L}+`) // whole words: "podían" is not "an"
	webAddress    = regexp.MustCompile(`https?://\S+`)
)

// leftovers returns each English word found in a page's text, with some
// context; official English names in parentheses and candidates' names
// (and web addresses) are not leftovers.
func leftovers(text string, names []string) []string {
	for _, n := range names {
		text = strings.ReplaceAll(text, n, " ")
	}
	// Innermost first, so that a name with its own parenthesis inside
	// ("official who certified … (the Secretary of State, …)") goes whole.
	for prev := ""; prev != text; {
		prev, text = text, parenthesised.ReplaceAllString(text, " ")
	}
	text = webAddress.ReplaceAllString(text, " ") // a source's address is not prose
	var out []string
	for _, loc := range wordRE.FindAllStringIndex(text, -1) {
		if !englishWords[strings.ToLower(text[loc[0]:loc[1]])] {
			continue
		}
		from, to := max(0, loc[0]-40), min(len(text), loc[1]+40)
		out = append(out, strings.Join(strings.Fields(text[from:to]), " "))
	}
	return out
}

// The Spanish pages, read as a Spanish-reading student reads them: every
// preset, races in other states, the comparison view, input errors, the
// embed, guess mode with its marks, the handout's key, the teacher's guide,
// the glossary and an unknown race. Any common English word outside
// parentheses, source titles and candidates' names fails the test. One
// page is read again once the wasm has taken it over.
func TestSpanishPages(t *testing.T) {
	all, err := races.All()
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	var pages []string
	for _, p := range all {
		pages = append(pages, "/es/race/"+p.ID+"/")
		for _, r := range p.Race.Candidates {
			names = append(names, r.Name)
		}
	}
	pages = append(pages,
		"/es/?"+vaRace,
		"/es/?state=PA&date=2024-11-05&type=general&office=state-house&counties=1&candidate=A&votes=10000&candidate=B&votes=9990",
		"/es/?state=NV&date=2026-11-03&type=general&office=governor&counties=17&candidate=A&votes=500000&candidate=B&votes=499000",
		"/es/?state=GA&date=2026-11-03&type=general&office=president&counties=159&cert=2026-11-20&candidate=T1&votes=1000&candidate=T2&votes=1000",
		"/es/?preset=atlanta-2017-runoff-certified&votes=1&votes=-5",
		"/es/?state=GA&date=2026-02-30&candidate=A&votes=abc",
		"/es/compare?preset=atlanta-2017-runoff-certified",
		"/es/compare?"+vaRace,
		"/es/embed/atlanta-2017-runoff-certified/",
		"/es/race/atlanta-2017-runoff-certified/?mode=guess",
		"/es/race/atlanta-2017-runoff-certified/?mode=guess&guess=yes&guess-where=court&guess-when=2017-12-14",
		"/es/race/atlanta-2017-runoff-certified/?key=true",
		"/es/teach",
		"/es/glossary",
		"/es/race/no-such-race/",
	)
	names = append(names, "no-such-race") // the reader's own words, quoted back
	ctx := tab(t)
	for _, page := range pages {
		var text, lang string
		run1(t, ctx, chromedp.Navigate(site.URL+page), chromedp.WaitReady("body", chromedp.ByQuery),
			chromedp.Evaluate(`document.documentElement.lang`, &lang),
			chromedp.Evaluate(visibleText, &text))
		if lang != "es" {
			t.Errorf("%s: <html lang=%q>", page, lang)
		}
		if len(text) < 200 {
			t.Errorf("%s: only %d characters of text", page, len(text))
		}
		for _, l := range leftovers(text, names) {
			t.Errorf("%s: English left over: …%s…", page, l)
		}
	}
	// Once the wasm has taken over, after typing.
	page := "/es/race/atlanta-2017-runoff-certified/"
	var text string
	run1(t, ctx, chromedp.Navigate(site.URL+page), ready(),
		chromedp.SetValue("#votes-2", "46000", chromedp.ByID),
		chromedp.Evaluate(`document.getElementById("votes-2").dispatchEvent(new Event("input", {bubbles: true}))`, nil),
		chromedp.Poll(`document.getElementById("numberline").textContent.includes("667")`, nil),
		chromedp.Evaluate(visibleText, &text))
	for _, l := range leftovers(text, names) {
		t.Errorf("%s, live: English left over: …%s…", page, l)
	}
	// The comparison once the wasm has rendered it: still Spanish, and
	// <html lang> still says so. (The teacher's guide and the glossary
	// load no wasm: TestTeachAndGlossary.)
	for _, page := range []string{"/es/compare?" + vaRace} {
		var text, lang string
		run1(t, ctx, chromedp.Navigate(site.URL+page), ready(),
			chromedp.Evaluate(`document.documentElement.lang`, &lang),
			chromedp.Evaluate(visibleText, &text))
		if lang != "es" {
			t.Errorf("%s, live: <html lang=%q>", page, lang)
		}
		for _, l := range leftovers(text, names) {
			t.Errorf("%s, live: English left over: …%s…", page, l)
		}
	}
	// The link to the other language, clicked once the wasm runs: the page
	// in Spanish, the same race, loaded afresh.
	for _, page := range []string{"/glossary", "/race/atlanta-2017-runoff-certified/", "/?" + vaRace, "/compare?" + vaRace, "/teach"} {
		var text, path, lang string
		run1(t, ctx, chromedp.Navigate(site.URL+page), loaded(page))
		navigate(t, ctx, chromedp.Click("#lang-link", chromedp.ByID))
		run1(t, ctx, chromedp.Evaluate(`document.documentElement.lang`, &lang),
			chromedp.Evaluate(`location.pathname`, &path),
			chromedp.Evaluate(visibleText, &text))
		if lang != "es" || !strings.HasPrefix(path, "/es/") {
			t.Errorf("%s: the language link led to %s (lang %q)", page, path, lang)
		}
		if len(text) < 200 {
			t.Errorf("%s, after the language link: only %d characters of text", page, len(text))
		}
		for _, l := range leftovers(text, names) {
			t.Errorf("%s, after the language link: English left over: …%s…", page, l)
		}
	}
}

// The stoplist finds each English word ("by", "the", "deadline") and lets Spanish, parenthesised names and
// candidates' names through.
func TestLeftovers(t *testing.T) {
	if got := leftovers("Mary Norwood puede pedir un recuento al superintendente electoral (election superintendent).", []string{"Mary Norwood"}); len(got) != 0 {
		t.Errorf("Spanish flagged: %v", got)
	}
	if got := leftovers("Podrían pedirlo a la autoridad (official who certified the candidate (the Secretary of State)).", nil); len(got) != 0 {
		t.Errorf("Spanish with a nested official name flagged: %v", got)
	}
	if got := leftovers("Puede pedir un recuento by the deadline.", nil); len(got) != 3 {
		t.Errorf("English not flagged: %v", got)
	}
}

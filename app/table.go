package ui

import (
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// cell is one cell of a data table.
type cell struct {
	text  string
	num   bool   // a number: right-aligned (class "num")
	id    string // an id for tests and links, or ""
	votes string // a data-votes attribute for tests, or ""
}

// numCell is a right-aligned number cell.
func numCell(text string) cell { return cell{text: text, num: true} }

// dataTable is a table of the walkthrough: a caption, a header row, body
// rows and an optional footer row; the first cell of every other row is its
// row header.
type dataTable struct {
	caption string
	head    []cell
	rows    [][]cell
	foot    []cell
}

// ui renders the table, in its scrolling wrapper, as one piece of HTML.
//
// The tables are the part of the page that grows with the number of
// candidates, and they hold no controls. Built as elements, go-app creates
// every cell with its own calls from Go into JavaScript; a 20-candidate race
// took about 450 of them at takeover. As markup the browser builds each
// table from one string, which cut the time from wasm start to app-ready on
// a phone's first visit (make bench). Text and attribute values are escaped
// here: candidate names come from the reader.
func (t dataTable) ui() app.UI {
	var b strings.Builder
	b.WriteString(`<div class="table-wrap"><table><caption>`)
	b.WriteString(escapeHTML(t.caption))
	b.WriteString(`</caption><thead><tr>`)
	for _, c := range t.head {
		writeCell(&b, "th", ` scope="col"`, c)
	}
	b.WriteString(`</tr></thead><tbody>`)
	for _, r := range t.rows {
		writeRow(&b, r)
	}
	b.WriteString(`</tbody>`)
	if t.foot != nil {
		b.WriteString(`<tfoot>`)
		writeRow(&b, t.foot)
		b.WriteString(`</tfoot>`)
	}
	b.WriteString(`</table></div>`)
	return app.Raw(b.String())
}

func writeRow(b *strings.Builder, r []cell) {
	b.WriteString(`<tr>`)
	for i, c := range r {
		if i == 0 {
			writeCell(b, "th", ` scope="row"`, c)
		} else {
			writeCell(b, "td", "", c)
		}
	}
	b.WriteString(`</tr>`)
}

func writeCell(b *strings.Builder, tag, scope string, c cell) {
	b.WriteString("<" + tag + scope)
	if c.id != "" {
		b.WriteString(` id="` + escapeHTML(c.id) + `"`)
	}
	if c.num {
		b.WriteString(` class="num"`)
	}
	if c.votes != "" {
		b.WriteString(` data-votes="` + escapeHTML(c.votes) + `"`)
	}
	b.WriteString(">" + escapeHTML(c.text) + "</" + tag + ">")
}

// escapeHTML escapes text for an element or a quoted attribute value, as
// html.EscapeString does; that package would add its entity table to the
// wasm.
func escapeHTML(s string) string {
	if !strings.ContainsAny(s, `&<>"'`) {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		switch r {
		case '&':
			b.WriteString("&amp;")
		case '<':
			b.WriteString("&lt;")
		case '>':
			b.WriteString("&gt;")
		case '"':
			b.WriteString("&#34;")
		case '\'':
			b.WriteString("&#39;")
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

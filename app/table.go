package app

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// cell is one cell of a data table.
type cell struct {
	text  string
	num   bool   // a number: right-aligned (class "num")
	id    string // an id for tests and links, or ""
	votes string // a data-votes attribute, or ""
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

// ui renders the table, in its scrolling wrapper, as one piece of markup:
// the tables grow with the number of candidates and hold no controls, so
// the browser builds each from one string rather than from hundreds of calls
// out of Go at takeover.
func (t dataTable) ui() app.UI {
	var r raw
	r.open("div", "class", "table-wrap").open("table").el("caption", t.caption).open("thead").open("tr")
	for _, c := range t.head {
		writeCell(&r, "th", c, "scope", "col")
	}
	r.close("tr").close("thead").open("tbody")
	for _, row := range t.rows {
		writeRow(&r, row)
	}
	r.close("tbody")
	if t.foot != nil {
		r.open("tfoot")
		writeRow(&r, t.foot)
		r.close("tfoot")
	}
	r.close("table").close("div")
	return r.ui()
}

func writeRow(r *raw, row []cell) {
	r.open("tr")
	for i, c := range row {
		if i == 0 {
			writeCell(r, "th", c, "scope", "row")
		} else {
			writeCell(r, "td", c)
		}
	}
	r.close("tr")
}

func writeCell(r *raw, tag string, c cell, attrs ...string) {
	if c.id != "" {
		attrs = append(attrs, "id", c.id)
	}
	if c.num {
		attrs = append(attrs, "class", "num")
	}
	if c.votes != "" {
		attrs = append(attrs, "data-votes", c.votes)
	}
	r.el(tag, c.text, attrs...)
}

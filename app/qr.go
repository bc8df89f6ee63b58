package app

import (
	"strconv"
	"strings"

	"rsc.io/qr/coding"
)

// qrSVG draws text (a page's address) as a QR code in SVG markup: one path
// of strokes a module high on a white square with the four-module quiet zone
// scanners need, at error-correction level M. It returns "" for text too
// long for any QR version, which no address of this site is.
func qrSVG(text, label string) string {
	level := coding.M
	enc := coding.String(text)
	for v := coding.Version(coding.MinVersion); v <= coding.MaxVersion; v++ {
		if enc.Bits(v) > v.DataBytes(level)*8 {
			continue
		}
		plan, err := coding.NewPlan(v, level, 0)
		if err != nil {
			return ""
		}
		code, err := plan.Encode(enc)
		if err != nil {
			return ""
		}
		n := code.Size + 8
		// One stroke per run of dark modules along a row, a module high,
		// drawn through the row's middle: under a quarter of the markup of a square
		// per module (a 20-candidate race's address was 90 KB of squares).
		var d strings.Builder
		for y := 0; y < code.Size; y++ {
			end := -1 // where the row's last run ended; -1 before the first
			for x := 0; x < code.Size; {
				if !code.Black(x, y) {
					x++
					continue
				}
				run := 1
				for x+run < code.Size && code.Black(x+run, y) {
					run++
				}
				if end < 0 {
					d.WriteString("M" + strconv.Itoa(x+4) + " " + strconv.Itoa(y+4) + ".5")
				} else {
					d.WriteString("m" + strconv.Itoa(x-end) + " 0")
				}
				d.WriteString("h" + strconv.Itoa(run))
				x += run
				end = x
			}
		}
		size := strconv.Itoa(n)
		var r raw
		// Two pixels a module at the least, and in print (app.css) 0.4 mm:
		// a long address's dense code stays big enough for a phone to read.
		px := strconv.Itoa(max(160, 2*n))
		r.open("svg", "class", "qr", "viewBox", "0 0 "+size+" "+size, "width", px, "height", px, "role", "img", "aria-label", label,
			"shape-rendering", "crispEdges", "style", "--modules:"+size)
		r.open("rect", "width", size, "height", size, "fill", "#fff").close("rect")
		r.open("path", "d", d.String(), "stroke", "#000", "stroke-width", "1", "fill", "none").close("path")
		r.close("svg")
		return r.b.String()
	}
	return ""
}

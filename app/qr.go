package app

import (
	"strconv"
	"strings"

	"rsc.io/qr/coding"
)

// qrSVG draws text (a page's address) as a QR code in SVG markup: one path
// of unit squares on a white square with the four-module quiet zone
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
		var d strings.Builder
		for y := 0; y < code.Size; y++ {
			for x := 0; x < code.Size; x++ {
				if code.Black(x, y) {
					d.WriteString("M" + strconv.Itoa(x+4) + " " + strconv.Itoa(y+4) + "h1v1h-1z")
				}
			}
		}
		size := strconv.Itoa(n)
		var r raw
		r.open("svg", "class", "qr", "viewBox", "0 0 "+size+" "+size, "width", "160", "height", "160", "role", "img", "aria-label", label,
			"shape-rendering", "crispEdges")
		r.open("rect", "width", size, "height", size, "fill", "#fff").close("rect")
		r.open("path", "d", d.String(), "fill", "#000").close("path")
		r.close("svg")
		return r.b.String()
	}
	return ""
}

package words

import "github.com/recount-explainer/recount/rules"

// Arg is one argument of a message. Its type says how it is written.
type Arg interface {
	format(w *Words) string
}

// Text is an argument written as it is: a name, or words already in the
// page's language.
type Text string

func (t Text) format(*Words) string { return string(t) }

// Count is a whole number, written with grouped digits ("46,667"); it also
// chooses plural forms.
type Count int64

func (c Count) format(w *Words) string { return w.Num(int64(c)) }

// Day is a date written in full ("Tuesday, December 8, 2009").
type Day rules.Date

func (d Day) format(w *Words) string { return w.Date(rules.Date(d)) }

// ShortDay is a date without its weekday ("December 8, 2009").
type ShortDay rules.Date

func (d ShortDay) format(w *Words) string { return w.ShortDate(rules.Date(d)) }

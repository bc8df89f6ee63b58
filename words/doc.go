// Package words is everything the page says, in every language: one
// catalogue per language (catalog/<lang>.txt, a message per line), the
// typed messages that fill them (messages.go), and the formats of numbers,
// shares and dates.
//
// The server and the native tests have the catalogues built in
// (catalog.go). The wasm does not: the page sets Source to fetch the one
// language it speaks.
//
// A message is a value with a key and named parameters, and its type fixes
// how many arguments it takes and of what kind (M2[Text, Count] takes a
// name and a count), so a call with the wrong arguments does not compile.
// TestMessages checks every catalogue against every message: each key
// present, each placeholder one of the message's parameters, each plural
// form on a count. No message goes through fmt, so a mismatch can never
// print "%!(EXTRA …)".
//
// Placeholders are {name}; a plural form is {name|one|other}, chosen by the
// count named (1 takes the first form, any other number the second, in both
// English and Spanish).
package words

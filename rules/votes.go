package rules

import "math"

// ParseVotes reads a vote count as people type or paste it: "46667",
// "46,667", "46 667" or "46_667" (grouping marks are ignored, and so are
// spaces at either end). It rejects signs, decimals and exponents with a
// Problem: ProblemMissing for "", ProblemNegative for "-5", ProblemNotANumber
// for "4.5" or "abc", ProblemTooLarge past math.MaxInt64.
func ParseVotes(s string) (int64, error) {
	var n uint64
	digits := 0
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= '0' && c <= '9':
			if n > (math.MaxInt64-uint64(c-'0'))/10 {
				return 0, ProblemTooLarge
			}
			n = n*10 + uint64(c-'0')
			digits++
		case c == ',' || c == '_' || c == '\'':
			if digits == 0 {
				return 0, ProblemNotANumber
			}
		case c == ' ' || c == '\t' || c == '\n' || c == '\r':
		case c == '-' && digits == 0 && hasDigit(s[i+1:]):
			return 0, ProblemNegative
		default:
			// U+00A0 and U+202F (no-break spaces) group digits in many locales.
			if c == 0xC2 && i+1 < len(s) && s[i+1] == 0xA0 {
				i++
				continue
			}
			if c == 0xE2 && i+2 < len(s) && s[i+1] == 0x80 && s[i+2] == 0xAF {
				i += 2
				continue
			}
			return 0, ProblemNotANumber
		}
	}
	if digits == 0 {
		if isBlank(s) {
			return 0, ProblemMissing
		}
		return 0, ProblemNotANumber
	}
	return int64(n), nil
}

func hasDigit(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= '0' && s[i] <= '9' {
			return true
		}
	}
	return false
}

func isBlank(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] != ' ' && s[i] != '\t' && s[i] != '\n' && s[i] != '\r' {
			return false
		}
	}
	return true
}

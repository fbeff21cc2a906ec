// Package strconv's parsers' errors and its Append functions, as gojit
// provides them: written in Go over the native parse, Format and Quote
// functions (this file reaches them as strconv.X, importing its own
// package). ErrSyntax and ErrRange are native variables.
package strconv

import (
	"errors"
	"strconv"
)

// NumError is the error of a failed conversion: the function (ParseInt,
// Atoi, ...), its input, and why (ErrSyntax, ErrRange, or a bad argument).
type NumError struct {
	Func string
	Num  string
	Err  error
}

func (e *NumError) Error() string {
	return "strconv." + e.Func + ": parsing " + strconv.Quote(e.Num) + ": " + e.Err.Error()
}

func (e *NumError) Unwrap() error { return e.Err }

// numError is the error of function fn on s for the natives' failure code
// why (0: none; then syntax, range, base, bit size).
func numError(fn, s string, why, base, bitSize int) error {
	var err error
	switch why {
	case 0:
		return nil
	case 1:
		err = strconv.ErrSyntax
	case 2:
		err = strconv.ErrRange
	case 3:
		err = errors.New("invalid base " + strconv.Itoa(base))
	default:
		err = errors.New("invalid bit size " + strconv.Itoa(bitSize))
	}
	return &NumError{Func: fn, Num: s, Err: err}
}

// ParseInt gives the value of s in base (0: by its prefix) if it fits in
// bitSize bits; out of range, the nearest such value with ErrRange.
func ParseInt(s string, base int, bitSize int) (int64, error) {
	v, why := strconv.parseInt(s, base, bitSize)
	return v, numError("ParseInt", s, why, base, bitSize)
}

// ParseUint is ParseInt for unsigned values.
func ParseUint(s string, base int, bitSize int) (uint64, error) {
	v, why := strconv.parseUint(s, base, bitSize)
	return v, numError("ParseUint", s, why, base, bitSize)
}

// Atoi is ParseInt(s, 10, 0) as an int.
func Atoi(s string) (int, error) {
	v, why := strconv.parseInt(s, 10, 0)
	return int(v), numError("Atoi", s, why, 10, 0)
}

// ParseFloat gives the value of s rounded to bitSize (32 or 64) bits;
// out of range, ±Inf with ErrRange.
func ParseFloat(s string, bitSize int) (float64, error) {
	v, why := strconv.parseFloat(s, bitSize)
	return v, numError("ParseFloat", s, why, 10, bitSize)
}

// ParseBool accepts 1, t, T, TRUE, true, True and their false forms.
func ParseBool(str string) (bool, error) {
	switch str {
	case "1", "t", "T", "TRUE", "true", "True":
		return true, nil
	case "0", "f", "F", "FALSE", "false", "False":
		return false, nil
	}
	return false, &NumError{Func: "ParseBool", Num: str, Err: strconv.ErrSyntax}
}

// AppendInt appends the base-base text of i to dst.
func AppendInt(dst []byte, i int64, base int) []byte {
	return append(dst, strconv.FormatInt(i, base)...)
}

// AppendUint appends the base-base text of i to dst.
func AppendUint(dst []byte, i uint64, base int) []byte {
	return append(dst, strconv.FormatUint(i, base)...)
}

// AppendFloat appends the text of f (as FormatFloat gives it) to dst.
func AppendFloat(dst []byte, f float64, fmt byte, prec, bitSize int) []byte {
	return append(dst, strconv.FormatFloat(f, fmt, prec, bitSize)...)
}

// AppendBool appends "true" or "false" to dst.
func AppendBool(dst []byte, b bool) []byte {
	return append(dst, strconv.FormatBool(b)...)
}

// AppendQuote appends the quoted s to dst.
func AppendQuote(dst []byte, s string) []byte {
	return append(dst, strconv.Quote(s)...)
}

// AppendQuoteToASCII appends the ASCII-quoted s to dst.
func AppendQuoteToASCII(dst []byte, s string) []byte {
	return append(dst, strconv.QuoteToASCII(s)...)
}

// AppendQuoteRune appends the quoted rune r to dst.
func AppendQuoteRune(dst []byte, r rune) []byte {
	return append(dst, strconv.QuoteRune(r)...)
}

// AppendQuoteRuneToASCII appends the ASCII-quoted rune r to dst.
func AppendQuoteRuneToASCII(dst []byte, r rune) []byte {
	return append(dst, strconv.QuoteRuneToASCII(r)...)
}

// AppendQuoteToGraphic appends the graphic-quoted s to dst.
func AppendQuoteToGraphic(dst []byte, s string) []byte {
	return append(dst, strconv.QuoteToGraphic(s)...)
}

// AppendQuoteRuneToGraphic appends the graphic-quoted rune r to dst.
func AppendQuoteRuneToGraphic(dst []byte, r rune) []byte {
	return append(dst, strconv.QuoteRuneToGraphic(r)...)
}

// FormatComplex gives c as "(re±imi)", each part formatted as FormatFloat
// does at half of bitSize (64 or 128).
func FormatComplex(c complex128, fmt byte, prec, bitSize int) string {
	if bitSize != 64 && bitSize != 128 {
		panic("invalid bitSize")
	}
	bitSize >>= 1
	im := strconv.FormatFloat(imag(c), fmt, prec, bitSize)
	// The imaginary part always carries its sign, even +Inf and NaN.
	if im[0] != '+' && im[0] != '-' {
		im = "+" + im
	}
	return "(" + strconv.FormatFloat(real(c), fmt, prec, bitSize) + im + "i)"
}

// ParseComplex gives the complex number s denotes ("N", "Ni", "N±Ni",
// optionally in parentheses), each part rounded to bitSize/2 bits; out of
// range, the nearest value with ErrRange.
func ParseComplex(s string, bitSize int) (complex128, error) {
	size := 64
	if bitSize == 64 {
		size = 32
	}
	orig := s
	if len(s) >= 2 && s[0] == '(' && s[len(s)-1] == ')' {
		s = s[1 : len(s)-1]
	}
	var pending error
	// part parses the float at the start of s, keeping a range error for
	// the end; false on a syntax error.
	part := func() (float64, bool) {
		n := floatPrefix(s)
		v, why := strconv.parseFloat(s[:n], size)
		s = s[n:]
		switch why {
		case 0:
		case 2:
			pending = &NumError{Func: "ParseComplex", Num: orig, Err: strconv.ErrRange}
		default:
			return 0, false
		}
		return v, true
	}
	syntax := &NumError{Func: "ParseComplex", Num: orig, Err: strconv.ErrSyntax}
	re, ok := part()
	if !ok {
		return 0, syntax
	}
	if len(s) == 0 {
		return complex(re, 0), pending
	}
	switch s[0] {
	case '+':
		// Keep "++" an error, but let "+NaNi" read.
		if len(s) > 1 && s[1] != '+' {
			s = s[1:]
		}
	case '-':
	case 'i':
		if len(s) == 1 {
			return complex(0, re), pending
		}
		return 0, syntax
	default:
		return 0, syntax
	}
	im, ok := part()
	if !ok || s != "i" {
		return 0, syntax
	}
	return complex(re, im), pending
}

// floatPrefix is the length of the longest start of s that reads as a
// float as ParseFloat reads one (at least one byte when s has any): a
// sign, then inf, infinity or nan, or digits with underscores, a point and
// an exponent (p for hexadecimal).
func floatPrefix(s string) int {
	i := 0
	if i < len(s) && (s[i] == '+' || s[i] == '-') {
		i++
	}
	for _, word := range []string{"infinity", "inf", "nan"} {
		if len(s)-i >= len(word) && lower(s[i:i+len(word)]) == word {
			if word == "nan" && i > 0 {
				break
			}
			return i + len(word)
		}
	}
	digits, exp := "0123456789_", byte('e')
	if i+1 < len(s) && s[i] == '0' && (s[i+1] == 'x' || s[i+1] == 'X') {
		i += 2
		digits, exp = "0123456789abcdefABCDEF_", 'p'
	}
	in := func(c byte, set string) bool {
		for j := 0; j < len(set); j++ {
			if set[j] == c {
				return true
			}
		}
		return false
	}
	for i < len(s) && (in(s[i], digits) || s[i] == '.') {
		i++
	}
	if i < len(s) && (s[i]|0x20) == exp {
		j := i + 1
		if j < len(s) && (s[j] == '+' || s[j] == '-') {
			j++
		}
		if j < len(s) && in(s[j], "0123456789_") {
			for j < len(s) && in(s[j], "0123456789_") {
				j++
			}
			i = j
		}
	}
	if i == 0 && len(s) > 0 {
		return 1
	}
	return i
}

// lower maps ASCII letters of s to lower case.
func lower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

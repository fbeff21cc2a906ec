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

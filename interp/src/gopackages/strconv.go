// Package strconv's Append functions, as gojit provides them: written in
// Go over the native Format and Quote functions (this file reaches them as
// strconv.X, importing its own package).
package strconv

import "strconv"

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

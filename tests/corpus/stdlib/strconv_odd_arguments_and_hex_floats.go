// Pins strconv behaviour on unusual arguments: ParseFloat bitSize 16 (treated as 64), ParseInt/ParseUint bitSize 0, FormatFloat b/x/X formats with precisions, huge precisions, invalid UTF-8 and surrogate quoting, extreme exponents, and hex/underscore float syntax errors.
package main

import (
	"fmt"
	"math"
	"strconv"
)

func main() {
	v, err := strconv.ParseFloat("1.5", 16)
	fmt.Println(v, err)
	i, err := strconv.ParseInt("123", 0, 0)
	fmt.Println(i, err)
	i, err = strconv.ParseInt("9223372036854775807", 0, 0)
	fmt.Println(i, err)
	fmt.Println(strconv.FormatFloat(math.Pi, 'b', 5, 64), strconv.FormatFloat(math.Pi, 'x', 3, 64), strconv.FormatFloat(math.Pi, 'X', 0, 32), strconv.FormatFloat(-0.0, 'x', -1, 64))
	fmt.Println(strconv.FormatFloat(1e-320, 'x', -1, 64), strconv.FormatFloat(math.Inf(1), 'x', 2, 64), strconv.FormatFloat(1, 'x', 20, 64))
	fmt.Println(strconv.FormatFloat(123.456, 'f', 400, 64)[:30], len(strconv.FormatFloat(5e-324, 'f', -1, 64)))
	fmt.Println(strconv.FormatFloat(0.5, 'e', 100, 64)[:20], strconv.FormatFloat(1, 'g', 100, 32))
	fmt.Println(strconv.Quote(string([]byte{0xe2, 0x82})), strconv.QuoteToASCII("\U0010ffff"), strconv.QuoteRune(0xd800))
	u, err := strconv.ParseUint("0x", 16, 64)
	fmt.Println(u, err)
	u, err = strconv.ParseUint("ff", 16, 0)
	fmt.Println(u, err)
	b, err := strconv.ParseBool("")
	fmt.Println(b, err)
	f, err := strconv.ParseFloat("1e1000000000000", 64)
	fmt.Println(f, err)
	f, err = strconv.ParseFloat("0e1000000000000", 64)
	fmt.Println(f, err)
	f, err = strconv.ParseFloat("1p5", 64)
	fmt.Println(f, err)
	f, err = strconv.ParseFloat("0x1.8", 64)
	fmt.Println(f, err)
	f, err = strconv.ParseFloat("0x_1p0", 64)
	fmt.Println(f, err)
	f, err = strconv.ParseFloat("1__0", 64)
	fmt.Println(f, err)
}

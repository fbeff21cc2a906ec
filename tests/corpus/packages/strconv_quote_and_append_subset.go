package main

import (
	"fmt"
	"strconv"
)

func main() {
	fmt.Println(strconv.Quote("hello \"world\"\n\t\x00é☺"))
	fmt.Println(strconv.QuoteToASCII("héllo ☺\n"))
	fmt.Println(strconv.QuoteRune('☺'), strconv.QuoteRune('\''))
	fmt.Println(strconv.Quote("\x7f\xff"))
	for _, s := range []string{`"abc\n"`, "`raw\\n`", `'x'`, `"bad`, `"\u00e9"`, `abc`} {
		u, err := strconv.Unquote(s)
		fmt.Printf("Unquote(%s) = %q, %v\n", s, u, err)
	}
	fmt.Println(strconv.Itoa(-123), strconv.Itoa(0))
	fmt.Println(strconv.FormatInt(255, 2), strconv.FormatInt(-255, 16), strconv.FormatInt(35, 36))
	fmt.Println(strconv.FormatUint(18446744073709551615, 10), strconv.FormatUint(255, 8))
	fmt.Println(strconv.FormatBool(true), strconv.FormatBool(false))
	for _, f := range []float64{3.14159, 1e21, 1e-7, 100, -0.0, 2.5} {
		fmt.Println(strconv.FormatFloat(f, 'f', -1, 64), strconv.FormatFloat(f, 'e', 3, 64),
			strconv.FormatFloat(f, 'g', -1, 64), strconv.FormatFloat(f, 'f', 2, 64),
			strconv.FormatFloat(f, 'G', 4, 64), strconv.FormatFloat(f, 'E', -1, 64))
	}
	fmt.Println(strconv.FormatFloat(0.1, 'f', -1, 32), strconv.FormatFloat(1.0/3, 'g', 5, 64))
	b := []byte("nums:")
	b = append(b, strconv.FormatInt(-42, 10)...)
	fmt.Println(string(b))
}

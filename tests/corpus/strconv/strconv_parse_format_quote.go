package main

import (
	"fmt"
	"strconv"
)

func main() {
	fmt.Println(strconv.Itoa(-45), strconv.Itoa(0), strconv.FormatInt(-255, 16), strconv.FormatUint(255, 2), strconv.FormatInt(35, 36))
	for _, s := range []string{"123", "-9", "+7", "", "12a", "99999999999999999999", "-99999999999999999999", " 1", "0x10", "1_000"} {
		n, err := strconv.Atoi(s)
		fmt.Println(n, err)
	}
	for _, c := range []struct {
		s    string
		base int
		bits int
	}{{"0x1F", 0, 64}, {"0b101", 0, 8}, {"0o17", 0, 0}, {"017", 0, 0}, {"1_000", 0, 0}, {"1__0", 0, 0}, {"128", 10, 8}, {"-129", 10, 8}, {"-128", 10, 8}, {"zz", 36, 0}, {"12", 1, 0}, {"12", 10, 65}, {"ff", 16, 64}} {
		i, err := strconv.ParseInt(c.s, c.base, c.bits)
		fmt.Println(i, err)
		u, err := strconv.ParseUint(c.s, c.base, c.bits)
		fmt.Println(u, err)
	}
	for _, s := range []string{"3.14", "1e10", "-0", "inf", "-Infinity", "NaN", "1e400", "-1e400", "1e-400", "0x1p-2", "abc", "1.5e", ".5", "5.", "1_000.5", "+.25e+2", "0x1.8p+1", "infx"} {
		f, err := strconv.ParseFloat(s, 64)
		g, err2 := strconv.ParseFloat(s, 32)
		fmt.Println(f, err, g, err2)
	}
	for _, s := range []string{"true", "T", "0", "FALSE", "yes"} {
		b, err := strconv.ParseBool(s)
		fmt.Println(b, err)
	}
	fmt.Println(strconv.FormatFloat(3.14159, 'f', 2, 64), strconv.FormatFloat(1e21, 'g', -1, 64), strconv.FormatFloat(0.1, 'e', -1, 32), strconv.FormatBool(true))
	fmt.Println(strconv.Quote("hi\n\"there\"\t☺\x01"), strconv.QuoteToASCII("☺x"), strconv.QuoteRune('☺'), strconv.QuoteRune('\n'))
	for _, s := range []string{`"a\tb"`, "`raw\\n`", `'x'`, `'\u263a'`, `"bad`, `abc`, `"x"y"`} {
		u, err := strconv.Unquote(s)
		fmt.Printf("%q %v\n", u, err)
	}
	v, err := strconv.Atoi("x")
	fmt.Printf("%d %v %T\n", v, err, err)
	if _, err := strconv.ParseFloat("1e400", 64); err != nil {
		fmt.Println("error:", err.Error())
	}
	fmt.Println(strconv.IntSize)
}

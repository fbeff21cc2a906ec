// Pins strconv Itoa/Atoi/ParseInt/ParseUint/ParseFloat/ParseBool/FormatInt/FormatUint/FormatFloat results and *NumError messages (syntax, range, bases, underscores).
package main

import (
	"errors"
	"fmt"
	"math"
	"strconv"
)

func main() {
	fmt.Println(strconv.Itoa(-45), strconv.Itoa(0), strconv.Itoa(math.MaxInt64))
	for _, s := range []string{"123", "-0", "+7", "", "12a", "99999999999999999999", " 1", "0x10", "1_000"} {
		n, err := strconv.Atoi(s)
		fmt.Println(n, err)
	}
	type pi struct {
		s    string
		base int
		bits int
	}
	for _, c := range []pi{{"ff", 16, 64}, {"-80", 16, 8}, {"-81", 16, 8}, {"0x1f", 0, 64}, {"0o17", 0, 64}, {"0b101", 0, 8}, {"017", 0, 64}, {"1_000", 0, 64}, {"1_000", 10, 64}, {"z", 36, 64}, {"12", 37, 64}, {"128", 10, 8}, {"-9223372036854775809", 10, 64}, {"_1", 0, 64}} {
		n, err := strconv.ParseInt(c.s, c.base, c.bits)
		fmt.Println(c.s, n, err)
	}
	for _, s := range []string{"255", "256", "-1", "18446744073709551615", "18446744073709551616"} {
		n, err := strconv.ParseUint(s, 10, 8)
		n2, err2 := strconv.ParseUint(s, 10, 64)
		fmt.Println(n, err, n2, err2)
	}
	for _, s := range []string{"3.14", "1e308", "1e309", "-1e400", "inf", "-Inf", "NaN", "0x1p-2", "1_000.5", ".5", "5.", "abc", "1e-400", "+0", "4e38"} {
		f, err := strconv.ParseFloat(s, 64)
		f32, err32 := strconv.ParseFloat(s, 32)
		fmt.Println(s, f, err, f32, err32)
	}
	for _, s := range []string{"1", "t", "T", "TRUE", "true", "True", "0", "f", "F", "FALSE", "false", "False", "yes", ""} {
		b, err := strconv.ParseBool(s)
		fmt.Println(b, err)
	}
	fmt.Println(strconv.FormatInt(-255, 16), strconv.FormatInt(255, 2), strconv.FormatInt(35, 36), strconv.FormatUint(math.MaxUint64, 10), strconv.FormatInt(math.MinInt64, 7))
	fl := []float64{3.14159, 1e21, 1e-7, 0, -2.5, 100, math.Inf(1), math.NaN(), 123456789.125}
	for _, f := range fl {
		fmt.Println(strconv.FormatFloat(f, 'f', -1, 64), strconv.FormatFloat(f, 'e', 3, 64), strconv.FormatFloat(f, 'g', -1, 64), strconv.FormatFloat(f, 'G', 4, 64), strconv.FormatFloat(f, 'b', -1, 64), strconv.FormatFloat(f, 'x', -1, 64), strconv.FormatFloat(f, 'E', -1, 32))
	}
	_, err := strconv.ParseInt("9999999999999999999", 10, 64)
	var ne *strconv.NumError
	fmt.Println(errors.As(err, &ne), ne.Func, ne.Num, ne.Err, errors.Is(err, strconv.ErrRange))
	_, err = strconv.Atoi("x")
	fmt.Println(errors.Is(err, strconv.ErrSyntax), errors.Unwrap(err) == strconv.ErrSyntax)
	fmt.Printf("%q\n", strconv.FormatBool(true)+strconv.FormatBool(false))
}

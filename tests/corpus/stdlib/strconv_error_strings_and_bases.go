// Pins strconv *NumError text for invalid base/bit size, quoting of odd input in messages, ParseInt/ParseUint of signs/prefixes per base, and Format/Parse round trips in bases 2..36.
package main

import (
	"fmt"
	"strconv"
)

func main() {
	_, err := strconv.ParseInt("10", 1, 64)
	fmt.Println(err)
	_, err = strconv.ParseInt("10", 37, 64)
	fmt.Println(err)
	_, err = strconv.ParseInt("10", 10, 65)
	fmt.Println(err)
	_, err = strconv.ParseUint("10", 10, -1)
	fmt.Println(err)
	for _, s := range []string{"\x00", "a\"b", "é", "\n", "  ", "-", "+", "0x", "-0x10", "+0b1"} {
		_, e1 := strconv.Atoi(s)
		v, e2 := strconv.ParseInt(s, 0, 64)
		fmt.Println(e1, "|", v, e2)
	}
	for _, s := range []string{"+5", "-5", "0x", "0X1F", "0B11", "0O7", "07", "08", "0_7", "1__0", "_10", "10_"} {
		v, err := strconv.ParseUint(s, 0, 64)
		fmt.Println(s, v, err)
	}
	for base := 2; base <= 36; base += 5 {
		s := strconv.FormatInt(-123456789, base)
		back, err := strconv.ParseInt(s, base, 64)
		u := strconv.FormatUint(18446744073709551615, base)
		ub, uerr := strconv.ParseUint(u, base, 64)
		fmt.Println(base, s, back, err, u, ub, uerr)
	}
	_, err = strconv.ParseInt("zz", 36, 8)
	fmt.Println(err)
	v, err := strconv.ParseInt("-zz", 36, 16)
	fmt.Println(v, err)
	_, err = strconv.ParseFloat("1.5.5", 64)
	fmt.Println(err)
	_, err = strconv.ParseBool("maybe")
	fmt.Println(err)
	fmt.Printf("%v|%s|%q\n", err, err, err)
	ne := &strconv.NumError{Func: "MyFunc", Num: "x\ty", Err: strconv.ErrRange}
	fmt.Println(ne, ne.Unwrap() == strconv.ErrRange)
}

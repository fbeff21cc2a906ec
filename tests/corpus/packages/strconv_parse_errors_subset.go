package main

import (
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"42", "-17", "+5", "0x1f", "abc", "", "99999999999999999999", " 1", "1_000"} {
		n, err := strconv.Atoi(s)
		fmt.Printf("Atoi(%q) = %d, %v\n", s, n, err)
	}
	for _, c := range []struct {
		s    string
		base int
		bits int
	}{{"ff", 16, 64}, {"0x1f", 0, 64}, {"0b101", 0, 8}, {"0o17", 0, 64}, {"017", 0, 64}, {"300", 10, 8}, {"-129", 10, 8}, {"1_000", 0, 32}, {"z", 36, 64}, {"12", 2, 64}} {
		n, err := strconv.ParseInt(c.s, c.base, c.bits)
		fmt.Printf("ParseInt(%q,%d,%d) = %d, %v\n", c.s, c.base, c.bits, n, err)
	}
	for _, s := range []string{"255", "256", "-1", "18446744073709551615", "18446744073709551616"} {
		u, err := strconv.ParseUint(s, 10, 8)
		fmt.Printf("ParseUint8(%q) = %d, %v\n", s, u, err)
		u, err = strconv.ParseUint(s, 10, 64)
		fmt.Printf("ParseUint64(%q) = %d, %v\n", s, u, err)
	}
	for _, s := range []string{"3.14", "1e10", "-0.5", "inf", "-Inf", "NaN", "1e400", "0x1p-2", "abc", "1.5e", ".5"} {
		f, err := strconv.ParseFloat(s, 64)
		fmt.Printf("ParseFloat(%q) = %v, %v\n", s, f, err)
	}
	for _, s := range []string{"true", "FALSE", "1", "0", "t", "F", "yes"} {
		b, err := strconv.ParseBool(s)
		fmt.Printf("ParseBool(%q) = %v, %v\n", s, b, err)
	}
	_, err := strconv.Atoi("x1")
	fmt.Println(err)
	_, err = strconv.ParseInt("999", 10, 8)
	fmt.Println(err)
	f32, err := strconv.ParseFloat("3.4e39", 32)
	fmt.Println(f32, err)
	f32, err = strconv.ParseFloat("0.1", 32)
	fmt.Println(f32, err)
}

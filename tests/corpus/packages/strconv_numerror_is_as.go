package main

import (
	"errors"
	"fmt"
	"strconv"
)

func main() {
	_, err := strconv.Atoi("x")
	fmt.Println(err)
	fmt.Printf("%T\n", err)
	var ne *strconv.NumError
	if errors.As(err, &ne) {
		fmt.Printf("Func=%s Num=%q Err=%v\n", ne.Func, ne.Num, ne.Err)
	}
	fmt.Println(errors.Is(err, strconv.ErrSyntax), errors.Is(err, strconv.ErrRange))
	fmt.Println(ne.Err == strconv.ErrSyntax, errors.Unwrap(err) == strconv.ErrSyntax)

	v, err := strconv.ParseInt("99999999999999999999", 10, 64)
	fmt.Println(v, err, errors.Is(err, strconv.ErrRange))
	v, err = strconv.ParseInt("-300", 10, 8)
	fmt.Println(v, err)
	u, err := strconv.ParseUint("300", 10, 8)
	fmt.Println(u, err)
	n, err := strconv.Atoi("123456789012345678901")
	fmt.Println(n, err)
	_, err = strconv.ParseInt("12", 1, 64)
	fmt.Println(err, errors.Is(err, strconv.ErrSyntax))
	_, err = strconv.ParseInt("12", 10, 65)
	fmt.Println(err)
	f, err := strconv.ParseFloat("1e400", 64)
	fmt.Println(f, err)
	f, err = strconv.ParseFloat("1.5x", 64)
	fmt.Println(f, err)
	b, err := strconv.ParseBool("yes")
	fmt.Println(b, err)
	b, err = strconv.ParseBool("T")
	fmt.Println(b, err)
	s, err := strconv.Unquote("'ab'")
	fmt.Printf("%q %v %v\n", s, err, err == strconv.ErrSyntax)

	// Wrapped, the NumError is still found.
	w := fmt.Errorf("config line 3: %w", &strconv.NumError{Func: "ParseInt", Num: "0x", Err: strconv.ErrSyntax})
	fmt.Println(w)
	var target *strconv.NumError
	fmt.Println(errors.As(w, &target), target.Num, errors.Is(w, strconv.ErrSyntax))
	fmt.Println(strconv.ErrRange, strconv.ErrSyntax)
	fmt.Printf("%T %v\n", strconv.ErrRange, strconv.ErrRange == strconv.ErrRange)
}

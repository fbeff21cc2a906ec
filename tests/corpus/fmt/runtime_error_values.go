package main

import "fmt"

func divide(a, b int) (q int, err any) {
	defer func() {
		err = recover()
	}()
	return a / b, nil
}

func shift(n int) (r int, err any) {
	defer func() {
		err = recover()
	}()
	return 1 << n, nil
}

func main() {
	_, e := divide(1, 0)
	fmt.Printf("%v|%s|%q|%+q\n", e, e, e, e)
	fmt.Printf("%x|%X\n", e, e)
	fmt.Printf("%d|%#v|%T\n", e, e, e)
	fmt.Printf("[%40v] [%-40s|] [%.10s] [%.5v]\n", e, e, e, e)
	fmt.Printf("%t\n", e)
	fmt.Printf("%d\n", 1, e)
	fmt.Println(e)
	fmt.Println(fmt.Sprint(e, 1, e), fmt.Sprint(1, 2, e, e))
	_, e2 := shift(-1)
	fmt.Printf("%v|%#v|%s\n", e2, e2, e2)
	errs := []any{e, e2, nil}
	fmt.Printf("%v\n%s\n%q\n%d\n", errs, errs, errs, errs)
}

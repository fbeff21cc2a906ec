package main

import "fmt"

type stringer interface{ String() string }

func divide(a, b int) (q int, err error) {
	defer func() {
		if r := recover(); r != nil {
			e, ok := r.(error)
			fmt.Println("is error:", ok)
			err = e
		}
	}()
	return a / b, nil
}

func main() {
	_, err := divide(1, 0)
	fmt.Println(err.Error())
	fmt.Printf("%T %v %q\n", err, err, err)
	var again error = err
	fmt.Println(again == err)
	defer func() {
		r := recover()
		switch v := r.(type) {
		case stringer:
			fmt.Println("stringer", v)
		case error:
			fmt.Println("error:", v.Error())
		default:
			fmt.Println("other", v)
		}
	}()
	var xs []int
	_ = xs[3]
}

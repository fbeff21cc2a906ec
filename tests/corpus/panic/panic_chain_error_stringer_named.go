package main

import "fmt"

type MyErr struct{ Code int }

func (e MyErr) Error() string { return fmt.Sprintf("code %d", e.Code) }

type Str struct{ s string }

func (s Str) String() string { return "S:" + s.s }

type Code int

func main() {
	defer func() {
		r := recover()
		fmt.Println("recovered", r)
		defer func() {
			fmt.Println("again", recover())
			panic(Code(3))
		}()
		panic(Str{"x"})
	}()
	panic(MyErr{7})
}

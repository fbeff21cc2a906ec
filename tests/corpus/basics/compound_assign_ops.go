package main

import "fmt"

func main() {
	x := 10
	x += 5
	fmt.Println("+=", x)
	x -= 20
	fmt.Println("-=", x)
	x *= -3
	fmt.Println("*=", x)
	x /= 4
	fmt.Println("/=", x)
	x %= 4
	fmt.Println("%=", x)
	x++
	x++
	x--
	fmt.Println("++ ++ --", x)
	s := "a"
	s += "b"
	s += s
	fmt.Println(s)
	var n int
	var ok bool
	var str string
	fmt.Println(n, ok, "["+str+"]")
	n, ok, str = 4, !ok, str+"z"
	fmt.Println(n, ok, str)
	var p, q = 1, "two"
	fmt.Println(p, q)
}

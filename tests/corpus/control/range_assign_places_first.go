package main

import "fmt"

func main() {
	// The index operand of x[i] is evaluated before i is assigned.
	x := []int{10, 20}
	y := []int{99}
	i := 1
	for i, x[i] = range y {
		break
	}
	fmt.Println(i, x)

	m := map[int]string{}
	k := 7
	for k, m[k] = range []string{"a", "b"} {
	}
	fmt.Println(k, m)

	var v int
	arr := [6]rune{}
	j := 2
	for j, arr[j] = range "héllo" {
		v++
	}
	fmt.Println(j, arr, v)

	ch := make(chan int, 2)
	ch <- 5
	close(ch)
	s := []int{0, 0}
	n := 1
	select {
	case s[n], _ = <-ch:
	}
	fmt.Println(s)
}

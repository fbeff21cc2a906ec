package main

import "fmt"

func main() {
	a := [5]int{1, 2, 3, 4, 5}
	p := &a
	fmt.Println(len(p), cap(p), p[1:3], p[:], p[2:4:5], len(p[1:]))
	for i, v := range p {
		p[i] = v * 10
	}
	fmt.Println(a)
	var np *[3]string
	n := 0
	for i := range np {
		n += i
	}
	fmt.Println(n, len(np))
	s := p[1:3]
	s[0] = 99
	fmt.Println(a, cap(s))
	for _, v := range np {
		fmt.Println(v)
	}
}

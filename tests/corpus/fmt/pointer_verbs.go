package main

import "fmt"

type Node struct {
	Val  int
	Next *Node
}

func main() {
	var np *Node
	var ip *int
	fmt.Printf("%v|%p|%#v|%d|%x|%s|%T\n", np, np, np, np, ip, ip, ip)
	fmt.Printf("[%8v] [%-8v] [%8p] [%#p]\n", np, np, np, np)
	n := &Node{Val: 1}
	fmt.Printf("%v|%d|%x\n", n, n, n)
	fmt.Printf("%T|%T\n", n, &n)
	s := &[]int{1, 2, 3}
	fmt.Printf("%v|%x|%T\n", s, s, s)
	a := &[2]string{"x", "y"}
	fmt.Printf("%v|%q|%T\n", a, a, a)
	ps := []*Node{nil, nil}
	fmt.Printf("%v|%d|%T\n", ps, ps, ps)
	fmt.Printf("%t|%c\n", np, np)
	fmt.Println(np, ip, n, s, a)
}

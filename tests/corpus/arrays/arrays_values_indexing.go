package main

import "fmt"

type Grid [3][3]int

func (g *Grid) Set(r, c, v int) { g[r][c] = v }

func sum(a [5]int) int {
	t := 0
	for _, v := range a {
		t += v
	}
	return t
}

var primes = [...]int{2, 3, 5, 7, 11}

func main() {
	var a [5]int
	a[0] = 10
	a[4] = a[0] * 2
	b := a
	b[1] = 99
	fmt.Println(a, b, len(a), cap(b), a == b, a != [5]int{10, 0, 0, 0, 20})
	fmt.Println(sum(a), sum([5]int{1, 2, 3, 4, 5}), primes, len(primes))
	sparse := [6]string{1: "one", 4: "four", "five"}
	fmt.Println(sparse, len(sparse[1]))
	keyed := []int{3: 7, 1: 5}
	fmt.Println(keyed, len(keyed))
	var g Grid
	g.Set(1, 2, 5)
	g[0][0] = 1
	fmt.Println(g, g[1][2])
	s := a[1:4]
	s[0] = 42
	fmt.Println(a, s, len(s), cap(s))
	s = append(s, 7)
	fmt.Println(a)
	p := new(int)
	*p = 6
	q := new([2]bool)
	q[1] = true
	pt := new(struct{ X, Y int })
	pt.Y = 3
	fmt.Println(*p, *q, *pt, pt)
	for i, v := range [3]string{"x", "y", "z"} {
		fmt.Print(i, v, " ")
	}
	fmt.Println()
	arr := [3]int{1, 2, 3}
	for i, v := range arr {
		arr[2] = 100
		fmt.Print(i, ":", v, " ")
	}
	fmt.Println(arr)
	defer func() { fmt.Println("recovered:", recover()) }()
	i := 7
	fmt.Println(a[i%len(a)], primes[i])
}

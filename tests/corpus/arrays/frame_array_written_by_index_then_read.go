package main

import "fmt"

// A local array lives in the frame; a store through a variable index
// changes the same words a constant index reads. Values computed just
// before such a store, and chains of arithmetic around it, must see the
// store.

type pair struct{ x, y float64 }

func ints(n int) int {
	var a [4]int
	s := 0
	for i := 0; i < n; i++ {
		v := a[1] + i
		a[i%4] = v * 3
		s += a[1] - v
		a[(i+1)%4] += a[1]
	}
	return s + a[0] + a[1] + a[2] + a[3]
}

func floats(n int) float64 {
	var f [3]float64
	t := 0.5
	for i := 0; i < n; i++ {
		t = t*1.5 + f[2]
		f[i%3] = t
		t = t - f[2]*0.25
	}
	return t + f[0] + f[1] + f[2]
}

func fields(n int) pair {
	ps := [2]pair{{1, 2}, {3, 4}}
	for i := 0; i < n; i++ {
		p := &ps[i%2]
		q := &ps[(i+1)%2]
		p.x = p.x*0.5 + q.y
		q.y = q.y - p.x*0.125
		p.y += q.x
	}
	return pair{ps[0].x + ps[1].x, ps[0].y + ps[1].y}
}

func main() {
	for _, n := range []int{0, 1, 2, 5, 17} {
		fmt.Println(ints(n), floats(n), fields(n))
	}
}

// Slices of elements of 64 KiB and more: append grows them by Go's sizes
// (cap) and keeps every byte of every element.
package main

import "fmt"

type big [70000]byte

func main() {
	var s []big
	for i := 0; i < 6; i++ {
		var b big
		b[69999] = byte(i + 1)
		b[0] = byte(i + 10)
		s = append(s, b)
	}
	sum := 0
	for i := range s {
		sum += int(s[i][69999]) + int(s[i][0])
	}
	m := make([]big, 3)
	m[2][69999] = 7
	fmt.Println(sum, m[2][69999], len(s), cap(s))
}

type huge struct {
	a [40000]int32
	p *int
}

func init() {
	var h []huge
	x := 5
	for i := 0; i < 6; i++ {
		h = append(h, huge{p: &x})
		h[i].a[39999] = int32(i)
	}
	t := make([]big, 3, 5)
	t[2][69999] = 9
	t = append(t, t...)
	fmt.Println(len(h), cap(h), *h[5].p, h[5].a[39999], len(t), cap(t), t[5][69999])
}

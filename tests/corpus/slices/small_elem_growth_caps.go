package main

import "fmt"

func main() {
	var b []byte
	var r []rune
	var h []int16
	var f []bool
	lb, lr, lh, lf := -1, -1, -1, -1
	for i := range 3000 {
		b = append(b, byte(i))
		r = append(r, rune(i))
		h = append(h, int16(i))
		f = append(f, i%2 == 0)
		if cap(b) != lb {
			fmt.Print("b", cap(b), " ")
			lb = cap(b)
		}
		if cap(r) != lr {
			fmt.Print("r", cap(r), " ")
			lr = cap(r)
		}
		if cap(h) != lh {
			fmt.Print("h", cap(h), " ")
			lh = cap(h)
		}
		if cap(f) != lf {
			fmt.Print("f", cap(f), " ")
			lf = cap(f)
		}
	}
	fmt.Println()
	fmt.Println(b[255], r[2999], h[2999], f[:3], len(string(b[:10])))
	s := make([]string, 0, 5)
	s = append(s, "a", "b", "c", "d", "e", "f")
	fmt.Println(len(s), cap(s))
}

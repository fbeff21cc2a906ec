package main

import "fmt"

func main() {
	var f0, f1, f2 func() int
	for i := 0; i < 3; i++ {
		g := func() int { return i * 10 }
		if i == 0 {
			f0 = g
		} else if i == 1 {
			f1 = g
		} else {
			f2 = g
		}
	}
	fmt.Println(f0(), f1(), f2())

	// the closure modifies its own iteration's copy; the loop's
	// post statement then works on a fresh copy for the next iteration
	var bump func()
	for i := 0; i < 5; i++ {
		if i == 1 {
			bump = func() { i += 100 }
		}
		fmt.Print(i, " ")
		if i == 1 {
			bump()
			fmt.Print("(bumped ", i, ") ")
		}
	}
	fmt.Println()

	var r func() int
	for j := range 4 {
		if j == 2 {
			r = func() int { return j }
		}
	}
	fmt.Println("range var captured:", r())

	k := 0
	var hold func() int
	for k < 3 {
		if k == 1 {
			hold = func() int { return k }
		}
		k++
	}
	fmt.Println("shared outer var:", hold())
}

package main

import "fmt"

// Go's / truncates toward zero and % takes the sign of the dividend.
func show(a, b int) {
	fmt.Println(a, "/", b, "=", a/b, " ", a, "%", b, "=", a%b)
}

func main() {
	show(7, 2)
	show(-7, 2)
	show(7, -2)
	show(-7, -2)
	show(0, 5)
	show(-1, 3)
	show(6, 3)
	show(-6, 3)
	x := 17
	x /= 3
	fmt.Println("17 /= 3 ->", x)
	x = -17
	x %= 5
	fmt.Println("-17 %= 5 ->", x)
	// invariant: (a/b)*b + a%b == a
	ok := true
	for a := -9; a <= 9; a++ {
		for b := -4; b <= 4; b++ {
			if b == 0 {
				continue
			}
			if (a/b)*b+a%b != a {
				ok = false
			}
		}
	}
	fmt.Println("invariant holds:", ok)
	fmt.Println(1+2*3-4/2, (1+2)*(3-4)/2, -5*-5, 10-3-2)
}

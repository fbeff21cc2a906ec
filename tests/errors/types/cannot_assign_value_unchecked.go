package main

type P struct{ n int }

func main() {
	m := map[string]P{}
	m["a"].n = 1
	m["b"].n += 2
	const c = 1
	c = "x"
	true = 2
	var s string
	s[0] = "y"
	f().n, _ = 3, 4
}

func f() P { return P{} }

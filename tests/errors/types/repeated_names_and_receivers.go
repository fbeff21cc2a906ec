package main

// A name repeated on the left of := is reported at its second use (and
// then no "no new variables" error); a method needs exactly one receiver.

type T struct{}

func () m() {}

func (a T, b T) n() {}

func main() {
	x, x := 2, 3
	_ = x
	a, a, b := 1, "s", 3
	_, _ = a, b
	var c int
	c, c := 1, 2
	_, _ := 1, 2
	d, e, d := 1, 2, 3
	_, _ = d, e
}

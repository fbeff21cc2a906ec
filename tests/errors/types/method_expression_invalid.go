package main

type T struct{}

func (t *T) M() {}

func main() {
	f := T.M
	_ = f
	g := T.N
	_ = g
}

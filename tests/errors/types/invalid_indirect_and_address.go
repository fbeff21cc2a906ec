package main

func main() {
	x := 1
	_ = *x
	_ = &1
	p := &x
	_ = p.field
}

package main

type T struct {
	Name  string
	inner int
}

func (T) Print() {}

func main() {
	t := T{name: "x", Inner: 1}
	_ = t.name
	t.print()
	_ = (&t).INNER
	_ = t.missing
}

package main

type Bar struct{ a, b int }

type Foo struct {
	x, y, z int
	b       Bar
}

func main() {
	_ = []string{1: "a", 1: "b", 0: "c", "d"}
	_ = [3]int{2: 1, 0: 2, 3, 4}
	_ = Foo{1, 2, Bar{"A", 1}}
	_ = Foo{1, 2, 3, Bar{1, 2}, 5}
	_ = Foo{x: 1, 2}
}

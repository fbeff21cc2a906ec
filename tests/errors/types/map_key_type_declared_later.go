package main

type S struct {
	m map[S]bool
	f func()
}

type M map[K]int

type K [1]M

func main() {
	type T struct{ m map[T]int }
	var m map[[]int]string
	_ = m
}

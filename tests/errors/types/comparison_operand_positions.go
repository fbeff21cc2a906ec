package main

type S struct{ f func() }

func main() {
	var s S
	var m map[int]int
	var f func()
	_ = nil == nil
	_ = 1 != nil
	_ = s == s
	_ = m != m
	_ = f < f
	_ = m == nil
	_ = "a" < 1.5
}

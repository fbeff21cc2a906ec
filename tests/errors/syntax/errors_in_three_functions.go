package main

func first() {
	v :=
}

func second() {
	println(1, 2
}

func third() {
	n := 4 5
	_ = n
}

func main() {}

package main

type pair struct{ a, b int }

func cleanup() {}

func main() {
	defer (cleanup())
	p := (pair){1, 2}
	_ = p
}

package main

func sum(xs ...) int { return 0 }

var all ...int

type Rest ...string

func main() {
	_ = sum()
}

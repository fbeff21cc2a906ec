package main

func F() {}

func main() {
	go F
	defer (F)
	go (F())
	defer (len("a"))
}

package main

func main() {
	r := 'x
	_ = r
}

package main

func main() {
	var := 3
	_ = 0
}

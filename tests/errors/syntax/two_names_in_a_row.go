package main

func main() {
	var count int
	count increment
}

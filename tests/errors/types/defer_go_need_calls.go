package main

func main() {
	defer 1
	defer recover
}

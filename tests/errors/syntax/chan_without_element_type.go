package main

func main() {
	var results chan<-
}

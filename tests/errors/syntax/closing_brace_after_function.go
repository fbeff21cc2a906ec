package main

func answer() int {
	return 42
}}

func main() {}

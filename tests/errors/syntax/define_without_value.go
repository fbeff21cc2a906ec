package main

func main() {
	total :=
}

package main

func main() {
	var cells [4]int
	cells[1 = 7
}

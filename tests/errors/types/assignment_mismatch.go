package main

func two() (int, int) { return 1, 2 }

func main() {
	a, b := 1
	c := two()
	var d, e, f = two()
	g, h := two(), 1
	_, _, _, _, _, _, _, _ = a, b, c, d, e, f, g, h
}

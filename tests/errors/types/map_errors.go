package main

func main() {
	var m map[[]int]string
	n := map[string]int{"a": 1, "a": 2}
	_, _ = m, n
	delete(n, 1)
}

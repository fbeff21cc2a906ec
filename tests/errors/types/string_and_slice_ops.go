package main

func main() {
	s := "abc"
	s[0] = x
	var a []int
	_ = a == a
	_ = len(5)
	_ = append(s, "d")
}

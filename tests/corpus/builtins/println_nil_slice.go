package main

func main() {
	var s []int
	println(s, len(s))
	var b []byte
	print(b, "\n")
}

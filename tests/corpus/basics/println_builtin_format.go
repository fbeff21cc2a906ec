package main

func main() {
	println("println separates", 1, true, "and ends with newline")
	print("print", "does", "not", 1, 2, false, "\n")
	println(-42, 0, 9223372036854775807)
	println()
	print(1)
	print(2)
	println(3)
	b := 3 > 4
	s := "x"
	println(b, !b, s+s, len(s))
	print("done\n")
}

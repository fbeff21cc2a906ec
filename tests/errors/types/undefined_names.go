package main

func main() {
	x := y + 1
	undefinedFunc()
	var t UnknownType
	_, _ = x, t
}

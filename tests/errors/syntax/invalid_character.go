package main

func main() {
	x := 6 # 7
	_ = x
}

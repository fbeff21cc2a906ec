package main

func main() {
	var a int8 = 128
	var b uint = -1
	c := uint8(256)
	const big = 1 << 100
	var d int64 = big
	_, _, _, _ = a, b, c, d
}

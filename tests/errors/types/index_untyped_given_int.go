package main

func main() {
	var a []int
	var s uint
	_ = a[1 << 100]
	_ = a[1.5]
	_ = a[1+0i]
	_ = a["x"]
	_ = a[nil]
	_ = make([]int, uint64(1 << 63))
	_ = a[1.0<<s]
_:
_:
	goto _
}

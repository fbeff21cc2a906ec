package main

func main() {
	var arr [8]int
	s := arr[:]
	i, j := 1, 2
	_ = arr[5:3]
	_ = s[1:4:2]
	_ = arr[9:]
	_ = arr[9:10]
	_ = arr[:9:9]
	_ = "abc"[2:1]
	_ = "abc"[:4]
	_ = s[i:j:7]
	_ = (&arr)[3:9]
}

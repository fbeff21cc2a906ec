package main

func main() {
	var arr [8]int
	s := arr[:]
	str := "hello"
	i, j := 1, 2
	_ = arr[::]
	_ = s[i::]
	_ = s[:j:]
	_ = str[1:2:3]
	_ = str[::4]
	_ = s[i:j:7]
}

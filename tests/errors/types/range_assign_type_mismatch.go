package main

func main() {
	var arr [3]int
	j := 0
	for j, arr[j] = range "héllo" {
	}
	var f float64
	for f = range []int{1} {
	}
	_ = f
}

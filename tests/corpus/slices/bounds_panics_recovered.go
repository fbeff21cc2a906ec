package main

import "fmt"

func try(name string, f func()) {
	defer func() {
		fmt.Println(name, "->", recover())
	}()
	f()
}

func main() {
	s := []int{1, 2, 3}
	i, j, k := 5, 1, -1
	try("index", func() { fmt.Println(s[i]) })
	try("negative index", func() { fmt.Println(s[k]) })
	try("slice high", func() { fmt.Println(s[:i]) })
	try("slice inverted", func() { fmt.Println(s[2:j]) })
	try("three-index max", func() { fmt.Println(s[0:1:i]) })
	try("three-index order", func() { fmt.Println(s[0:3:2+j-1]) })
	try("string slice", func() {
		str := "abc"
		fmt.Println(str[1:i])
	})
	try("make negative", func() { fmt.Println(make([]int, k)) })
	try("make cap", func() { fmt.Println(make([]int, 3, j)) })
	var nilSlice []int
	try("nil slice index", func() { fmt.Println(nilSlice[0]) })
	try("store", func() { s[3] = 4 })
	var a, b any = s, s
	try("compare slices in interfaces", func() { fmt.Println(a == b) })
	fmt.Println("done", s)
}

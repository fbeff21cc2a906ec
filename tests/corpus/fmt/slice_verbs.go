package main

import "fmt"

func main() {
	xs := []int{1, -2, 30}
	fmt.Printf("%v|%d|%x|%X|%o|%b|%c\n", xs, xs, xs, xs, xs, xs, xs)
	fmt.Printf("%5d|%-4d|%03d|%+d|%#x\n", xs, xs, xs, xs, xs)
	fmt.Printf("%#v|%T\n", xs, xs)
	var nilSlice []int
	empty := []int{}
	fmt.Printf("%v|%d|%#v|%#v|%v|%T\n", nilSlice, nilSlice, nilSlice, empty, empty, empty)
	words := []string{"a", "b c", "\"q\""}
	fmt.Printf("%v|%s|%q|%x|% x|%5s|%-3s|\n", words, words, words, words, words, words, words)
	fmt.Printf("%#v|%T\n", words, words)
	grid := [][]int{{1, 2}, {}, {3}}
	fmt.Printf("%v|%d|%03d|%#v\n", grid, grid, grid, grid)
	fmt.Printf("%s|%t\n", xs, xs)
	flags := []bool{true, false}
	fmt.Printf("%v|%t|%5t|%d|%#v\n", flags, flags, flags, flags, flags)
	us := []uint16{1, 65535}
	fmt.Printf("%v|%#v|%x|%T\n", us, us, us, us)
	arr := [3]int{7, 8, 9}
	fmt.Printf("%v|%d|%02x|%#v|%T\n", arr, arr, arr, arr, arr)
	var zero [2]string
	fmt.Printf("%v|%q|%#v\n", zero, zero, zero)
	sub := xs[1:]
	fmt.Println(xs, sub, grid, words, arr, nilSlice, empty)
}

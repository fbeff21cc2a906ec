package main

import "fmt"

func main() {
	var s []int
	fmt.Println(s == nil, len(s), cap(s), s)
	last := -1
	for i := range 2000 {
		s = append(s, i)
		if cap(s) != last {
			fmt.Print(cap(s), " ")
			last = cap(s)
		}
	}
	fmt.Println()
	var words []string
	last = -1
	for i := range 600 {
		words = append(words, "w")
		if cap(words) != last {
			fmt.Print(i, ":", cap(words), " ")
			last = cap(words)
		}
	}
	fmt.Println()
	many := append([]int{1, 2, 3}, 4, 5, 6, 7)
	fmt.Println(many, len(many), cap(many))
	both := append(many[:2], many[5:]...)
	fmt.Println(both, many, len(both), cap(both))
	fmt.Println(append([]int(nil)) == nil, len(append([]string{}, "a", "b", "c", "d", "e")))
}

package main

import "fmt"

type Point struct{ X, Y int }

func main() {
	p := (Point){1, 2}
	q := ([]int){1, 2}
	m := (map[string]int){"a": 1}
	fmt.Println(p, q, m)
}

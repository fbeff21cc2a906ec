// Assignability between a type parameter and an unnamed type: a value of
// an unnamed type is assignable to a type parameter when it is to each type
// of its type set, and the other way round.
package main

import "fmt"

type Ints []int

func flatten[T ~[]int](t T) []int {
	var x []int = t
	return x
}

func build[T ~[]int]() T {
	return []int{1, 2, 3}
}

func channel[C ~chan int](c chan int) C {
	return c
}

func lookup[M ~map[string]int](m M) map[string]int {
	return m
}

func main() {
	fmt.Println(flatten(Ints{4, 5}), len(flatten([]int{})))
	b := build[Ints]()
	fmt.Printf("%T %v\n", b, b)
	c := channel[chan int](make(chan int, 1))
	c <- 9
	fmt.Println(<-c)
	fmt.Println(lookup(map[string]int{"a": 1}))
}

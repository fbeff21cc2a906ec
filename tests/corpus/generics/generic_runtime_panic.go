package main

import "fmt"

func At[T any](xs []T, i int) T {
	return xs[i]
}

type Cache[K comparable, V any] struct {
	m map[K]V
}

func (c *Cache[K, V]) Put(k K, v V) { c.m[k] = v }

func main() {
	fmt.Println(At([]string{"a", "b"}, 1))
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		var c Cache[string, int]
		c.Put("x", 1)
	}()
	fmt.Println(At([]int{1, 2, 3}, 5))
}

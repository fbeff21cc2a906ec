// Builtins on a value of type parameter type hold when they do for every
// type of the type set, which need not share a core type: close of
// channels of different elements or directions, delete from maps of one
// key type, len of strings and byte slices.
package main

import "fmt"

func Close[T interface{ chan int | chan string }](ch T) { close(ch) }

func Forget[M interface {
	map[string]int | map[string]bool
}](m M, k string) {
	delete(m, k)
}

func Size[S ~string | ~[]byte](s S) int { return len(s) }

func main() {
	ch := make(chan int, 1)
	ch <- 4
	Close(ch)
	v, ok := <-ch
	w, ok2 := <-ch
	fmt.Println(v, ok, w, ok2)
	m := map[string]bool{"a": true, "b": false}
	Forget(m, "a")
	fmt.Println(m, len(m))
	fmt.Println(Size("héllo"), Size([]byte{1, 2}))
}

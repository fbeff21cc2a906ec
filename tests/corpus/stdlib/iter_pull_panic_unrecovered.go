// A panic in an iterator pulled with iter.Pull, unrecovered: raised again
// in the caller of next, Go's report and exit status 2.
package main

import (
	"fmt"
	"iter"
)

func main() {
	next, _ := iter.Pull(func(yield func(int) bool) {
		yield(1)
		panic(fmt.Errorf("exploded %d", 2))
	})
	fmt.Println(next())
	fmt.Println(next())
}

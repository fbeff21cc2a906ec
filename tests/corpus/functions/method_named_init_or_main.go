// Methods named init and main are ordinary methods: only the package's
// init and main functions run by themselves.
package main

import "fmt"

type Buf [4]int

func (b *Buf) init() {
	for i := range b {
		b[i] = i * i
	}
}

func (b *Buf) main() int { return b[3] }

func init() { fmt.Println("package init") }

func main() {
	b := new(Buf)
	b.init()
	fmt.Println(*b, b.main())
}

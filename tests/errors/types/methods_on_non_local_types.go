// Methods can be declared only on types of the package itself.
package main

import (
	"bufio"
	"time"
)

func (b *bufio.Reader) Buffered() int { return 0 }

func (d time.Duration) Twice() time.Duration { return 2 * d }

func (x int) Double() int { return 2 * x }

func main() {}

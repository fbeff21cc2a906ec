// Loaded into the session by session.txt with :load: a method that calls
// the native methods of a field of a standard package's type.
package main

import "sync"

type Counter struct {
	mu sync.Mutex
	n  int
}

func (c *Counter) Inc() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.n++
	return c.n
}

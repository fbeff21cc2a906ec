package main

import (
	"fmt"
	"sync"
)

func main() {
	var mu sync.Mutex
	fmt.Println("first TryLock:", mu.TryLock())
	fmt.Println("second TryLock:", mu.TryLock())
	mu.Unlock()
	fmt.Println("after unlock:", mu.TryLock())
	mu.Unlock()

	// lock in main, unlock from another goroutine
	mu.Lock()
	released := make(chan struct{})
	go func() {
		mu.Unlock()
		close(released)
	}()
	<-released
	mu.Lock()
	fmt.Println("relocked after foreign unlock")
	mu.Unlock()

	var rw sync.RWMutex
	fmt.Println("TryRLock:", rw.TryRLock(), rw.TryRLock())
	fmt.Println("TryLock while readers:", rw.TryLock())
	rw.RUnlock()
	rw.RUnlock()
	fmt.Println("TryLock free:", rw.TryLock())
	fmt.Println("TryRLock while writer:", rw.TryRLock())
	rw.Unlock()
}

package main

import (
	"errors"
	"fmt"
	"time"
)

var ErrTimeout = errors.New("operation timed out")

func withTimeout(work func() int, d time.Duration) (int, error) {
	res := make(chan int, 1) // buffered so the worker never leaks blocked
	go func() { res <- work() }()
	select {
	case v := <-res:
		return v, nil
	case <-time.After(d):
		return 0, ErrTimeout
	}
}

func main() {
	fast := func() int { return 7 }
	slow := func() int { time.Sleep(300 * time.Millisecond); return 8 }
	v, err := withTimeout(fast, time.Second)
	fmt.Println(v, err)
	v, err = withTimeout(slow, 30*time.Millisecond)
	fmt.Println(v, err, errors.Is(err, ErrTimeout))
}

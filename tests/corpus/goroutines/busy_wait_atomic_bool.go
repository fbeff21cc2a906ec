package main

import (
	"fmt"
	"sync/atomic"
	"time"
)

func main() {
	var done atomic.Bool
	var result int64
	go func() {
		time.Sleep(20 * time.Millisecond)
		atomic.StoreInt64(&result, 12345)
		done.Store(true)
	}()
	for !done.Load() {
	}
	fmt.Println("result:", atomic.LoadInt64(&result))

	var stage atomic.Int32
	go func() {
		for stage.Load() != 1 {
		}
		stage.Store(2)
	}()
	stage.Store(1)
	for stage.Load() != 2 {
	}
	fmt.Println("stage:", stage.Load())
}

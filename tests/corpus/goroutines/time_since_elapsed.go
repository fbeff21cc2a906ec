package main

import (
	"fmt"
	"time"
)

func main() {
	start := time.Now()
	time.Sleep(30 * time.Millisecond)
	el := time.Since(start)
	fmt.Println("elapsed >= 30ms:", el >= 30*time.Millisecond)
	fmt.Println("elapsed < 5s:", el < 5*time.Second)

	t0 := time.Now()
	done := make(chan struct{})
	go func() {
		time.Sleep(20 * time.Millisecond)
		close(done)
	}()
	<-done
	fmt.Println("waited >= 20ms:", time.Now().Sub(t0) >= 20*time.Millisecond)
	fmt.Println("until positive:", time.Until(t0.Add(time.Hour)) > 0)
	time.Sleep(0)
	time.Sleep(-1)
	fmt.Println("zero/negative sleep returns")
}

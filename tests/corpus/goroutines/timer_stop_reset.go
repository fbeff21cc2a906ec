package main

import (
	"fmt"
	"time"
)

func main() {
	t := time.NewTimer(time.Hour)
	fmt.Println("stop active timer:", t.Stop())
	fmt.Println("stop again:", t.Stop())

	t2 := time.NewTimer(10 * time.Millisecond)
	<-t2.C
	fmt.Println("timer fired")
	fmt.Println("stop fired timer:", t2.Stop())

	t3 := time.NewTimer(time.Hour)
	t3.Reset(15 * time.Millisecond)
	start := time.Now()
	<-t3.C
	fmt.Println("reset timer fired early:", time.Since(start) < time.Minute)

	fired := make(chan string, 1)
	af := time.AfterFunc(10*time.Millisecond, func() { fired <- "afterfunc ran" })
	fmt.Println(<-fired)
	fmt.Println("stop after run:", af.Stop())

	never := time.AfterFunc(time.Hour, func() { fmt.Println("never") })
	fmt.Println("stop pending afterfunc:", never.Stop())
}

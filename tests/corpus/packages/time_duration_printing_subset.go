package main

import (
	"fmt"
	"time"
)

func main() {
	ds := []time.Duration{0, 1, 999, time.Microsecond, 1500 * time.Microsecond, time.Millisecond, 2*time.Second + 300*time.Millisecond,
		time.Minute, 90 * time.Minute, 26*time.Hour + 3*time.Second, -5 * time.Second, time.Duration(1<<63 - 1), -1 << 63}
	for _, d := range ds {
		fmt.Println(d, int64(d))
	}
	d := 3*time.Hour + 25*time.Minute + 45*time.Second + 500*time.Millisecond
	fmt.Println(d.Hours(), d.Minutes(), d.Seconds(), d.Milliseconds(), d.Microseconds(), d.Nanoseconds())
	fmt.Println(d.Truncate(time.Minute), d.Round(time.Hour), d.Round(time.Second), d.Truncate(0))
	fmt.Println((-d).Abs(), time.Duration(1500)*time.Millisecond)
	fmt.Printf("%v %s %d %T\n", d, d, d, d)
	fmt.Printf("[%10v] [%-10v]\n", time.Second, time.Millisecond)
	fmt.Println(time.Duration(2.5 * float64(time.Second)))
	fmt.Println(time.Second > time.Millisecond, time.Hour/time.Minute, time.Second%(300*time.Millisecond))
	total := time.Duration(0)
	for _, ms := range []int{120, 250, 30} {
		total += time.Duration(ms) * time.Millisecond
	}
	fmt.Println("total", total)
	start := time.Now()
	time.Sleep(2 * time.Millisecond)
	fmt.Println(time.Since(start) >= 2*time.Millisecond)
	timer := time.NewTimer(time.Millisecond)
	<-timer.C
	fmt.Println("timer fired", timer.Stop())
	select {
	case <-time.After(time.Millisecond):
		fmt.Println("after fired")
	}
	fmt.Println(time.Nanosecond, time.Microsecond, time.Millisecond, time.Second, time.Minute, time.Hour)
}

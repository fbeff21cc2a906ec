// Pins time.Duration printing (String, %v, %d), constants, arithmetic, Truncate/Round/Abs, Hours/Minutes/Seconds accessors, ParseDuration and its errors, using no wall clock.
package main

import (
	"fmt"
	"time"
)

func main() {
	ds := []time.Duration{0, 1, 999, time.Microsecond, 1500 * time.Microsecond, time.Second, 90 * time.Second, time.Hour + 2*time.Minute + 3*time.Second + 4*time.Millisecond, -5 * time.Minute, 100 * time.Hour, 1<<63 - 1, -1 << 63}
	for _, d := range ds {
		fmt.Println(d, int64(d), d.Hours(), d.Minutes(), d.Seconds(), d.Milliseconds(), d.Microseconds(), d.Nanoseconds())
	}
	d := 3*time.Hour + 25*time.Minute + 45*time.Second + 500*time.Millisecond
	fmt.Println(d.Truncate(time.Hour), d.Round(time.Hour), d.Round(time.Minute), d.Truncate(time.Second), d.Round(0), d.Truncate(-1))
	fmt.Println((-d).Abs(), time.Duration(-1<<63).Abs(), d/2, d*2, d%time.Hour, time.Duration(2.5*float64(time.Second)))
	fmt.Printf("%v %s %d %T %q %8v|\n", d, d, d, d, d, time.Second)
	for _, s := range []string{"1h30m", "1.5h", "-2m3.5s", "300ms", "1us", "1µs", "2ns", "0", "", "3", "1d", "+5s", "1h1h", ".5s", "9999999999h"} {
		pd, err := time.ParseDuration(s)
		fmt.Println(pd, err)
	}
	fmt.Println(time.Nanosecond, time.Microsecond, time.Millisecond, time.Second, time.Minute, time.Hour)
}

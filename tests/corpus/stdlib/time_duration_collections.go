// Pins time.Duration inside composite values: sorting durations, summing, %v of slices/structs/maps containing Durations, Duration method values, and typed constant arithmetic.
package main

import (
	"fmt"
	"slices"
	"sort"
	"time"
)

type Task struct {
	Name    string
	Elapsed time.Duration
	Timeout time.Duration
}

func main() {
	ds := []time.Duration{3 * time.Second, 150 * time.Millisecond, time.Minute, -2 * time.Second, 42, 0}
	sort.Slice(ds, func(i, j int) bool { return ds[i] < ds[j] })
	fmt.Println(ds)
	var sum time.Duration
	for _, d := range ds {
		sum += d
	}
	fmt.Println(sum, sum/time.Duration(len(ds)), slices.Max(ds), slices.Min(ds))
	ts := []Task{{"build", 2*time.Minute + 3*time.Second, time.Hour}, {"test", 45 * time.Second, 0}}
	fmt.Printf("%v\n%+v\n", ts, ts[0])
	m := map[string]time.Duration{"a": time.Microsecond * 3, "b": time.Nanosecond}
	fmt.Println(m)
	f := time.Duration.String
	fmt.Println(f(90*time.Minute), time.Duration(1500)*time.Microsecond)
	const timeout = 5 * time.Second
	fmt.Printf("%v %T %d %.1f\n", timeout, timeout, timeout/time.Millisecond, timeout.Seconds())
	per := time.Second / 3
	fmt.Println(per, per*3, time.Duration(float64(time.Second)*0.75), time.Hour.Minutes())
	fmt.Println(time.Duration(1<<62).String(), (time.Duration(1) << 40).Round(time.Second))
}

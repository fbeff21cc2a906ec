package main

import (
	"fmt"
	"time"
)

func main() {
	fmt.Println(1500 * time.Millisecond)
	fmt.Println(time.Duration(0))
	fmt.Println(time.Hour + 2*time.Minute + 3*time.Second)
	fmt.Println(250 * time.Microsecond)
	fmt.Println(3 * time.Nanosecond)
	fmt.Println(2 * time.Second)
	fmt.Println(90 * time.Minute)
	fmt.Println(1234567 * time.Nanosecond)
	fmt.Println(-5 * time.Second)
	fmt.Println(time.Duration(1))
	fmt.Println(100 * time.Millisecond)
	fmt.Printf("%v %s %d\n", time.Second, time.Minute, time.Millisecond)
	d := 3*time.Hour + 30*time.Minute
	fmt.Println(d.Hours(), d.Minutes(), d.Seconds())
	fmt.Println(d.String(), (1500 * time.Millisecond).Milliseconds())
	fmt.Println(time.Duration(1500) * time.Microsecond)
	fmt.Println(time.Millisecond*10 > time.Microsecond*9999)
	fmt.Println((2500 * time.Millisecond).Round(time.Second), (2500 * time.Millisecond).Truncate(time.Second))
}

package main

import (
	"fmt"
	"time"
)

func main() {
	for _, s := range []string{
		"300ms", "-1.5h", "2h45m", "1h15m30.918273645s", "0", "+5s", "1.s", ".5m",
		"100us", "100µs", "7ns", "1", "", "-", "1x", "1.2.3s", "9223372036854775807ns",
		"9223372036854775808ns", "2540400h10m10.000000000s", "a1s", "1\x01s", "3é",
	} {
		d, err := time.ParseDuration(s)
		fmt.Printf("%q -> %v (%d) %v\n", s, d, int64(d), err)
	}
	d, _ := time.ParseDuration("1m30s")
	fmt.Println(d.Seconds(), d.Minutes(), d+time.Second)
}

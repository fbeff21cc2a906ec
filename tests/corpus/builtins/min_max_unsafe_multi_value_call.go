// A multi-value call as the arguments of min, max, complex, print,
// unsafe.Slice and unsafe.String: its results spread over the parameters.
package main

import (
	"fmt"
	"unsafe"
)

var nums = [4]int{3, 1, 4, 1}

func pair() (int, int)                    { return 7, -2 }
func triple() (float64, float64, float64) { return 2.5, -1, 9 }
func view() (*int, int)                   { return &nums[1], 3 }
func text() (*byte, uint8) {
	b := []byte("multi")
	return &b[0], 4
}
func parts() (float64, float64) { return 1, -2 }

func main() {
	fmt.Println(max(pair()), min(pair()), max(triple()), min(triple()))
	s := unsafe.Slice(view())
	s[2] = 40
	fmt.Println(s, nums)
	fmt.Println(unsafe.String(text()))
	fmt.Println(complex(parts()))
	println(pair())
}

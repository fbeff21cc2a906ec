package main

import "fmt"

type empty struct{}

const maxInt = int(^uint(0) >> 1)

func try(name string, f func()) {
	defer func() { fmt.Println(name+":", recover()) }()
	f()
}

func main() {
	// Zero-size elements: any length fits in memory.
	s := make([]empty, maxInt)
	fmt.Println(len(s) == maxInt, cap(s) == maxInt)
	try("append past maxInt", func() { s = append(s, empty{}) })
	try("append a slice past maxInt", func() { s = append(s, make([]empty, 2)...) })

	n := -1
	try("negative len", func() { _ = make([]int, n) })
	try("cap below len", func() { _ = make([]int, 2, n+2) })
	big := 1 << 46
	try("len beyond maxAlloc", func() { _ = make([]int, big) })
	try("cap beyond maxAlloc", func() { _ = make([]byte, 1, big*8) })
	try("negative cap", func() { _ = make([]int, 0, n) })

	b := make([]byte, 0, 3)
	b = append(b, 1, 2, 3, 4)
	fmt.Println(len(b), cap(b), b)
}

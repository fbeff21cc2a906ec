package main

import (
	"errors"
	"fmt"
)

func Pairs(n int) func(func(int, int) bool) {
	return func(yield func(int, int) bool) {
		defer fmt.Println("  iterator done", n)
		for i := range n {
			if !yield(i, i*i) {
				return
			}
		}
	}
}

func Letters(s string) func(func(rune) bool) {
	return func(yield func(rune) bool) {
		for _, r := range s {
			if !yield(r) {
				return
			}
		}
	}
}

// Branches from two levels of loop bodies out to ordinary loops.
func search(grid [][]int, want int) (row, col int, err error) {
rows:
	for r := 0; r < len(grid); r++ {
		for c, v := range Pairs(len(grid[r])) {
			_ = v
			for range Pairs(1) {
				if grid[r][c] < 0 {
					continue rows
				}
				if grid[r][c] == want {
					return r, c, nil
				}
			}
		}
	}
	return -1, -1, errors.New("not found")
}

func classify(s string) string {
	out := ""
	for r := range Letters(s) {
		switch {
		case r == ' ':
			continue
		case r == '.':
			break // leaves the switch only
		case r >= '0' && r <= '9':
			out += "d"
			continue
		}
		if r == '!' {
			break
		}
		out += string(r)
	}
	return out
}

func deep() int {
	total := 0
L1:
	for a := range Pairs(3) {
	L2:
		for b := range Pairs(3) {
			for c := range Pairs(3) {
				if c == 1 {
					continue L2
				}
				if b == 2 {
					continue L1
				}
				if a == 2 {
					break L1
				}
				total += a*100 + b*10 + c
			}
		}
	}
	return total
}

func main() {
	fmt.Println(search([][]int{{1, -1, 3}, {4, 5, 6}}, 5))
	fmt.Println(search([][]int{{1}}, 9))
	fmt.Println(classify("a b.c1!zz"))
	fmt.Println(deep())

	// A panic in the body runs the iterator's deferred calls on its way.
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		for i, sq := range Pairs(5) {
			if i == 2 {
				panic(fmt.Sprint("boom at ", sq))
			}
		}
	}()

	// Closures in the body see the enclosing function's variables.
	count := 0
	inc := func() { count++ }
	for range Pairs(4) {
		inc()
		count++
	}
	fmt.Println("count", count)
}

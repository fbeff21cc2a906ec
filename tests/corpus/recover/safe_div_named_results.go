package main

import "fmt"

func safeDiv(a, b int) (q int, err string) {
	defer func() {
		if r := recover(); r != nil {
			q = -1
			err = "caught"
			fmt.Println("  recovered:", r)
		}
	}()
	q = a / b
	return q, "ok"
}

func safeMod(a, b int) (m int, ok bool) {
	defer func() {
		ok = recover() == nil
	}()
	m = 99
	m = a % b
	return
}

func main() {
	fmt.Println(safeDiv(10, 3))
	fmt.Println(safeDiv(10, 0))
	fmt.Println(safeDiv(-10, 4))
	fmt.Println(safeMod(10, 4))
	fmt.Println(safeMod(10, 0))
}

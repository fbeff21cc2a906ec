package main

import "fmt"

func classify(n int) string {
	switch n {
	case 0:
		return "zero"
	case 1, 2, 3:
		return "small"
	case 10:
		return "ten"
	default:
		return "other"
	}
}

func weekday(d string) int {
	switch d {
	case "sat", "sun":
		return 0
	}
	return 1
}

func main() {
	for i := range 12 {
		fmt.Print(classify(i), " ")
	}
	fmt.Println()
	fmt.Println(weekday("sun"), weekday("mon"), weekday(""))
	switch x := 5; {
	case x > 3:
		fmt.Println("big", x)
	case x > 1:
		fmt.Println("not reached")
	}
}

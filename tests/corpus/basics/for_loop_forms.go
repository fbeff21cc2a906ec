package main

import "fmt"

func main() {
	sum := 0
	for i := 0; i < 10; i++ {
		if i%2 == 0 {
			continue
		}
		sum += i
	}
	fmt.Println("odd sum", sum)
	n := 1
	for n < 1000 {
		n *= 3
	}
	fmt.Println("first power of 3 >= 1000:", n)
	k := 0
	for {
		k++
		if k*k > 50 {
			break
		}
	}
	fmt.Println("k", k)
	for i := range 4 {
		fmt.Print(i, " ")
	}
	fmt.Println()
	cnt := 0
	for range 7 {
		cnt++
	}
	fmt.Println("range 7 ran", cnt)
	lim := 0
	for i := range lim {
		fmt.Println("never", i)
	}
	for i, j := 0, 10; i < j; i, j = i+1, j-2 {
		fmt.Print(i, ":", j, " ")
	}
	fmt.Println()
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			if j > i {
				break
			}
			fmt.Print(i*10+j, " ")
		}
	}
	fmt.Println()
}

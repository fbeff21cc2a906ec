package main

import "fmt"

func main() {
	var n int
	fmt.Scan(&n)
	total := 0
	for i := 0; i < n; i++ {
		var v int
		fmt.Scan(&v)
		total += v
	}
	var word string
	c, err := fmt.Scanln(&word)
	fmt.Println(n, total, word, c, err)
	c, err = fmt.Scan(&word)
	fmt.Println(c, err, word)
	c, err = fmt.Scan(&word)
	fmt.Println(c, err)
}

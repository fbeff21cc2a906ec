// Pins reading structured numeric input from os.Stdin with fmt.Scan: a count, a matrix, then trailing words until EOF, printing row/column sums.
package main

import (
	"fmt"
)

func main() {
	var rows, cols int
	if _, err := fmt.Scan(&rows, &cols); err != nil {
		fmt.Println("header error:", err)
		return
	}
	m := make([][]int, rows)
	colSum := make([]int, cols)
	for i := range m {
		m[i] = make([]int, cols)
		rs := 0
		for j := range m[i] {
			fmt.Scan(&m[i][j])
			rs += m[i][j]
			colSum[j] += m[i][j]
		}
		fmt.Printf("row %d: %v sum=%d\n", i, m[i], rs)
	}
	fmt.Println("cols:", colSum)
	var words []string
	for {
		var w string
		_, err := fmt.Scan(&w)
		if err != nil {
			fmt.Println("stop:", err)
			break
		}
		words = append(words, w)
	}
	fmt.Printf("%d words: %q\n", len(words), words)
}

package main

import "fmt"

func sum(xs []int) int {
	total := 0
	for _, x := range xs {
		total += x
	}
	return total
}

func main() {
	primes := []int{2, 3, 5, 7, 11, 13}
	fmt.Println(primes[0], primes[5], len(primes), cap(primes))
	mid := primes[1:4]
	fmt.Println(mid, len(mid), cap(mid))
	mid[0] = 100
	fmt.Println(primes, sum(primes))
	tail := primes[4:]
	head := primes[:2]
	full := primes[:]
	fmt.Println(tail, head, len(full))
	three := primes[1:3:4]
	fmt.Println(three, len(three), cap(three))
	three = append(three, -1)
	fmt.Println(primes)
	three = append(three, -2)
	three[0] = 0
	fmt.Println(primes, three)
	s := "hello, world"
	fmt.Println(s[7:], s[:5], s[3:8], len(s[2:]))
	grid := [][]int{{1, 2}, {3, 4, 5}, {}}
	fmt.Println(grid, len(grid[1]), grid[1][2])
	grid[2] = append(grid[2], 9)
	fmt.Println(grid)
	for i, row := range grid {
		fmt.Println(i, row, sum(row))
	}
	names := []string{"ann", "bob"}
	names[1] += "!"
	fmt.Println(names, names[0] < names[1])
	counts := make([]int, 3, 10)
	counts[1]++
	counts[2] += 5
	fmt.Println(counts, len(counts), cap(counts))
	dst := make([]int, 2)
	n := copy(dst, primes)
	fmt.Println(n, dst, copy(primes, []int{9, 9, 9}), primes)
}

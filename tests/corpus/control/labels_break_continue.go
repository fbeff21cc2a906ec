package main

import "fmt"

func main() {
	found := 0
outer:
	for i := 0; i < 5; i++ {
		for j := 0; j < 5; j++ {
			if j == 3 {
				continue outer
			}
			if i == 3 {
				break outer
			}
			found += i*10 + j
		}
	}
	fmt.Println("found", found)

	count := 0
loop:
	for i := range 10 {
		switch {
		case i%2 == 0:
			continue loop
		case i == 7:
			break loop
		}
		count += i
	}
	fmt.Println("count", count)

	n := 0
sw:
	switch {
	case n == 0:
		for k := 0; ; k++ {
			if k == 4 {
				break sw
			}
			n += k
		}
	}
	fmt.Println("n", n)
}

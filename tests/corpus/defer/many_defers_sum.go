package main

import "fmt"

func sumTo(n int) (s int) {
	for i := 1; i <= n; i++ {
		defer func() { s += i }()
	}
	return 0
}

func orderCheck(n int) (ok bool) {
	expect := n - 1
	ok = true
	for i := 0; i < n; i++ {
		defer func(v int) {
			if v != expect {
				ok = false
			}
			expect--
		}(i)
	}
	return
}

func main() {
	fmt.Println(sumTo(10), sumTo(1000), sumTo(0))
	fmt.Println(orderCheck(5000))
	total := 0
	for k := 0; k < 100; k++ {
		total += sumTo(k)
	}
	fmt.Println(total)
}

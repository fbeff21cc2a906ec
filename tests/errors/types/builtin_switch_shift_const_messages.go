package main

type I interface{ M() }

const Big = (1<<256 - 1) * (1<<256 + 1)
const _ = Big ^ -1
const _ = ^Big

func main() {
	var x I
	switch _ := x.(type) {
	case string:
	}
	switch {
	case 1 == 1:
	case 2 == 2:
	}
	new = 1
	_ = 1 << -3
	_ = len
}

package main

func f(x int) int {
	if x > 0 {
		return 1
	}
}

func g(x int) int {
	for {
	}
}

func h(x int) int {
	switch x {
	case 1:
		return 1
	}
}

func main() { f(1); g(1); h(1) }

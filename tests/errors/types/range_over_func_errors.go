package main

var (
	one     func(func(int) bool)
	none    func(func() bool)
	noBool  func(func(int))
	notFunc func(int)
	three   func(func(int, int, int) bool)
	results func(func(int) bool) int
)

func main() {
	for k, v := range one {
		_, _ = k, v
	}
	for x := range none {
		_ = x
	}
	for x := range noBool {
		_ = x
	}
	for x := range notFunc {
		_ = x
	}
	for x := range three {
		_ = x
	}
	for x := range results {
		_ = x
	}
	for x := range one {
	}
}

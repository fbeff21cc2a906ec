package main

import "fmt"

func Each(xs ...string) func(func(int, string) bool) {
	return func(yield func(int, string) bool) {
		defer fmt.Println("  iterator cleanup")
		for i, x := range xs {
			if !yield(i, x) {
				return
			}
		}
	}
}

// Deferred calls in the body belong to the enclosing function: they run
// when it returns, after the iterator's own, newest first.
func collect() (out []string) {
	defer func() { out = append(out, "outer defer") }()
	for i, x := range Each("a", "b", "c") {
		defer func() { out = append(out, fmt.Sprint("body defer ", i, x)) }()
		if x == "b" {
			break
		}
	}
	out = append(out, "after loop")
	return out
}

func nested() {
	for i := range Each("x", "y") {
		for j := range Each("p") {
			defer fmt.Println("deferred", i, j)
		}
	}
	fmt.Println("nested done")
}

func recovers() (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered %v", r)
		}
	}()
	for i := range Each("one", "two") {
		defer fmt.Println("cleanup", i)
		if i == 1 {
			panic("stop")
		}
	}
	return nil
}

func main() {
	for _, s := range collect() {
		fmt.Println(s)
	}
	nested()
	fmt.Println(recovers())
}

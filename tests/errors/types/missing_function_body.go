package main

func f(int) string

func (T) g()

type T struct{}

func main() {
	_ = f(1)
	T{}.g()
}

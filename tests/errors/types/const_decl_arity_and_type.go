package main

const a, b = 1
const c = 1, 2
const (
	d, e = 1, 2
	f
)
const g *int = nil
const h []int = 1

func main() {
	const i, j int = 1
	_, _ = i, j
}

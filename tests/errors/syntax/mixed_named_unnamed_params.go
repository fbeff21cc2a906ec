package main

func area(width int, float64) float64 {
	return float64(width)
}

func main() {
	_ = area(2, 3)
}

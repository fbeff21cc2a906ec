package main

func main() {
	x := 1
	switch x {
	case 1, 2:
	case 2:
	case 3, 1:
	}
	s := "a"
	switch s {
	case "a", "b", "a":
	}
}

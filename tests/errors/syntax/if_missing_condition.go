package main

func ready() bool { return true }

func main() {
	if ok := ready(); {
		_ = ok
	}
}

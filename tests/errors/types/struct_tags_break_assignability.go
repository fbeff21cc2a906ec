package main

type A struct {
	X int `json:"x"`
}

type B struct{ X int }

func main() {
	var a A
	var b B = a
	var s struct{ X int } = a
	_, _ = b, s
}

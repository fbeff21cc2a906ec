package main

// append(s, x...) is a call of func(S, ...E) S: a spread needs exactly
// two arguments, and Go says so as for any call, at the last argument or
// the first one too many.

type Bytes []byte

func main() {
	s := []int{1}
	var b Bytes
	_ = append(s...)
	_ = append(s, 2, s...)
	_ = append(b, "x", "yz"...)
	_ = append(b...)
}

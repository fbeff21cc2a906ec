package main

func main() {
	goto L
	var y, z int = 1, 2
	_, _ = y, z
L:
	goto M
	a, b := 1, 2
	_, _ = a, b
M:
	goto N
	{
	N:
	}
	if true {
	P:
	} else {
	Q:
	}
	goto P
	goto Q
	switch {
	case true:
	R:
	}
	goto R
	for range 3 {
	S:
	}
	goto S
}

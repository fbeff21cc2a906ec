package main

import "fmt"

type Box struct {
	Item any
	List []any
}

func main() {
	vals := []any{1, "two", true, nil, []int{3}, uint8(4), Box{}}
	fmt.Printf("%v\n", vals)
	fmt.Printf("%d\n", vals)
	fmt.Printf("%s\n", vals)
	fmt.Printf("%q\n", vals)
	fmt.Printf("%x\n", vals)
	fmt.Printf("%5v|\n", vals)
	fmt.Printf("%T\n", vals)
	b := Box{Item: "in", List: []any{1, nil, "z"}}
	fmt.Printf("%v|%d|%q\n", b, b, b)
	fmt.Printf("%v\n", &b)
	fmt.Printf("%v|%d\n", Box{Item: 7}, Box{Item: []byte("ok")})
	var inner any = []any{[]any{1, 2}, []any{}}
	fmt.Printf("%v|%d|%T\n", inner, inner, inner)
	fmt.Println(vals, b)
	fmt.Printf("%#v\n", []any{1, "a", nil})
}

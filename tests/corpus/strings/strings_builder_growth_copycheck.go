package main

import (
	"fmt"
	"strings"
)

func build(n int) string {
	var sb strings.Builder
	for i := 0; i < n; i++ {
		sb.WriteString("ab")
		sb.WriteByte('-')
		sb.WriteRune('é')
	}
	return sb.String()
}

func main() {
	var sb strings.Builder
	fmt.Println(sb.Len(), sb.Cap(), sb.String() == "")
	sb.WriteString("hello")
	sb.WriteByte(' ')
	n, err := sb.WriteRune('世')
	fmt.Println(n, err)
	sb.Write([]byte("!!"))
	fmt.Println(sb.String(), sb.Len(), sb.Cap())
	for i := 0; i < 20; i++ {
		sb.WriteString("x")
		fmt.Print(sb.Cap(), " ")
	}
	fmt.Println()
	sb.Reset()
	fmt.Println(sb.Len(), sb.Cap())
	sb.Grow(10)
	fmt.Println(sb.Len(), sb.Cap())
	sb.WriteString("abc")
	sb.Grow(100)
	fmt.Println(sb.Len(), sb.Cap(), sb.String())
	b := &strings.Builder{}
	b.WriteString("ptr")
	fmt.Printf("%s %T %T\n", b.String(), b, sb)
	ws := b.WriteString
	ws("+bound")
	fmt.Println(b.String())
	defer func() { fmt.Println("recovered:", recover()) }()
	c := sb
	c.WriteString("boom")
}

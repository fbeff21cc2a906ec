package main

import (
	"fmt"
	"strings"
)

func main() {
	var sb strings.Builder
	fmt.Println(sb.Len(), sb.String() == "")
	sb.Grow(32)
	fmt.Println(sb.Cap() >= 32, sb.Len())
	for i := 0; i < 5; i++ {
		if i > 0 {
			sb.WriteString(", ")
		}
		fmt.Fprintf(&sb, "item%d", i)
	}
	sb.WriteByte(';')
	sb.WriteRune('→')
	sb.Write([]byte("end"))
	fmt.Println(sb.String())
	fmt.Println(sb.Len(), len(sb.String()))
	sb.Reset()
	fmt.Println(sb.Len(), sb.String() == "")
	var table strings.Builder
	rows := [][]string{{"name", "qty"}, {"apple", "3"}, {"kiwi", "12"}}
	for _, r := range rows {
		fmt.Fprintf(&table, "%-8s|%4s\n", r[0], r[1])
	}
	fmt.Print(table.String())
	n, err := sb.WriteString("héllo")
	fmt.Println(n, err)
	n, err = sb.WriteRune('世')
	fmt.Println(n, err)
	fmt.Println(sb.String())
	big := strings.Builder{}
	for i := 0; i < 1000; i++ {
		big.WriteByte(byte('a' + i%26))
	}
	s := big.String()
	fmt.Println(len(s), s[:30], s[len(s)-5:])
	r := strings.NewReader("reader input")
	fmt.Println(r.Len())
	buf := make([]byte, 6)
	k, _ := r.Read(buf)
	fmt.Println(k, string(buf[:k]), r.Len())
	var out strings.Builder
	rb := make([]byte, 100)
	kn, _ := r.Read(rb)
	out.Write(rb[:kn])
	fmt.Printf("%q\n", out.String())
	lines := []string{}
	for _, w := range strings.Fields("a bb ccc dddd") {
		var b strings.Builder
		b.WriteString(strings.Repeat("*", len(w)))
		b.WriteString(" ")
		b.WriteString(w)
		lines = append(lines, b.String())
	}
	fmt.Println(strings.Join(lines, "\n"))
}

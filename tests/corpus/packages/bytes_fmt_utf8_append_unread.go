package main

import (
	"bytes"
	"fmt"
	"unicode/utf8"
)

type P struct{ X, Y int }

func (p P) String() string { return fmt.Sprintf("(%d,%d)", p.X, p.Y) }

func main() {
	b := fmt.Append(nil, "a", 1, 2, "b", P{1, 2})
	b = fmt.Appendf(b, "|%05.1f|%q|", 3.14159, "x")
	b = fmt.Appendln(b, "end", 3)
	fmt.Printf("%q\n", b)

	var u []byte
	for _, r := range []rune{'a', 'é', '世', '🙂', -1, 0xD800, 0x110000} {
		u = utf8.AppendRune(u, r)
	}
	fmt.Printf("%q %d\n", u, len(u))
	for _, c := range []byte("aé世") {
		fmt.Print(utf8.RuneStart(c), " ")
	}
	fmt.Println()

	var buf bytes.Buffer
	fmt.Println(buf.UnreadByte())
	buf.WriteString("héllo")
	fmt.Println(buf.UnreadRune())
	c, _ := buf.ReadByte()
	fmt.Printf("%c %v\n", c, buf.UnreadByte())
	fmt.Println(buf.UnreadByte())
	r, size, _ := buf.ReadRune()
	r, size, _ = buf.ReadRune()
	fmt.Printf("%c %d %v %d\n", r, size, buf.UnreadRune(), buf.Len())
	fmt.Println(buf.UnreadRune())
	line, err := buf.ReadString('l')
	fmt.Printf("%q %v %v %q\n", line, err, buf.UnreadByte(), buf.String())
	p := make([]byte, 2)
	n, _ := buf.Read(p)
	fmt.Println(n, buf.UnreadByte(), buf.String())
	buf.WriteByte('!')
	fmt.Println(buf.UnreadByte(), buf.String())
	buf.Next(1)
	fmt.Println(buf.UnreadByte(), buf.String())
}

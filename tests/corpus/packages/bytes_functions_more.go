package main

import (
	"bytes"
	"fmt"
	"unicode"
)

func main() {
	s := []byte("  Hello, Gophers! Hello!  ")
	fmt.Println(bytes.Contains(s, []byte("Go")), bytes.Count(s, []byte("Hello")), bytes.Index(s, []byte("!")), bytes.LastIndex(s, []byte("Hello")))
	fmt.Printf("%q\n", bytes.TrimSpace(s))
	fmt.Printf("%q\n", bytes.Trim(s, " !"))
	fmt.Printf("%q\n", bytes.ToUpper(s))
	fmt.Printf("%q\n", bytes.ToLower([]byte("ABC")))
	fmt.Printf("%q\n", bytes.Split([]byte("a,b,c"), []byte(",")))
	fmt.Printf("%q\n", bytes.Fields([]byte(" x  y z ")))
	fmt.Printf("%q\n", bytes.Join([][]byte{[]byte("1"), []byte("2")}, []byte("+")))
	fmt.Printf("%q\n", bytes.Replace([]byte("aaaa"), []byte("a"), []byte("b"), 2))
	fmt.Printf("%q\n", bytes.ReplaceAll([]byte("aaaa"), []byte("a"), []byte("bc")))
	fmt.Println(bytes.HasPrefix([]byte("golang"), []byte("go")), bytes.HasSuffix([]byte("golang"), []byte("x")))
	fmt.Println(bytes.Compare([]byte("a"), []byte("b")), bytes.Compare(nil, []byte{}), bytes.Equal(nil, []byte{}))
	fmt.Println(bytes.EqualFold([]byte("Go"), []byte("GO")))
	fmt.Println(bytes.IndexByte([]byte("chicken"), 'k'), bytes.IndexRune([]byte("chicken"), 'k'), bytes.IndexAny([]byte("golang"), "xyzn"))
	fmt.Printf("%q\n", bytes.TrimLeft([]byte("xxabcxx"), "x"))
	fmt.Printf("%q\n", bytes.TrimRight([]byte("xxabcxx"), "x"))
	fmt.Printf("%q\n", bytes.TrimPrefix([]byte("prefix-x"), []byte("prefix-")))
	fmt.Printf("%q\n", bytes.TrimSuffix([]byte("x.go"), []byte(".go")))
	fmt.Printf("%q\n", bytes.Repeat([]byte("ab"), 3))
	fmt.Printf("%q\n", bytes.Map(unicode.ToUpper, []byte("shout")))
	fmt.Printf("%q\n", bytes.FieldsFunc([]byte("a1b2c"), unicode.IsDigit))
	before, after, found := bytes.Cut([]byte("k:v"), []byte(":"))
	fmt.Printf("%q %q %v\n", before, after, found)
	fmt.Println(bytes.ContainsAny([]byte("hello"), "xyz"), bytes.ContainsRune([]byte("hello"), 'l'))
	fmt.Printf("%q\n", bytes.Title([]byte("hello world")))
	fmt.Printf("%q\n", bytes.SplitN([]byte("a b c d"), []byte(" "), 2))
	fmt.Println(bytes.IndexFunc([]byte("abc1"), unicode.IsDigit), bytes.LastIndexByte([]byte("abcabc"), 'b'))
	fmt.Println(string(bytes.Runes([]byte("héllo"))[1]))
	fmt.Printf("%q\n", bytes.TrimFunc([]byte("123abc456"), unicode.IsDigit))
	c := bytes.Clone([]byte("clone"))
	c[0] = 'C'
	fmt.Println(string(c))
	rest, ok := bytes.CutPrefix([]byte("v1.2"), []byte("v"))
	fmt.Println(string(rest), ok)
	var nb []byte
	fmt.Println(bytes.Clone(nb) == nil)
}

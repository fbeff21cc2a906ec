package main

import "fmt"

type Blob []byte

func main() {
	b := []byte("Hi!\n")
	fmt.Printf("%v|%d|%s|%q|%x|%X|% x|%#x|%# X\n", b, b, b, b, b, b, b, b, b)
	fmt.Printf("%#v|%T\n", b, b)
	fmt.Printf("[%8s] [%-8x] [%.2s] [%.2x] [%10q] [%05d]\n", b, b, b, b, b, b)
	fmt.Printf("%c|%o|%b|%U\n", b, b, b, b)
	var nb []byte
	fmt.Printf("%v|%s|%q|%x|%#v|%T\n", nb, nb, nb, nb, nb, nb)
	eb := []byte{}
	fmt.Printf("%v|%#v|[%4x]\n", eb, eb, eb)
	blob := Blob{0xde, 0xad, 0xbe, 0xef}
	fmt.Printf("%v|%d|%x|%X|%s|%q|%#v|%T\n", blob, blob, blob, blob, blob, blob, blob, blob)
	arr := [4]byte{'g', 'o', 0, 255}
	fmt.Printf("%v|%x|%s|%q|%#v|%T\n", arr, arr, arr, arr, arr, arr)
	nested := [][]byte{[]byte("ab"), []byte("c")}
	fmt.Printf("%v|%s|%q|%x|%#v\n", nested, nested, nested, nested, nested)
	fmt.Println(b, blob, arr, nested)
	fmt.Print(b, blob, "\n")
}

// `any` and `interface{}` are one type that messages spell as the source
// did (recover's result is interface{}), and an interface compares with
// a value only when one is assignable to the other.
package main

type I interface{ M() }

func f(xs ...any)         {}

func main() {
	var e interface{}
	var a any
	var i I
	n := 1
	var s1 string = e
	var s2 string = a
	var s3 string = recover()
	var s4 string = map[string]interface{}{}
	_, _, _, _ = s1, s2, s3, s4
	f(e, a)
	_ = i == n
	_ = e == n
	_ = a ^ 1
}

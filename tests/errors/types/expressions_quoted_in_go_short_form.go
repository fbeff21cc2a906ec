// Messages quote expressions as Go's checker prints them, whatever the
// spacing of the source: binary operators spaced, a composite literal's
// elements and a function literal's body shown as `…`, and an expression
// that starts with a slice expression reported at its `[`.
package main

func main() {
	a, b, c := 1, 2, 3
	var s1 string = a*b + c
	var s2 string = []int{1,2}[a:b]
	var s3 string = func() int { return 1 }()
	var s4 string = -a*(b+c)
	var s5 string = struct{a int; b string}{a: 1}
	var s6 string = map[string]interface{ M() }{}
	var s7 string = - -1 + ^2
	_, _, _, _, _, _, _ = s1, s2, s3, s4, s5, s6, s7
	&struct{}{}
	[]int{a}[:]
}

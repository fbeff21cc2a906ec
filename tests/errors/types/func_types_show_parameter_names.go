// A function type in a message shows the parameter and result names it
// was declared with; have/want lines of a method mismatch do not.
package main

type Putter interface{ Put(r rune) bool }

type box struct{}

func (box) Put(c byte) bool { return true }

func sum(x, y int, zs ...int) (total int) { return x + y }

func pair() (a, b int) { return 1, 2 }

func main() {
	var s1 string = sum
	var s2 string = pair
	var s3 string = func(s string, _ int) {}
	var s4 string = func(int) (n int, err error) { return }
	var p Putter = box{}
	_, _, _, _, _ = s1, s2, s3, s4, p
}

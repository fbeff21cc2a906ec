// A goto out of a range-over-func loop body is checked as any goto is:
// never over a declaration, never into a block, never to a missing label.
package main

func seq(yield func(int) bool) {}

func main() {
	for i := range seq {
		if i > 0 {
			goto skip
		}
		goto missing
	}
	x := 1
skip:
	println(x)
	for range seq {
		goto inner
	}
	{
	inner:
	}
}

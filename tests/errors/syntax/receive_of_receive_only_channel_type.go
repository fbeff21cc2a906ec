package main

// Go's parser reads `<-` before a channel type in an expression as it
// reads it in a type: `<-<-chan E` and `<-chan<-E` are no types, and the
// error is where the expression ends (after any comment on the line).

func f(x interface{}) {}

func main() {
	f(<-<-chan int)
	x := <-<-chan int /* a comment */
	_ = x
	y := <-chan<-float64; _ = y
	<-chan<-chan<-int // a comment
	<-<-chan int(nil)
	<-chan<-int(nil)
	var z = <-<-chan<-chan int
	_ = z
}

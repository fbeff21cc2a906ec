// A type switch case that names no type, and a type whose declaration
// is in error, give no further errors where they are used; a constant
// converts between any numeric types it is representable in, and struct
// tags are ignored at any depth when converting.
package main

type a struct{ b }
type b struct{ a }

type S struct{ f func(struct{ x int }) }
type T struct {
	f func(struct {
		x int "tag"
	})
}

func main() {
	var x interface{}
	switch t := x.(type) {
	case 0:
		t.x = 1
	}
	_ = a{}
	_ = int(complex64(int(0)))
	var t T
	_ = S(t)
	_ = int(complex64(1.5i))
}

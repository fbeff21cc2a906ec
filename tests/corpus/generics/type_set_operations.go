// Operations a generic body may use because every type of a type
// parameter's type set allows them: + on numbers and strings, indexing
// slices, arrays and strings alike, appending a string or a byte slice,
// a constraint that is a single type (inferred from an untyped constant),
// and unsafe.Sizeof of a type parameter, which is no constant.
package main

import (
	"fmt"
	"unsafe"
)

type Addable interface {
	~int | ~float64 | ~string
}

func Add[T Addable](a, b T) T { return a + b }

func Third[T interface{ []int64 | [5]int64 }](x T) int64 {
	x[2] = 7
	return x[2] + x[3]
}

func ByteAt[T interface{ []byte | string }](x T, i int) byte { return x[i] }

func AppendBytes[S ~string | ~[]byte](buf []byte, s S) []byte {
	return append(buf, s...)
}

func Twice[T byte](t T) T { return t * 2 }

func Size[T any](t T) uintptr { return unsafe.Sizeof(t) }

type Name string

func main() {
	fmt.Println(Add(1, 2), Add(1.5, 2), Add[Name]("a", "b"))
	fmt.Println(Third([]int64{1, 2, 3, 4}), Third([5]int64{1, 2, 3, 4, 5}))
	fmt.Println(ByteAt("hello", 1), ByteAt([]byte{9, 8}, 0))
	b := AppendBytes(nil, "ab")
	b = AppendBytes(b, []byte("cd"))
	fmt.Println(string(b))
	fmt.Println(Twice(21))
	fmt.Println(Size(int8(1)), Size("s"), Size([3]int32{}), Size(struct{ a, b int64 }{}))
	const str = "a"
	defer func() { fmt.Println("recovered:", recover()) }()
	_ = str[Size(true)]
}

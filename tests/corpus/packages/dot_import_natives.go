// Dot imports of packages gojit implements natively: functions, types
// with their methods, constants and variables, used unqualified; locals
// shadow them, and package-level declarations use them.
package main

import (
	"fmt"
	. "math"
	. "strconv"
	. "strings"
	. "time"
	. "unsafe"
)

type pair struct {
	a int8
	b int64
}

// Package-level uses of dot-imported names.
var loud = ToUpper("package level")

const half = MaxInt32 / 2

type wrapped struct {
	Builder
	n int
}

type span = Duration

func main() {
	fmt.Println(loud, half, Pi > 3, MaxInt8)
	fmt.Printf("%.4f %.4f %v\n", Sqrt(2), Floor(-1.5), IsInf(Inf(-1), -1))
	fmt.Println(Fields(" a  b c "), Repeat("ab", 3), HasPrefix("gojit", "go"))

	// A type, its methods, method values and method expressions.
	var b Builder
	b.WriteString("built")
	add := b.WriteString
	add("+value")
	(*Builder).WriteString(&b, "+expr")
	fmt.Println(b.String(), b.Len())
	var w wrapped
	w.WriteString("embedded")
	fmt.Println(w.String(), w.Builder.Len(), w.n)
	r := NewReplacer("a", "o")
	fmt.Println(r.Replace("banana"))

	// Functions as values.
	f := ToUpper
	apply := func(g func(string) string, s string) string { return g(s) }
	fmt.Println(f("fn value"), apply(ToLower, "LOWER"), apply(TrimSpace, "  t  "))

	// strconv: results, errors and their type.
	n, err := Atoi("42")
	fmt.Println(n, err, Itoa(-7)+FormatInt(5, 2), Quote("q"), IntSize)
	_, err = ParseInt("zz", 10, 64)
	if ne, ok := err.(*NumError); ok {
		fmt.Println(ne.Func, ne.Num, ne.Err == ErrSyntax)
	}

	// time: typed constants and a named type with methods.
	var d span = 90 * Minute
	fmt.Println(d, d.Hours(), Duration(1500)*Millisecond, Second > Millisecond)
	Sleep(Microsecond)

	// unsafe's builtins.
	fmt.Println(Sizeof(pair{}), Offsetof(pair{}.b), Alignof(int32(0)))

	// Locals shadow dot-imported names.
	{
		ToUpper := func(s string) string { return "shadowed " + s }
		Pi := 3
		fmt.Println(ToUpper("call"), Pi)
	}
	fmt.Println(ToUpper("unshadowed"), Pi)
}

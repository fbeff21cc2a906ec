// Pins fmt's map key ordering: ints/uints numeric, strings lexical, floats with NaN first, bools false-first, pointers excluded, structs/arrays field-wise, and Stringer keys ordered by value not String().
package main

import (
	"fmt"
	"math"
)

type K struct {
	A int
	B string
}

type Named int

func (n Named) String() string { return fmt.Sprintf("z%d", 10-int(n)) }

func main() {
	fmt.Println(map[int]string{10: "a", -5: "b", 3: "c", 0: "d"})
	fmt.Println(map[uint8]bool{200: true, 1: false, 99: true})
	fmt.Println(map[string]int{"b": 1, "B": 2, "a": 3, "": 4, "aa": 5})
	fmt.Println(map[float64]int{math.NaN(): 1, math.Inf(-1): 2, 0: 3, -1.5: 4, math.Inf(1): 5})
	fmt.Println(map[bool]string{true: "t", false: "f"})
	fmt.Println(map[K]int{{2, "a"}: 1, {1, "b"}: 2, {1, "a"}: 3})
	fmt.Println(map[[2]int]string{{2, 1}: "x", {1, 9}: "y", {1, 2}: "z"})
	fmt.Println(map[Named]int{1: 1, 5: 5, 3: 3})
	fmt.Printf("%v %d %#v\n", map[Named]string{2: "two"}, map[Named]int{4: 4}, map[Named]int{4: 4})
	fmt.Println(map[rune]int{'b': 1, 'a': 2}, map[int8]int{-128: 1, 127: 2})
	fmt.Printf("%+v\n", map[string]K{"x": {1, "q"}})
	fmt.Println(map[complex128]int{complex(1, 2): 1, complex(1, 1): 2, complex(0, 5): 3})
}

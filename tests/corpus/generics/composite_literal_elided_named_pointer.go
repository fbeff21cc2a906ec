// Inside a composite literal, an element whose type is a defined pointer
// type (`type PS *S`), or a type parameter with such a core type, may
// elide `&S` as it may for `*S`.
package main

import "fmt"

type (
	S  struct{ f int }
	PS *S
)

type Grid [2]int

type PG *Grid

func named() []PS { return []PS{{f: 1}, {f: 2}} }

func inMap() map[string]PG { return map[string]PG{"a": {3, 4}} }

func viaTypeParam[P *S]() []P { return []P{{f: 5}} }

func viaNamedConstraint[P PS]() []P { return []P{{f: 6}, nil} }

func main() {
	for _, p := range named() {
		fmt.Print(p.f, " ")
	}
	fmt.Println(*inMap()["a"])
	fmt.Println(viaTypeParam[*S]()[0].f, viaNamedConstraint[PS]()[0].f)
	fmt.Printf("%T %T\n", named()[0], viaNamedConstraint[PS]())
}

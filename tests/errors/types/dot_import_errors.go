package main

// A dot import declares the package's exported members in the file, not
// the package's name; one nothing uses is not used.

import (
	. "fmt"
	. "slices"
	"strings"
	. "unicode/utf8"
)

func main() {
	Println(strings.ToUpper("x"), Contains([]int{1}, 1))
	fmt.Println("qualified")
	f := Index
	_ = f
	var Contains = strings.ToLower
	_ = Contains("Z")
	sprintf("lowercase names are not imported")
	Printf("%v\n", Sort[[]int] == nil)
	_ = slices.Max([]int{1})
}

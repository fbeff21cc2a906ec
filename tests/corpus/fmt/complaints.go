package main

import "fmt"

type Pair struct {
	A int
	B string
}

func main() {
	fmt.Printf("%d|%s|%t|%c|%x\n", "hi", 5, 1, "c", true)
	fmt.Printf("%z|%!|%é|%Z\n", 5, "s", 7, true)
	fmt.Printf("%10z|%-6y|%+w\n", 5, "ab", 3)
	fmt.Printf("%d\n", Pair{1, "x"})
	fmt.Printf("%s\n", []any{1, "a", true})
	fmt.Printf("%e|%f|%g\n", 1, "s", true)
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%d\n", 1, 2)
	fmt.Printf("%d\n", 1, 2, "a", nil, []int{3})
	fmt.Printf("no verbs\n", "extra")
	fmt.Printf("%s %v %q\n")
	fmt.Printf("trailing %")
	fmt.Println()
	fmt.Printf("flags only %-+#0")
	fmt.Println()
	fmt.Printf("width only %12")
	fmt.Println()
	fmt.Printf("%.\n", 3)
	fmt.Printf("%.x\n", 0)
	fmt.Printf("%!(EXTRA)\n")
	s := fmt.Sprintf("%d%s", 3)
	fmt.Println(s, len(s))
	fmt.Printf("%w|%#w\n", 1, "e")
}

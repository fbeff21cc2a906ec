// Pins fmt's error annotations: wrong verb types, %!(EXTRA ...), %!v(MISSING), %!(NOVERB), bad arg index, and non-int '*' widths.
package main

import (
	"errors"
	"fmt"
)

type S struct{ X int }

func main() {
	fmt.Printf("%d\n", "hi")
	fmt.Printf("%s\n", 42)
	fmt.Printf("%x %z\n", 3.5, 7)
	fmt.Printf("%t %t\n", 1, "x")
	fmt.Printf("%d\n", S{5})
	fmt.Printf("%s\n", S{5})
	fmt.Printf("%d %d\n", 1)
	fmt.Printf("%d\n", 1, 2, "three")
	fmt.Printf("no verbs\n", 1.5)
	fmt.Printf("%")
	fmt.Println()
	fmt.Printf("%[3]d %d\n", 1, 2)
	fmt.Printf("%[0]d\n", 1)
	fmt.Printf("%[x]d\n", 1)
	fmt.Printf("%*d\n", "w", 5)
	fmt.Printf("%.*d\n", 2.0, 5)
	fmt.Printf("%c %U\n", "s", 1.5)
	fmt.Printf("%e\n", "str")
	fmt.Printf("%d\n", nil)
	fmt.Printf("%s %v\n", nil, nil)
	fmt.Printf("%d\n", []string{"a"})
	fmt.Printf("%s\n", errors.New("boom"))
	fmt.Printf("%!\n")
	fmt.Printf("%-\n")
	var p *S
	fmt.Printf("%d %s\n", p, p)
	fmt.Println(fmt.Sprintf("%d%%", 50), fmt.Sprintf("%5%"), fmt.Sprintf("%[1]d %[1]q", 65))
	fmt.Printf("%.2s|%3.1q|\n", true, 'x')
	fmt.Printf("%v %v\n", 1)
}

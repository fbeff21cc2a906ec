// Pins width/precision/flag handling: -, +, 0, space, #, '*' widths (including negative), precision on ints and strings, and explicit argument indexes.
package main

import "fmt"

func main() {
	fmt.Printf("[%5d][%-5d][%05d][%+5d][% 5d][%-+5d]\n", 42, 42, 42, 42, 42, 42)
	fmt.Printf("[%5d][%05d][%.3d][%8.3d][%-8.3d][%08.3d]\n", -42, -42, 7, 7, 7, 7)
	fmt.Printf("[%*d][%-*d][%*d]\n", 6, 1, 6, 2, -6, 3)
	fmt.Printf("[%.*f][%*.*f]\n", 2, 3.14159, 10, 3, 2.71828)
	fmt.Printf("[%10s][%-10s][%.2s][%10.3s][%-10.3s|]\n", "hello", "hello", "hello", "hello", "hello")
	fmt.Printf("[%x][% x][%#x][%# x][%X][% X]\n", "hi!", "hi!", "hi!", "hi!", []byte("hi!"), []byte{1, 171})
	fmt.Printf("[%08.3f][%-8.3f|][%+.2e][% .3g][%#g][%#.3g]\n", 3.14159, 3.14159, 12345.678, 0.000123, 1.0, 2.0)
	fmt.Printf("%[2]d %[1]d %d\n", 10, 20)
	fmt.Printf("%[3]*.[2]*[1]f|\n", 12.0, 2, 6)
	fmt.Printf("%d %d %#[1]x %#x\n", 16, 17)
	fmt.Printf("[%6.2f%%]\n", 99.5)
	fmt.Printf("[%q][%+q][%#q][%#q]\n", "héllo\n", "héllo", "back`tick", "plain")
	fmt.Printf("[%5t][%-6t|][%v]\n", true, false, true)
	fmt.Printf("[%05s][%-05d][%+05d]\n", "ab", 3, 3)
	fmt.Printf("[%3c][%-3c|][%03c]\n", 'x', 'y', 'z')
	fmt.Printf("[%10v][%-10v|]\n", []int{1, 2}, []int{3})
	fmt.Printf("[%6.2v][%.0f][%.0f][%.0f]\n", 3.14159, 0.5, 1.5, 2.5)
}

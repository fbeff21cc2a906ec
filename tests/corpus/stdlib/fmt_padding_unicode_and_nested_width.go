// Pins fmt width/precision measured in runes for multibyte strings, padding of %q/%x/%v on composite values element-wise, and precision truncation of strings/byte slices.
package main

import "fmt"

type pt struct{ X, Y int }

func main() {
	for _, s := range []string{"abc", "héllo", "世界", "😀x", ""} {
		fmt.Printf("[%6s][%-6s][%.2s][%6.1s][%8q][%-8q|][%x][%.1x]\n", s, s, s, s, s, s, s, s)
	}
	fmt.Printf("[%4d][%-4d][%04d]\n", []int{1, 22}, [2]int{3, 4}, []int{5})
	fmt.Printf("[%6.2f][%x][%X]\n", []float64{1.234, 5}, []string{"ab", "c"}, []uint16{255, 4096})
	fmt.Printf("[%5v][%-5v|][%05v]\n", pt{1, 2}, pt{3, 4}, pt{5, 6})
	fmt.Printf("[%3v][%q][%5q]\n", map[string]int{"a": 1}, map[string]string{"k": "v"}, []rune{'a', 'é'})
	fmt.Printf("[%6.3v][%.1v][%.0s]\n", "abcdef", []string{"xyz", "uvw"}, "gone")
	fmt.Printf("[%08b][%-8o|][%#8x][%#-8X|][%+.3d][% 05d]\n", 5, 8, 255, 255, 9, 42)
	fmt.Printf("[%x][%X][% x][%#x]\n", -255, int8(-1), []int{-1, 16}, -16)
	fmt.Printf("[%10.4e][%-12G|][%+010.3f]\n", 123456.789, 1e-10, -2.5)
	fmt.Printf("[%c%c%c][%-4c|][%4U]\n", 0x48, 0x69, 0x21, '世', 'x')
	fmt.Printf("[%t][%6t][%v]\n", []bool{true, false}, true, [0]int{})
	fmt.Printf("[%2v][%-10v|]\n", &pt{7, 8}, &[]int{1})
	fmt.Printf("[%v][%+v][%d]\n", &map[string]int{"z": 1}, &[2]string{"p", "q"}, &[]int{4})
	fmt.Printf("%v %v\n", [][2]int{{1, 2}, {3, 4}}, map[pt]string{{2, 1}: "b", {1, 2}: "a"})
}

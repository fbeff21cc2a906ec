// Pins assorted fmt corner cases: %w outside Errorf, nil errors in slices, %[n]* widths, flag combinations (%-#x, %+#v, %08s), %q variants on runes, %g exponent thresholds, %.0e/%#.0f, and Print spacing between non-string operands.
package main

import (
	"errors"
	"fmt"
	"os"
	"strings"
)

type E struct{ msg string }

func (e *E) Error() string { return e.msg }

type W struct{ v int }

func (w W) String() string { return fmt.Sprintf("W%d", w.v) }

func main() {
	fmt.Println(fmt.Sprintf("%w", errors.New("x")))
	fmt.Printf("%v %v\n", []error{nil, errors.New("a")}, [1]fmt.Stringer{})
	fmt.Printf("%[2]*[1]d|\n", 5, 8)
	fmt.Printf("%-#10x|%#-10o|\n", 255, 8)
	fmt.Printf("%+#v\n", W{1})
	fmt.Printf("%s %v %d\n", []W{{1}, {2}}, map[W]int{{2}: 1, {1}: 2}, []W{{3}})
	fmt.Printf("%x %X\n", W{10}, "W")
	var e *E
	var err error = e
	fmt.Println(err == nil)
	fmt.Printf("%v\n", struct{ Err error }{errors.New("inner")})
	fmt.Printf("%08.3e|%-+8.2f|%+-8d|\n", 1234.5, 2.0, 5)
	fmt.Printf("%6.3q|%.1q|\n", "abcdef", 'x')
	fmt.Printf("%q %+q %#q %#+q\n", 'é', 'é', 'é', '\n')
	fmt.Printf("%v %.3v %10.4v|\n", 1.0/3, 1.0/3, 123.456789)
	fmt.Printf("%v\n", [][]string{{"a"}, {}})
	fmt.Printf("%s\n", strings.Repeat("=", 3))
	fmt.Printf("%d %s\n", []any{1, "a"}, []any{1, "a"})
	fmt.Printf("%.2f\n", []any{1.234, 2})
	fmt.Printf("%v|%s|%d\n", true, true, true)
	fmt.Printf("%08s|%-08s|%08q\n", "ab", "ab", "ab")
	fmt.Printf("%+.3s|% s|%#s\n", "abcdef", "x", "y")
	fmt.Printf("%x|% X|%#X\n", []byte{}, []byte{0xAB, 0xCD}, []byte{1})
	fmt.Printf("%c|%c\n", -1, 0x110000)
	fmt.Printf("%U|%#U\n", -1, 0x110000)
	fmt.Printf("%b %o %x\n", -5, -8, -255)
	fmt.Printf("%e %g\n", 0.0, -0.0)
	fmt.Printf("%.0e %.0g %#.0f %#.0e\n", 5.5, 5.5, 5.0, 5.0)
	fmt.Printf("%g %g %g %g\n", 1e-4, 1e-5, 1e20, 1e21)
	fmt.Printf("%G %E\n", 1e-10, 1e100)
	fmt.Printf("%.3g %.10g %g\n", 1234567.0, 1.0/3, float32(0.1))
	fmt.Printf("%6.2f%%|%3c|%-3c|\n", 12.345, 'a', 'b')
	fmt.Fprint(os.Stdout, 1, 2, "x", 3, "\n")
	fmt.Print("a", "b", 1, 2, true, false, nil, 1.5, "\n")
	fmt.Print(1, 2)
	fmt.Print("\n")
	fmt.Print(W{1}, W{2}, "\n")
	fmt.Print(errors.New("e1"), errors.New("e2"), "\n")
}

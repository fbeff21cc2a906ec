// Pins fmt.Errorf with mixed verbs and %w (including non-error and nil operands), fmt.Append/Appendf/Appendln, Fprint/Fprintln/Fprintf to a Builder and to os.Stderr, and Sprint spacing rules between operands.
package main

import (
	"errors"
	"fmt"
	"os"
	"strings"
)

func main() {
	base := errors.New("disk full")
	e := fmt.Errorf("write %q (%d bytes, %.1f%%): %w", "f.txt", 1024, 99.5, base)
	fmt.Println(e, errors.Unwrap(e) == base)
	e2 := fmt.Errorf("%w; also %w; and %v", base, errors.New("second"), errors.New("third"))
	fmt.Println(e2, errors.Unwrap(e2) == nil)
	e3 := fmt.Errorf("wrap nil: %w", nil)
	fmt.Println(e3)
	e4 := fmt.Errorf("not error: %w", 42)
	fmt.Println(e4, errors.Unwrap(e4) == nil)
	fmt.Printf("%T %T %T\n", e, e2, errors.New("x"))
	b := fmt.Append(nil, "a", 1, 2, "b")
	b = fmt.Appendf(b, "|%03d|", 5)
	b = fmt.Appendln(b, "end", 3.5)
	fmt.Printf("%q\n", b)
	var sb strings.Builder
	n, err := fmt.Fprint(&sb, "x", 1, true, nil, 'c')
	fmt.Println(n, err, sb.String())
	sb.Reset()
	n, err = fmt.Fprintln(&sb, "x", 1, true)
	fmt.Printf("%d %v %q\n", n, err, sb.String())
	fmt.Fprintln(os.Stderr, "to stderr", 1)
	fmt.Fprintf(os.Stderr, "err %s %d\n", "line", 2)
	fmt.Println(fmt.Sprint(1, 2), fmt.Sprint("a", "b"), fmt.Sprint(1, "a", 2), fmt.Sprint(1.5, 2.5), fmt.Sprint([]int{1}, []int{2}), fmt.Sprint(errors.New("e1"), errors.New("e2")))
	fmt.Println(fmt.Sprint(true, false), fmt.Sprint('a', 'b'), fmt.Sprint(nil, 1), fmt.Sprint("", ""), fmt.Sprintln("a", "b") == "a b\n")
	n, err = fmt.Println("count me", 12)
	fmt.Println(n, err)
	n, err = fmt.Printf("%5s|\n", "é")
	fmt.Println(n, err)
}

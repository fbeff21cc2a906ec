package main

import (
	"errors"
	"fmt"
	"os"
	"strings"
)

type T struct{ a int }

func main() {
	fmt.Print("a", "b", 1, 2, "c", 3.5, true, "\n")
	fmt.Print(1, 2, "\n")
	fmt.Print("x", 1, "\n")
	fmt.Print(T{1}, T{2}, "\n")
	fmt.Print(nil, nil, "\n")
	fmt.Print([]int{1}, []int{2}, "\n")
	fmt.Println("a", "b", 1, 2, true, nil, 3.0, 'x')
	fmt.Println()
	var sb strings.Builder
	n, err := fmt.Fprint(&sb, "n=", 5, 6)
	fmt.Println(n, err, sb.String())
	n, err = fmt.Fprintln(&sb, "tail", 7)
	fmt.Printf("%d %v %q\n", n, err, sb.String())
	n, err = fmt.Fprintf(&sb, "%05.1f", 3.14159)
	fmt.Println(n, err, sb.String())
	fmt.Fprintln(os.Stdout, "direct", "stdout")
	fmt.Fprintf(os.Stdout, "%s=%d\n", "k", 9)
	fmt.Println(fmt.Sprint(1, 2), fmt.Sprint("1", "2"), fmt.Sprint(1, "2", 3))
	fmt.Println(fmt.Sprintln("x") == "x\n")
	fmt.Println(fmt.Sprint(errors.New("e1"), errors.New("e2")))
	fmt.Println(fmt.Sprint(int8(1), uint(2), float32(0.5)))
	fmt.Println(fmt.Sprint(T{1}, 2), fmt.Sprint(2, T{1}))
	fmt.Println(fmt.Sprintf("%v", []any{1, "a", nil, []int(nil), map[string]int(nil)}))
	fmt.Println(fmt.Sprintf("%s", 42), fmt.Sprintf("%d", "s"), fmt.Sprintf("%z", 1))
	fmt.Println(fmt.Sprintf("%!d", 1), fmt.Sprintf("%[2]d %[1]d", 1, 2), fmt.Sprintf("%[3]d", 1))
	fmt.Println(fmt.Sprintf("%v %v", struct{}{}, [0]int{}))
}

package main

import "fmt"

type Word string
type Num int

func main() {
	s := fmt.Sprint("a", 1, 2, "b", "c", 3, true, false)
	fmt.Println(s)
	fmt.Println(fmt.Sprint(Word("w"), Num(1), Num(2), Word("x"), Word("y")))
	fmt.Println(fmt.Sprint([]int{1}, []int{2}, "s", []string{"t"}))
	fmt.Println(fmt.Sprint(nil, nil, "n", nil))
	fmt.Println(fmt.Sprint())
	fmt.Println(fmt.Sprint("", ""), len(fmt.Sprint("", "")))
	ln := fmt.Sprintln("a", 1, Word("w"), []byte("hi"), nil)
	fmt.Print(ln)
	fmt.Println(len(ln), len(fmt.Sprintln()))
	fmt.Print("x", 1, 2, "y\n")
	fmt.Print(1, 2)
	fmt.Print("\n")
	fmt.Println("%d is not a verb here", 5)
	fmt.Print("%d", 5, "\n")
	type inner struct {
		A int
		B []string
	}
	fmt.Println(inner{1, []string{"p", "q"}}, &inner{2, nil})
}

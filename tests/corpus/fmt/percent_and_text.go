package main

import "fmt"

func main() {
	fmt.Printf("100%%\n")
	fmt.Printf("%%d %d %%\n", 3)
	fmt.Printf("[%5%] [%-5%] [%05%] [%.3%] [%+%]\n")
	fmt.Printf("%%%d%%\n", 7)
	fmt.Printf("héllo %s wörld\n", "ü")
	fmt.Printf("")
	fmt.Printf("tabs\tand\nnewlines %d\n", 1)
	s := fmt.Sprintf("%s=%d;", "k", 1) + fmt.Sprintf("%q", "v")
	fmt.Println(s, len(s))
	fmt.Printf("%v%v%v\n", 1, "", 2)
	fmt.Printf("%d%%%d\n", 10, 3)
	fmt.Printf("%5s|%-5s|%5d|%-5d|\n", "ab", "cd", 12, 34)
	n, err := fmt.Printf("counted %d\n", 12345)
	fmt.Println(n, err)
}

package main

import "fmt"

func main() {
	fmt.Printf("[%5d] [%-5d] [%05d] [%+d] [% d] [%x] [%X] [%#x] [%o] [%#o] [%O] [%b]\n", 42, 42, 42, 42, 42, 255, 255, 255, 8, 8, 8, 5)
	fmt.Printf("[%5d] [%05d] [%+05d] [%-+5d]\n", -42, -42, 42, 42)
	fmt.Printf("[%8.3f] [%-8.3f] [%08.3f] [%+.2f] [%.0f] [%e] [%E] [%.3g] [%g] [%G]\n", 3.14159, 3.14159, -3.14159, 2.5, 2.5, 123456.789, 0.000123, 123456.789, 1e-7, 1e21)
	fmt.Printf("[%10s] [%-10s] [%.3s] [%10.2s] [%q] [%-8q] [%x] [% x] [%X]\n", "go", "go", "golang", "golang", "hi", "a", "hi", "hi", "Hi")
	fmt.Printf("[%c] [%U] [%#U] [%q] [%d]\n", 'G', 'G', '☺', 'x', 'A')
	fmt.Printf("[%t] [%6t] [%-6t]\n", true, false, true)
	fmt.Printf("[%*d] [%-*d] [%.*f]\n", 6, 7, 6, 7, 2, 3.14159)
	fmt.Printf("[%v] [%6.2v] [%#v] [%T]\n", 1.5, 3.14159, 1.0, 1.5)
	fmt.Printf("[%x] [%X] [%#v] [%v]\n", []byte{1, 171}, []byte("az"), []byte{1, 2}, []byte{1, 2})
	fmt.Printf("[%d] [%v] [%x] [%q]\n", []int{1, 2, 3}, []string{"a", "b"}, []int{10, 11}, []string{"a", "b"})
	fmt.Printf("[%3c|%-3c]\n", 'a', 'b')
	fmt.Printf("[%08b] [%#b] [%x] [%#X]\n", 5, 5, -255, 3054)
	fmt.Printf("[%5.1f%%]\n", 99.5)
	fmt.Printf("%d %s\n", "str", 5)
	fmt.Printf("%d\n")
	fmt.Printf("%d %d\n", 1, 2, 3)
	fmt.Printf("%!\n", 1)
	fmt.Printf("[%v] [%+v] [%d]\n", nil, nil, nil)
	fmt.Printf("[%6.2f] [%-8.3e] [%+.1e]\n", 1234.5678, 0.00012345, -98765.4321)
	fmt.Printf("[%x] [%.2x]\n", 3.5, "abcdef")
	fmt.Printf("[%10.4v] [%-10v]\n", "abcdefgh", 12)
	fmt.Printf("[%v] [%.2f] [%8.3v]\n", 1+2i, 1.5-2.25i, 3i)
	fmt.Printf("[%q] [%+q] [%#q]\n", "héllo\n", "héllo", "back`tick")
	fmt.Printf("[%v] [%d] [%s]\n", int8(-5), uint16(65535), fmt.Sprint(uint64(1<<63)))
	s := fmt.Sprintf("%-4s|%4s|", "ab", "cd")
	fmt.Println(s, len(s))
	fmt.Println(fmt.Sprint("a", 1, 2, "b", "c", 3.0, nil))
	fmt.Println(fmt.Sprintln("a", 1, true) + "|")
}

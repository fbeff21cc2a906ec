package main

import "fmt"

func reverse(s string) string {
	rs := []rune(s)
	for i, j := 0, len(rs)-1; i < j; i, j = i+1, j-1 {
		rs[i], rs[j] = rs[j], rs[i]
	}
	return string(rs)
}

func main() {
	s := "héllo, 世界!"
	fmt.Println(len(s), s[0], s[1], s[2], string(s[0]))
	for i, r := range s {
		fmt.Print(i, ":", string(r), "(", r, ") ")
	}
	fmt.Println()
	count := 0
	for range "añb" {
		count++
	}
	fmt.Println(count, reverse(s), reverse(""))
	b := []byte("abc")
	b[0] = 'X'
	b = append(b, '!', 'z'-1)
	fmt.Println(b, string(b), len(b))
	fmt.Println([]rune("añ"), string([]rune{72, 105, 0x1F600}), string(rune(-1)), string(rune(0x10FFFF+1)) == "\uFFFD")
	bad := "a\xffb\xe4\xb8"
	for i, r := range bad {
		fmt.Print(i, "=", r, " ")
	}
	fmt.Println(len([]rune(bad)))
	upper := ""
	for _, c := range "shout" {
		upper += string(c - 'a' + 'A')
	}
	fmt.Println(upper)
	var sum byte
	for i := 0; i < len(s); i++ {
		sum += s[i]
	}
	fmt.Println(sum)
	defer func() { fmt.Println("recovered:", recover()) }()
	k := 20
	fmt.Println(s[k])
}

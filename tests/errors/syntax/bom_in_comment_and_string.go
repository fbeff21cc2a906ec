package main

import "fmt"

func main() {
	// a byte order mark ﻿ in a comment
	fmt.Println("and ﻿ in a string")
}

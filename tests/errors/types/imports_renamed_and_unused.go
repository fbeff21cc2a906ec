// An unused import renamed to other than its package's name is reported
// with the name it was given; one renamed to its own name, or blank, is
// not.
package main

import (
	f "fmt"
	_ "os"
	strings "strings"
	str "strconv"
	u8 "unicode/utf8"
)

func main() {
	_ = u8.RuneLen('x')
}

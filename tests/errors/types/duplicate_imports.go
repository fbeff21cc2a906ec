// Two imports under one name: the second is redeclared in the file block,
// and, declared nowhere, it is also unused; both errors are at the same
// place, as Go reports them.
package main

import (
	"strings"
	"strings"
	s "os"
	s "strconv"
)

func main() {
	_ = strings.ToUpper
	_ = s.Args
}

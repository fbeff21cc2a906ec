// log.Fatalf writes its line to standard error and exits with status 1;
// deferred calls do not run.
package main

import (
	"fmt"
	"log"
)

func main() {
	defer fmt.Println("not printed")
	log.SetFlags(0)
	log.SetPrefix("tool: ")
	fmt.Println("before")
	log.Fatalf("cannot open %s: %v", "x.txt", fmt.Errorf("no such file"))
}

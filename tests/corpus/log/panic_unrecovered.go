// An unrecovered log.Panic: the line on standard error, then Go's panic
// report with the message, exit status 2.
package main

import "log"

func main() {
	log.SetFlags(log.Lmsgprefix)
	log.SetPrefix("app: ")
	log.Panic("out of ", "cheese")
}

// The blank identifier is no package name.
package _

func main() {}

// path.Match and filepath.Match: stars, '?', classes with ranges and
// negation, escapes, '/' that no wildcard crosses, and malformed patterns
// (path checks the rest of the pattern after a failed match, filepath does
// not); then many generated patterns, summed up.
package main

import (
	"errors"
	"fmt"
	"path"
	"path/filepath"
)

var seed uint32 = 2024

func next() uint32 {
	seed = seed*1664525 + 1013904223
	return seed >> 8
}

func gen(alpha string, max int) string {
	b := make([]byte, next()%uint32(max+1))
	for i := range b {
		b[i] = alpha[next()%uint32(len(alpha))]
	}
	return string(b)
}

func main() {
	cases := [][2]string{
		{"abc", "abc"}, {"*", "abc"}, {"*c", "abc"}, {"a*", "a"}, {"a*", "ab/c"},
		{"a*/b", "abc/b"}, {"a*b*c*d*e*/f", "axbxcxdxe/f"}, {"a*b*c*d*e*/f", "axbxcxdxexxx/f"},
		{"a*b?c*x", "abxbbxdbxebxczzx"}, {"a*b?c*x", "abxbbxdbxebxczzy"},
		{"ab[c]", "abc"}, {"ab[b-d]", "abc"}, {"ab[e-g]", "abc"}, {"ab[^c]", "abc"},
		{"ab[^b-d]", "abc"}, {"ab[^e-g]", "abc"}, {"a\\*b", "a*b"}, {"a\\*b", "ab"},
		{"a?b", "a☺b"}, {"a[^a]b", "a☺b"}, {"a???b", "a☺b"}, {"a[^a][^a][^a]b", "a☺b"},
		{"[a-ζ]*", "α"}, {"*[a-ζ]", "A"}, {"a?b", "a/b"}, {"a*b", "a/b"},
		{"[\\]a]", "]"}, {"[\\-]", "-"}, {"[x\\-]", "x"}, {"[x\\-]", "-"}, {"[x\\-]", "z"},
		{"[\\-x]", "x"}, {"[\\-x]", "-"}, {"[\\-x]", "a"}, {"[]a]", "]"}, {"[-]", "-"},
		{"[x-]", "x"}, {"[x-]", "-"}, {"[x-]", "z"}, {"[-x]", "x"}, {"[-x]", "-"},
		{"[-x]", "a"}, {"\\", "a"}, {"[a-b-c]", "a"}, {"[", "a"}, {"[^", "a"},
		{"[^bc", "a"}, {"a[", "a"}, {"a[", "ab"}, {"a[", "x"}, {"a/b[", "x"},
		{"*x", "xxx"}, {"[/]", "/"}, {"[^a]", "/"}, {"a*[", "ab"}, {"x*[", "ab"},
		{"a\\", "a"}, {"", ""}, {"", "a"}, {"a", ""}, {"**", "ab"}, {"*/*", "a/b"},
		{"*.go", "main.go"}, {"*.go", ".go"}, {"[!a]", "b"}, {"[a-c]x[^z]", "bxy"},
	}
	for _, c := range cases {
		m, err := path.Match(c[0], c[1])
		fm, ferr := filepath.Match(c[0], c[1])
		fmt.Printf("%-16q %-20q path: %-5v %v  filepath: %-5v %v\n", c[0], c[1], m, err, fm, ferr)
	}

	_, perr := path.Match("[", "")
	_, ferr := filepath.Match("[", "")
	fmt.Println(perr == path.ErrBadPattern, ferr == filepath.ErrBadPattern,
		errors.Is(perr, filepath.ErrBadPattern), path.ErrBadPattern == filepath.ErrBadPattern)

	// Generated patterns: how many match, how many are malformed for each,
	// and a hash of every answer.
	var matches, pbad, fbad int
	hash := uint32(2166136261)
	for i := 0; i < 5000; i++ {
		p := gen("ab/*?[]^-\\", 7)
		n := gen("ab/-]", 4)
		m, err := path.Match(p, n)
		fm, ferr := filepath.Match(p, n)
		if m {
			matches++
		}
		if err != nil {
			pbad++
		}
		if ferr != nil {
			fbad++
		}
		for _, b := range []bool{m, err != nil, fm, ferr != nil} {
			hash *= 16777619
			if b {
				hash ^= 1
			}
		}
	}
	fmt.Println(matches, pbad, fbad, hash)
}

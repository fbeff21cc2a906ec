package main

import (
	"bytes"
	"fmt"
	"io"
	"strings"
)

type upper struct{ r io.Reader }

func (u upper) Read(p []byte) (int, error) {
	n, err := u.r.Read(p)
	copy(p, bytes.ToUpper(p[:n]))
	return n, err
}

type countingWriter struct {
	n     int
	calls int
}

func (c *countingWriter) Write(p []byte) (int, error) {
	c.n += len(p)
	c.calls++
	return len(p), nil
}

type slowReader struct {
	data []byte
}

func (s *slowReader) Read(p []byte) (int, error) {
	if len(s.data) == 0 {
		return 0, io.EOF
	}
	p[0] = s.data[0]
	s.data = s.data[1:]
	return 1, nil
}

func readAll(r io.Reader) (string, int, error) {
	var out []byte
	buf := make([]byte, 3)
	calls := 0
	for {
		n, err := r.Read(buf)
		calls++
		out = append(out, buf[:n]...)
		if err == io.EOF {
			return string(out), calls, nil
		}
		if err != nil {
			return string(out), calls, err
		}
	}
}

func main() {
	s, calls, err := readAll(upper{strings.NewReader("shout this")})
	fmt.Println(s, calls, err)
	cw := &countingWriter{}
	fmt.Fprint(cw, "abc")
	fmt.Fprintf(cw, "%d-%d", 1, 2)
	fmt.Fprintln(cw, "x", "y")
	fmt.Println(cw.n, cw.calls)
	s, calls, err = readAll(&slowReader{[]byte("slow data")})
	fmt.Println(s, calls, err)
	var w io.Writer = cw
	_, isBuf := w.(*bytes.Buffer)
	fmt.Println(isBuf)
	var buf bytes.Buffer
	w = &buf
	fmt.Fprintf(w, "%s|", "to buffer")
	var r io.Reader = &buf
	s, _, _ = readAll(r)
	fmt.Println(s)
	n, err := strings.NewReader("").Read(make([]byte, 4))
	fmt.Println(n, err, err == io.EOF)
	fmt.Println(io.EOF)
	var sb strings.Builder
	var sw io.Writer = &sb
	fmt.Fprint(sw, "builder")
	fmt.Println(sb.String())
}

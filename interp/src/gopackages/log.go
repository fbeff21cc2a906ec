// Package log as gojit provides it: written in Go over fmt, io, os,
// runtime and time. A header's date and time are local, in the zone Go's
// time package would load (the TZ variable, else /etc/localtime), read
// from the zone file's transitions once, on the first header that needs
// them.
package log

import (
	"fmt"
	"io"
	"os"
	"runtime"
	"sync"
	"time"
)

// The flags that choose what each line's header holds.
const (
	Ldate         = 1 << iota // the date in the local time zone: 2009/01/23
	Ltime                     // the time in the local time zone: 01:23:23
	Lmicroseconds             // microseconds after the time: 01:23:23.123123
	Llongfile                 // the full file name and line: /a/b/c/d.go:23
	Lshortfile                // the file name's last element and line: d.go:23
	LUTC                      // the date and time in UTC, not the local zone
	Lmsgprefix                // the prefix just before the message
	LstdFlags     = Ldate | Ltime
)

// A Logger writes lines to an io.Writer, each one Write call with its
// header; it may be used from several goroutines.
type Logger struct {
	mu     sync.Mutex
	prefix string
	flag   int
	out    io.Writer
}

// New makes a Logger writing to out, each line starting with prefix (or
// with prefix just before the message, under Lmsgprefix), with the flags.
func New(out io.Writer, prefix string, flag int) *Logger {
	return &Logger{out: out, prefix: prefix, flag: flag}
}

var std = New(os.Stderr, "", LstdFlags)

// Default is the Logger the package's functions use.
func Default() *Logger { return std }

// SetOutput sets where the Logger writes.
func (l *Logger) SetOutput(w io.Writer) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.out = w
}

// Writer is where the Logger writes.
func (l *Logger) Writer() io.Writer {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.out
}

// SetPrefix sets the Logger's prefix.
func (l *Logger) SetPrefix(prefix string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.prefix = prefix
}

// Prefix is the Logger's prefix.
func (l *Logger) Prefix() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.prefix
}

// SetFlags sets the Logger's flags.
func (l *Logger) SetFlags(flag int) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.flag = flag
}

// Flags are the Logger's flags.
func (l *Logger) Flags() int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.flag
}

// Output writes s with its header, and a newline unless s ends in one.
// The file and line are those of the calldepth-th caller: 1 is the
// function that calls Output.
func (l *Logger) Output(calldepth int, s string) error {
	now := time.Now()
	var file string
	var line int
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.flag&(Lshortfile|Llongfile) != 0 {
		var ok bool
		_, file, line, ok = runtime.Caller(calldepth)
		if !ok {
			file = "???"
			line = 0
		}
	}
	buf := l.header(now, file, line)
	buf = append(buf, s...)
	if len(s) == 0 || s[len(s)-1] != '\n' {
		buf = append(buf, '\n')
	}
	_, err := l.out.Write(buf)
	return err
}

// header is a line's beginning under the Logger's flags, as Go's
// formatHeader writes it.
func (l *Logger) header(t time.Time, file string, line int) []byte {
	var buf []byte
	if l.flag&Lmsgprefix == 0 {
		buf = append(buf, l.prefix...)
	}
	if l.flag&(Ldate|Ltime|Lmicroseconds) != 0 {
		secs := t.Unix()
		if l.flag&LUTC == 0 {
			secs += int64(localOffset(secs))
		}
		year, month, day, hour, min, sec := civil(secs)
		if l.flag&Ldate != 0 {
			buf = appendInt(buf, year, 4)
			buf = append(buf, '/')
			buf = appendInt(buf, month, 2)
			buf = append(buf, '/')
			buf = appendInt(buf, day, 2)
			buf = append(buf, ' ')
		}
		if l.flag&(Ltime|Lmicroseconds) != 0 {
			buf = appendInt(buf, hour, 2)
			buf = append(buf, ':')
			buf = appendInt(buf, min, 2)
			buf = append(buf, ':')
			buf = appendInt(buf, sec, 2)
			if l.flag&Lmicroseconds != 0 {
				buf = append(buf, '.')
				ns := t.UnixNano() % 1e9
				if ns < 0 {
					ns += 1e9
				}
				buf = appendInt(buf, int(ns/1e3), 6)
			}
			buf = append(buf, ' ')
		}
	}
	if l.flag&(Lshortfile|Llongfile) != 0 {
		if l.flag&Lshortfile != 0 {
			for i := len(file) - 1; i > 0; i-- {
				if file[i] == '/' {
					file = file[i+1:]
					break
				}
			}
		}
		buf = append(buf, file...)
		buf = append(buf, ':')
		buf = appendInt(buf, line, -1)
		buf = append(buf, ": "...)
	}
	if l.flag&Lmsgprefix != 0 {
		buf = append(buf, l.prefix...)
	}
	return buf
}

// appendInt appends i in decimal, zero-padded to width digits (none for a
// negative width).
func appendInt(buf []byte, i int, width int) []byte {
	var b [20]byte
	n := len(b)
	for i >= 10 || width > 1 {
		width--
		n--
		b[n] = byte('0' + i%10)
		i /= 10
	}
	n--
	b[n] = byte('0' + i)
	return append(buf, b[n:]...)
}

// civil splits seconds since 1970-01-01 00:00:00 into the proleptic
// Gregorian date and the time of day.
func civil(secs int64) (year, month, day, hour, min, sec int) {
	days := secs / 86400
	rem := secs % 86400
	if rem < 0 {
		rem += 86400
		days--
	}
	hour, min, sec = int(rem/3600), int(rem%3600/60), int(rem%60)
	// Count in 400-year eras of 146097 days starting on 0000-03-01, so that
	// the leap day ends each year.
	d := days + 719468
	era := d / 146097
	if d < 0 && d%146097 != 0 {
		era--
	}
	doe := d - era*146097
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	day = int(doy - (153*mp+2)/5 + 1)
	if mp < 10 {
		month = int(mp + 3)
	} else {
		month = int(mp - 9)
	}
	year = int(yoe + era*400)
	if month <= 2 {
		year++
	}
	return
}

// The local zone: its transition times and the offset (seconds east of
// UTC) from each on, and the offset before the first.
var (
	zoneOnce    sync.Once
	zoneTimes   []int64
	zoneOffsets []int
	zoneFirst   int
)

// localOffset is the local zone's offset from UTC, in seconds, at secs.
// Past the zone file's last transition the last offset holds (the
// file's rule for later years is not read).
func localOffset(secs int64) int {
	zoneOnce.Do(loadZone)
	lo, hi := 0, len(zoneTimes)
	for lo < hi {
		m := (lo + hi) / 2
		if zoneTimes[m] <= secs {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo == 0 {
		return zoneFirst
	}
	return zoneOffsets[lo-1]
}

// loadZone reads the local zone as Go's time package finds it: no TZ
// variable means /etc/localtime, an empty one or "UTC" means UTC, a path
// is read, and a name is looked up in the system's zone folders. A zone
// that cannot be read is UTC.
func loadZone() {
	tz, ok := os.LookupEnv("TZ")
	var files []string
	switch {
	case !ok:
		files = []string{"/etc/localtime"}
	case tz != "":
		if tz[0] == ':' {
			tz = tz[1:]
		}
		if tz != "" && tz[0] == '/' {
			files = []string{tz}
		} else if tz != "" && tz != "UTC" {
			for _, dir := range []string{"/usr/share/zoneinfo/", "/usr/share/lib/zoneinfo/", "/usr/lib/locale/TZ/", "/etc/zoneinfo/"} {
				files = append(files, dir+tz)
			}
		}
	}
	for _, f := range files {
		if data, err := os.ReadFile(f); err == nil && parseZone(data) {
			return
		}
	}
}

// parseZone reads a TZif file's transitions (from its 64-bit part when
// it has one); false when data is no such file.
func parseZone(data []byte) bool {
	if len(data) < 44 || string(data[:4]) != "TZif" {
		return false
	}
	word := 4
	if data[4] >= '2' {
		// Skip the 32-bit part to the 64-bit header.
		isut, isstd, leap, times, types, chars := zoneCounts(data)
		skip := 44 + times*5 + types*6 + chars + leap*8 + isstd + isut
		if len(data) < skip+44 || string(data[skip:skip+4]) != "TZif" {
			return false
		}
		data = data[skip:]
		word = 8
	}
	_, _, _, times, types, _ := zoneCounts(data)
	body := data[44:]
	if types == 0 || len(body) < times*(word+1)+types*6 {
		return false
	}
	offsets := make([]int, types)
	for i := range offsets {
		offsets[i] = int(int32(bigEndian(body[times*(word+1)+6*i:], 4)))
	}
	zoneTimes = make([]int64, times)
	zoneOffsets = make([]int, times)
	for i := 0; i < times; i++ {
		t := bigEndian(body[i*word:], word)
		if word == 4 {
			zoneTimes[i] = int64(int32(t))
		} else {
			zoneTimes[i] = int64(t)
		}
		idx := int(body[times*word+i])
		if idx >= types {
			return false
		}
		zoneOffsets[i] = offsets[idx]
	}
	zoneFirst = offsets[0]
	return true
}

// zoneCounts are the six counts of a TZif header.
func zoneCounts(data []byte) (isut, isstd, leap, times, types, chars int) {
	c := func(i int) int { return int(bigEndian(data[20+4*i:], 4)) }
	return c(0), c(1), c(2), c(3), c(4), c(5)
}

// bigEndian is the n-byte big-endian number at the start of b.
func bigEndian(b []byte, n int) uint64 {
	var v uint64
	for _, c := range b[:n] {
		v = v<<8 | uint64(c)
	}
	return v
}

// Print writes its operands as fmt.Print does, to the standard logger.
func Print(v ...any) { std.Output(2, fmt.Sprint(v...)) }

// Printf writes as fmt.Printf does, to the standard logger.
func Printf(format string, v ...any) { std.Output(2, fmt.Sprintf(format, v...)) }

// Println writes its operands as fmt.Println does, to the standard logger.
func Println(v ...any) { std.Output(2, fmt.Sprintln(v...)) }

// Fatal is Print, then os.Exit(1).
func Fatal(v ...any) {
	std.Output(2, fmt.Sprint(v...))
	os.Exit(1)
}

// Fatalf is Printf, then os.Exit(1).
func Fatalf(format string, v ...any) {
	std.Output(2, fmt.Sprintf(format, v...))
	os.Exit(1)
}

// Fatalln is Println, then os.Exit(1).
func Fatalln(v ...any) {
	std.Output(2, fmt.Sprintln(v...))
	os.Exit(1)
}

// Panic is Print, then a panic with the message.
func Panic(v ...any) {
	s := fmt.Sprint(v...)
	std.Output(2, s)
	panic(s)
}

// Panicf is Printf, then a panic with the message.
func Panicf(format string, v ...any) {
	s := fmt.Sprintf(format, v...)
	std.Output(2, s)
	panic(s)
}

// Panicln is Println, then a panic with the message.
func Panicln(v ...any) {
	s := fmt.Sprintln(v...)
	std.Output(2, s)
	panic(s)
}

// Output writes s as the standard logger's Output does, calldepth
// counting from the caller of this function.
func Output(calldepth int, s string) error { return std.Output(calldepth+1, s) }

// SetOutput sets where the standard logger writes.
func SetOutput(w io.Writer) { std.SetOutput(w) }

// Writer is where the standard logger writes.
func Writer() io.Writer { return std.Writer() }

// SetPrefix sets the standard logger's prefix.
func SetPrefix(prefix string) { std.SetPrefix(prefix) }

// Prefix is the standard logger's prefix.
func Prefix() string { return std.Prefix() }

// SetFlags sets the standard logger's flags.
func SetFlags(flag int) { std.SetFlags(flag) }

// Flags are the standard logger's flags.
func Flags() int { return std.Flags() }

// Print writes its operands as fmt.Print does.
func (l *Logger) Print(v ...any) { l.Output(2, fmt.Sprint(v...)) }

// Printf writes as fmt.Printf does.
func (l *Logger) Printf(format string, v ...any) { l.Output(2, fmt.Sprintf(format, v...)) }

// Println writes its operands as fmt.Println does.
func (l *Logger) Println(v ...any) { l.Output(2, fmt.Sprintln(v...)) }

// Fatal is Print, then os.Exit(1).
func (l *Logger) Fatal(v ...any) {
	l.Output(2, fmt.Sprint(v...))
	os.Exit(1)
}

// Fatalf is Printf, then os.Exit(1).
func (l *Logger) Fatalf(format string, v ...any) {
	l.Output(2, fmt.Sprintf(format, v...))
	os.Exit(1)
}

// Fatalln is Println, then os.Exit(1).
func (l *Logger) Fatalln(v ...any) {
	l.Output(2, fmt.Sprintln(v...))
	os.Exit(1)
}

// Panic is Print, then a panic with the message.
func (l *Logger) Panic(v ...any) {
	s := fmt.Sprint(v...)
	l.Output(2, s)
	panic(s)
}

// Panicf is Printf, then a panic with the message.
func (l *Logger) Panicf(format string, v ...any) {
	s := fmt.Sprintf(format, v...)
	l.Output(2, s)
	panic(s)
}

// Panicln is Println, then a panic with the message.
func (l *Logger) Panicln(v ...any) {
	s := fmt.Sprintln(v...)
	l.Output(2, s)
	panic(s)
}

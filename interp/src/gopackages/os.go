// Package os's files, as gojit provides them: written in Go over natives
// that make the system calls (this file reaches them as os.X, importing
// its own package). Args, the environment, Stdin/Stdout/Stderr and Exit
// are native; PathError, FileMode, FileInfo and the Err variables are
// package fs's.
package os

import (
	"errors"
	"io"
	"io/fs"
	"os"
	"strconv"
	"syscall"
)

// The flags of OpenFile (Linux values).
const (
	O_RDONLY int = 0x0
	O_WRONLY int = 0x1
	O_RDWR   int = 0x2
	O_APPEND int = 0x400
	O_CREATE int = 0x40
	O_EXCL   int = 0x80
	O_SYNC   int = 0x101000
	O_TRUNC  int = 0x200
)

// PathSeparator and PathListSeparator are Unix's.
const (
	PathSeparator     = '/'
	PathListSeparator = ':'
)

// DevNull is the null device's name.
const DevNull = "/dev/null"

// File is an open file: its descriptor (-1 once closed) and the name it
// was opened by. The natives make Stdin, Stdout and Stderr with this
// layout.
type File struct {
	fd   int
	name string
}

// pathError is the *fs.PathError of operation op on name for errno, or
// nil for 0.
func pathError(op, name string, errno int) error {
	if errno == 0 {
		return nil
	}
	return &fs.PathError{Op: op, Path: name, Err: syscall.Errno(errno)}
}

// Open opens name for reading.
func Open(name string) (*File, error) { return OpenFile(name, O_RDONLY, 0) }

// Create creates or truncates name, opened for reading and writing.
func Create(name string) (*File, error) {
	return OpenFile(name, O_RDWR|O_CREATE|O_TRUNC, 0666)
}

// OpenFile opens name with flag (O_RDONLY, ...) and, when it creates the
// file, permissions perm.
func OpenFile(name string, flag int, perm fs.FileMode) (*File, error) {
	fd, errno := os.open(name, flag, uint32(perm.Perm()|perm&(fs.ModeSetuid|fs.ModeSetgid|fs.ModeSticky)))
	if errno != 0 {
		return nil, pathError("open", name, errno)
	}
	return &File{fd: fd, name: name}, nil
}

// checkValid is the error of operation op on f when f is nil or closed.
func (f *File) checkValid(op string) error {
	if f == nil {
		return fs.ErrInvalid
	}
	if f.fd < 0 {
		return &fs.PathError{Op: op, Path: f.name, Err: fs.ErrClosed}
	}
	return nil
}

// Name gives the name f was opened by.
func (f *File) Name() string { return f.name }

// Fd gives f's descriptor.
func (f *File) Fd() uintptr { return uintptr(f.fd) }

// Read reads up to len(b) bytes; at the end of the file it gives 0, io.EOF.
func (f *File) Read(b []byte) (n int, err error) {
	if err := f.checkValid("read"); err != nil {
		return 0, err
	}
	if len(b) == 0 {
		return 0, nil
	}
	n, errno := os.read(f.fd, b)
	if errno != 0 {
		return 0, pathError("read", f.name, errno)
	}
	if n == 0 {
		return 0, io.EOF
	}
	return n, nil
}

// Write writes b, giving how much it wrote.
func (f *File) Write(b []byte) (n int, err error) {
	if err := f.checkValid("write"); err != nil {
		return 0, err
	}
	n, errno := os.write(f.fd, b)
	if errno != 0 {
		return n, pathError("write", f.name, errno)
	}
	if n != len(b) {
		return n, io.ErrShortWrite
	}
	return n, nil
}

// WriteString writes s.
func (f *File) WriteString(s string) (n int, err error) { return f.Write([]byte(s)) }

// Close closes f; closing it again is an error.
func (f *File) Close() error {
	if f == nil {
		return fs.ErrInvalid
	}
	if f.fd < 0 {
		return &fs.PathError{Op: "close", Path: f.name, Err: fs.ErrClosed}
	}
	errno := os.close(f.fd)
	f.fd = -1
	return pathError("close", f.name, errno)
}

// Stat describes the file f was opened by.
func (f *File) Stat() (fs.FileInfo, error) {
	if err := f.checkValid("stat"); err != nil {
		return nil, err
	}
	return stat("stat", f.name, true)
}

// fileStat is the fs.FileInfo of Stat and Lstat.
type fileStat struct {
	name string
	size int64
	mode fs.FileMode
}

func (s *fileStat) Name() string      { return s.name }
func (s *fileStat) Size() int64       { return s.size }
func (s *fileStat) Mode() fs.FileMode { return s.mode }
func (s *fileStat) IsDir() bool       { return s.mode.IsDir() }

// Stat describes the file name names, following symbolic links.
func Stat(name string) (fs.FileInfo, error) { return stat("stat", name, true) }

// Lstat describes the file name names; a symbolic link is described
// itself.
func Lstat(name string) (fs.FileInfo, error) { return stat("lstat", name, false) }

// stat is Stat (follow) or Lstat, op naming it in errors.
func stat(op, name string, follow bool) (fs.FileInfo, error) {
	size, mode, errno := os.stat(name, follow)
	if errno != 0 {
		return nil, pathError(op, name, errno)
	}
	return &fileStat{name: basename(name), size: size, mode: fs.FileMode(mode)}, nil
}

// basename is the last element of name, trailing slashes dropped.
func basename(name string) string {
	i := len(name) - 1
	for i > 0 && name[i] == '/' {
		name = name[:i]
		i--
	}
	for i--; i >= 0; i-- {
		if name[i] == '/' {
			return name[i+1:]
		}
	}
	return name
}

// ReadFile gives the whole content of the file name.
func ReadFile(name string) ([]byte, error) {
	f, err := Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	// Room for the whole file and one more byte (at least 512), so that
	// the read that meets the end needs no growth.
	size := 0
	if info, err := f.Stat(); err == nil {
		size = int(info.Size())
	}
	size++
	if size < 512 {
		size = 512
	}
	data := make([]byte, 0, size)
	for {
		n, err := f.Read(data[len(data):cap(data)])
		data = data[:len(data)+n]
		if err != nil {
			if err == io.EOF {
				err = nil
			}
			return data, err
		}
		if len(data) >= cap(data) {
			data = append(data[:cap(data)], 0)[:len(data)]
		}
	}
}

// WriteFile writes data to the file name, creating it with permissions
// perm or truncating it.
func WriteFile(name string, data []byte, perm fs.FileMode) error {
	f, err := OpenFile(name, O_WRONLY|O_CREATE|O_TRUNC, perm)
	if err != nil {
		return err
	}
	_, err = f.Write(data)
	if err1 := f.Close(); err1 != nil && err == nil {
		err = err1
	}
	return err
}

// Remove removes the file or empty directory name.
func Remove(name string) error { return pathError("remove", name, os.remove(name)) }

// RemoveAll removes path and everything under it; a path that does not
// exist is no error.
func RemoveAll(path string) error {
	return pathError("unlinkat", path, os.removeAll(path))
}

// Mkdir makes the directory name with permissions perm.
func Mkdir(name string, perm fs.FileMode) error {
	return pathError("mkdir", name, os.mkdir(name, uint32(perm.Perm())))
}

// MkdirAll makes the directory path and the parents it needs; a
// directory that exists already is no error.
func MkdirAll(path string, perm fs.FileMode) error {
	if info, err := Stat(path); err == nil {
		if info.IsDir() {
			return nil
		}
		return pathError("mkdir", path, int(syscall.ENOTDIR))
	}
	// The parent: path without its trailing slashes and last element.
	i := len(path)
	for i > 0 && path[i-1] == '/' {
		i--
	}
	for i > 0 && path[i-1] != '/' {
		i--
	}
	if i > 1 {
		if err := MkdirAll(path[:i-1], perm); err != nil {
			return err
		}
	}
	err := Mkdir(path, perm)
	if err != nil {
		if info, err1 := Lstat(path); err1 == nil && info.IsDir() {
			return nil
		}
	}
	return err
}

// TempDir is the directory for temporary files: $TMPDIR, else /tmp.
func TempDir() string {
	if dir := os.Getenv("TMPDIR"); dir != "" {
		return dir
	}
	return "/tmp"
}

// tempPrefix splits pattern at its last "*" (the random part's place; at
// the end without one) and puts dir ("" for TempDir) before it; a pattern
// with a "/" is an error.
func tempPrefix(dir, pattern string) (prefix, suffix string, err error) {
	for i := 0; i < len(pattern); i++ {
		if pattern[i] == '/' {
			return "", "", errors.New("pattern contains path separator")
		}
	}
	prefix = pattern
	for i := len(pattern) - 1; i >= 0; i-- {
		if pattern[i] == '*' {
			prefix, suffix = pattern[:i], pattern[i+1:]
			break
		}
	}
	if len(dir) == 0 || dir[len(dir)-1] != '/' {
		dir += "/"
	}
	return dir + prefix, suffix, nil
}

// tempRandom is the random part of a temporary name.
func tempRandom() string { return strconv.FormatUint(uint64(os.fastrand()), 10) }

// MkdirTemp makes a new directory in dir (TempDir for "") named after
// pattern, its last "*" replaced by a random number, and gives its name.
func MkdirTemp(dir, pattern string) (string, error) {
	if dir == "" {
		dir = TempDir()
	}
	prefix, suffix, err := tempPrefix(dir, pattern)
	if err != nil {
		return "", &fs.PathError{Op: "mkdirtemp", Path: pattern, Err: err}
	}
	for try := 1; ; try++ {
		name := prefix + tempRandom() + suffix
		err := Mkdir(name, 0700)
		if err == nil {
			return name, nil
		}
		if IsExist(err) {
			if try < 10000 {
				continue
			}
			return "", &fs.PathError{Op: "mkdirtemp", Path: dir + "/" + prefix + "*" + suffix, Err: fs.ErrExist}
		}
		if IsNotExist(err) {
			if _, err := Stat(dir); IsNotExist(err) {
				return "", err
			}
		}
		return "", err
	}
}

// CreateTemp creates a new file in dir (TempDir for "") named after
// pattern as MkdirTemp names directories, opened for reading and writing.
func CreateTemp(dir, pattern string) (*File, error) {
	if dir == "" {
		dir = TempDir()
	}
	prefix, suffix, err := tempPrefix(dir, pattern)
	if err != nil {
		return nil, &fs.PathError{Op: "createtemp", Path: pattern, Err: err}
	}
	for try := 1; ; try++ {
		f, err := OpenFile(prefix+tempRandom()+suffix, O_RDWR|O_CREATE|O_EXCL, 0600)
		if IsExist(err) {
			if try < 10000 {
				continue
			}
			return nil, &fs.PathError{Op: "createtemp", Path: prefix + "*" + suffix, Err: fs.ErrExist}
		}
		return f, err
	}
}

// IsExist reports whether err says a file exists already.
func IsExist(err error) bool { return underlyingErrorIs(err, fs.ErrExist) }

// IsNotExist reports whether err says a file does not exist.
func IsNotExist(err error) bool { return underlyingErrorIs(err, fs.ErrNotExist) }

// IsPermission reports whether err says permission was denied.
func IsPermission(err error) bool { return underlyingErrorIs(err, fs.ErrPermission) }

// underlyingErrorIs reports whether err, or the error a *PathError or
// *LinkError holds, is target (unlike errors.Is, it unwraps nothing else).
func underlyingErrorIs(err, target error) bool {
	switch e := err.(type) {
	case *fs.PathError:
		err = e.Err
	case *LinkError:
		err = e.Err
	}
	if err == target {
		return true
	}
	e, ok := err.(syscall.Errno)
	return ok && e.Is(target)
}

// LinkError is the error of an operation on two paths (Rename).
type LinkError struct {
	Op  string
	Old string
	New string
	Err error
}

func (e *LinkError) Error() string { return e.Op + " " + e.Old + " " + e.New + ": " + e.Err.Error() }

func (e *LinkError) Unwrap() error { return e.Err }

// Rename moves oldpath to newpath, replacing a file there.
func Rename(oldpath, newpath string) error {
	if errno := os.rename(oldpath, newpath); errno != 0 {
		return &LinkError{Op: "rename", Old: oldpath, New: newpath, Err: syscall.Errno(errno)}
	}
	return nil
}

// The whence values of Seek.
const (
	SEEK_SET int = 0
	SEEK_CUR int = 1
	SEEK_END int = 2
)

// Seek sets where the next Read or Write of f starts: offset from the
// start (whence 0), the current place (1) or the end (2).
func (f *File) Seek(offset int64, whence int) (ret int64, err error) {
	if err := f.checkValid("seek"); err != nil {
		return 0, err
	}
	ret, errno := os.seek(f.fd, offset, whence)
	return ret, pathError("seek", f.name, errno)
}

// Sync commits f's content to storage.
func (f *File) Sync() error {
	if err := f.checkValid("sync"); err != nil {
		return err
	}
	return pathError("sync", f.name, os.fsync(f.fd))
}

// unixDirent is the fs.DirEntry of ReadDir.
type unixDirent struct {
	parent string
	name   string
	typ    fs.FileMode
}

func (d *unixDirent) Name() string               { return d.name }
func (d *unixDirent) IsDir() bool                { return d.typ.IsDir() }
func (d *unixDirent) Type() fs.FileMode          { return d.typ }
func (d *unixDirent) Info() (fs.FileInfo, error) { return Lstat(d.parent + "/" + d.name) }
func (d *unixDirent) String() string             { return fs.FormatDirEntry(d) }

// ReadDir gives the entries of the directory name, sorted by name.
func ReadDir(name string) ([]fs.DirEntry, error) {
	names, types, errno := os.readDir(name)
	if errno != 0 {
		op := "open"
		if syscall.Errno(errno) == syscall.ENOTDIR {
			op = "readdirent"
		}
		return nil, pathError(op, name, errno)
	}
	entries := make([]fs.DirEntry, len(names))
	for i, n := range names {
		entries[i] = &unixDirent{parent: name, name: n, typ: fs.FileMode(types[i])}
	}
	return entries, nil
}

// Getwd gives the current directory.
func Getwd() (dir string, err error) {
	dir, errno := os.getwd()
	if errno != 0 {
		return "", pathError("getwd", ".", errno)
	}
	return dir, nil
}

// Chdir makes dir the current directory.
func Chdir(dir string) error { return pathError("chdir", dir, os.chdir(dir)) }

// Chmod sets the mode of the file name.
func Chmod(name string, mode fs.FileMode) error {
	return pathError("chmod", name, os.chmod(name, uint32(mode.Perm())))
}

// Truncate sets the size of the file name.
func Truncate(name string, size int64) error {
	return pathError("truncate", name, os.truncate(name, size))
}

// ReadAt reads len(b) bytes from offset off, leaving the offset of Read as
// it is; fewer bytes only with an error (io.EOF at the end).
func (f *File) ReadAt(b []byte, off int64) (n int, err error) {
	if err := f.checkValid("read"); err != nil {
		return 0, err
	}
	if off < 0 {
		return 0, &fs.PathError{Op: "readat", Path: f.name, Err: errors.New("negative offset")}
	}
	for len(b) > 0 {
		m, errno := os.pread(f.fd, b, off)
		if errno != 0 {
			return n, pathError("read", f.name, errno)
		}
		if m == 0 {
			return n, io.EOF
		}
		n += m
		b = b[m:]
		off += int64(m)
	}
	return n, nil
}

// WriteAt writes b at offset off, leaving the offset of Write as it is.
func (f *File) WriteAt(b []byte, off int64) (n int, err error) {
	if err := f.checkValid("write"); err != nil {
		return 0, err
	}
	if off < 0 {
		return 0, &fs.PathError{Op: "writeat", Path: f.name, Err: errors.New("negative offset")}
	}
	for len(b) > 0 {
		m, errno := os.pwrite(f.fd, b, off)
		if errno != 0 {
			return n, pathError("write", f.name, errno)
		}
		n += m
		b = b[m:]
		off += int64(m)
	}
	return n, nil
}

// Truncate changes the size of f's content, without moving its offset.
func (f *File) Truncate(size int64) error {
	if err := f.checkValid("truncate"); err != nil {
		return err
	}
	return pathError("truncate", f.name, os.ftruncate(f.fd, size))
}

// SyscallError records the system call that failed.
type SyscallError struct {
	Syscall string
	Err     error
}

// Error is "syscall: error".
func (e *SyscallError) Error() string { return e.Syscall + ": " + e.Err.Error() }

// Unwrap gives the system call's error.
func (e *SyscallError) Unwrap() error { return e.Err }

// NewSyscallError wraps err (nil stays nil) with the system call's name.
func NewSyscallError(syscall string, err error) error {
	if err == nil {
		return nil
	}
	return &SyscallError{syscall, err}
}

// Setenv sets an environment variable for the rest of the run; a key that
// is empty or holds '=' or NUL, or a value holding NUL, is EINVAL.
func Setenv(key, value string) error {
	bad := len(key) == 0
	for i := 0; i < len(key); i++ {
		if key[i] == '=' || key[i] == 0 {
			bad = true
		}
	}
	for i := 0; i < len(value); i++ {
		if value[i] == 0 {
			bad = true
		}
	}
	if bad {
		return NewSyscallError("setenv", syscall.EINVAL)
	}
	os.setenv(key, value)
	return nil
}

// Unsetenv removes an environment variable for the rest of the run.
func Unsetenv(key string) error {
	os.unsetenv(key)
	return nil
}

// ExpandEnv replaces $var and ${var} in s by the environment's values.
func ExpandEnv(s string) string {
	return Expand(s, func(key string) string { return os.Getenv(key) })
}

// Expand replaces $var and ${var} in s by mapping's values; a "$" not
// followed by a name stays, and a bad "${...}" is dropped.
func Expand(s string, mapping func(string) string) string {
	var buf []byte
	// s[done:] is not copied to buf yet.
	done := 0
	for j := 0; j < len(s); j++ {
		if s[j] == '$' && j+1 < len(s) {
			if buf == nil {
				buf = make([]byte, 0, 2*len(s))
			}
			buf = append(buf, s[done:j]...)
			name, w := shellName(s[j+1:])
			switch {
			case name == "" && w > 0:
				// Bad syntax: its bytes are dropped.
			case name == "":
				buf = append(buf, s[j])
			default:
				buf = append(buf, mapping(name)...)
			}
			j += w
			done = j + 1
		}
	}
	if buf == nil {
		return s
	}
	return string(buf) + s[done:]
}

// shellName reads the variable name at the start of s (after a '$'): the
// name and how many bytes it took, "" with a positive count for bad syntax.
func shellName(s string) (string, int) {
	if s[0] == '{' {
		if len(s) > 2 && isShellSpecial(s[1]) && s[2] == '}' {
			return s[1:2], 3
		}
		for i := 1; i < len(s); i++ {
			if s[i] == '}' {
				if i == 1 {
					// "${}".
					return "", 2
				}
				return s[1:i], i + 1
			}
		}
		// "${" never closed.
		return "", 1
	}
	if isShellSpecial(s[0]) {
		return s[0:1], 1
	}
	i := 0
	for i < len(s) && (s[i] == '_' || '0' <= s[i] && s[i] <= '9' || 'a' <= s[i] && s[i] <= 'z' || 'A' <= s[i] && s[i] <= 'Z') {
		i++
	}
	return s[:i], i
}

// isShellSpecial reports the one-character names of the shell ($*, $1,
// ...).
func isShellSpecial(c uint8) bool {
	switch c {
	case '*', '#', '$', '@', '!', '?', '-', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9':
		return true
	}
	return false
}

// Clearenv removes every environment variable for the rest of the run.
func Clearenv() {
	for _, kv := range os.Environ() {
		for i := 0; i < len(kv); i++ {
			if kv[i] == '=' {
				os.unsetenv(kv[:i])
				break
			}
		}
	}
}

// procStatus is field k (from 0) of the line of /proc/self/status that
// starts with key, as a number (-1 when it cannot be read).
func procStatus(key string, k int) int {
	data, err := ReadFile("/proc/self/status")
	if err != nil {
		return -1
	}
	for _, line := range splitLines(string(data)) {
		if len(line) <= len(key) || line[:len(key)] != key {
			continue
		}
		fields := make([]string, 0, 4)
		start := -1
		rest := line[len(key):]
		for i := 0; i <= len(rest); i++ {
			space := i == len(rest) || rest[i] == ' ' || rest[i] == '\t'
			if !space && start < 0 {
				start = i
			} else if space && start >= 0 {
				fields = append(fields, rest[start:i])
				start = -1
			}
		}
		if k >= len(fields) {
			return -1
		}
		n := 0
		for _, c := range fields[k] {
			n = n*10 + int(c-'0')
		}
		return n
	}
	return -1
}

func splitLines(s string) []string {
	var lines []string
	for len(s) > 0 {
		i := 0
		for i < len(s) && s[i] != '\n' {
			i++
		}
		lines = append(lines, s[:i])
		if i < len(s) {
			i++
		}
		s = s[i:]
	}
	return lines
}

// Getuid is the process's real user id.
func Getuid() int { return procStatus("Uid:", 0) }

// Geteuid is the process's effective user id.
func Geteuid() int { return procStatus("Uid:", 1) }

// Getgid is the process's real group id.
func Getgid() int { return procStatus("Gid:", 0) }

// Getegid is the process's effective group id.
func Getegid() int { return procStatus("Gid:", 1) }

// Getppid is the id of the process's parent.
func Getppid() int { return procStatus("PPid:", 0) }

// Getpagesize is the memory page size (Go's, on linux/amd64).
func Getpagesize() int { return 4096 }

// IsPathSeparator reports whether c is a directory separator ('/').
func IsPathSeparator(c uint8) bool { return c == '/' }

// Hostname is the kernel's name for the machine.
func Hostname() (name string, err error) {
	data, err := ReadFile("/proc/sys/kernel/hostname")
	if err != nil {
		return "", err
	}
	name = string(data)
	if len(name) > 0 && name[len(name)-1] == '\n' {
		name = name[:len(name)-1]
	}
	return name, nil
}

// UserHomeDir is $HOME.
func UserHomeDir() (string, error) {
	if dir := os.Getenv("HOME"); dir != "" {
		return dir, nil
	}
	return "", errors.New("$HOME is not defined")
}

// Readlink gives the target of the symbolic link name.
func Readlink(name string) (string, error) {
	target, errno := os.readlink(name)
	if errno != 0 {
		return "", pathError("readlink", name, errno)
	}
	return target, nil
}

// Symlink makes newname a symbolic link to oldname.
func Symlink(oldname, newname string) error {
	if errno := os.symlink(oldname, newname); errno != 0 {
		return &LinkError{Op: "symlink", Old: oldname, New: newname, Err: syscall.Errno(errno)}
	}
	return nil
}

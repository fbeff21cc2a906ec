// Package io/fs's error, file-mode and directory-entry types, WalkDirFunc
// and ValidPath, as gojit provides them: written in Go. The sentinel
// errors (ErrNotExist, ..., SkipDir, SkipAll) are native variables;
// package os names these same types and values, package path/filepath
// SkipDir and SkipAll.
package fs

import (
	"strings"
	"unicode/utf8"
)

// PathError is the error of an operation on a file path.
type PathError struct {
	Op   string
	Path string
	Err  error
}

func (e *PathError) Error() string { return e.Op + " " + e.Path + ": " + e.Err.Error() }

func (e *PathError) Unwrap() error { return e.Err }

// FileMode is a file's type and permission bits.
type FileMode uint32

// The mode bits; the highest are the type, the lowest nine the
// permissions.
const (
	ModeDir        FileMode = 1 << 31
	ModeAppend     FileMode = 1 << 30
	ModeExclusive  FileMode = 1 << 29
	ModeTemporary  FileMode = 1 << 28
	ModeSymlink    FileMode = 1 << 27
	ModeDevice     FileMode = 1 << 26
	ModeNamedPipe  FileMode = 1 << 25
	ModeSocket     FileMode = 1 << 24
	ModeSetuid     FileMode = 1 << 23
	ModeSetgid     FileMode = 1 << 22
	ModeCharDevice FileMode = 1 << 21
	ModeSticky     FileMode = 1 << 20
	ModeIrregular  FileMode = 1 << 19
	ModeType       FileMode = ModeDir | ModeSymlink | ModeNamedPipe | ModeSocket | ModeDevice | ModeCharDevice | ModeIrregular
	ModePerm       FileMode = 0777
)

// String spells m as ls does: a letter per set type bit (or "-"), then
// rwx for each permission.
func (m FileMode) String() string {
	letters := "dalTLDpSugct?"
	out := make([]byte, 0, 24)
	for i := 0; i < len(letters); i++ {
		if m&(1<<(31-i)) != 0 {
			out = append(out, letters[i])
		}
	}
	if len(out) == 0 {
		out = append(out, '-')
	}
	perms := "rwxrwxrwx"
	for i := 0; i < 9; i++ {
		if m&(1<<(8-i)) != 0 {
			out = append(out, perms[i])
		} else {
			out = append(out, '-')
		}
	}
	return string(out)
}

// IsDir reports whether m is a directory's mode.
func (m FileMode) IsDir() bool { return m&ModeDir != 0 }

// IsRegular reports whether m is a regular file's mode (no type bit set).
func (m FileMode) IsRegular() bool { return m&ModeType == 0 }

// Perm gives the permission bits of m.
func (m FileMode) Perm() FileMode { return m & ModePerm }

// Type gives the type bits of m.
func (m FileMode) Type() FileMode { return m & ModeType }

// FileInfo describes a file, as os.Stat gives it (gojit leaves out
// ModTime and Sys).
type FileInfo interface {
	Name() string
	Size() int64
	Mode() FileMode
	IsDir() bool
}

// DirEntry is an entry of a directory, as os.ReadDir gives it.
type DirEntry interface {
	Name() string
	IsDir() bool
	Type() FileMode
	Info() (FileInfo, error)
}

// FormatDirEntry spells dir as its type letter (or "-"), a space and its
// name, with a "/" after a directory's.
func FormatDirEntry(dir DirEntry) string {
	mode := dir.Type().String()
	s := mode[:len(mode)-9] + " " + dir.Name()
	if dir.IsDir() {
		s += "/"
	}
	return s
}

// WalkDirFunc is the function filepath.WalkDir calls for each file: err
// is non-nil when root (d nil) or a directory's listing (a second call for
// it) could not be read. Returning SkipDir skips the rest of the directory
// (the directory itself for a directory's first call), SkipAll the rest of
// the walk, and any other error stops the walk with that error.
type WalkDirFunc func(path string, d DirEntry, err error) error

// FileInfoToDirEntry gives the DirEntry describing what info describes
// (nil for nil).
func FileInfoToDirEntry(info FileInfo) DirEntry {
	if info == nil {
		return nil
	}
	return &statDirEntry{info: info}
}

// statDirEntry is a DirEntry made from a FileInfo.
type statDirEntry struct {
	info FileInfo
}

func (d *statDirEntry) Name() string            { return d.info.Name() }
func (d *statDirEntry) IsDir() bool             { return d.info.IsDir() }
func (d *statDirEntry) Type() FileMode          { return d.info.Mode().Type() }
func (d *statDirEntry) Info() (FileInfo, error) { return d.info, nil }
func (d *statDirEntry) String() string          { return FormatDirEntry(d) }

// ValidPath reports whether name is a path as file systems of package fs
// take it: valid UTF-8, unrooted, slash-separated, with no empty, "." or
// ".." element, except that "." alone names the root.
func ValidPath(name string) bool {
	if !utf8.ValidString(name) {
		return false
	}
	if name == "." {
		return true
	}
	for {
		elem, rest, more := strings.Cut(name, "/")
		if elem == "" || elem == "." || elem == ".." {
			return false
		}
		if !more {
			return true
		}
		name = rest
	}
}

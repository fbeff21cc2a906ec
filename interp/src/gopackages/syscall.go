// Package syscall's Errno, as gojit provides it: written in Go. The
// system calls themselves are natives of package os.
package syscall

import (
	"io/fs"
	"strconv"
)

// Errno is a system call's error number.
type Errno uintptr

// The error numbers gojit's file operations can give (Linux values).
const (
	EPERM        Errno = 1
	ENOENT       Errno = 2
	EIO          Errno = 5
	EBADF        Errno = 9
	EACCES       Errno = 13
	EBUSY        Errno = 16
	EEXIST       Errno = 17
	EXDEV        Errno = 18
	ENOTDIR      Errno = 20
	EISDIR       Errno = 21
	EINVAL       Errno = 22
	EMFILE       Errno = 24
	EFBIG        Errno = 27
	ENOSPC       Errno = 28
	EROFS        Errno = 30
	ENAMETOOLONG Errno = 36
	ENOTEMPTY    Errno = 39
	ELOOP        Errno = 40
)

// Error gives the system's text for e, "errno N" for a number without one.
func (e Errno) Error() string {
	switch e {
	case EPERM:
		return "operation not permitted"
	case ENOENT:
		return "no such file or directory"
	case EIO:
		return "input/output error"
	case EBADF:
		return "bad file descriptor"
	case EACCES:
		return "permission denied"
	case EBUSY:
		return "device or resource busy"
	case EEXIST:
		return "file exists"
	case EXDEV:
		return "invalid cross-device link"
	case ENOTDIR:
		return "not a directory"
	case EISDIR:
		return "is a directory"
	case EINVAL:
		return "invalid argument"
	case EMFILE:
		return "too many open files"
	case EFBIG:
		return "file too large"
	case ENOSPC:
		return "no space left on device"
	case EROFS:
		return "read-only file system"
	case ENAMETOOLONG:
		return "file name too long"
	case ENOTEMPTY:
		return "directory not empty"
	case ELOOP:
		return "too many levels of symbolic links"
	}
	return "errno " + strconv.FormatUint(uint64(e), 10)
}

// Is reports whether e is one of the errors package fs names, so that
// errors.Is(err, fs.ErrNotExist) holds for ENOENT.
func (e Errno) Is(target error) bool {
	switch target {
	case fs.ErrPermission:
		return e == EACCES || e == EPERM
	case fs.ErrExist:
		return e == EEXIST || e == ENOTEMPTY
	case fs.ErrNotExist:
		return e == ENOENT
	}
	return false
}

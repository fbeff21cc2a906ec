//! Standard packages written in Go (`bufio`, `bytes`, `cmp`, `container/heap`,
//! `container/list`, `container/ring`, `io/fs`, `io/ioutil`, `iter`, `log`, `maps`, `math/bits`, `math/rand`,
//! `math/rand/v2`, `path`, `path/filepath`, `runtime/debug`, `slices`, `syscall`, and parts of
//! `fmt`, `io`, `math`, `os`, `runtime`, `sort`, `strconv`, `strings`, `sync`, `sync/atomic`, `time`, `unicode` and
//! `unicode/utf8` beside
//! their natives), which gojit compiles with the program that imports them,
//! instance by instance, as it compiles the program's own generic code
//! (`types/generics.rs`); a function that is not generic has one instance.

/// Each package's path and source.
const PACKAGES: &[(&str, &str)] = &[
    // Its sentinel errors are native.
    ("bufio", include_str!("bufio.go")),
    ("bytes", include_str!("bytes.go")),
    ("cmp", include_str!("cmp.go")),
    ("container/heap", include_str!("container/heap.go")),
    ("container/list", include_str!("container/list.go")),
    ("container/ring", include_str!("container/ring.go")),
    // `Append`, `Appendf` and `Appendln`; the rest is native.
    ("fmt", include_str!("fmt.go")),
    // The helpers of `io`; `Reader`, `Writer` and `EOF` are native.
    ("io", include_str!("io.go")),
    // `PathError`, `FileMode` and `FileInfo`; os names them too.
    ("io/fs", include_str!("io/fs.go")),
    // Go's deprecated functions, over io and os.
    ("io/ioutil", include_str!("io/ioutil.go")),
    ("iter", include_str!("iter.go")),
    // Over fmt, io, os, runtime and time; headers read the local zone's
    // file themselves.
    ("log", include_str!("log.go")),
    ("maps", include_str!("maps.go")),
    // `Remainder`, `Nextafter`, `Erfinv`, ...; the rest is native.
    ("math", include_str!("math.go")),
    ("math/bits", include_str!("math/bits.go")),
    // Over natives: Go's seeded source, the ziggurat tables, ChaCha8 and
    // random numbers.
    ("math/rand", include_str!("math/rand.go")),
    ("math/rand/v2", include_str!("math/rand/v2.go")),
    // Files and their functions over system-call natives; the rest is
    // native.
    ("os", include_str!("os.go")),
    // `ErrBadPattern` is native.
    ("path", include_str!("path.go")),
    // Over package path and os; `ErrBadPattern`, `SkipDir` and `SkipAll`
    // are native.
    ("path/filepath", include_str!("path/filepath.go")),
    // `Callers`, `CallersFrames` and `FuncForPC` over two natives.
    ("runtime", include_str!("runtime.go")),
    // `Stack`, `PrintStack` and `FreeOSMemory`; `SetGCPercent` and
    // `SetMaxStack` are native.
    ("runtime/debug", include_str!("runtime/debug.go")),
    ("slices", include_str!("slices.go")),
    // The interface-based part of `sort`; the rest is native.
    ("sort", include_str!("sort.go")),
    // The Append functions of `strconv`.
    ("strconv", include_str!("strconv.go")),
    // The functions of `strings` that take functions, `Replacer` and
    // `Reader`.
    ("strings", include_str!("strings.go")),
    // `sync.Map`, `Pool` and the `Once` helpers; the rest is native.
    ("sync", include_str!("sync.go")),
    // The generic `Pointer`; the rest is native.
    ("sync/atomic", include_str!("sync/atomic.go")),
    // `Errno`, the error of system calls.
    ("syscall", include_str!("syscall.go")),
    // `time.ParseDuration`; the rest is native.
    ("time", include_str!("time.go")),
    // The tables' types, `In`, `IsOneOf`, `To` and `SpecialCase`; the rest
    // (the tables too) is native.
    ("unicode", include_str!("unicode.go")),
    // `AppendRune` and `RuneStart`; the rest is native.
    ("unicode/utf8", include_str!("unicode/utf8.go")),
];

/// Whether the Go part of package `path` is parsed only when a name it
/// declares is first looked up, rather than on import: most programs that
/// import `unicode` (fmt's Go part among them) use only its natives, and
/// parsing its Go part would cost them about a millisecond.
pub fn lazy(path: &str) -> bool {
    path == "unicode"
}

/// The source of the Go-written package `path`.
pub fn source(path: &str) -> Option<&'static str> {
    PACKAGES.iter().find(|(p, _)| *p == path).map(|&(_, s)| s)
}

/// The Go-written packages, with their exported names.
pub fn packages() -> Vec<(&'static str, Vec<&'static str>)> {
    PACKAGES
        .iter()
        .map(|&(path, src)| (path, exported(src)))
        .collect()
}

/// The longest source: instances of its declarations need that much room
/// in the span space (see `Info::span_stride`).
pub fn longest() -> usize {
    PACKAGES.iter().map(|(_, s)| s.len()).max().unwrap_or(0)
}

/// The exported functions, types, constants and variables a package
/// source declares (those of a `const (...)` or `var (...)` group too).
fn exported(src: &'static str) -> Vec<&'static str> {
    let mut in_group = false;
    src.lines()
        .filter_map(|l| {
            if in_group {
                in_group = l != ")";
                return l.strip_prefix('\t');
            }
            in_group = l == "const (" || l == "var (";
            ["func ", "type ", "const ", "var "]
                .iter()
                .find_map(|kw| l.strip_prefix(kw))
        })
        .map(|rest| {
            let end = rest
                .find(|c: char| !c.is_alphanumeric() && c != '_')
                .unwrap_or(rest.len());
            &rest[..end]
        })
        .filter(|name| name.starts_with(|c: char| c.is_ascii_uppercase()))
        .collect()
}

//! The instruction set: register bytecode over frame slots.
//!
//! This file is the one place the instruction set is documented. Each
//! instruction names frame slots by their index from the frame base
//! (`R[i]`, one machine word each; see [`crate::runtime::stack`] for the
//! frame layout). Multi-word values (strings: pointer and length;
//! interfaces: type and data; structs and arrays, which slots hold in their
//! memory form) occupy consecutive slots. Instructions that move values
//! between slots and memory, where values take Go's layout, say how with an
//! [`Access`]; the others say how many words. The compiler picks a typed instruction for
//! every operation (`AddInt`, `Concat`, `EqStr`), so no instruction inspects a
//! value's type at run time.
//!
//! Integers of every width sit in a slot sign- or zero-extended to 64 bits
//! (`SignExt`/`ZeroExt` bring results back into range). Floats sit in a
//! slot as the bits of an `f64`; a `float32` is an `f64` holding a value
//! exactly representable as `f32`, and `RoundF32` brings results back into
//! that set. (IEEE `+ - * /` rounded to f64 then to f32 give the correctly
//! rounded f32 result, so float32 arithmetic needs no instructions of its
//! own.)
//!
//! Instructions that can panic (division, `Panic`, calls) end the frame's
//! normal flow when the runtime reports an unwinding status: the engine then
//! either resumes the frame at its `DeferReturn` (a recovered panic whose
//! deferring frame is this one) or returns the status to its caller.

/// A frame slot index, relative to the frame base.
pub type Slot = u32;
/// An index into [`crate::program::Program::funcs`].
pub type FuncId = u32;
/// A bytecode position within one function.
pub type Pc = u32;

/// A scalar whose memory form differs from its slot form: integers narrower
/// than a word and booleans (stored in their own bytes, sign- or
/// zero-extended in a slot), `float32` (4 bytes of `f32` in memory, an `f64`
/// in a slot) and `complex64` (8 bytes of two `f32`s in memory, two `f64`
/// slots).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Scalar {
    I8,
    U8,
    I16,
    U16,
    I32,
    U32,
    F32,
    C64,
}

impl Scalar {
    const ALL: [Scalar; 8] = [
        Scalar::I8,
        Scalar::U8,
        Scalar::I16,
        Scalar::U16,
        Scalar::I32,
        Scalar::U32,
        Scalar::F32,
        Scalar::C64,
    ];

    /// Bytes it takes in memory.
    pub fn size(self) -> u32 {
        match self {
            Scalar::I8 | Scalar::U8 => 1,
            Scalar::I16 | Scalar::U16 => 2,
            Scalar::I32 | Scalar::U32 | Scalar::F32 => 4,
            Scalar::C64 => 8,
        }
    }

    /// Slots it takes in a frame.
    pub fn slots(self) -> u32 {
        if self == Scalar::C64 { 2 } else { 1 }
    }
}

/// How a value moves between memory (Go's layout: its bytes at its offset)
/// and frame slots, named by instructions that load, store or index:
/// - `Words(n)`: n whole words, the same in memory and slots (ints,
///   pointers, strings, slices, interfaces, and structs and arrays whose
///   size is a multiple of 8, which slots hold as the bytes of their
///   memory form);
/// - `Scalar(k)`: a scalar converted between its memory and slot forms;
/// - `Bytes(n)`: an aggregate of n bytes, n not a multiple of 8, copied
///   byte for byte into the low bytes of its slots (the rest zero).
///
/// Its size in memory is the stride of an array of such values. Packed in a
/// `u32` so instructions stay small.
#[derive(Clone, Copy, PartialEq, Eq, Hash)]
pub struct Access(u32);

/// Shows what the access moves (`Words(2)`, `Scalar(U8)`), not its bits.
impl std::fmt::Debug for Access {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:?}", self.kind())
    }
}

/// What an [`Access`] moves.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AccessKind {
    Words(u32),
    Scalar(Scalar),
    Bytes(u32),
}

impl Access {
    const TAG: u32 = 3 << 30;
    const SCALAR: u32 = 1 << 30;
    const BYTES: u32 = 2 << 30;
    /// The largest word count or byte size an access can name.
    pub const MAX: u32 = (1 << 30) - 1;

    /// One whole word.
    pub const WORD: Access = Access(1);

    /// The scalar moved, when it takes one slot (any but `complex64`).
    pub fn narrow(self) -> Option<Scalar> {
        match self.kind() {
            AccessKind::Scalar(Scalar::C64) => None,
            AccessKind::Scalar(k) => Some(k),
            _ => None,
        }
    }

    /// Whether the value moves as whole words, the same in memory and
    /// slots.
    pub fn is_words(self) -> bool {
        self.0 & Self::TAG == 0
    }

    /// `n` whole words (`n` at most [`Self::MAX`]).
    pub const fn words(n: u32) -> Access {
        Access(n)
    }

    /// One scalar.
    pub const fn scalar(k: Scalar) -> Access {
        Access(Self::SCALAR | k as u32)
    }

    /// `n` bytes, not a multiple of 8 (at most [`Self::MAX`]).
    pub const fn bytes(n: u32) -> Access {
        Access(Self::BYTES | n)
    }

    pub fn kind(self) -> AccessKind {
        let v = self.0 & !Self::TAG;
        match self.0 & Self::TAG {
            0 => AccessKind::Words(v),
            Self::SCALAR => AccessKind::Scalar(Scalar::ALL[v as usize]),
            _ => AccessKind::Bytes(v),
        }
    }

    /// Bytes the value takes in memory: the stride of an array of them.
    pub fn size(self) -> u64 {
        match self.kind() {
            AccessKind::Words(n) => 8 * u64::from(n),
            AccessKind::Scalar(k) => u64::from(k.size()),
            AccessKind::Bytes(n) => u64::from(n),
        }
    }

    /// Slots the value takes in a frame.
    pub fn slots(self) -> u32 {
        match self.kind() {
            AccessKind::Words(n) => n,
            AccessKind::Scalar(k) => k.slots(),
            AccessKind::Bytes(n) => n.div_ceil(8),
        }
    }

    /// The slots (first, relative to the image's, and count) that the
    /// value at byte `off` of a memory form held in slots overlaps.
    pub fn image_slots(self, off: u32) -> (u32, u32) {
        let end = u64::from(off) + self.size();
        let first = off / 8;
        (first, (end.div_ceil(8) as u32).saturating_sub(first))
    }
}

/// The layout of a slice element, as growslice needs it: its size in Go
/// (the stride of a backing array, which also decides the capacity `append`
/// picks), and the id of its pointer layout
/// ([`crate::program::Layout`]; Go allocates elements with pointers with a
/// header, which changes that capacity too). Instructions name one by its
/// index in [`crate::program::Program::elems`] ([`ElemId`]), which keeps them
/// small whatever the element's size.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct Elem {
    pub go_size: u64,
    pub layout: u32,
}

/// An element layout: its index in [`crate::program::Program::elems`].
pub type ElemId = u32;

impl Elem {
    /// Whether elements hold pointers.
    pub fn pointers(self) -> bool {
        self.layout != crate::program::layouts::NOSCAN
    }
}

/// Marks a send case in a [`Instr::Select`] case table.
pub const SELECT_SEND: u64 = 1 << 63;

/// Native (Rust) functions reachable from Go code through [`Instr::CallNative`].
///
/// A native's arguments and results sit where a Go callee's would (see
/// [`crate::runtime::stack`]), so natives and Go functions share one call
/// convention.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Native {
    /// `fmt.Println(a ...any) (n int, err error)`
    FmtPrintln,
    /// `fmt.Print(a ...any) (n int, err error)`
    FmtPrint,
    /// `fmt.Printf(format string, a ...any) (n int, err error)`
    FmtPrintf,
    /// `fmt.Sprint(a ...any) string`
    FmtSprint,
    /// `fmt.Sprintln(a ...any) string`
    FmtSprintln,
    /// `fmt.Sprintf(format string, a ...any) string`
    FmtSprintf,
    /// `os.Exit(code int)`
    OsExit,
    /// `errors.New(text string) error`
    ErrorsNew,
    /// `fmt.Errorf(format string, a ...any) error`
    FmtErrorf,
    /// `errors.Is(err, target error) bool`
    ErrorsIs,
    /// `errors.As(err error, target any) bool`
    ErrorsAs,
    /// `errors.Unwrap(err error) error`
    ErrorsUnwrap,
    /// `errors.Join(errs ...error) error`
    ErrorsJoin,
    /// A function of package `strings`.
    Strings(StringsFn),
    /// A function of package `math`.
    Math(MathFn),
    /// A function of package `strconv`.
    Strconv(StrconvFn),
    /// A function of package `runtime`.
    Runtime(RuntimeFn),
    /// A helper of packages `math/rand` and `math/rand/v2`.
    Rand(RandFn),
    /// A helper of package `bufio`'s Scanner.
    Bufio(BufioFn),
    /// A function of package `sort`.
    Sort(SortFn),
    /// A method of `*strings.Builder`.
    Builder(BuilderFn),
    /// A function or variable of package `os`.
    Os(OsFn),
    /// `fmt.Fprint`, `fmt.Fprintln`, `fmt.Fprintf`: to an `io.Writer`.
    Fprint(FprintFn),
    /// A sentinel error variable (`io.EOF`, `fs.ErrNotExist`, ...).
    ErrVar(ErrVar),
    /// A method of `*fmt.pp`, the `fmt.State` a `Format` method gets.
    FmtState(FmtStateFn),
    /// `io.Discard` and the methods of its type, `io.discard`.
    Discard(DiscardFn),
    /// `fmt.Scan`, `Scanln`, `Scanf`, `Sscan`, `Sscanln`, `Sscanf`.
    Scan(ScanFn),
    /// A function of package `unicode`.
    Unicode(UnicodeFn),
    /// A variable of package `unicode`: a range table, a map or list of
    /// them, or case ranges.
    UnicodeVar(UnicodeVar),
    /// A function of package `unicode/utf8`.
    Utf8(Utf8Fn),
    /// A method of a type of package `sync`.
    Sync(SyncFn),
    /// A function of package `sync/atomic` (the methods of its types are
    /// the same operations on their value word).
    Atomic(AtomicOp, AtomicTy),
    /// A function or method of package `time`.
    Time(TimeFn),
}

/// The functions of package `unicode` gojit provides: rune classes and
/// case mappings (Unicode 15.0.0, as Go 1.23).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum UnicodeFn {
    IsControl,
    IsDigit,
    IsGraphic,
    IsLetter,
    IsLower,
    IsMark,
    IsNumber,
    IsPrint,
    IsPunct,
    IsSpace,
    IsSymbol,
    IsTitle,
    IsUpper,
    ToLower,
    ToTitle,
    ToUpper,
    SimpleFold,
    /// `Is(*RangeTable, rune) bool`: reads the table, so tables a program
    /// builds work too.
    Is,
}

impl UnicodeFn {
    /// Every function, for the checker's lookup by name.
    pub const ALL: [UnicodeFn; 18] = {
        use UnicodeFn::*;
        [
            IsControl, IsDigit, IsGraphic, IsLetter, IsLower, IsMark, IsNumber, IsPrint, IsPunct,
            IsSpace, IsSymbol, IsTitle, IsUpper, ToLower, ToTitle, ToUpper, SimpleFold, Is,
        ]
    };

    /// The Go name, with its package: `unicode.IsUpper`.
    pub fn name(self) -> &'static str {
        use UnicodeFn::*;
        match self {
            IsControl => "unicode.IsControl",
            IsDigit => "unicode.IsDigit",
            IsGraphic => "unicode.IsGraphic",
            IsLetter => "unicode.IsLetter",
            IsLower => "unicode.IsLower",
            IsMark => "unicode.IsMark",
            IsNumber => "unicode.IsNumber",
            IsPrint => "unicode.IsPrint",
            IsPunct => "unicode.IsPunct",
            IsSpace => "unicode.IsSpace",
            IsSymbol => "unicode.IsSymbol",
            IsTitle => "unicode.IsTitle",
            IsUpper => "unicode.IsUpper",
            ToLower => "unicode.ToLower",
            ToTitle => "unicode.ToTitle",
            ToUpper => "unicode.ToUpper",
            SimpleFold => "unicode.SimpleFold",
            Is => "unicode.Is",
        }
    }
}

/// The variables of package `unicode`, made on first use and kept for the
/// run (so aliases such as `Letter` and `L` are one table, as in Go).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum UnicodeVar {
    /// A `*RangeTable`, by index in `unicode_tables::TABLE_VARS`.
    Table(u16),
    Categories,
    Scripts,
    Properties,
    FoldCategory,
    FoldScript,
    GraphicRanges,
    PrintRanges,
    CaseRanges,
    TurkishCase,
    AzeriCase,
}

impl UnicodeVar {
    /// The variables other than the tables.
    pub const OTHERS: [UnicodeVar; 10] = {
        use UnicodeVar::*;
        [
            Categories,
            Scripts,
            Properties,
            FoldCategory,
            FoldScript,
            GraphicRanges,
            PrintRanges,
            CaseRanges,
            TurkishCase,
            AzeriCase,
        ]
    };

    /// The Go name, with its package: `unicode.Latin`.
    pub fn name(self) -> &'static str {
        use UnicodeVar::*;
        match self {
            Table(i) => crate::runtime::natives::unicode_tables::TABLE_VARS[i as usize].0,
            Categories => "unicode.Categories",
            Scripts => "unicode.Scripts",
            Properties => "unicode.Properties",
            FoldCategory => "unicode.FoldCategory",
            FoldScript => "unicode.FoldScript",
            GraphicRanges => "unicode.GraphicRanges",
            PrintRanges => "unicode.PrintRanges",
            CaseRanges => "unicode.CaseRanges",
            TurkishCase => "unicode.TurkishCase",
            AzeriCase => "unicode.AzeriCase",
        }
    }

    /// The variable named `unicode.NAME`.
    pub fn find(name: &str) -> Option<UnicodeVar> {
        let tables = &crate::runtime::natives::unicode_tables::TABLE_VARS;
        // The tables are sorted by name.
        match tables.binary_search_by_key(&name, |(n, _)| &n["unicode.".len()..]) {
            Ok(i) => Some(UnicodeVar::Table(i as u16)),
            Err(_) => UnicodeVar::OTHERS
                .into_iter()
                .find(|v| v.name().strip_prefix("unicode.") == Some(name)),
        }
    }
}

/// fmt's scanning functions: from standard input, a string or a reader,
/// separated by spaces (newlines too for `Scan`), ending at a newline
/// (`ln`), or by a format (`f`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ScanFn {
    Scan,
    Scanln,
    Scanf,
    Sscan,
    Sscanln,
    Sscanf,
    /// `fmt.fscan(next func() int, unread func(), a ...any) (int, error)`:
    /// `Scan` over bytes `next` gives (-1 at the end); `unread` gives back
    /// the rune that ended the scan (what `Fscan`, written in Go, calls).
    Fscan,
    /// `fmt.fscanln(next func() int, unread func(), a ...any)`: the same
    /// for `Fscanln`.
    Fscanln,
    /// `fmt.fscanf(next func() int, unread func(), format string, a
    /// ...any)`: the same for `Fscanf`.
    Fscanf,
}

impl ScanFn {
    pub const ALL: [ScanFn; 9] = [
        ScanFn::Scan,
        ScanFn::Scanln,
        ScanFn::Scanf,
        ScanFn::Sscan,
        ScanFn::Sscanln,
        ScanFn::Sscanf,
        ScanFn::Fscan,
        ScanFn::Fscanln,
        ScanFn::Fscanf,
    ];

    /// The Go name: `fmt.Sscanf`.
    pub fn name(self) -> &'static str {
        match self {
            ScanFn::Scan => "fmt.Scan",
            ScanFn::Scanln => "fmt.Scanln",
            ScanFn::Scanf => "fmt.Scanf",
            ScanFn::Sscan => "fmt.Sscan",
            ScanFn::Sscanln => "fmt.Sscanln",
            ScanFn::Sscanf => "fmt.Sscanf",
            ScanFn::Fscan => "fmt.fscan",
            ScanFn::Fscanln => "fmt.fscanln",
            ScanFn::Fscanf => "fmt.fscanf",
        }
    }

    /// Reads a string argument rather than standard input.
    pub fn from_string(self) -> bool {
        matches!(self, ScanFn::Sscan | ScanFn::Sscanln | ScanFn::Sscanf)
    }

    /// Reads through Go functions rather than standard input.
    pub fn from_reader(self) -> bool {
        matches!(self, ScanFn::Fscan | ScanFn::Fscanln | ScanFn::Fscanf)
    }

    /// Takes a format.
    pub fn formatted(self) -> bool {
        matches!(self, ScanFn::Scanf | ScanFn::Sscanf | ScanFn::Fscanf)
    }

    /// Stops at a newline.
    pub fn line(self) -> bool {
        matches!(self, ScanFn::Scanln | ScanFn::Sscanln | ScanFn::Fscanln)
    }
}

/// `fmt.Fprint*`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FprintFn {
    Fprint,
    Fprintln,
    Fprintf,
}

/// The natives of package `os`: its variables and environment, and the
/// system calls under the `File` type and functions of `gopackages/os.go`
/// (lowercase, that file's only; an errno result is 0 for success).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum OsFn {
    /// The variable `os.Args`.
    Args,
    /// The variables `os.Stdin`, `os.Stdout`, `os.Stderr`.
    Stdin,
    Stdout,
    Stderr,
    Getenv,
    LookupEnv,
    Getpid,
    /// `os.open(name string, flag int, perm uint32) (fd, errno int)`.
    Open,
    /// `os.read(fd int, b []byte) (n, errno int)`.
    Read,
    /// `os.write(fd int, b []byte) (n, errno int)`.
    Write,
    /// `os.close(fd int) (errno int)`.
    Close,
    /// `os.mkdir(name string, perm uint32) (errno int)`.
    Mkdir,
    /// `os.remove(name string) (errno int)`: unlink, else rmdir.
    Remove,
    /// `os.removeAll(path string) (errno int)`.
    RemoveAll,
    /// `os.stat(name string, follow bool) (size int64, mode uint32, errno
    /// int)`, the mode in `fs.FileMode` bits.
    Stat,
    /// `os.fastrand() uint32`: the random part of temporary names.
    Fastrand,
    /// `os.rename(old, new string) (errno int)`.
    Rename,
    /// `os.seek(fd int, offset int64, whence int) (int64, errno int)`.
    Seek,
    /// `os.fsync(fd int) (errno int)`.
    Fsync,
    /// `os.readDir(name string) (names []string, types []uint32, errno
    /// int)`: the entries sorted by name, their types in `fs.FileMode`
    /// bits.
    ReadDir,
    /// `os.getwd() (dir string, errno int)`.
    Getwd,
    /// `os.chdir(dir string) (errno int)`.
    Chdir,
    /// `os.chmod(name string, mode uint32) (errno int)`.
    Chmod,
    /// `os.truncate(name string, size int64) (errno int)`.
    Truncate,
    /// `os.setenv(key, value string)`: the run's environment changes
    /// (`os::State::env`), not the process's.
    Setenv,
    /// `os.unsetenv(key string)`.
    Unsetenv,
    /// `os.pread(fd int, b []byte, off int64) (n, errno int)`.
    Pread,
    /// `os.pwrite(fd int, b []byte, off int64) (n, errno int)`.
    Pwrite,
    /// `os.ftruncate(fd int, size int64) (errno int)`.
    Ftruncate,
    /// `os.Environ() []string`: the run's environment as `key=value`.
    Environ,
    /// `os.readlink(name string) (target string, errno int)`.
    Readlink,
    /// `os.symlink(old, new string) (errno int)`.
    Symlink,
}

impl OsFn {
    /// The package's natives, for the checker's lookup.
    pub const MEMBERS: [OsFn; 32] = {
        use OsFn::*;
        [
            Args, Stdin, Stdout, Stderr, Getenv, LookupEnv, Getpid, Open, Read, Write, Close,
            Mkdir, Remove, RemoveAll, Stat, Fastrand, Rename, Seek, Fsync, ReadDir, Getwd, Chdir,
            Chmod, Truncate, Setenv, Unsetenv, Pread, Pwrite, Ftruncate, Environ, Readlink,
            Symlink,
        ]
    };

    /// The Go name: `os.Getenv`, `os.open`.
    pub fn name(self) -> &'static str {
        match self {
            OsFn::Args => "os.Args",
            OsFn::Stdin => "os.Stdin",
            OsFn::Stdout => "os.Stdout",
            OsFn::Stderr => "os.Stderr",
            OsFn::Getenv => "os.Getenv",
            OsFn::LookupEnv => "os.LookupEnv",
            OsFn::Getpid => "os.Getpid",
            OsFn::Open => "os.open",
            OsFn::Read => "os.read",
            OsFn::Write => "os.write",
            OsFn::Close => "os.close",
            OsFn::Mkdir => "os.mkdir",
            OsFn::Remove => "os.remove",
            OsFn::RemoveAll => "os.removeAll",
            OsFn::Stat => "os.stat",
            OsFn::Fastrand => "os.fastrand",
            OsFn::Rename => "os.rename",
            OsFn::Seek => "os.seek",
            OsFn::Fsync => "os.fsync",
            OsFn::ReadDir => "os.readDir",
            OsFn::Getwd => "os.getwd",
            OsFn::Chdir => "os.chdir",
            OsFn::Chmod => "os.chmod",
            OsFn::Truncate => "os.truncate",
            OsFn::Setenv => "os.setenv",
            OsFn::Unsetenv => "os.unsetenv",
            OsFn::Pread => "os.pread",
            OsFn::Pwrite => "os.pwrite",
            OsFn::Ftruncate => "os.ftruncate",
            OsFn::Environ => "os.Environ",
            OsFn::Readlink => "os.readlink",
            OsFn::Symlink => "os.symlink",
        }
    }

    /// A package variable rather than a function.
    pub fn is_var(self) -> bool {
        matches!(self, OsFn::Args | OsFn::Stdin | OsFn::Stdout | OsFn::Stderr)
    }
}

/// The methods of `*fmt.pp`, the `fmt.State` that `fmt` hands a `Format`
/// method: its cell holds the output so far (a `[]byte`), the width, the
/// precision and the flags (`pp_flags`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum FmtStateFn {
    Flag,
    Precision,
    Width,
    Write,
    WriteString,
}

impl FmtStateFn {
    /// Every method.
    pub const ALL: [FmtStateFn; 5] = {
        use FmtStateFn::*;
        [Flag, Precision, Width, Write, WriteString]
    };

    /// The Go name: `fmt.(*pp).Write`.
    pub fn name(self) -> &'static str {
        match self {
            FmtStateFn::Flag => "fmt.(*pp).Flag",
            FmtStateFn::Precision => "fmt.(*pp).Precision",
            FmtStateFn::Width => "fmt.(*pp).Width",
            FmtStateFn::Write => "fmt.(*pp).Write",
            FmtStateFn::WriteString => "fmt.(*pp).WriteString",
        }
    }

    /// The method name.
    pub fn method(self) -> &'static str {
        self.name().rsplit('.').next().unwrap_or("")
    }
}

/// `io.Discard`, a `Writer` that drops what it is given, and the methods of
/// its type `io.discard` (a `struct{}`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum DiscardFn {
    Var,
    Write,
    WriteString,
}

impl DiscardFn {
    /// The Go name: `io.Discard`, `io.discard.Write`.
    pub fn name(self) -> &'static str {
        match self {
            DiscardFn::Var => "io.Discard",
            DiscardFn::Write => "io.discard.Write",
            DiscardFn::WriteString => "io.discard.WriteString",
        }
    }
}

/// The standard packages' sentinel errors: package variables, each one
/// `*errors.errorString` for the whole run (compared by identity).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ErrVar {
    Eof,
    UnexpectedEof,
    ShortWrite,
    ShortBuffer,
    Invalid,
    Permission,
    Exist,
    NotExist,
    Closed,
    Syntax,
    Range,
    Unsupported,
    NoProgress,
    FinalToken,
    TooLong,
    NegativeAdvance,
    AdvanceTooFar,
    BadReadCount,
    BufferFull,
    NegativeCount,
    InvalidUnreadByte,
    InvalidUnreadRune,
    SkipDir,
    SkipAll,
    PathBadPattern,
    FilepathBadPattern,
}

impl ErrVar {
    /// Every sentinel.
    pub const ALL: [ErrVar; 26] = {
        use ErrVar::*;
        [
            Eof,
            UnexpectedEof,
            ShortWrite,
            ShortBuffer,
            Invalid,
            Permission,
            Exist,
            NotExist,
            Closed,
            Syntax,
            Range,
            Unsupported,
            NoProgress,
            FinalToken,
            TooLong,
            NegativeAdvance,
            AdvanceTooFar,
            BadReadCount,
            BufferFull,
            NegativeCount,
            InvalidUnreadByte,
            InvalidUnreadRune,
            SkipDir,
            SkipAll,
            PathBadPattern,
            FilepathBadPattern,
        ]
    };

    /// The Go name: `io.EOF`, `fs.ErrNotExist`.
    pub fn name(self) -> &'static str {
        match self {
            ErrVar::Eof => "io.EOF",
            ErrVar::UnexpectedEof => "io.ErrUnexpectedEOF",
            ErrVar::ShortWrite => "io.ErrShortWrite",
            ErrVar::ShortBuffer => "io.ErrShortBuffer",
            ErrVar::Invalid => "fs.ErrInvalid",
            ErrVar::Permission => "fs.ErrPermission",
            ErrVar::Exist => "fs.ErrExist",
            ErrVar::NotExist => "fs.ErrNotExist",
            ErrVar::Closed => "fs.ErrClosed",
            ErrVar::Syntax => "strconv.ErrSyntax",
            ErrVar::Range => "strconv.ErrRange",
            ErrVar::Unsupported => "errors.ErrUnsupported",
            ErrVar::NoProgress => "io.ErrNoProgress",
            ErrVar::FinalToken => "bufio.ErrFinalToken",
            ErrVar::TooLong => "bufio.ErrTooLong",
            ErrVar::NegativeAdvance => "bufio.ErrNegativeAdvance",
            ErrVar::AdvanceTooFar => "bufio.ErrAdvanceTooFar",
            ErrVar::BadReadCount => "bufio.ErrBadReadCount",
            ErrVar::BufferFull => "bufio.ErrBufferFull",
            ErrVar::NegativeCount => "bufio.ErrNegativeCount",
            ErrVar::InvalidUnreadByte => "bufio.ErrInvalidUnreadByte",
            ErrVar::InvalidUnreadRune => "bufio.ErrInvalidUnreadRune",
            ErrVar::SkipDir => "fs.SkipDir",
            ErrVar::SkipAll => "fs.SkipAll",
            ErrVar::PathBadPattern => "path.ErrBadPattern",
            ErrVar::FilepathBadPattern => "filepath.ErrBadPattern",
        }
    }

    /// The import paths that declare it (`os` names package fs's).
    pub fn packages(self) -> &'static [&'static str] {
        match self {
            ErrVar::Eof
            | ErrVar::UnexpectedEof
            | ErrVar::ShortWrite
            | ErrVar::ShortBuffer
            | ErrVar::NoProgress => &["io"],
            ErrVar::FinalToken
            | ErrVar::TooLong
            | ErrVar::NegativeAdvance
            | ErrVar::AdvanceTooFar
            | ErrVar::BadReadCount
            | ErrVar::BufferFull
            | ErrVar::NegativeCount
            | ErrVar::InvalidUnreadByte
            | ErrVar::InvalidUnreadRune => &["bufio"],
            ErrVar::Syntax | ErrVar::Range => &["strconv"],
            ErrVar::Unsupported => &["errors"],
            // filepath's are fs's values.
            ErrVar::SkipDir | ErrVar::SkipAll => &["io/fs", "path/filepath"],
            // Two values alike: path's is not filepath's.
            ErrVar::PathBadPattern => &["path"],
            ErrVar::FilepathBadPattern => &["path/filepath"],
            _ => &["io/fs", "os"],
        }
    }

    /// Its error text.
    pub fn text(self) -> &'static str {
        match self {
            ErrVar::Eof => "EOF",
            ErrVar::UnexpectedEof => "unexpected EOF",
            ErrVar::ShortWrite => "short write",
            ErrVar::ShortBuffer => "short buffer",
            ErrVar::Invalid => "invalid argument",
            ErrVar::Permission => "permission denied",
            ErrVar::Exist => "file already exists",
            ErrVar::NotExist => "file does not exist",
            ErrVar::Closed => "file already closed",
            ErrVar::Syntax => "invalid syntax",
            ErrVar::Range => "value out of range",
            ErrVar::Unsupported => "unsupported operation",
            ErrVar::NoProgress => "multiple Read calls return no data or error",
            ErrVar::FinalToken => "final token",
            ErrVar::TooLong => "bufio.Scanner: token too long",
            ErrVar::NegativeAdvance => "bufio.Scanner: SplitFunc returns negative advance count",
            ErrVar::AdvanceTooFar => "bufio.Scanner: SplitFunc returns advance count beyond input",
            ErrVar::BadReadCount => "bufio.Scanner: Read returned impossible count",
            ErrVar::BufferFull => "bufio: buffer full",
            ErrVar::NegativeCount => "bufio: negative count",
            ErrVar::InvalidUnreadByte => "bufio: invalid use of UnreadByte",
            ErrVar::InvalidUnreadRune => "bufio: invalid use of UnreadRune",
            ErrVar::SkipDir => "skip this directory",
            ErrVar::SkipAll => "skip everything and stop the walk",
            ErrVar::PathBadPattern | ErrVar::FilepathBadPattern => "syntax error in pattern",
        }
    }
}

/// The methods of `*strings.Builder`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BuilderFn {
    Cap,
    Grow,
    Len,
    Reset,
    String,
    Write,
    WriteByte,
    WriteRune,
    WriteString,
}

impl BuilderFn {
    /// Every method, for the checker.
    pub const ALL: [BuilderFn; 9] = {
        use BuilderFn::*;
        [
            Cap,
            Grow,
            Len,
            Reset,
            String,
            Write,
            WriteByte,
            WriteRune,
            WriteString,
        ]
    };

    /// The Go name, as traces print it: `strings.(*Builder).WriteString`.
    pub fn name(self) -> &'static str {
        use BuilderFn::*;
        match self {
            Cap => "strings.(*Builder).Cap",
            Grow => "strings.(*Builder).Grow",
            Len => "strings.(*Builder).Len",
            Reset => "strings.(*Builder).Reset",
            String => "strings.(*Builder).String",
            Write => "strings.(*Builder).Write",
            WriteByte => "strings.(*Builder).WriteByte",
            WriteRune => "strings.(*Builder).WriteRune",
            WriteString => "strings.(*Builder).WriteString",
        }
    }

    /// The method's name alone.
    pub fn method(self) -> &'static str {
        self.name().rsplit('.').next().unwrap_or("")
    }
}

/// The functions of package `sort` gojit provides.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SortFn {
    Float64s,
    Float64sAreSorted,
    Ints,
    IntsAreSorted,
    Search,
    SearchFloat64s,
    SearchInts,
    SearchStrings,
    Slice,
    SliceIsSorted,
    SliceStable,
    Strings,
    StringsAreSorted,
    /// `sort.pdqsort(n int, less func(i, j int) bool, swap func(i, j
    /// int))`: Go's unstable sort of `n` elements through the two
    /// functions (what `sort.Sort`, written in Go, calls).
    Pdqsort,
}

impl SortFn {
    /// Every function, for the checker's lookup by name.
    pub const ALL: [SortFn; 14] = {
        use SortFn::*;
        [
            Pdqsort,
            Float64s,
            Float64sAreSorted,
            Ints,
            IntsAreSorted,
            Search,
            SearchFloat64s,
            SearchInts,
            SearchStrings,
            Slice,
            SliceIsSorted,
            SliceStable,
            Strings,
            StringsAreSorted,
        ]
    };

    /// The Go name, with its package: `sort.Ints`.
    pub fn name(self) -> &'static str {
        use SortFn::*;
        match self {
            Float64s => "sort.Float64s",
            Float64sAreSorted => "sort.Float64sAreSorted",
            Ints => "sort.Ints",
            IntsAreSorted => "sort.IntsAreSorted",
            Search => "sort.Search",
            SearchFloat64s => "sort.SearchFloat64s",
            SearchInts => "sort.SearchInts",
            SearchStrings => "sort.SearchStrings",
            Slice => "sort.Slice",
            SliceIsSorted => "sort.SliceIsSorted",
            SliceStable => "sort.SliceStable",
            Strings => "sort.Strings",
            StringsAreSorted => "sort.StringsAreSorted",
            Pdqsort => "sort.pdqsort",
        }
    }
}

/// The functions of package `unicode/utf8` gojit provides.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Utf8Fn {
    DecodeLastRune,
    DecodeLastRuneInString,
    DecodeRune,
    DecodeRuneInString,
    EncodeRune,
    FullRune,
    FullRuneInString,
    RuneCount,
    RuneCountInString,
    RuneLen,
    Valid,
    ValidRune,
    ValidString,
}

impl Utf8Fn {
    /// Every function, for the checker's lookup by name.
    pub const ALL: [Utf8Fn; 13] = {
        use Utf8Fn::*;
        [
            DecodeLastRune,
            DecodeLastRuneInString,
            DecodeRune,
            DecodeRuneInString,
            EncodeRune,
            FullRune,
            FullRuneInString,
            RuneCount,
            RuneCountInString,
            RuneLen,
            Valid,
            ValidRune,
            ValidString,
        ]
    };

    /// The Go name, with its package: `utf8.RuneLen`.
    pub fn name(self) -> &'static str {
        use Utf8Fn::*;
        match self {
            DecodeLastRune => "utf8.DecodeLastRune",
            DecodeLastRuneInString => "utf8.DecodeLastRuneInString",
            DecodeRune => "utf8.DecodeRune",
            DecodeRuneInString => "utf8.DecodeRuneInString",
            EncodeRune => "utf8.EncodeRune",
            FullRune => "utf8.FullRune",
            FullRuneInString => "utf8.FullRuneInString",
            RuneCount => "utf8.RuneCount",
            RuneCountInString => "utf8.RuneCountInString",
            RuneLen => "utf8.RuneLen",
            Valid => "utf8.Valid",
            ValidRune => "utf8.ValidRune",
            ValidString => "utf8.ValidString",
        }
    }
}

/// The natives under `math/rand` and `math/rand/v2` (written in Go over
/// these): Go's seeded source `rngSource`, the ziggurat tables, the
/// `ChaCha8` generator and the runtime's random numbers.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RandFn {
    /// `rand.newSource(seed int64) int`: a new seeded source, by handle.
    NewSource,
    /// `rand.sourceUint64(h int) uint64`: the next number of source `h`.
    SourceUint64,
    /// `rand.sourceSeed(h int, seed int64)`: seeds source `h` again.
    SourceSeed,
    /// `rand.globalUint64() uint64`: the next number of `math/rand`'s
    /// global source: random unless `rand.Seed` seeded it.
    GlobalUint64,
    /// `rand.globalSeed(seed int64)`: seeds the global source (`rand.Seed`).
    GlobalSeed,
    /// `rand.runtimeUint64() uint64`: a random number (Go's `runtime.rand`).
    RuntimeUint64,
    /// `rand.globalReadState() (val int64, pos int)`: what the top-level
    /// `Read` kept of its last number (`pos` bytes of `val`).
    GlobalReadState,
    /// `rand.setGlobalReadState(val int64, pos int)`: keeps the rest of the
    /// top-level `Read`'s last number.
    SetGlobalReadState,
    /// `rand.normTable(i int) (k uint32, w, f float32)`: layer `i` of the
    /// normal ziggurat.
    NormTable,
    /// `rand.expTable(i int) (k uint32, w, f float32)`: layer `i` of the
    /// exponential ziggurat.
    ExpTable,
    /// `rand.chachaNew(s0, s1, s2, s3 uint64) int`: a new `ChaCha8`
    /// generator with that seed, by handle.
    ChachaNew,
    /// `rand.chachaUint64(h int) uint64`: the next number of generator `h`.
    ChachaUint64,
    /// `rand.chachaState(h, k int) uint64`: the numbers generator `h` has
    /// given since its seed last changed (`k` 0), or word `k-1` of that seed.
    ChachaState,
    /// `rand.chachaRestore(h int, used, s0, s1, s2, s3 uint64)`: seeds
    /// generator `h` and skips `used` numbers.
    ChachaRestore,
}

impl RandFn {
    /// Every function, for the checker's lookup by name.
    pub const ALL: [RandFn; 14] = [
        RandFn::NewSource,
        RandFn::SourceUint64,
        RandFn::SourceSeed,
        RandFn::GlobalUint64,
        RandFn::GlobalSeed,
        RandFn::RuntimeUint64,
        RandFn::GlobalReadState,
        RandFn::SetGlobalReadState,
        RandFn::NormTable,
        RandFn::ExpTable,
        RandFn::ChachaNew,
        RandFn::ChachaUint64,
        RandFn::ChachaState,
        RandFn::ChachaRestore,
    ];

    /// The name, with its package: `rand.newSource`.
    pub fn name(self) -> &'static str {
        match self {
            RandFn::NewSource => "rand.newSource",
            RandFn::SourceUint64 => "rand.sourceUint64",
            RandFn::SourceSeed => "rand.sourceSeed",
            RandFn::GlobalUint64 => "rand.globalUint64",
            RandFn::GlobalSeed => "rand.globalSeed",
            RandFn::RuntimeUint64 => "rand.runtimeUint64",
            RandFn::GlobalReadState => "rand.globalReadState",
            RandFn::SetGlobalReadState => "rand.setGlobalReadState",
            RandFn::NormTable => "rand.normTable",
            RandFn::ExpTable => "rand.expTable",
            RandFn::ChachaNew => "rand.chachaNew",
            RandFn::ChachaUint64 => "rand.chachaUint64",
            RandFn::ChachaState => "rand.chachaState",
            RandFn::ChachaRestore => "rand.chachaRestore",
        }
    }
}

/// The natives under `bufio` (written in Go over these): a `Scanner` of
/// an `*os.File` split by one of the package's split functions runs in
/// the runtime, reading the file itself.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum BufioFn {
    /// `bufio.fastScanner(fd uintptr) int`: a runtime scanner of the lines
    /// of file `fd`, by handle.
    FastScanner,
    /// `bufio.fastSplit(h int, split func([]byte, bool) (int, []byte,
    /// error)) bool`: splits scanner `h` by `split` if it is `ScanLines`,
    /// `ScanWords`, `ScanRunes` or `ScanBytes`; false for any other.
    FastSplit,
    /// `bufio.fastBuffer(h int, max int)`: the longest token scanner `h`
    /// takes.
    FastBuffer,
    /// `bufio.fastScan(h int) int`: scanner `h`'s next token: 1 if there
    /// is one, 0 at the end, 2 when the file fails before anything was
    /// buffered (the Go code then reads it, for Go's error).
    FastScan,
    /// `bufio.fastBytes(h int) []byte`: a copy of scanner `h`'s token.
    FastBytes,
    /// `bufio.fastText(h int) string`: scanner `h`'s token as a string.
    FastText,
    /// `bufio.fastTooLong(h int) bool`: scanner `h` stopped at a token
    /// longer than its buffer.
    FastTooLong,
}

impl BufioFn {
    /// Every function, for the checker's lookup by name.
    pub const ALL: [BufioFn; 7] = [
        BufioFn::FastScanner,
        BufioFn::FastSplit,
        BufioFn::FastBuffer,
        BufioFn::FastScan,
        BufioFn::FastBytes,
        BufioFn::FastText,
        BufioFn::FastTooLong,
    ];

    /// The name, with its package: `bufio.fastScan`.
    pub fn name(self) -> &'static str {
        match self {
            BufioFn::FastScanner => "bufio.fastScanner",
            BufioFn::FastSplit => "bufio.fastSplit",
            BufioFn::FastBuffer => "bufio.fastBuffer",
            BufioFn::FastScan => "bufio.fastScan",
            BufioFn::FastBytes => "bufio.fastBytes",
            BufioFn::FastText => "bufio.fastText",
            BufioFn::FastTooLong => "bufio.fastTooLong",
        }
    }
}

/// The functions of package `runtime` gojit provides.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum RuntimeFn {
    /// `runtime.GC()`: yields, then collects garbage.
    Gc,
    /// `runtime.Gosched()`: lets the other goroutines run.
    Gosched,
    /// `runtime.KeepAlive(x any)`: only a marker for the compiler.
    KeepAlive,
    /// `runtime.NumGoroutine() int`
    NumGoroutine,
    /// `runtime.GOMAXPROCS(n int) int`
    Gomaxprocs,
    /// `runtime.NumCPU() int`
    NumCpu,
    /// `runtime.GOROOT() string`
    Goroot,
    /// `runtime.Caller(skip int) (pc uintptr, file string, line int, ok bool)`
    Caller,
    /// `runtime.Goexit()`
    Goexit,
    /// `runtime.callers(skip int, pc []uintptr) int`: the program counters
    /// of the calling frames (what `runtime.Callers`, written in Go, gives).
    Callers,
    /// `runtime.pcinfo(pc uintptr) (function, file string, line int, entry
    /// uintptr)`: what a program counter from `callers` or `Caller` names.
    PcInfo,
    /// `runtime.memstats() (alloc, totalAlloc, sys, mallocs, frees,
    /// heapIdle, heapReleased, nextGC, lastGC, pauseTotalNs uint64, numGC,
    /// numForcedGC uint32, enableGC bool)`: the figures `ReadMemStats`
    /// (written in Go) reports.
    MemStats,
    /// `runtime.setfinalizer(obj, finalizer any, runfinq func())`: what
    /// `SetFinalizer` (written in Go) does (see `runtime/mfinal.rs`).
    SetFinalizer,
    /// `runtime.runfinalizer()`: makes the next queued finalizer call,
    /// waiting for one (the finalizer goroutine's loop body).
    RunFinalizer,
    /// `runtime.Breakpoint()`: the SIGTRAP crash Go's breakpoint trap gives.
    Breakpoint,
    /// `runtime.Stack(buf []byte, all bool) int`: the goroutine trace.
    Stack,
    /// `runtime.MemProfileRate`, a variable: its native gives its address
    /// (see [`Native::by_address`]).
    MemProfileRate,
    /// `runtime/debug.SetGCPercent(percent int) int`: the collector's pace
    /// (GOGC; negative: off), returning the previous one.
    SetGcPercent,
    /// `runtime/debug.SetMaxStack(bytes int) int`: records the limit and
    /// returns the previous one (gojit's slot stacks have their own).
    SetMaxStack,
}

impl RuntimeFn {
    /// Every function, for the checker's lookup by name.
    pub const ALL: [RuntimeFn; 19] = [
        RuntimeFn::SetGcPercent,
        RuntimeFn::SetMaxStack,
        RuntimeFn::SetFinalizer,
        RuntimeFn::RunFinalizer,
        RuntimeFn::Breakpoint,
        RuntimeFn::Stack,
        RuntimeFn::MemProfileRate,
        RuntimeFn::Caller,
        RuntimeFn::Callers,
        RuntimeFn::PcInfo,
        RuntimeFn::MemStats,
        RuntimeFn::Goexit,
        RuntimeFn::Gc,
        RuntimeFn::Gosched,
        RuntimeFn::KeepAlive,
        RuntimeFn::NumGoroutine,
        RuntimeFn::Gomaxprocs,
        RuntimeFn::NumCpu,
        RuntimeFn::Goroot,
    ];

    /// The Go name, with its package: `runtime.GC`.
    pub fn name(self) -> &'static str {
        match self {
            RuntimeFn::Gc => "runtime.GC",
            RuntimeFn::Gosched => "runtime.Gosched",
            RuntimeFn::KeepAlive => "runtime.KeepAlive",
            RuntimeFn::NumGoroutine => "runtime.NumGoroutine",
            RuntimeFn::Gomaxprocs => "runtime.GOMAXPROCS",
            RuntimeFn::NumCpu => "runtime.NumCPU",
            RuntimeFn::Goroot => "runtime.GOROOT",
            RuntimeFn::Caller => "runtime.Caller",
            RuntimeFn::Callers => "runtime.callers",
            RuntimeFn::PcInfo => "runtime.pcinfo",
            RuntimeFn::MemStats => "runtime.memstats",
            RuntimeFn::Goexit => "runtime.Goexit",
            RuntimeFn::SetFinalizer => "runtime.setfinalizer",
            RuntimeFn::RunFinalizer => "runtime.runfinalizer",
            RuntimeFn::Breakpoint => "runtime.Breakpoint",
            RuntimeFn::Stack => "runtime.Stack",
            RuntimeFn::MemProfileRate => "runtime.MemProfileRate",
            RuntimeFn::SetGcPercent => "runtime/debug.SetGCPercent",
            RuntimeFn::SetMaxStack => "runtime/debug.SetMaxStack",
        }
    }
}

/// The functions of package `strconv` gojit provides.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum StrconvFn {
    Itoa,
    /// `strconv.parseInt(s string, base, bitSize int) (int64, why int)`,
    /// under `ParseInt` and `Atoi` of `gopackages/strconv.go` (`why`: 0, or
    /// 1 syntax, 2 range, 3 base, 4 bit size).
    ParseInt,
    /// `strconv.parseUint(s string, base, bitSize int) (uint64, why int)`.
    ParseUint,
    /// `strconv.parseFloat(s string, bitSize int) (float64, why int)`.
    ParseFloat,
    FormatInt,
    FormatUint,
    FormatFloat,
    FormatBool,
    Quote,
    QuoteToASCII,
    QuoteRune,
    QuoteRuneToASCII,
    QuoteToGraphic,
    QuoteRuneToGraphic,
    Unquote,
    UnquoteChar,
    QuotedPrefix,
    CanBackquote,
    IsPrint,
    IsGraphic,
}

impl StrconvFn {
    /// Every function, for the checker's lookup by name.
    pub const ALL: [StrconvFn; 20] = {
        use StrconvFn::*;
        [
            Itoa,
            ParseInt,
            ParseUint,
            ParseFloat,
            FormatInt,
            FormatUint,
            FormatFloat,
            FormatBool,
            Quote,
            QuoteToASCII,
            QuoteRune,
            QuoteRuneToASCII,
            QuoteToGraphic,
            QuoteRuneToGraphic,
            Unquote,
            UnquoteChar,
            QuotedPrefix,
            CanBackquote,
            IsPrint,
            IsGraphic,
        ]
    };

    /// The Go name, with its package: `strconv.Itoa`.
    pub fn name(self) -> &'static str {
        use StrconvFn::*;
        match self {
            Itoa => "strconv.Itoa",
            ParseInt => "strconv.parseInt",
            ParseUint => "strconv.parseUint",
            ParseFloat => "strconv.parseFloat",
            FormatInt => "strconv.FormatInt",
            FormatUint => "strconv.FormatUint",
            FormatFloat => "strconv.FormatFloat",
            FormatBool => "strconv.FormatBool",
            Quote => "strconv.Quote",
            QuoteToASCII => "strconv.QuoteToASCII",
            QuoteRune => "strconv.QuoteRune",
            QuoteRuneToASCII => "strconv.QuoteRuneToASCII",
            QuoteToGraphic => "strconv.QuoteToGraphic",
            QuoteRuneToGraphic => "strconv.QuoteRuneToGraphic",
            CanBackquote => "strconv.CanBackquote",
            IsPrint => "strconv.IsPrint",
            IsGraphic => "strconv.IsGraphic",
            Unquote => "strconv.Unquote",
            UnquoteChar => "strconv.UnquoteChar",
            QuotedPrefix => "strconv.QuotedPrefix",
        }
    }
}

/// The functions of package `strings` gojit provides, by their Go names.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum StringsFn {
    Contains,
    HasPrefix,
    HasSuffix,
    Index,
    Count,
    Split,
    Fields,
    Join,
    Repeat,
    Replace,
    ReplaceAll,
    ToUpper,
    ToLower,
    TrimSpace,
    ContainsAny,
    ContainsRune,
    IndexAny,
    IndexByte,
    IndexRune,
    LastIndex,
    LastIndexByte,
    SplitN,
    SplitAfterN,
    SplitAfter,
    Trim,
    TrimLeft,
    TrimRight,
    TrimPrefix,
    TrimSuffix,
    EqualFold,
    Compare,
    Cut,
    CutPrefix,
    CutSuffix,
}

impl StringsFn {
    /// Every function, for the checker's lookup by name.
    pub const ALL: [StringsFn; 34] = {
        use StringsFn::*;
        [
            Contains,
            HasPrefix,
            HasSuffix,
            Index,
            Count,
            Split,
            Fields,
            Join,
            Repeat,
            Replace,
            ReplaceAll,
            ToUpper,
            ToLower,
            TrimSpace,
            ContainsAny,
            ContainsRune,
            IndexAny,
            IndexByte,
            IndexRune,
            LastIndex,
            LastIndexByte,
            SplitN,
            SplitAfterN,
            SplitAfter,
            Trim,
            TrimLeft,
            TrimRight,
            TrimPrefix,
            TrimSuffix,
            EqualFold,
            Compare,
            Cut,
            CutPrefix,
            CutSuffix,
        ]
    };

    /// The Go name, with its package: `strings.Index`.
    pub fn name(self) -> &'static str {
        use StringsFn::*;
        match self {
            Contains => "strings.Contains",
            HasPrefix => "strings.HasPrefix",
            HasSuffix => "strings.HasSuffix",
            Index => "strings.Index",
            Count => "strings.Count",
            Split => "strings.Split",
            Fields => "strings.Fields",
            Join => "strings.Join",
            Repeat => "strings.Repeat",
            Replace => "strings.Replace",
            ReplaceAll => "strings.ReplaceAll",
            ToUpper => "strings.ToUpper",
            ToLower => "strings.ToLower",
            TrimSpace => "strings.TrimSpace",
            ContainsAny => "strings.ContainsAny",
            ContainsRune => "strings.ContainsRune",
            IndexAny => "strings.IndexAny",
            IndexByte => "strings.IndexByte",
            IndexRune => "strings.IndexRune",
            LastIndex => "strings.LastIndex",
            LastIndexByte => "strings.LastIndexByte",
            SplitN => "strings.SplitN",
            SplitAfterN => "strings.SplitAfterN",
            SplitAfter => "strings.SplitAfter",
            Trim => "strings.Trim",
            TrimLeft => "strings.TrimLeft",
            TrimRight => "strings.TrimRight",
            TrimPrefix => "strings.TrimPrefix",
            TrimSuffix => "strings.TrimSuffix",
            EqualFold => "strings.EqualFold",
            Compare => "strings.Compare",
            Cut => "strings.Cut",
            CutPrefix => "strings.CutPrefix",
            CutSuffix => "strings.CutSuffix",
        }
    }
}

/// The functions of package `math` gojit provides, by their Go names.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum MathFn {
    // func(float64) float64
    Abs,
    Acos,
    Acosh,
    Asin,
    Asinh,
    Atan,
    Atanh,
    Cbrt,
    Ceil,
    Cos,
    Cosh,
    Exp,
    Exp2,
    Expm1,
    Floor,
    Log,
    Log10,
    Log1p,
    Log2,
    Round,
    RoundToEven,
    Sin,
    Sinh,
    Sqrt,
    Tan,
    Tanh,
    Trunc,
    Erf,
    Erfc,
    Gamma,
    J0,
    J1,
    Y0,
    Y1,
    // func(float64, float64) float64
    Atan2,
    Copysign,
    Dim,
    Hypot,
    Max,
    Min,
    Mod,
    Pow,
    // the rest have signatures of their own
    Inf,
    NaN,
    IsNaN,
    IsInf,
    Signbit,
    Float64bits,
    Float64frombits,
    Float32bits,
    Float32frombits,
    Modf,
    Frexp,
    Ldexp,
    /// `func(x, y, z float64) float64`
    Fma,
    /// `func(n int, x float64) float64`
    Jn,
    Yn,
    /// `func(x float64) (lgamma float64, sign int)`
    Lgamma,
}

impl MathFn {
    /// Every function, for the checker's lookup by name.
    pub const ALL: [MathFn; 58] = {
        use MathFn::*;
        [
            Erf,
            Erfc,
            Gamma,
            J0,
            J1,
            Y0,
            Y1,
            Fma,
            Jn,
            Yn,
            Lgamma,
            Abs,
            Acos,
            Acosh,
            Asin,
            Asinh,
            Atan,
            Atanh,
            Cbrt,
            Ceil,
            Cos,
            Cosh,
            Exp,
            Exp2,
            Expm1,
            Floor,
            Log,
            Log10,
            Log1p,
            Log2,
            Round,
            RoundToEven,
            Sin,
            Sinh,
            Sqrt,
            Tan,
            Tanh,
            Trunc,
            Atan2,
            Copysign,
            Dim,
            Hypot,
            Max,
            Min,
            Mod,
            Pow,
            Inf,
            NaN,
            IsNaN,
            IsInf,
            Signbit,
            Float64bits,
            Float64frombits,
            Float32bits,
            Float32frombits,
            Modf,
            Frexp,
            Ldexp,
        ]
    };

    /// The Go name, with its package: `math.Sqrt`.
    pub fn name(self) -> &'static str {
        use MathFn::*;
        match self {
            Erf => "math.Erf",
            Erfc => "math.Erfc",
            Gamma => "math.Gamma",
            J0 => "math.J0",
            J1 => "math.J1",
            Y0 => "math.Y0",
            Y1 => "math.Y1",
            Fma => "math.FMA",
            Jn => "math.Jn",
            Yn => "math.Yn",
            Lgamma => "math.Lgamma",
            Abs => "math.Abs",
            Acos => "math.Acos",
            Acosh => "math.Acosh",
            Asin => "math.Asin",
            Asinh => "math.Asinh",
            Atan => "math.Atan",
            Atanh => "math.Atanh",
            Cbrt => "math.Cbrt",
            Ceil => "math.Ceil",
            Cos => "math.Cos",
            Cosh => "math.Cosh",
            Exp => "math.Exp",
            Exp2 => "math.Exp2",
            Expm1 => "math.Expm1",
            Floor => "math.Floor",
            Log => "math.Log",
            Log10 => "math.Log10",
            Log1p => "math.Log1p",
            Log2 => "math.Log2",
            Round => "math.Round",
            RoundToEven => "math.RoundToEven",
            Sin => "math.Sin",
            Sinh => "math.Sinh",
            Sqrt => "math.Sqrt",
            Tan => "math.Tan",
            Tanh => "math.Tanh",
            Trunc => "math.Trunc",
            Atan2 => "math.Atan2",
            Copysign => "math.Copysign",
            Dim => "math.Dim",
            Hypot => "math.Hypot",
            Max => "math.Max",
            Min => "math.Min",
            Mod => "math.Mod",
            Pow => "math.Pow",
            Inf => "math.Inf",
            NaN => "math.NaN",
            IsNaN => "math.IsNaN",
            IsInf => "math.IsInf",
            Signbit => "math.Signbit",
            Float64bits => "math.Float64bits",
            Float64frombits => "math.Float64frombits",
            Float32bits => "math.Float32bits",
            Float32frombits => "math.Float32frombits",
            Modf => "math.Modf",
            Frexp => "math.Frexp",
            Ldexp => "math.Ldexp",
        }
    }
}

/// The methods of package `sync`'s types.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum SyncFn {
    WaitGroupAdd,
    WaitGroupDone,
    WaitGroupWait,
    MutexLock,
    MutexUnlock,
    MutexTryLock,
    RWMutexLock,
    RWMutexUnlock,
    RWMutexRLock,
    RWMutexRUnlock,
    RWMutexTryLock,
    RWMutexTryRLock,
    OnceDo,
    NewCond,
    CondWait,
    CondSignal,
    CondBroadcast,
}

impl SyncFn {
    /// The Go name, as traces print it.
    pub fn name(self) -> &'static str {
        use SyncFn::*;
        match self {
            WaitGroupAdd => "sync.(*WaitGroup).Add",
            WaitGroupDone => "sync.(*WaitGroup).Done",
            WaitGroupWait => "sync.(*WaitGroup).Wait",
            MutexLock => "sync.(*Mutex).Lock",
            MutexUnlock => "sync.(*Mutex).Unlock",
            MutexTryLock => "sync.(*Mutex).TryLock",
            RWMutexLock => "sync.(*RWMutex).Lock",
            RWMutexUnlock => "sync.(*RWMutex).Unlock",
            RWMutexRLock => "sync.(*RWMutex).RLock",
            RWMutexRUnlock => "sync.(*RWMutex).RUnlock",
            RWMutexTryLock => "sync.(*RWMutex).TryLock",
            RWMutexTryRLock => "sync.(*RWMutex).TryRLock",
            OnceDo => "sync.(*Once).Do",
            NewCond => "sync.NewCond",
            CondWait => "sync.(*Cond).Wait",
            CondSignal => "sync.(*Cond).Signal",
            CondBroadcast => "sync.(*Cond).Broadcast",
        }
    }

    /// The method's name.
    pub fn method(self) -> &'static str {
        self.name().rsplit('.').next().unwrap_or("")
    }
}

/// An operation of package `sync/atomic`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum AtomicOp {
    Add,
    Load,
    Store,
    Swap,
    CompareAndSwap,
}

impl AtomicOp {
    pub const ALL: [AtomicOp; 5] = [
        AtomicOp::Add,
        AtomicOp::Load,
        AtomicOp::Store,
        AtomicOp::Swap,
        AtomicOp::CompareAndSwap,
    ];

    pub fn name(self) -> &'static str {
        match self {
            AtomicOp::Add => "Add",
            AtomicOp::Load => "Load",
            AtomicOp::Store => "Store",
            AtomicOp::Swap => "Swap",
            AtomicOp::CompareAndSwap => "CompareAndSwap",
        }
    }
}

/// The integer (or bool) type a `sync/atomic` operation works on.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum AtomicTy {
    Int32,
    Int64,
    Uint32,
    Uint64,
    Bool,
    /// `atomic.Value`: an interface value.
    Value,
}

impl AtomicTy {
    pub const ALL: [AtomicTy; 6] = [
        AtomicTy::Int32,
        AtomicTy::Int64,
        AtomicTy::Uint32,
        AtomicTy::Uint64,
        AtomicTy::Bool,
        AtomicTy::Value,
    ];

    pub fn name(self) -> &'static str {
        match self {
            AtomicTy::Int32 => "Int32",
            AtomicTy::Int64 => "Int64",
            AtomicTy::Uint32 => "Uint32",
            AtomicTy::Uint64 => "Uint64",
            AtomicTy::Bool => "Bool",
            AtomicTy::Value => "Value",
        }
    }
}

/// `sync/atomic.AddInt64` and the like.
fn atomic_name(op: AtomicOp, ty: AtomicTy) -> &'static str {
    use AtomicOp::*;
    use AtomicTy::*;
    match (op, ty) {
        (Add, Int32) => "sync/atomic.AddInt32",
        (Add, Int64) => "sync/atomic.AddInt64",
        (Add, Uint32) => "sync/atomic.AddUint32",
        (Add, Uint64) => "sync/atomic.AddUint64",
        (Load, Int32) => "sync/atomic.LoadInt32",
        (Load, Int64) => "sync/atomic.LoadInt64",
        (Load, Uint32) => "sync/atomic.LoadUint32",
        (Load, Uint64) => "sync/atomic.LoadUint64",
        (Store, Int32) => "sync/atomic.StoreInt32",
        (Store, Int64) => "sync/atomic.StoreInt64",
        (Store, Uint32) => "sync/atomic.StoreUint32",
        (Store, Uint64) => "sync/atomic.StoreUint64",
        (Swap, Int32) => "sync/atomic.SwapInt32",
        (Swap, Int64) => "sync/atomic.SwapInt64",
        (Swap, Uint32) => "sync/atomic.SwapUint32",
        (Swap, Uint64) => "sync/atomic.SwapUint64",
        (CompareAndSwap, Int32) => "sync/atomic.CompareAndSwapInt32",
        (CompareAndSwap, Int64) => "sync/atomic.CompareAndSwapInt64",
        (CompareAndSwap, Uint32) => "sync/atomic.CompareAndSwapUint32",
        (CompareAndSwap, Uint64) => "sync/atomic.CompareAndSwapUint64",
        (Add, Bool) => "sync/atomic.(*Bool).Add",
        (Load, Bool) => "sync/atomic.(*Bool).Load",
        (Store, Bool) => "sync/atomic.(*Bool).Store",
        (Swap, Bool) => "sync/atomic.(*Bool).Swap",
        (CompareAndSwap, Bool) => "sync/atomic.(*Bool).CompareAndSwap",
        (Add, Value) => "sync/atomic.(*Value).Add",
        (Load, Value) => "sync/atomic.(*Value).Load",
        (Store, Value) => "sync/atomic.(*Value).Store",
        (Swap, Value) => "sync/atomic.(*Value).Swap",
        (CompareAndSwap, Value) => "sync/atomic.(*Value).CompareAndSwap",
    }
}

/// The functions of package `time` and the methods of its types.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum TimeFn {
    Sleep,
    Now,
    Since,
    Until,
    After,
    Tick,
    NewTimer,
    NewTicker,
    AfterFunc,
    TimerStop,
    TimerReset,
    TickerStop,
    TickerReset,
    DurationString,
    DurationHours,
    DurationMinutes,
    DurationSeconds,
    DurationMilliseconds,
    DurationMicroseconds,
    DurationNanoseconds,
    DurationRound,
    DurationTruncate,
    DurationAbs,
    TimeSub,
    TimeAdd,
    TimeUnix,
    TimeUnixNano,
    TimeUnixMilli,
    TimeBefore,
    TimeAfter,
}

impl TimeFn {
    /// The package's functions, for the checker.
    pub const FUNCS: [TimeFn; 9] = {
        use TimeFn::*;
        [
            Sleep, Now, Since, Until, After, Tick, NewTimer, NewTicker, AfterFunc,
        ]
    };

    /// The Go name, as traces print it.
    pub fn name(self) -> &'static str {
        use TimeFn::*;
        match self {
            Sleep => "time.Sleep",
            Now => "time.Now",
            Since => "time.Since",
            Until => "time.Until",
            After => "time.After",
            Tick => "time.Tick",
            NewTimer => "time.NewTimer",
            NewTicker => "time.NewTicker",
            AfterFunc => "time.AfterFunc",
            TimerStop => "time.(*Timer).Stop",
            TimerReset => "time.(*Timer).Reset",
            TickerStop => "time.(*Ticker).Stop",
            TickerReset => "time.(*Ticker).Reset",
            DurationString => "time.Duration.String",
            DurationHours => "time.Duration.Hours",
            DurationMinutes => "time.Duration.Minutes",
            DurationSeconds => "time.Duration.Seconds",
            DurationMilliseconds => "time.Duration.Milliseconds",
            DurationMicroseconds => "time.Duration.Microseconds",
            DurationNanoseconds => "time.Duration.Nanoseconds",
            DurationRound => "time.Duration.Round",
            DurationTruncate => "time.Duration.Truncate",
            DurationAbs => "time.Duration.Abs",
            TimeSub => "time.Time.Sub",
            TimeAdd => "time.Time.Add",
            TimeUnix => "time.Time.Unix",
            TimeUnixNano => "time.Time.UnixNano",
            TimeUnixMilli => "time.Time.UnixMilli",
            TimeBefore => "time.Time.Before",
            TimeAfter => "time.Time.After",
        }
    }

    /// The short name: the function's or the method's.
    pub fn short(self) -> &'static str {
        self.name().rsplit('.').next().unwrap_or("")
    }
}

impl Native {
    /// The Go name, for traces and disassembly.
    pub fn name(self) -> &'static str {
        match self {
            Native::FmtPrintln => "fmt.Println",
            Native::FmtPrint => "fmt.Print",
            Native::FmtPrintf => "fmt.Printf",
            Native::FmtSprint => "fmt.Sprint",
            Native::FmtSprintln => "fmt.Sprintln",
            Native::FmtSprintf => "fmt.Sprintf",
            Native::OsExit => "os.Exit",
            Native::ErrorsNew => "errors.New",
            Native::FmtErrorf => "fmt.Errorf",
            Native::ErrorsIs => "errors.Is",
            Native::ErrorsAs => "errors.As",
            Native::ErrorsUnwrap => "errors.Unwrap",
            Native::ErrorsJoin => "errors.Join",
            Native::Strings(f) => f.name(),
            Native::Math(f) => f.name(),
            Native::Strconv(f) => f.name(),
            Native::Runtime(f) => f.name(),
            Native::Rand(f) => f.name(),
            Native::Bufio(f) => f.name(),
            Native::Sort(f) => f.name(),
            Native::Builder(f) => f.name(),
            Native::Os(f) => f.name(),
            Native::Fprint(FprintFn::Fprint) => "fmt.Fprint",
            Native::Fprint(FprintFn::Fprintln) => "fmt.Fprintln",
            Native::Fprint(FprintFn::Fprintf) => "fmt.Fprintf",
            Native::ErrVar(v) => v.name(),
            Native::FmtState(f) => f.name(),
            Native::Discard(f) => f.name(),
            Native::Scan(f) => f.name(),
            Native::Unicode(f) => f.name(),
            Native::UnicodeVar(v) => v.name(),
            Native::Utf8(f) => f.name(),
            Native::Sync(f) => f.name(),
            Native::Atomic(op, ty) => atomic_name(op, ty),
            Native::Time(f) => f.name(),
        }
    }

    /// A package variable the program may assign: its native gives the
    /// variable's address rather than its value.
    pub fn by_address(self) -> bool {
        self == Native::Runtime(RuntimeFn::MemProfileRate)
    }
}

/// One bytecode instruction. `R[x]` is slot `x` of the current frame,
/// `R[x..+n]` the `n` slots from `x`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Instr {
    /// `R[dst] := R[src]`
    Move { dst: Slot, src: Slot },
    /// `R[dst..+2] := R[src..+2]` (strings, interfaces)
    Move2 { dst: Slot, src: Slot },
    /// `R[dst..+n] := R[src..+n]` for large values (arrays, big structs)
    MoveN { dst: Slot, src: Slot, n: u32 },
    /// `R[dst..+n] := 0`
    Zero { dst: Slot, n: u32 },
    /// `R[dst] := k`
    LoadInt { dst: Slot, k: i64 },
    /// `R[dst..+2] := strings[idx]` (pointer and length of a constant string)
    LoadStr { dst: Slot, idx: u32 },
    /// `R[dst] := the closure of func` (a function used as a value; no captures)
    LoadFunc { dst: Slot, func: FuncId },
    /// `R[dst..] :=` the value at word `g` of the globals (package-level
    /// variables, in memory form), moved as `acc` says
    LoadGlobal { dst: Slot, g: u32, acc: Access },
    /// The value at word `g` of the globals `:= R[src..]`, moved as `acc`
    StoreGlobal { g: u32, src: Slot, acc: Access },
    /// `R[dst] := &R[slot]` (address of a frame slot; the slot stack never moves)
    SlotAddr { dst: Slot, slot: Slot },

    /// `R[dst] := R[a] + R[b]` (int, wrapping)
    AddInt { dst: Slot, a: Slot, b: Slot },
    /// `R[dst] := R[a] + k` (int, wrapping)
    AddIntK { dst: Slot, a: Slot, k: i32 },
    /// `R[dst] := R[a] - R[b]`
    SubInt { dst: Slot, a: Slot, b: Slot },
    /// `R[dst] := R[a] * R[b]`
    MulInt { dst: Slot, a: Slot, b: Slot },
    /// `R[dst] := R[a] / R[b]`; panics with `integer divide by zero`;
    /// `MinInt64 / -1` wraps.
    DivInt { dst: Slot, a: Slot, b: Slot },
    /// `R[dst] := R[a] % R[b]`; panics with `integer divide by zero`;
    /// `MinInt64 % -1` is 0.
    RemInt { dst: Slot, a: Slot, b: Slot },
    /// `R[dst] := R[a] & R[b]`
    AndInt { dst: Slot, a: Slot, b: Slot },
    /// `R[dst] := R[a] | R[b]`
    OrInt { dst: Slot, a: Slot, b: Slot },
    /// `R[dst] := R[a] ^ R[b]`
    XorInt { dst: Slot, a: Slot, b: Slot },
    /// `R[dst] := R[a] &^ R[b]`
    AndNotInt { dst: Slot, a: Slot, b: Slot },
    /// `R[dst] := R[a] << R[b]` (unsigned count; ≥ 64 gives 0; negative panics)
    ShlInt { dst: Slot, a: Slot, b: Slot },
    /// `R[dst] := R[a] >> R[b]` (arithmetic; ≥ 64 gives 0 or -1; negative panics)
    ShrInt { dst: Slot, a: Slot, b: Slot },
    /// `R[dst] := R[a] & k`
    AndIntK { dst: Slot, a: Slot, k: i32 },
    /// `R[dst] := R[a] | k`
    OrIntK { dst: Slot, a: Slot, k: i32 },
    /// `R[dst] := R[a] ^ k`
    XorIntK { dst: Slot, a: Slot, k: i32 },
    /// `R[dst] := R[a] << k` for a constant count `k < 64`
    ShlIntK { dst: Slot, a: Slot, k: u8 },
    /// `R[dst] := R[a] >> k` (arithmetic) for a constant count `k < 64`
    ShrIntK { dst: Slot, a: Slot, k: u8 },
    /// `R[dst] := R[a] >> k` (logical) for a constant count `k < 64`
    ShrUintK { dst: Slot, a: Slot, k: u8 },
    /// `R[dst] := -R[a]`
    NegInt { dst: Slot, a: Slot },
    /// `R[dst] := ^R[a]`
    ComInt { dst: Slot, a: Slot },
    /// `R[dst] := !R[a]` (bool)
    Not { dst: Slot, a: Slot },
    /// `R[dst] := R[a] == R[b]` (one-word values: int, bool)
    EqInt { dst: Slot, a: Slot, b: Slot },
    /// `R[dst] := R[a] != R[b]`
    NeInt { dst: Slot, a: Slot, b: Slot },
    /// `R[dst] := R[a] < R[b]` (signed)
    LtInt { dst: Slot, a: Slot, b: Slot },
    /// `R[dst] := R[a] <= R[b]` (signed)
    LeInt { dst: Slot, a: Slot, b: Slot },

    /// `R[dst] := R[a] + R[b]` (float64)
    AddFloat { dst: Slot, a: Slot, b: Slot },
    /// `R[dst] := R[a] - R[b]` (float64)
    SubFloat { dst: Slot, a: Slot, b: Slot },
    /// `R[dst] := R[a] * R[b]` (float64)
    MulFloat { dst: Slot, a: Slot, b: Slot },
    /// `R[dst] := R[a] / R[b]` (float64; dividing by zero gives ±Inf or NaN)
    DivFloat { dst: Slot, a: Slot, b: Slot },
    /// `R[dst] := R[a] == R[b]` (float64: NaN equals nothing, -0 == +0)
    EqFloat { dst: Slot, a: Slot, b: Slot },
    /// `R[dst] := R[a] < R[b]` (float64; false when either is NaN)
    LtFloat { dst: Slot, a: Slot, b: Slot },
    /// `R[dst] := R[a] <= R[b]` (float64; false when either is NaN)
    LeFloat { dst: Slot, a: Slot, b: Slot },
    /// `R[dst..+2] := R[a..+2] / R[b..+2]` of complex numbers, by Go's
    /// `complex128div` (Smith's algorithm, then C99's infinities)
    DivComplex { dst: Slot, a: Slot, b: Slot },
    /// `R[dst] := √R[a]` (float64, correctly rounded: `math.Sqrt`)
    SqrtFloat { dst: Slot, a: Slot },
    /// `R[dst] := -R[a]` (float; flips the sign bit, of zeros and NaNs too)
    NegFloat { dst: Slot, a: Slot },
    /// `R[dst] := R[a]` rounded to the nearest float32 (ties to even)
    RoundF32 { dst: Slot, a: Slot },
    /// `R[dst] := float(R[a])` of a signed integer, rounded once to float32
    /// when `f32`, else to float64
    IntToFloat { dst: Slot, a: Slot, f32: bool },
    /// `R[dst] := float(R[a])` of an unsigned integer, rounded likewise
    UintToFloat { dst: Slot, a: Slot, f32: bool },
    /// `R[dst] := int(R[a])`: the float truncated toward zero to a signed
    /// integer of `bits` (32 or 64) as amd64's CVTTSD2SI does, an out of
    /// range or NaN value giving the most negative one
    FloatToInt { dst: Slot, a: Slot, bits: u32 },
    /// `R[dst] := uint64(R[a])` as Go compiles it for amd64 (values from
    /// 2^63 up converted after subtracting 2^63)
    FloatToUint { dst: Slot, a: Slot },
    /// `R[dst] := min(R[a], R[b])` of floats: NaN if either is, and -0
    /// below +0
    MinFloat { dst: Slot, a: Slot, b: Slot },
    /// `R[dst] := max(R[a], R[b])` of floats: NaN if either is, and +0
    /// above -0
    MaxFloat { dst: Slot, a: Slot, b: Slot },
    /// `clear(R[m])`: deletes every entry of a map (nil: nothing)
    MapClear { m: Slot },
    /// `clear(R[s..+3])`: zeroes the slice's elements, laid out as
    /// `prog.elems[elem]`
    SliceClear { s: Slot, elem: ElemId },
    /// builtin print of a float `R[src]` (`+1.500000e+000`)
    PrintFloat { src: Slot },

    /// `R[dst..+2] := R[a..+2] + R[b..+2]` (string concatenation)
    Concat { dst: Slot, a: Slot, b: Slot },
    /// `R[dst] := R[a..+2] == R[b..+2]` (strings)
    EqStr { dst: Slot, a: Slot, b: Slot },
    /// `R[dst] := R[a..+2] < R[b..+2]` (strings, bytewise)
    LtStr { dst: Slot, a: Slot, b: Slot },
    /// `R[dst] := R[a..+2] <= R[b..+2]` (strings, bytewise)
    LeStr { dst: Slot, a: Slot, b: Slot },
    /// `R[dst] := len(R[a..+2])` (string length in bytes)
    LenStr { dst: Slot, a: Slot },

    /// `R[dst..+2] := any(R[src..])`: an interface of runtime type `ty`
    /// holding the value in `R[src..]` (one-word scalars inline, others boxed)
    MakeIface { dst: Slot, src: Slot, ty: u32 },
    /// `R[dst..+2] := any(*R[ptr])`: `MakeIface` of a value in memory
    /// (`R[ptr]` is never nil), so a large value is boxed without passing
    /// through the frame
    MakeIfaceAt { dst: Slot, ptr: Slot, ty: u32 },
    /// `R[dst] := R[a..+2] == R[b..+2]` (interfaces: same dynamic type and
    /// equal values); panics when the dynamic type is not comparable
    EqIface { dst: Slot, a: Slot, b: Slot },

    /// `pc := to`
    Jmp { to: Pc },
    /// `if R[cond] { pc := to }`
    JmpIf { cond: Slot, to: Pc },
    /// `if !R[cond] { pc := to }`
    JmpIfNot { cond: Slot, to: Pc },
    /// `if R[a] == R[b] { pc := to }` (one-word integers and pointers; the
    /// compare-and-branch instructions are what `if` and `for` conditions
    /// that compare integers compile to)
    JmpEq { a: Slot, b: Slot, to: Pc },
    /// `if R[a] != R[b] { pc := to }`
    JmpNe { a: Slot, b: Slot, to: Pc },
    /// `if R[a] >= R[b] { pc := to }`, signed
    JmpGe { a: Slot, b: Slot, to: Pc },
    /// `if R[a] > R[b] { pc := to }`, signed
    JmpGt { a: Slot, b: Slot, to: Pc },
    /// `if R[a] >= R[b] { pc := to }`, unsigned
    JmpGeU { a: Slot, b: Slot, to: Pc },
    /// `if R[a] > R[b] { pc := to }`, unsigned
    JmpGtU { a: Slot, b: Slot, to: Pc },
    /// `if R[a] == k { pc := to }` (the compare-and-branch instructions
    /// against a constant; `<=` and `>` compare with `k + 1`)
    JmpEqK { a: Slot, k: i32, to: Pc },
    /// `if R[a] != k { pc := to }`
    JmpNeK { a: Slot, k: i32, to: Pc },
    /// `if R[a] < k { pc := to }`, signed
    JmpLtK { a: Slot, k: i32, to: Pc },
    /// `if R[a] >= k { pc := to }`, signed
    JmpGeK { a: Slot, k: i32, to: Pc },
    /// `if R[a] < k { pc := to }`, unsigned (`k >= 0`)
    JmpLtUK { a: Slot, k: i32, to: Pc },
    /// `if R[a] >= k { pc := to }`, unsigned (`k >= 0`)
    JmpGeUK { a: Slot, k: i32, to: Pc },

    /// Calls `func` with a new frame at `R[base]`: arguments are in the
    /// callee's parameter slots, results come back in its result slots.
    Call { func: FuncId, base: Slot },
    /// Calls the closure in `R[callee]` with a new frame at `R[base]`.
    /// Calling a nil func value panics with a nil dereference.
    CallClosure { callee: Slot, base: Slot },
    /// Calls a native function with its arguments and results laid out as
    /// for a Go callee whose frame is at `R[base]`.
    CallNative { native: Native, base: Slot },
    /// Returns to the caller; results are in the result slots.
    Ret,
    /// Reads `R[src]` and does nothing: what it points to stays alive for
    /// the collector up to here (the addresses `uintptr(p)` passes to a
    /// call).
    KeepAlive { src: Slot },

    /// `R[dst] := a closure of func capturing R[caps..+n]` (words copied
    /// into the closure object: box pointers for variables captured by
    /// reference, values for the arguments of a deferred call; the object
    /// has the function's `closure_layout`)
    MakeClosure {
        dst: Slot,
        func: FuncId,
        caps: Slot,
        n: u32,
    },
    /// `R[dst..+n] := captured words idx..+n of the running closure`
    LoadCap { dst: Slot, idx: u32, n: u32 },
    /// `R[dst] := a new zeroed heap cell of n words` of layout `layout` (an
    /// escaping variable; `zerobase` when n is 0)
    NewBox { dst: Slot, n: u32, layout: u32 },
    /// `R[dst..] :=` the value at byte `off` of the object `R[ptr]` points
    /// to, moved as `acc` says; `R[ptr]` is never nil (a variable's heap
    /// cell)
    Load {
        dst: Slot,
        ptr: Slot,
        off: u32,
        acc: Access,
    },
    /// The value at byte `off` of the object `R[ptr]` points to `:=
    /// R[src..]`, moved as `acc` says; `R[ptr]` is never nil
    Store {
        ptr: Slot,
        off: u32,
        src: Slot,
        acc: Access,
    },
    /// `Load` through a Go pointer (`p.f`, `*p`): a nil `R[ptr]` panics
    /// with a nil pointer dereference, whatever the offset
    LoadField {
        dst: Slot,
        ptr: Slot,
        off: u32,
        acc: Access,
    },
    /// `Store` through a Go pointer: a nil `R[ptr]` panics with a nil
    /// pointer dereference
    StoreField {
        ptr: Slot,
        off: u32,
        src: Slot,
        acc: Access,
    },
    /// `R[dst..] :=` the value at byte `off` of the memory form held in the
    /// slots from `R[src]` (a field or element of a struct or array in the
    /// frame), moved as `acc` says
    SlotLoad {
        dst: Slot,
        src: Slot,
        off: u32,
        acc: Access,
    },
    /// The value at byte `off` of the memory form held in the slots from
    /// `R[dst]` `:= R[src..]`, moved as `acc` says (its other bytes stay)
    SlotStore {
        dst: Slot,
        off: u32,
        src: Slot,
        acc: Access,
    },

    /// makeslice: `R[dst..+3] := make([]T, R[len], R[len+1])` for elements
    /// laid out as `prog.elems[elem]`; panics on a negative or oversized
    /// length or capacity.
    MakeSlice { dst: Slot, len: Slot, elem: ElemId },
    /// `R[dst] := &R[s..+3][R[i]]` for elements moved as `acc` (whose size
    /// is the stride); panics with `index out of range [i] with length n`.
    IndexAddr {
        dst: Slot,
        s: Slot,
        i: Slot,
        acc: Access,
    },
    /// `R[dst..] := R[s..+3][R[i]]`, an element moved as `acc`; panics as
    /// `IndexAddr` does
    LoadElem {
        dst: Slot,
        s: Slot,
        i: Slot,
        acc: Access,
    },
    /// `R[s..+3][R[i]] := R[src..]`; panics as `IndexAddr` does
    StoreElem {
        s: Slot,
        i: Slot,
        src: Slot,
        acc: Access,
    },
    /// `R[dst..+3] := R[src..+3][R[bounds]:R[bounds+1]]` with capacity up to
    /// `R[bounds+2]` (the source capacity), elements moved as `acc`.
    Reslice {
        dst: Slot,
        src: Slot,
        bounds: Slot,
        acc: Access,
    },
    /// `R[dst..+3] := R[src..+3][R[bounds]:R[bounds+1]:R[bounds+2]]`.
    Reslice3 {
        dst: Slot,
        src: Slot,
        bounds: Slot,
        acc: Access,
    },
    /// `R[dst..+2] := R[src..+2][R[bounds]:R[bounds+1]]` (strings).
    ResliceStr { dst: Slot, src: Slot, bounds: Slot },
    /// `R[dst..+3] := append(R[s..+3], R[other..+3]...)`; grows the backing
    /// array as Go's growslice does for elements laid out as
    /// `prog.elems[elem]` (panics with `growslice: len out of range` past
    /// Go's limits).
    Append {
        dst: Slot,
        s: Slot,
        other: Slot,
        elem: ElemId,
    },
    /// `R[dst] := copy(R[a..+3], R[b..+3])`, elements laid out as
    /// `prog.elems[elem]`.
    Copy {
        dst: Slot,
        a: Slot,
        b: Slot,
        elem: ElemId,
    },
    /// `R[dst] := copy(R[a..+3], R[b..+2])`: a string's bytes into a
    /// `[]byte`, with no `[]byte` made of the string first.
    CopyStr { dst: Slot, a: Slot, b: Slot },

    /// `R[dst] := R[a]` truncated to its low `bits` and sign-extended
    /// (int8, int16, int32 results and conversions)
    SignExt { dst: Slot, a: Slot, bits: u32 },
    /// `R[dst] := R[a]` truncated to its low `bits`, zero-extended
    ZeroExt { dst: Slot, a: Slot, bits: u32 },
    /// `R[dst] := R[a] / R[b]` unsigned; panics with `integer divide by zero`
    DivUint { dst: Slot, a: Slot, b: Slot },
    /// `R[dst] := R[a] % R[b]` unsigned; panics with `integer divide by zero`
    RemUint { dst: Slot, a: Slot, b: Slot },
    /// `R[dst] := R[a] >> R[b]` logical (count ≥ 64 gives 0; negative panics)
    ShrUint { dst: Slot, a: Slot, b: Slot },
    /// `R[dst] := R[a] < R[b]` unsigned
    LtUint { dst: Slot, a: Slot, b: Slot },
    /// `R[dst] := R[a] <= R[b]` unsigned
    LeUint { dst: Slot, a: Slot, b: Slot },
    /// `R[dst] := R[s..+2][R[i]]` (a byte); panics when out of range
    IndexStr { dst: Slot, s: Slot, i: Slot },
    /// `R[dst], R[dst+1] := the rune at byte R[i] of R[s..+2] and its width`
    /// (U+FFFD and width 1 for invalid UTF-8): one step of `range` over a string
    DecodeRune { dst: Slot, s: Slot, i: Slot },
    /// `R[dst..+2] := string(rune(R[a]))` (U+FFFD for invalid code points)
    RuneToStr { dst: Slot, a: Slot },
    /// `R[dst..+3] := []byte(R[a..+2])`
    StrToBytes { dst: Slot, a: Slot },
    /// `R[dst..+2] := string(R[a..+3])` of a `[]byte`
    BytesToStr { dst: Slot, a: Slot },
    /// `R[dst..+3] := []rune(R[a..+2])`
    StrToRunes { dst: Slot, a: Slot },
    /// `R[dst..+2] := string(R[a..+3])` of a `[]rune`
    RunesToStr { dst: Slot, a: Slot },
    /// `R[dst..+3] := unsafe.Slice(R[ptr], R[len])`, elements of Go size `size` (Go's panics)
    UnsafeSlice {
        dst: Slot,
        ptr: Slot,
        len: Slot,
        size: u32,
    },
    /// `R[dst..+2] := unsafe.String(R[ptr], R[len])`, sharing the bytes (Go's panics)
    UnsafeString { dst: Slot, ptr: Slot, len: Slot },
    /// `R[dst] := unsafe.StringData(R[a..+2])`: the string's bytes, nil for ""
    StringData { dst: Slot, a: Slot },
    /// builtin print of an unsigned integer `R[src]`
    PrintUint { src: Slot },
    /// Panics with a nil pointer dereference when `R[ptr]` is nil.
    NilCheck { ptr: Slot },
    /// `R[dst] := &G[g]` (address of a package-level variable)
    GlobalAddr { dst: Slot, g: u32 },
    /// `R[dst] := the closure of method `method` of the dynamic type of the
    /// interface `R[iface..+2]`` (its first parameter is the interface's data
    /// word); panics with a nil dereference for a nil interface
    IfaceMethod { dst: Slot, iface: Slot, method: u32 },
    /// `R[dst..] := R[src..+2].(T)` for runtime type `ty` (an interface type
    /// keeps the interface); panics with Go's `interface conversion` error,
    /// naming the static interface type `iface`
    TypeAssert {
        dst: Slot,
        src: Slot,
        ty: u32,
        iface: u32,
    },
    /// `R[dst..], R[dst+w] := R[src..+2].(T)` with comma-ok: the zero value
    /// and false when the dynamic type is not `ty`
    TypeAssertOk { dst: Slot, src: Slot, ty: u32 },
    /// `R[dst] := make(map[K]V)` (a new empty map whose entries, key words
    /// then value words, have layout `layout`)
    MakeMap { dst: Slot, layout: u32 },
    /// `R[dst] :=` the data pointer of the slice `R[s..+3]` converted to an
    /// array (or pointer to array) of `n` elements; panics when the slice
    /// is shorter
    SliceToArray { dst: Slot, s: Slot, n: u32 },
    /// `R[dst..] := R[m][R[key..]]` (the zero value when absent), then
    /// `R[dst+vw] := found`; `ty` is the map's runtime type
    MapIndex {
        dst: Slot,
        m: Slot,
        key: Slot,
        ty: u32,
    },
    /// `R[m][R[key..]] := R[src..]`; panics on a nil map
    MapAssign {
        m: Slot,
        key: Slot,
        src: Slot,
        ty: u32,
    },
    /// `delete(R[m], R[key..])`
    MapDelete { m: Slot, key: Slot, ty: u32 },
    /// `R[dst] := len(R[m])` (0 for nil)
    MapLen { dst: Slot, m: Slot },
    /// One step of `range` over the map `R[it]` from position `R[it+1]`:
    /// `R[dst] := found`, `R[dst+1..] := key, value`, `R[it+1] := next position`
    MapNext { dst: Slot, it: Slot, ty: u32 },

    /// makechan: `R[dst] := make(chan T, R[size])` for elements of `elem`
    /// words and layout `layout`; panics with `makechan: size out of
    /// range` for a bad size
    MakeChan {
        dst: Slot,
        size: Slot,
        elem: u32,
        layout: u32,
    },
    /// chansend: `R[ch] <- R[src..+n]`; blocks until a receiver or buffer
    /// space takes it (forever on a nil channel); panics on a closed one
    ChanSend { ch: Slot, src: Slot, n: u32 },
    /// chanrecv: `R[dst..+n] := <-R[ch]`, blocking until a value comes (the
    /// zero value once the channel is closed and drained); with `ok`,
    /// `R[dst+n] :=` whether a value was received
    ChanRecv {
        dst: Slot,
        ch: Slot,
        n: u32,
        ok: bool,
    },
    /// closechan: `close(R[ch])`; panics on a nil or closed channel
    ChanClose { ch: Slot },
    /// `R[dst] := len(R[ch])` (buffered elements; 0 for nil)
    ChanLen { dst: Slot, ch: Slot },
    /// `R[dst] := cap(R[ch])` (0 for nil)
    ChanCap { dst: Slot, ch: Slot },
    /// selectgo over `n` cases described at `R[cases..+2n]`: each a channel
    /// and a word holding the frame slot of its value (the value to send,
    /// or where a received one goes) with bit 63 set for a send. Blocks
    /// until one case can proceed unless `block` is false (a `default`).
    /// `R[dst] :=` the chosen case (-1 for `default`), `R[dst+1] :=` the
    /// receive's `ok`.
    Select {
        dst: Slot,
        cases: Slot,
        n: u32,
        block: bool,
    },
    /// newproc: starts a goroutine running the argument-less closure
    /// `R[closure]`.
    Go { closure: Slot },

    /// deferproc: pushes the argument-less closure `R[closure]` on the
    /// goroutine's defer chain, tagged with this frame.
    DeferProc { closure: Slot },
    /// deferreturn: runs this frame's deferred calls, newest first. The
    /// single exit path of a function that defers starts here (after the
    /// inline calls of open-coded defers, which jump over it), and a
    /// recovered panic resumes the deferring frame here.
    DeferReturn,
    /// gopanic: panics with the interface value `R[src..+2]`.
    Panic { src: Slot },
    /// deferprocat: pushes the defer record for closure `R[closure]` of the
    /// frame whose base is `R[frame]` (an older frame: a `defer` in a
    /// range-over-func loop body defers to the enclosing function), below
    /// the records of younger frames.
    DeferProcAt { closure: Slot, frame: Slot },
    /// `R[dst] :=` this frame's base, as `DeferProcAt` takes it (Go's
    /// `deferrangefunc`).
    FrameBase { dst: Slot },
    /// panicrangestate: a range-over-func iterator called `yield` after the
    /// loop body ended; panics with Go's runtime error saying so.
    PanicRangeDone,
    /// gorecover: `R[dst..+2] := recover()`.
    Recover { dst: Slot },

    /// builtin print of an int `R[src]` to stderr
    PrintInt { src: Slot },
    /// builtin print of a bool `R[src]`
    PrintBool { src: Slot },
    /// builtin print of a string `R[src..+2]`
    PrintStr { src: Slot },
    /// builtin print of an interface `R[src..+2]` as `(type,data)` words
    PrintIface { src: Slot },
    /// builtin print of a func value `R[src]` as an address
    PrintPtr { src: Slot },
    /// builtin print of a space
    PrintSp,
    /// builtin print of a newline
    PrintNl,
}

impl Instr {
    /// The target of a jump instruction.
    pub fn jump_target(&self) -> Option<Pc> {
        let mut ins = *self;
        ins.jump_target_mut().map(|to| *to)
    }

    /// The target of a jump instruction, for patching it.
    pub fn jump_target_mut(&mut self) -> Option<&mut Pc> {
        match self {
            Instr::Jmp { to }
            | Instr::JmpIf { to, .. }
            | Instr::JmpIfNot { to, .. }
            | Instr::JmpEq { to, .. }
            | Instr::JmpNe { to, .. }
            | Instr::JmpGe { to, .. }
            | Instr::JmpGt { to, .. }
            | Instr::JmpGeU { to, .. }
            | Instr::JmpGtU { to, .. }
            | Instr::JmpEqK { to, .. }
            | Instr::JmpNeK { to, .. }
            | Instr::JmpLtK { to, .. }
            | Instr::JmpGeK { to, .. }
            | Instr::JmpLtUK { to, .. }
            | Instr::JmpGeUK { to, .. } => Some(to),
            _ => None,
        }
    }

    /// True for the instructions after which the engine must check the
    /// goroutine's unwinding status (they may panic or run Go code that does).
    pub fn may_unwind(&self) -> bool {
        matches!(
            self,
            Instr::DivInt { .. }
                | Instr::RemInt { .. }
                | Instr::ShlInt { .. }
                | Instr::ShrInt { .. }
                | Instr::Call { .. }
                | Instr::CallClosure { .. }
                | Instr::CallNative { .. }
                | Instr::DeferReturn
                | Instr::Panic { .. }
                | Instr::PanicRangeDone
                | Instr::MakeSlice { .. }
                | Instr::IndexAddr { .. }
                | Instr::LoadElem { .. }
                | Instr::StoreElem { .. }
                | Instr::Reslice { .. }
                | Instr::Reslice3 { .. }
                | Instr::ResliceStr { .. }
                | Instr::EqIface { .. }
                | Instr::DivUint { .. }
                | Instr::RemUint { .. }
                | Instr::ShrUint { .. }
                | Instr::IndexStr { .. }
                | Instr::UnsafeSlice { .. }
                | Instr::UnsafeString { .. }
                | Instr::NilCheck { .. }
                | Instr::LoadField { .. }
                | Instr::StoreField { .. }
                | Instr::MapIndex { .. }
                | Instr::MapAssign { .. }
                | Instr::MapDelete { .. }
                | Instr::IfaceMethod { .. }
                | Instr::TypeAssert { .. }
                | Instr::SliceToArray { .. }
                | Instr::MakeChan { .. }
                | Instr::ChanSend { .. }
                | Instr::ChanRecv { .. }
                | Instr::ChanClose { .. }
                | Instr::Select { .. }
                | Instr::Go { .. }
        )
    }
}

/// How an instruction uses a range of frame slots ([`Instr::slot_uses`]).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SlotUse {
    /// The instruction may read the slots.
    Read,
    /// The instruction overwrites the slots whenever it completes normally.
    Write,
}

impl Instr {
    /// Calls `f` with every range of frame slots (`kind`, first slot, slot
    /// count) the instruction reads or surely writes, for the liveness of
    /// the collector's safepoint maps. Reads may be more than the
    /// instruction reads and writes less than it writes: a slot is kept
    /// alive too long rather than too short. `types` is the runtime type
    /// table (widths of values named by type), `area_end` for a call the
    /// first slot above its arguments. A call writes everything from its
    /// base up: the callee's frame overwrites it. Slots reached through
    /// pointers into the frame (`SlotAddr`) and the value slots of a
    /// `Select` case table are not named here: the compiler records them
    /// (see `compile/liveness.rs`).
    pub fn slot_uses(
        &self,
        types: &[crate::program::RtType],
        area_end: Slot,
        f: &mut impl FnMut(SlotUse, Slot, u32),
    ) {
        use SlotUse::{Read, Write};
        let words = |ty: u32| types.get(ty as usize).map_or(u32::MAX >> 1, |t| t.words);
        // A map type's key and value widths.
        let key_value = |ty: u32| match types.get(ty as usize) {
            Some(t) => (
                t.fields.first().map_or(u32::MAX >> 1, |&k| words(k)),
                words(t.elem),
            ),
            None => (u32::MAX >> 1, u32::MAX >> 1),
        };
        match *self {
            Instr::Move { dst, src } => {
                f(Write, dst, 1);
                f(Read, src, 1);
            }
            Instr::Move2 { dst, src } => {
                f(Write, dst, 2);
                f(Read, src, 2);
            }
            Instr::MoveN { dst, src, n } => {
                f(Write, dst, n);
                f(Read, src, n);
            }
            Instr::Zero { dst, n } => f(Write, dst, n),
            Instr::LoadInt { dst, .. }
            | Instr::LoadFunc { dst, .. }
            | Instr::SlotAddr { dst, .. }
            | Instr::NewBox { dst, .. }
            | Instr::GlobalAddr { dst, .. }
            | Instr::MakeMap { dst, .. }
            | Instr::FrameBase { dst } => f(Write, dst, 1),
            Instr::LoadStr { dst, .. } | Instr::Recover { dst } => f(Write, dst, 2),
            Instr::LoadGlobal { dst, acc, .. } => f(Write, dst, acc.slots()),
            Instr::LoadCap { dst, n, .. } => {
                f(Write, dst, n);
                f(Read, crate::runtime::stack::CTX as Slot, 1);
            }
            Instr::StoreGlobal { src, acc, .. } => f(Read, src, acc.slots()),
            Instr::AddInt { dst, a, b }
            | Instr::SubInt { dst, a, b }
            | Instr::MulInt { dst, a, b }
            | Instr::DivInt { dst, a, b }
            | Instr::RemInt { dst, a, b }
            | Instr::AndInt { dst, a, b }
            | Instr::OrInt { dst, a, b }
            | Instr::XorInt { dst, a, b }
            | Instr::AndNotInt { dst, a, b }
            | Instr::ShlInt { dst, a, b }
            | Instr::ShrInt { dst, a, b }
            | Instr::EqInt { dst, a, b }
            | Instr::NeInt { dst, a, b }
            | Instr::LtInt { dst, a, b }
            | Instr::LeInt { dst, a, b }
            | Instr::AddFloat { dst, a, b }
            | Instr::SubFloat { dst, a, b }
            | Instr::MulFloat { dst, a, b }
            | Instr::DivFloat { dst, a, b }
            | Instr::EqFloat { dst, a, b }
            | Instr::LtFloat { dst, a, b }
            | Instr::LeFloat { dst, a, b }
            | Instr::MinFloat { dst, a, b }
            | Instr::MaxFloat { dst, a, b }
            | Instr::DivUint { dst, a, b }
            | Instr::RemUint { dst, a, b }
            | Instr::ShrUint { dst, a, b }
            | Instr::LtUint { dst, a, b }
            | Instr::LeUint { dst, a, b } => {
                f(Write, dst, 1);
                f(Read, a, 1);
                f(Read, b, 1);
            }
            Instr::AddIntK { dst, a, .. }
            | Instr::AndIntK { dst, a, .. }
            | Instr::OrIntK { dst, a, .. }
            | Instr::XorIntK { dst, a, .. }
            | Instr::ShlIntK { dst, a, .. }
            | Instr::ShrIntK { dst, a, .. }
            | Instr::ShrUintK { dst, a, .. }
            | Instr::NegInt { dst, a }
            | Instr::ComInt { dst, a }
            | Instr::Not { dst, a }
            | Instr::SqrtFloat { dst, a }
            | Instr::NegFloat { dst, a }
            | Instr::RoundF32 { dst, a }
            | Instr::IntToFloat { dst, a, .. }
            | Instr::UintToFloat { dst, a, .. }
            | Instr::FloatToInt { dst, a, .. }
            | Instr::FloatToUint { dst, a }
            | Instr::SignExt { dst, a, .. }
            | Instr::ZeroExt { dst, a, .. } => {
                f(Write, dst, 1);
                f(Read, a, 1);
            }
            Instr::DivComplex { dst, a, b } | Instr::Concat { dst, a, b } => {
                f(Write, dst, 2);
                f(Read, a, 2);
                f(Read, b, 2);
            }
            Instr::EqStr { dst, a, b }
            | Instr::LtStr { dst, a, b }
            | Instr::LeStr { dst, a, b }
            | Instr::EqIface { dst, a, b } => {
                f(Write, dst, 1);
                f(Read, a, 2);
                f(Read, b, 2);
            }
            Instr::LenStr { dst, a } => {
                f(Write, dst, 1);
                f(Read, a, 2);
            }
            Instr::MapClear { m } => f(Read, m, 1),
            Instr::SliceClear { s, .. } => f(Read, s, 3),
            Instr::PrintFloat { src }
            | Instr::PrintUint { src }
            | Instr::PrintInt { src }
            | Instr::PrintBool { src }
            | Instr::PrintPtr { src }
            | Instr::NilCheck { ptr: src }
            | Instr::KeepAlive { src }
            | Instr::ChanClose { ch: src }
            | Instr::Go { closure: src }
            | Instr::DeferProc { closure: src } => f(Read, src, 1),
            Instr::PrintStr { src } | Instr::PrintIface { src } | Instr::Panic { src } => {
                f(Read, src, 2)
            }
            Instr::MakeIface { dst, src, ty } => {
                f(Write, dst, 2);
                f(Read, src, words(ty));
            }
            Instr::MakeIfaceAt { dst, ptr, .. } => {
                f(Write, dst, 2);
                f(Read, ptr, 1);
            }
            Instr::Jmp { .. } => {}
            Instr::JmpIf { cond: a, .. }
            | Instr::JmpIfNot { cond: a, .. }
            | Instr::JmpEqK { a, .. }
            | Instr::JmpNeK { a, .. }
            | Instr::JmpLtK { a, .. }
            | Instr::JmpGeK { a, .. }
            | Instr::JmpLtUK { a, .. }
            | Instr::JmpGeUK { a, .. } => f(Read, a, 1),
            Instr::JmpEq { a, b, .. }
            | Instr::JmpNe { a, b, .. }
            | Instr::JmpGe { a, b, .. }
            | Instr::JmpGt { a, b, .. }
            | Instr::JmpGeU { a, b, .. }
            | Instr::JmpGtU { a, b, .. } => {
                f(Read, a, 1);
                f(Read, b, 1);
            }
            Instr::Call { base, .. }
            | Instr::CallClosure { base, .. }
            | Instr::CallNative { base, .. } => {
                f(Write, base, u32::MAX - base);
                let args = base + crate::runtime::stack::HEADER as Slot;
                f(Read, args, area_end.saturating_sub(args));
                if let Instr::CallClosure { callee, .. } = *self {
                    f(Read, callee, 1);
                }
            }
            Instr::Ret => {}
            Instr::MakeClosure { dst, caps, n, .. } => {
                f(Write, dst, 1);
                f(Read, caps, n);
            }
            Instr::Load { dst, ptr, acc, .. } | Instr::LoadField { dst, ptr, acc, .. } => {
                f(Write, dst, acc.slots());
                f(Read, ptr, 1);
            }
            Instr::Store { ptr, src, acc, .. } | Instr::StoreField { ptr, src, acc, .. } => {
                f(Read, ptr, 1);
                f(Read, src, acc.slots());
            }
            Instr::SlotLoad { dst, src, off, acc } => {
                f(Write, dst, acc.slots());
                let (first, n) = acc.image_slots(off);
                f(Read, src + first, n);
            }
            // A partial write: the image's other bytes stay, so it reads
            // the slots it changes.
            Instr::SlotStore { dst, off, src, acc } => {
                f(Read, src, acc.slots());
                let (first, n) = acc.image_slots(off);
                f(Read, dst + first, n);
            }
            Instr::MakeSlice { dst, len, .. } => {
                f(Write, dst, 3);
                f(Read, len, 2);
            }
            Instr::IndexAddr { dst, s, i, .. } | Instr::LoadElem { dst, s, i, .. } => {
                let n = match *self {
                    Instr::LoadElem { acc, .. } => acc.slots(),
                    _ => 1,
                };
                f(Write, dst, n);
                f(Read, s, 3);
                f(Read, i, 1);
            }
            Instr::StoreElem { s, i, src, acc } => {
                f(Read, s, 3);
                f(Read, i, 1);
                f(Read, src, acc.slots());
            }
            Instr::Reslice {
                dst, src, bounds, ..
            }
            | Instr::Reslice3 {
                dst, src, bounds, ..
            } => {
                f(Write, dst, 3);
                f(Read, src, 3);
                f(Read, bounds, 3);
            }
            Instr::ResliceStr { dst, src, bounds } => {
                f(Write, dst, 2);
                f(Read, src, 2);
                f(Read, bounds, 2);
            }
            Instr::Append { dst, s, other, .. } => {
                f(Write, dst, 3);
                f(Read, s, 3);
                f(Read, other, 3);
            }
            Instr::Copy { dst, a, b, .. } => {
                f(Write, dst, 1);
                f(Read, a, 3);
                f(Read, b, 3);
            }
            Instr::CopyStr { dst, a, b } => {
                f(Write, dst, 1);
                f(Read, a, 3);
                f(Read, b, 2);
            }
            Instr::IndexStr { dst, s, i } | Instr::DecodeRune { dst, s, i } => {
                let n = if matches!(self, Instr::DecodeRune { .. }) {
                    2
                } else {
                    1
                };
                f(Write, dst, n);
                f(Read, s, 2);
                f(Read, i, 1);
            }
            Instr::RuneToStr { dst, a } => {
                f(Write, dst, 2);
                f(Read, a, 1);
            }
            Instr::StrToBytes { dst, a } | Instr::StrToRunes { dst, a } => {
                f(Write, dst, 3);
                f(Read, a, 2);
            }
            Instr::BytesToStr { dst, a } | Instr::RunesToStr { dst, a } => {
                f(Write, dst, 2);
                f(Read, a, 3);
            }
            Instr::UnsafeSlice { dst, ptr, len, .. } | Instr::UnsafeString { dst, ptr, len } => {
                let n = if matches!(self, Instr::UnsafeSlice { .. }) {
                    3
                } else {
                    2
                };
                f(Write, dst, n);
                f(Read, ptr, 1);
                f(Read, len, 1);
            }
            Instr::StringData { dst, a } => {
                f(Write, dst, 1);
                f(Read, a, 2);
            }
            Instr::IfaceMethod { dst, iface, .. } => {
                f(Write, dst, 1);
                f(Read, iface, 2);
            }
            Instr::TypeAssert { dst, src, ty, .. } | Instr::TypeAssertOk { dst, src, ty } => {
                // An interface target keeps the interface (two words).
                let w = match types.get(ty as usize) {
                    Some(t) if t.kind == crate::program::RtKind::Interface => 2,
                    Some(t) => t.words,
                    None => 0,
                };
                let ok = u32::from(matches!(self, Instr::TypeAssertOk { .. }));
                f(Write, dst, w + ok);
                f(Read, src, 2);
            }
            Instr::SliceToArray { dst, s, .. } => {
                f(Write, dst, 1);
                f(Read, s, 3);
            }
            Instr::MapIndex { dst, m, key, ty } => {
                if let Some(t) = types.get(ty as usize)
                    && let Some(v) = types.get(t.elem as usize)
                {
                    f(Write, dst, v.words + 1);
                }
                f(Read, m, 1);
                f(Read, key, key_value(ty).0);
            }
            Instr::MapAssign { m, key, src, ty } => {
                let (kw, vw) = key_value(ty);
                f(Read, m, 1);
                f(Read, key, kw);
                f(Read, src, vw);
            }
            Instr::MapDelete { m, key, ty } => {
                f(Read, m, 1);
                f(Read, key, key_value(ty).0);
            }
            Instr::MapLen { dst, m: a }
            | Instr::ChanLen { dst, ch: a }
            | Instr::ChanCap { dst, ch: a }
            | Instr::MakeChan { dst, size: a, .. } => {
                f(Write, dst, 1);
                f(Read, a, 1);
            }
            Instr::MapNext { dst, it, .. } => {
                // The key, value and next position are written only when
                // an entry is found.
                f(Write, dst, 1);
                f(Read, it, 2);
            }
            Instr::ChanSend { ch, src, n } => {
                f(Read, ch, 1);
                f(Read, src, n);
            }
            Instr::ChanRecv { dst, ch, n, ok } => {
                f(Write, dst, n + u32::from(ok));
                f(Read, ch, 1);
            }
            Instr::Select { dst, cases, n, .. } => {
                f(Write, dst, 2);
                f(Read, cases, 2 * n);
            }
            Instr::DeferReturn | Instr::PanicRangeDone | Instr::PrintSp | Instr::PrintNl => {}
            Instr::DeferProcAt { closure, frame } => {
                f(Read, closure, 1);
                f(Read, frame, 1);
            }
        }
    }
}

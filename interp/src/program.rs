//! A compiled program: functions with their bytecode and metadata, the
//! constant pool and the runtime type table. Both engines run it.

use crate::bytecode::{FuncId, Instr, Pc};

/// One compiled Go function (or a compiler-made wrapper).
#[derive(Clone, Debug)]
pub struct Func {
    /// Go's name for it, as traces print it: `main.f`, `main.main.func1`,
    /// `main.main.deferwrap1`.
    pub name: String,
    pub code: Vec<Instr>,
    /// Source line of each instruction (parallel to `code`).
    pub lines: Vec<u32>,
    /// The file of each instruction's line, as an index into
    /// [`Program::line_files`] (parallel to `code`; empty, or shorter, for
    /// code whose lines are all in the program's file).
    pub files: Vec<u32>,
    /// Slots the frame needs, header included. A callee frame starts at or
    /// above this offset only while the frame is making a call.
    pub frame_size: u32,
    /// Words of results, then of parameters, after the frame header.
    pub result_words: u32,
    pub param_words: u32,
    /// Where the single exit path calls `deferreturn`, when the function
    /// defers: recovery resumes the frame here.
    pub deferreturn_pc: Option<Pc>,
    /// Where the frame keeps its open-coded defers, when it has them.
    pub open_defers: Option<OpenDefers>,
    /// A compiler-made wrapper for `defer f(args)`: `recover` called by the
    /// function it calls counts as called directly by the deferred function.
    pub wrapper: bool,
    /// The layout of the function's closure objects: the function id, then
    /// the words it captures (every closure of one function captures the
    /// same things).
    pub closure_layout: u32,
    /// Go's stackmaps: which frame slots hold live pointers at each
    /// safepoint. `None`: every slot may hold a pointer (frames the
    /// compiler builds by hand).
    pub stackmap: Option<StackMap>,
}

/// A function's stackmaps (Go's stack maps indexed by PCDATA): the slots
/// that may hold pointers or interface data words anywhere in the function
/// (a slot that holds values of several types is a pointer slot when any
/// of them is one), and at each safepoint which of them are live.
#[derive(Clone, Debug, Default)]
pub struct StackMap {
    pub slots: Layout,
    /// The safepoints, sorted by pc: the pc a frame's PC slot holds when a
    /// collection may scan it, and the index of its bitmap in `live`.
    pub pcs: Vec<(Pc, u32)>,
    /// Distinct bitmaps: bit `i` is set when the `i`th of `slots`' pointer
    /// words (`ptrs`, then `ifaces`) is live.
    pub live: Vec<Box<[u64]>>,
}

impl StackMap {
    /// Calls `f` with each pointer word of `slots` below `len` in a frame
    /// whose PC slot holds `pc`: its slot, whether it is an interface's
    /// data word, and whether it is live there (every word is, at a pc
    /// that is not a safepoint).
    pub fn each_word(&self, pc: u64, len: usize, mut f: impl FnMut(usize, bool, bool)) {
        let live = u32::try_from(pc)
            .ok()
            .and_then(|pc| self.pcs.binary_search_by_key(&pc, |&(p, _)| p).ok())
            .map(|i| &self.live[self.pcs[i].1 as usize]);
        let ptrs = self.slots.ptrs.len();
        for (i, &s) in self.slots.ptrs.iter().chain(&self.slots.ifaces).enumerate() {
            if (s as usize) < len {
                let is_live = live.is_none_or(|l| l[i / 64] >> (i % 64) & 1 != 0);
                f(s as usize, i >= ptrs, is_live);
            }
        }
    }
}

/// The slots of a function's open-coded defers (Go's open-coded defer
/// funcdata): bit `i` of the mask slot is set once the `i`th `defer`
/// statement has run, and closure slot `i` holds its deferred closure. The
/// exit path runs the set bits' closures, highest bit first, clearing each
/// before the call; a panic finds them here (`runtime/defer.rs`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct OpenDefers {
    pub mask: u32,
    pub closures: u32,
}

/// Which words of a value the collector follows (Go's ptrmask): a heap
/// object repeats its layout element after element, as a slice's backing
/// array does. A type word of an interface is a small integer, never a
/// pointer; its data word is one when the type it names is held by
/// pointer ([`Program::iface_data_is_pointer`]).
#[derive(Clone, Debug, Default, PartialEq, Eq, Hash)]
pub struct Layout {
    /// Words of one element.
    pub words: u32,
    /// Offsets of the words that hold pointers.
    pub ptrs: Vec<u32>,
    /// Offsets of interface data words (the type word is the one before).
    pub ifaces: Vec<u32>,
}

impl Layout {
    /// Whether values of this layout hold no pointers (Go's noscan).
    pub fn noscan(&self) -> bool {
        self.ptrs.is_empty() && self.ifaces.is_empty()
    }
}

/// Layout ids fixed for every program, for what the runtime allocates by
/// itself.
pub mod layouts {
    /// Objects with no pointers: strings, arrays of scalars, map and
    /// channel cells.
    pub const NOSCAN: u32 = 0;
    /// One pointer word (a pointer, a closure, a map or channel).
    pub const POINTER: u32 = 1;
    /// A string: pointer, then length.
    pub const STRING: u32 = 2;
    /// An interface: type word, then data word.
    pub const IFACE: u32 = 3;
    /// A slice: data pointer, length, capacity.
    pub const SLICE: u32 = 4;
    /// An error's text (a string), then an interface: `*fmt.wrapError`.
    pub const STRING_IFACE: u32 = 5;
    /// An error's text, then a slice of interfaces: `*fmt.wrapErrors`,
    /// `*errors.joinError`.
    pub const STRING_SLICE: u32 = 6;
    /// A string, then a pointer: an entry of a `map[string]*T`.
    pub const STRING_POINTER: u32 = 7;
    /// A word, then a string: an `*os.File` (descriptor, name).
    pub const FILE: u32 = 8;
    /// A `unicode.RangeTable`: two slices, then a word.
    pub const RANGE_TABLE: u32 = 9;
    /// A slice, then three words: the `*fmt.pp` a `Format` method gets.
    pub const FMT_STATE: u32 = 10;
}

/// How the runtime treats values of a type stored in an interface.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RtKind {
    Bool,
    Int,
    /// Unsigned integers (printed as such).
    Uint,
    /// `float32`: the data word holds an `f64` exactly representable as `f32`.
    Float32,
    /// `float64`: the data word holds the `f64`'s bits.
    Float64,
    /// `complex64`: two words, each an `f64` exactly representable as `f32`.
    Complex64,
    /// `complex128`: two words, the `f64` parts.
    Complex128,
    String,
    Func,
    /// `runtime.errorString`: a runtime error with a fixed message; data
    /// points at a string (two words).
    RuntimeError,
    /// `*errors.errorString`: a pointer to a cell holding the error's text
    /// (two words); errors compare by that pointer, as in Go.
    ErrorString,
    /// A slice; `RtType::elem` is its element type.
    Slice,
    /// A pointer; `RtType::elem` is the type it points to.
    Pointer,
    /// A channel; `RtType::elem` is its element type.
    Chan,
    /// An array; `RtType::elem` is its element type (the length follows
    /// from the sizes).
    Array,
    /// An interface value (type id and data word) stored inside another
    /// value: a slice element, a field.
    Interface,
    /// A map; `RtType::fields[0]` is its key type, `RtType::elem` its value type.
    Map,
    /// A struct; `RtType::fields` are its field types.
    Struct,
}

/// A type as the runtime sees it: what interfaces, `fmt` and panics need.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RtType {
    /// Go's name for the type (`int`, `runtime.errorString`).
    pub name: String,
    pub kind: RtKind,
    /// Slots a value takes (the words of its memory form, except a
    /// `complex64`'s two).
    pub words: u32,
    /// Size of a value in Go's layout, in bytes.
    pub size: u64,
    /// The byte offsets of a struct's fields, in order.
    pub offsets: Vec<u64>,
    /// The length of an array type.
    pub len: u64,
    /// The width in bits of an integer type (0 for other kinds).
    pub bits: u32,
    /// The element type of a slice, or the target of a pointer (0 otherwise).
    pub elem: u32,
    /// The field types of a struct, in order; the parameter types of a func.
    pub fields: Vec<u32>,
    /// A func whose last parameter is `...T` (its type in `fields` is
    /// `[]T`).
    pub variadic: bool,
    /// The field names of a struct (an embedded field is named after its
    /// type), for `%+v` and `%#v`.
    pub field_names: Vec<String>,
    /// The layout of a value, for boxing it in the heap.
    pub layout: u32,
}

impl RtType {
    /// Field `i` of a struct type is blank (`_`): it takes no part in
    /// equality or hashing.
    pub fn is_blank_field(&self, i: usize) -> bool {
        self.field_names.get(i).is_some_and(|n| n == "_")
    }

    /// A type with no element or field types: a scalar, a string, or one of
    /// the runtime's error types.
    pub fn basic(name: &str, kind: RtKind, words: u32, layout: u32) -> RtType {
        RtType {
            name: name.into(),
            kind,
            words,
            size: 8 * u64::from(words),
            offsets: Vec::new(),
            len: 0,
            bits: 0,
            elem: 0,
            fields: Vec::new(),
            variadic: false,
            field_names: Vec::new(),
            layout,
        }
    }

    /// One-word scalars are stored in an interface's data word directly;
    /// anything else is boxed and the data word points at it.
    pub fn inline(&self) -> bool {
        self.words == 1
    }
}

/// Runtime type ids fixed for every program.
pub mod rt_types {
    /// The nil interface's type word.
    pub const NIL: u32 = 0;
    /// `runtime.errorString`, the dynamic type of runtime error panics.
    pub const RUNTIME_ERROR: u32 = 1;
    /// `*errors.errorString`, what `errors.New` and `fmt.Errorf` return.
    pub const ERROR_STRING: u32 = 2;
    /// `string`, the dynamic type of the values that standard packages
    /// panic with (`strings: negative Repeat count`).
    pub const STRING: u32 = 3;
    /// `*fmt.wrapError` (`fmt.Errorf` with one `%w`): its cell holds the
    /// text, then the wrapped error (an interface).
    pub const WRAP_ERROR: u32 = 4;
    /// `*fmt.wrapErrors` (several `%w`): the text, then a `[]error`.
    pub const WRAP_ERRORS: u32 = 5;
    /// `*errors.joinError` (`errors.Join`): the text, then a `[]error`.
    pub const JOIN_ERROR: u32 = 6;
    /// `*runtime.PanicNilError`, what `panic(nil)` panics with (Go 1.21).
    pub const PANIC_NIL_ERROR: u32 = 7;
}

#[derive(Clone, Debug)]
pub struct Program {
    pub funcs: Vec<Func>,
    /// Constant strings; `LoadStr` points into them.
    pub strings: Vec<Box<[u8]>>,
    /// Runtime types, indexed by the type word of interfaces.
    pub types: Vec<RtType>,
    /// Layouts of heap objects and frames, by id ([`layouts`] first).
    pub layouts: Vec<Layout>,
    /// The id of each layout in `layouts`.
    pub layout_ids: std::collections::HashMap<Layout, u32>,
    /// The slice element layouts `MakeSlice` and `Append` name.
    pub elems: Vec<crate::bytecode::Elem>,
    /// Words of package-level variables.
    pub global_words: u32,
    /// Which of them the collector follows (one value of this layout).
    pub globals_layout: Layout,
    /// The program's entry: initializes package variables, runs `init`
    /// functions, then calls `main.main`.
    pub entry: FuncId,
    /// The source file, as traces print it (an absolute path).
    pub file_name: String,
    /// File names that line directives (`//line foo.go:10`) give, as Go
    /// reports them; index 0 stands for `file_name`.
    pub line_files: Vec<String>,
    /// The file is package main, which `gojit run` runs.
    pub main: bool,
    /// Method names used in interfaces, by id.
    pub method_names: Vec<String>,
    /// The function a method call through an interface runs, by dynamic
    /// type and method name id. Its first parameter is the interface's data
    /// word (a pointer receiver, a one-word value, or a pointer to a boxed
    /// value that a wrapper dereferences).
    pub itab: std::collections::HashMap<(u32, u32), FuncId>,
    /// The signature (the checker's type id, without the receiver) of each
    /// method in `itab` and of each interface method, by (type, method
    /// name id): a type implements an interface only with matching ones.
    pub method_sigs: std::collections::HashMap<(u32, u32), u32>,
    /// The method name ids of each interface type.
    pub iface_methods: std::collections::HashMap<u32, Vec<u32>>,
    /// The runtime types of `fmt.Formatter` and of `*fmt.pp` (the
    /// `fmt.State` its `Format` gets), when the program names `fmt.State`.
    pub formatter: Option<(u32, u32)>,
    /// The runtime type of `io.discard`, when the program names
    /// `io.Discard`.
    pub discard: Option<u32>,
}

impl Program {
    pub fn new(file_name: String) -> Program {
        let mut p = Program {
            funcs: Vec::new(),
            strings: Vec::new(),
            types: vec![
                RtType::basic("nil", RtKind::Int, 0, layouts::NOSCAN),
                RtType::basic(
                    "runtime.errorString",
                    RtKind::RuntimeError,
                    2,
                    layouts::STRING,
                ),
                RtType::basic(
                    "*errors.errorString",
                    RtKind::ErrorString,
                    1,
                    layouts::POINTER,
                ),
                RtType::basic("string", RtKind::String, 2, layouts::STRING),
                RtType::basic("*fmt.wrapError", RtKind::ErrorString, 1, layouts::POINTER),
                RtType::basic("*fmt.wrapErrors", RtKind::ErrorString, 1, layouts::POINTER),
                RtType::basic(
                    "*errors.joinError",
                    RtKind::ErrorString,
                    1,
                    layouts::POINTER,
                ),
                RtType::basic(
                    "*runtime.PanicNilError",
                    RtKind::ErrorString,
                    1,
                    layouts::POINTER,
                ),
            ],
            layouts: Vec::new(),
            layout_ids: Default::default(),
            elems: Vec::new(),
            global_words: 0,
            globals_layout: Layout::default(),
            entry: 0,
            file_name,
            line_files: vec![String::new()],
            main: true,
            method_names: Vec::new(),
            itab: Default::default(),
            method_sigs: Default::default(),
            iface_methods: Default::default(),
            formatter: None,
            discard: None,
        };
        let fixed = [
            (1, &[][..], &[][..]),
            (1, &[0], &[]),
            (2, &[0], &[]),
            (2, &[], &[1]),
            (3, &[0], &[]),
            (4, &[0], &[3]),
            (5, &[0, 2], &[]),
            (3, &[0, 2], &[]),
            (3, &[1], &[]),
            (7, &[0, 3], &[]),
            (6, &[0], &[]),
        ];
        for (words, ptrs, ifaces) in fixed {
            p.layouts.push(Layout {
                words,
                ptrs: ptrs.to_vec(),
                ifaces: ifaces.to_vec(),
            });
        }
        p.layout_ids = (p.layouts.iter().cloned()).zip(0..).collect();
        p
    }

    /// The id of layout `l`, adding it on first use; every layout without
    /// pointers is [`layouts::NOSCAN`].
    pub fn layout_id(&mut self, l: Layout) -> u32 {
        if l.noscan() {
            return layouts::NOSCAN;
        }
        if let Some(&id) = self.layout_ids.get(&l) {
            return id;
        }
        self.layouts.push(l.clone());
        let id = (self.layouts.len() - 1) as u32;
        self.layout_ids.insert(l, id);
        id
    }

    /// The id of element layout `e`, adding it on first use.
    pub fn elem_id(&mut self, e: crate::bytecode::Elem) -> crate::bytecode::ElemId {
        match self.elems.iter().position(|&x| x == e) {
            Some(i) => i as crate::bytecode::ElemId,
            None => {
                self.elems.push(e);
                (self.elems.len() - 1) as crate::bytecode::ElemId
            }
        }
    }

    /// Whether an interface holding a value of runtime type `ty` has a
    /// pointer in its data word: a boxed value, or a one-word value that is
    /// a pointer. Not a type id (a stale slot): treated as a pointer, which
    /// the heap then checks.
    pub fn iface_data_is_pointer(&self, ty: u64) -> bool {
        self.types
            .get(ty as usize)
            .is_none_or(|t| t.words != 1 || !self.layouts[t.layout as usize].ptrs.is_empty())
    }

    /// The runtime type id for `ty`, registering it on first use.
    pub fn type_id(&mut self, ty: RtType) -> u32 {
        if let Some(i) = self.types.iter().position(|t| *t == ty) {
            return i as u32;
        }
        self.types.push(ty);
        (self.types.len() - 1) as u32
    }

    /// The id of a method name, adding it on first use.
    pub fn method_id(&mut self, name: &str) -> u32 {
        if let Some(i) = self.method_names.iter().position(|n| n == name) {
            return i as u32;
        }
        self.method_names.push(name.into());
        (self.method_names.len() - 1) as u32
    }

    /// Whether the dynamic type `ty` has every method of interface type `iface`.
    pub fn implements(&self, ty: u32, iface: u32) -> bool {
        self.iface_methods.get(&iface).is_none_or(|ms| {
            ms.iter().all(|&m| {
                self.itab.contains_key(&(ty, m))
                    && self.method_sigs.get(&(ty, m)) == self.method_sigs.get(&(iface, m))
            })
        })
    }

    /// Adds method `m` of runtime type `ty` to the method table: the
    /// function an interface calls, and the method's signature.
    pub fn add_method(&mut self, ty: u32, m: u32, func: FuncId, sig: u32) {
        self.itab.insert((ty, m), func);
        self.method_sigs.insert((ty, m), sig);
    }

    /// Adds a runtime type (which may still be filled in) and returns its id.
    pub fn push_type(&mut self, ty: RtType) -> u32 {
        self.types.push(ty);
        (self.types.len() - 1) as u32
    }

    /// The index of constant string `s` in the pool, adding it on first use.
    pub fn string_id(&mut self, s: &[u8]) -> u32 {
        if let Some(i) = self.strings.iter().position(|t| &**t == s) {
            return i as u32;
        }
        self.strings.push(s.into());
        (self.strings.len() - 1) as u32
    }

    /// The source file and line of `pc` in `func`, as Go reports them.
    pub fn position(&self, func: FuncId, pc: Pc) -> (&str, u32) {
        let f = &self.funcs[func as usize];
        let at = |v: &[u32]| v.get(pc as usize).or(v.last()).copied().unwrap_or(0);
        let file = match at(&f.files) {
            0 => &self.file_name,
            i => &self.line_files[i as usize],
        };
        (file, at(&f.lines))
    }
}

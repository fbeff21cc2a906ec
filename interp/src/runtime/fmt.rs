//! Package `fmt`: Go's formatted printing, byte for byte.
//!
//! The structure follows Go's own implementation so that its many corner
//! cases (complaints like `%!d(string=hi)`, how flags reach nested values,
//! when `Error()` is used) come out the same: `Printer` is Go's `pp`
//! (`print.go`: parsing the format, choosing how a value and verb are
//! printed, walking composite values), and `format::Fmt` is Go's `fmt`
//! (`format.go`: padding, integers, quoted strings). Values are read
//! through their runtime types (`RtType`), standing in for `reflect`.
//!
//! Print, Println and Sprintf all use the one printer; `%v` is what Print
//! and Println show.

mod format;
pub(crate) mod quote;

use std::cmp::Ordering;

use self::format::{Fmt, LDIGITS, UDIGITS};
use super::methods::{self, Called, MethodCall, MethodTexts, Wanted};
use super::value::{self, Form};
use super::{Runtime, mem};
use crate::program::{RtKind, RtType, rt_types};
use crate::runtime::strings::decode_rune;

/// The `Error()` text of an error value held in an interface.
pub fn error_string(rt: &Runtime, (ty, data): (u64, u64)) -> String {
    match Val::of_iface(rt, ty, data) {
        Some(v) if rt.prog.types[ty as usize].kind == RtKind::RuntimeError => {
            String::from_utf8_lossy(v.string_bytes()).into_owned()
        }
        Some(v) if rt.prog.types[ty as usize].kind == RtKind::ErrorString => {
            String::from_utf8_lossy(error_string_text(v)).into_owned()
        }
        _ => value(rt, (ty, data)),
    }
}

/// The text of an `*errors.errorString`: the string in the cell it points to.
fn error_string_text<'a>(v: Val) -> &'a [u8] {
    let cell = v.word(0);
    mem::bytes(mem::load(cell, 0), mem::load(cell, 1))
}

/// `%v` of an interface value, without calling its methods.
pub fn value(rt: &Runtime, (ty, data): (u64, u64)) -> String {
    let none = MethodTexts::without_calls();
    let mut p = Printer::new(rt, &none);
    p.print_arg(Val::of_iface(rt, ty, data), 'v');
    String::from_utf8_lossy(&p.fmt.buf).into_owned()
}

/// `fmt.Sprintln(args...)` of `n` interfaces stored at `args`: operands
/// separated by spaces, then a newline.
pub fn sprintln(rt: &Runtime, methods: &MethodTexts, args: u64, n: usize) -> Vec<u8> {
    let mut p = Printer::new(rt, methods);
    for (i, arg) in operands(rt, args, n).into_iter().enumerate() {
        if i > 0 {
            p.fmt.buf.push(b' ');
        }
        p.print_arg(arg, 'v');
    }
    p.fmt.buf.push(b'\n');
    p.fmt.buf
}

/// `fmt.Sprint(args...)`: a space between operands when neither is a
/// string (of any string kind, named or not).
pub fn sprint(rt: &Runtime, methods: &MethodTexts, args: u64, n: usize) -> Vec<u8> {
    let mut p = Printer::new(rt, methods);
    let mut prev_string = false;
    for (i, arg) in operands(rt, args, n).into_iter().enumerate() {
        let is_string =
            arg.is_some_and(|v| matches!(p.ty(v).kind, RtKind::String | RtKind::RuntimeError));
        if i > 0 && !is_string && !prev_string {
            p.fmt.buf.push(b' ');
        }
        p.print_arg(arg, 'v');
        prev_string = is_string;
    }
    p.fmt.buf
}

/// `fmt.Sprintf(format, args...)` of `n` interfaces stored at `args`.
pub fn sprintf(rt: &Runtime, methods: &MethodTexts, format: &[u8], args: u64, n: usize) -> Vec<u8> {
    let mut p = Printer::new(rt, methods);
    p.do_printf(format, &operands(rt, args, n));
    p.fmt.buf
}

/// `fmt.Errorf`'s text, and the operand indexes its `%w` verbs wrap
/// (sorted and without repeats when the format reorders operands, as Go
/// does).
pub fn errorf(
    rt: &Runtime,
    methods: &MethodTexts,
    format: &[u8],
    args: u64,
    n: usize,
) -> (Vec<u8>, Vec<usize>) {
    let mut p = Printer::new(rt, methods);
    p.wrap_errs = true;
    p.do_printf(format, &operands(rt, args, n));
    let mut wrapped = p.wrapped;
    if p.reordered {
        wrapped.sort_unstable();
    }
    wrapped.dedup();
    (p.fmt.buf, wrapped)
}

/// The dynamic type `ty` has an `Error() string` method.
pub fn is_error_type(rt: &Runtime, ty: u32) -> bool {
    if matches!(
        rt.prog.types[ty as usize].kind,
        RtKind::RuntimeError | RtKind::ErrorString
    ) {
        return true;
    }
    rt.prog
        .method_names
        .iter()
        .position(|n| n == "Error")
        .and_then(|m| rt.prog.itab.get(&(ty, m as u32)))
        .is_some_and(|&f| {
            let f = &rt.prog.funcs[f as usize];
            f.result_words == 2 && f.param_words == 1
        })
}

/// `fmtsort`'s order of two floats (given by their bits): NaN first.
fn float_order(a: u64, b: u64) -> Ordering {
    let (x, y) = (f64::from_bits(a), f64::from_bits(b));
    match (x.is_nan(), y.is_nan()) {
        (true, true) => Ordering::Equal,
        (true, false) => Ordering::Less,
        (false, true) => Ordering::Greater,
        _ => x.partial_cmp(&y).unwrap_or(Ordering::Equal),
    }
}

/// The `n` interface operands stored at `args` (two words each).
fn operands(rt: &Runtime, args: u64, n: usize) -> Vec<Option<Val>> {
    (0..n)
        .map(|i| Val::of_iface(rt, mem::load(args, 2 * i), mem::load(args, 2 * i + 1)))
        .collect()
}

/// A Go value being printed: its runtime type and where its words are.
#[derive(Clone, Copy)]
struct Val {
    ty: u32,
    loc: Loc,
    /// Slot form (an operand, a map entry) or memory form (a field, an
    /// element, a pointer's target): see [`Form`].
    form: Form,
    /// Reached through an unexported struct field: Go's reflect cannot
    /// turn such a value back into an interface, so `fmt` calls no
    /// `Error()` method on it.
    read_only: bool,
}

#[derive(Clone, Copy)]
enum Loc {
    /// A one-word value held in an interface's data word.
    Word(u64),
    /// A value stored in memory from this address on.
    At(u64),
}

impl Val {
    /// The dynamic value of the interface `(ty, data)`; `None` for nil.
    fn of_iface(rt: &Runtime, ty: u64, data: u64) -> Option<Val> {
        if ty == u64::from(rt_types::NIL) {
            return None;
        }
        let inline = rt.prog.types[ty as usize].inline();
        Some(Val {
            ty: ty as u32,
            form: Form::Slot,
            loc: if inline {
                Loc::Word(data)
            } else {
                Loc::At(data)
            },
            read_only: false,
        })
    }

    /// Word `i` of the value.
    fn word(self, i: usize) -> u64 {
        match self.loc {
            Loc::Word(w) => {
                debug_assert_eq!(i, 0, "an inline value has one word");
                w
            }
            Loc::At(addr) => mem::load(addr, i),
        }
    }

    /// The slot form of a one-slot scalar value of runtime type `t`.
    fn scalar(self, t: &RtType) -> u64 {
        match (self.loc, self.form) {
            (Loc::Word(w), Form::Slot) => w,
            (Loc::Word(w), Form::Mem) => value::scalar_at(t, [w].as_ptr() as u64, Form::Mem),
            (Loc::At(addr), form) => value::scalar_at(t, addr, form),
        }
    }

    /// The `f64` bits of the parts of a complex value of runtime type `t`.
    fn complex(self, t: &RtType) -> (u64, u64) {
        match self.loc {
            Loc::Word(w) => value::complex_at(t, [w].as_ptr() as u64, self.form),
            Loc::At(addr) => value::complex_at(t, addr, self.form),
        }
    }

    /// The part of this value of type `ty` starting `off` bytes in (a
    /// field or an element), in memory form.
    fn part(self, ty: u32, off: u64) -> Val {
        let loc = match self.loc {
            // An inline value is one word: its part is in its bytes.
            Loc::Word(w) => Loc::Word(w.checked_shr(8 * off as u32).unwrap_or(0)),
            Loc::At(addr) => Loc::At(addr + off),
        };
        Val {
            ty,
            loc,
            form: Form::Mem,
            read_only: self.read_only,
        }
    }

    /// The value of type `ty` stored at `addr` in memory form, reached
    /// from this one.
    fn at(self, ty: u32, addr: u64) -> Val {
        Val {
            ty,
            loc: Loc::At(addr),
            form: Form::Mem,
            read_only: self.read_only,
        }
    }

    /// The string words `(ptr, len)` of a string-kinded value.
    fn string_bytes<'a>(self) -> &'a [u8] {
        mem::bytes(self.word(0), self.word(1))
    }
}

/// The raw value of a runtime error, which holds its `Error()` text:
/// Go's `runtime.errorString` is the message without the `runtime error: `
/// that `Error()` adds (a plain error, like `assignment to entry in nil
/// map`, is its whole text).
fn runtime_error_raw<'b>(v: Val) -> &'b [u8] {
    let text = v.string_bytes();
    text.strip_prefix(b"runtime error: ").unwrap_or(text)
}

/// Go's `fmt.pp`: formats operands into `fmt.buf`.
struct Printer<'a> {
    rt: &'a Runtime,
    /// The method calls this printing needs (listed by a first pass, made
    /// by the native, since calling Go code needs the runtime this printer
    /// only reads).
    methods: &'a MethodTexts,
    /// The ids of the method names `Error`, `String` and `GoString`.
    text_methods: [Option<u32>; 3],
    fmt: Fmt,
    /// The operand or nested value being printed, for complaints such as
    /// `%!d(string=hi)` (Go's `pp.arg`/`pp.value`); `None` for nil.
    value: Option<Val>,
    /// Inside a complaint: print the raw value, calling no `Error()`.
    erroring: bool,
    /// The format used an explicit argument index, so unused operands are
    /// not reported as `%!(EXTRA ...)`.
    reordered: bool,
    /// The current verb's argument index is valid.
    good_arg_num: bool,
    /// Printing for `Errorf`: `%w` takes an error operand.
    wrap_errs: bool,
    /// The operand indexes of the `%w` verbs, in format order.
    wrapped: Vec<usize>,
    /// How many outcomes of `methods.done` were printed.
    calls_used: usize,
}

impl<'a> Printer<'a> {
    fn new(rt: &'a Runtime, methods: &'a MethodTexts) -> Printer<'a> {
        Printer {
            rt,
            methods,
            text_methods: ["Error", "String", "GoString"].map(|m| {
                rt.prog
                    .method_names
                    .iter()
                    .position(|n| n == m)
                    .map(|i| i as u32)
            }),
            fmt: Fmt::default(),
            value: None,
            erroring: false,
            reordered: false,
            good_arg_num: true,
            wrap_errs: false,
            wrapped: Vec::new(),
            calls_used: 0,
        }
    }

    fn ty(&self, v: Val) -> &'a RtType {
        &self.rt.prog.types[v.ty as usize]
    }

    fn write(&mut self, s: &[u8]) {
        self.fmt.buf.extend_from_slice(s);
    }

    fn write_rune(&mut self, c: char) {
        self.fmt
            .buf
            .extend_from_slice(c.encode_utf8(&mut [0; 4]).as_bytes());
    }

    /// Go's `reflect.Type.String()` for `ty`. Runtime type names spell
    /// element types as the checker does (unqualified), while reflect
    /// qualifies named types at every level (`[]main.Point`), so unnamed
    /// slice, array, pointer and map types are spelled from their parts.
    fn type_string(&self, ty: u32) -> String {
        let t = &self.rt.prog.types[ty as usize];
        match t.kind {
            RtKind::Slice if t.name.starts_with("[]") => format!("[]{}", self.type_string(t.elem)),
            RtKind::Pointer if t.name.starts_with('*') => format!("*{}", self.type_string(t.elem)),
            RtKind::Array if t.name.starts_with('[') => match t.name.find(']') {
                Some(end) => format!("{}{}", &t.name[..=end], self.type_string(t.elem)),
                None => t.name.clone(),
            },
            RtKind::Map if t.name.starts_with("map[") => {
                format!(
                    "map[{}]{}",
                    self.type_string(t.fields[0]),
                    self.type_string(t.elem)
                )
            }
            RtKind::Interface if t.name == "any" => "interface {}".into(),
            _ => t.name.clone(),
        }
    }

    /// The name of field `i` of struct type `t`, for `%+v` and `%#v`.
    /// Runtime types do not record field names yet, so fields print
    /// unnamed (and count as exported) until they do.
    fn field_name(&self, t: &'a RtType, i: usize) -> Option<&'a str> {
        t.field_names.get(i).map(String::as_str)
    }

    // ----- The format string (Go's doPrintf) -----

    fn do_printf(&mut self, format: &[u8], args: &[Option<Val>]) {
        let end = format.len();
        let mut arg_num = 0;
        self.reordered = false;
        let mut i = 0;
        'format: while i < end {
            self.good_arg_num = true;
            let last = i;
            while i < end && format[i] != b'%' {
                i += 1;
            }
            if i > last {
                self.write(&format[last..i]);
            }
            if i >= end {
                break;
            }
            i += 1; // the '%'

            self.fmt.clear_flags();
            while i < end {
                let c = format[i];
                let f = &mut self.fmt.flags;
                match c {
                    b'#' => f.sharp = true,
                    b'0' => f.zero = true,
                    b'+' => f.plus = true,
                    b'-' => f.minus = true,
                    b' ' => f.space = true,
                    _ => {
                        // The common case: flags then a lower-case verb,
                        // with an operand left.
                        if c.is_ascii_lowercase() && arg_num < args.len() {
                            if c == b'w' {
                                self.wrapped.push(arg_num);
                            }
                            if c == b'v' || c == b'w' {
                                self.move_v_flags();
                            }
                            self.print_arg(args[arg_num], char::from(c));
                            arg_num += 1;
                            i += 1;
                            continue 'format;
                        }
                        break;
                    }
                }
                i += 1;
            }

            // Argument index, then width. `after_index`: the previous item
            // was an index like [3].
            let mut after_index;
            (arg_num, i, after_index) = self.arg_number(arg_num, format, i, args.len());
            if i < end && format[i] == b'*' {
                i += 1;
                let (wid, ok, next) = int_from_arg(self, args, arg_num);
                (self.fmt.wid, self.fmt.flags.wid_present, arg_num) = (wid, ok, next);
                if !ok {
                    self.write(b"%!(BADWIDTH)");
                }
                // A negative width means padding on the right.
                if self.fmt.wid < 0 {
                    self.fmt.wid = -self.fmt.wid;
                    self.fmt.flags.minus = true;
                    self.fmt.flags.zero = false;
                }
                after_index = false;
            } else {
                let (wid, ok, next) = parse_num(format, i);
                (self.fmt.wid, self.fmt.flags.wid_present, i) = (wid, ok, next);
                if after_index && ok {
                    self.good_arg_num = false; // "%[3]2d"
                }
            }

            // Precision.
            if i + 1 < end && format[i] == b'.' {
                i += 1;
                if after_index {
                    self.good_arg_num = false; // "%[3].2d"
                }
                (arg_num, i, after_index) = self.arg_number(arg_num, format, i, args.len());
                if i < end && format[i] == b'*' {
                    i += 1;
                    let (prec, ok, next) = int_from_arg(self, args, arg_num);
                    (self.fmt.prec, self.fmt.flags.prec_present, arg_num) = (prec, ok, next);
                    // A negative precision means none.
                    if self.fmt.prec < 0 {
                        self.fmt.prec = 0;
                        self.fmt.flags.prec_present = false;
                    }
                    if !self.fmt.flags.prec_present {
                        self.write(b"%!(BADPREC)");
                    }
                    after_index = false;
                } else {
                    let (prec, ok, next) = parse_num(format, i);
                    // "%.d" means precision 0.
                    (self.fmt.prec, self.fmt.flags.prec_present, i) =
                        (if ok { prec } else { 0 }, true, next);
                }
            }

            if !after_index {
                (arg_num, i, _) = self.arg_number(arg_num, format, i, args.len());
            }

            if i >= end {
                self.write(b"%!(NOVERB)");
                break;
            }

            let (verb, size) = if format[i] < 0x80 {
                (char::from(format[i]), 1)
            } else {
                let (r, size) = decode_rune(&format[i..]);
                (
                    char::from_u32(r).unwrap_or(char::REPLACEMENT_CHARACTER),
                    size,
                )
            };
            i += size;

            match verb {
                // A percent sign takes no operand and ignores width and
                // precision.
                '%' => self.write(b"%"),
                _ if !self.good_arg_num => self.complain(verb, b"(BADINDEX)"),
                _ if arg_num >= args.len() => self.complain(verb, b"(MISSING)"),
                _ => {
                    if verb == 'w' {
                        self.wrapped.push(arg_num);
                    }
                    if verb == 'v' || verb == 'w' {
                        self.move_v_flags();
                    }
                    self.print_arg(args[arg_num], verb);
                    arg_num += 1;
                }
            }
        }

        // Operands left over, unless the format chose operands by index.
        if !self.reordered && arg_num < args.len() {
            self.fmt.clear_flags();
            self.write(b"%!(EXTRA ");
            for (k, &arg) in args[arg_num..].iter().enumerate() {
                if k > 0 {
                    self.write(b", ");
                }
                match arg {
                    None => self.write(b"<nil>"),
                    Some(v) => {
                        let name = self.type_string(v.ty);
                        self.write(name.as_bytes());
                        self.write(b"=");
                        self.print_arg(arg, 'v');
                    }
                }
            }
            self.write(b")");
        }
    }

    /// For `%v`, `#` means Go syntax and `+` field names: move them out of
    /// the way of the integer flags they otherwise are.
    fn move_v_flags(&mut self) {
        let f = &mut self.fmt.flags;
        f.sharp_v = f.sharp;
        f.sharp = false;
        f.plus_v = f.plus;
        f.plus = false;
    }

    /// `%!verb` followed by `what`: a bad index or a missing operand.
    fn complain(&mut self, verb: char, what: &[u8]) {
        self.write(b"%!");
        self.write_rune(verb);
        self.write(what);
    }

    /// An explicit argument index `[n]` at `format[i]`, if there is one:
    /// the new operand number, the position after it, and whether one was
    /// found. A malformed or out-of-range index marks the verb
    /// `BADINDEX`.
    fn arg_number(
        &mut self,
        arg_num: usize,
        format: &[u8],
        i: usize,
        num_args: usize,
    ) -> (usize, usize, bool) {
        if format.len() <= i || format[i] != b'[' {
            return (arg_num, i, false);
        }
        self.reordered = true;
        let (index, wid, ok) = parse_arg_number(&format[i..]);
        if ok && (0..num_args as i64).contains(&index) {
            return (index as usize, i + wid, true);
        }
        self.good_arg_num = false;
        (arg_num, i + wid, ok)
    }

    // ----- One operand (Go's printArg and printValue) -----

    /// Prints operand `arg` (`None`: a nil interface) for `verb`.
    fn print_arg(&mut self, arg: Option<Val>, verb: char) {
        self.value = arg;
        let Some(v) = arg else {
            match verb {
                'T' | 'v' => self.fmt.pad(b"<nil>"),
                _ => self.bad_verb(verb),
            }
            return;
        };
        match verb {
            'T' => {
                let name = self.type_string(v.ty);
                self.fmt.fmt_s(name.as_bytes());
                return;
            }
            'p' => {
                self.fmt_pointer(v, 'p');
                return;
            }
            _ => {}
        }
        // An operand of type []byte exactly (not a named byte slice type)
        // has its own path in Go, which differs in %#v's type name.
        let t = self.ty(v);
        if t.kind == RtKind::Slice && t.name == "[]uint8" {
            let bytes = self.byte_elems(v);
            self.fmt_bytes(v, &bytes, verb, "[]byte");
            return;
        }
        if !self.handle_methods(v, verb) {
            self.print_value(v, verb, 0);
        }
    }

    /// Go's use of a value's methods: `GoString()` for `%#v`, else
    /// `Error()` or `String()` for `%v %s %x %X %q` (their results are in
    /// `methods`; the standard errors' texts are read here). Returns
    /// whether the value was printed.
    fn handle_methods(&mut self, v: Val, mut verb: char) -> bool {
        if self.erroring || v.read_only {
            return false;
        }
        if verb == 'w' {
            // Only Errorf wraps errors, and only error operands; everywhere
            // else %w is a bad verb.
            if !self.wrap_errs || !is_error_type(self.rt, v.ty) {
                self.bad_verb(verb);
                return true;
            }
            verb = 'v';
        }
        let calls = !self.methods.without_calls;
        if calls
            && self
                .rt
                .prog
                .formatter
                .is_some_and(|(f, _)| self.rt.prog.implements(v.ty, f))
        {
            let f = self.fmt.flags;
            let wanted = Wanted::Format {
                verb,
                flags: [
                    f.minus,
                    f.plus || f.plus_v,
                    f.sharp || f.sharp_v,
                    f.space,
                    f.zero,
                ],
                wid: f.wid_present.then_some(self.fmt.wid),
                prec: f.prec_present.then_some(self.fmt.prec),
            };
            self.method_call(v, wanted, verb, |p, text| p.write(text));
            return true;
        }
        let [error, string, go_string] = self.text_methods;
        let has = |m| calls && methods::has_text_method(self.rt, v.ty, m);
        if self.fmt.flags.sharp_v {
            if !has(go_string) {
                return false;
            }
            self.method_call(v, Wanted::Text("GoString"), verb, |p, text| {
                p.fmt.fmt_s(text)
            });
            return true;
        }
        if !matches!(verb, 'v' | 's' | 'x' | 'X' | 'q') {
            return false;
        }
        let name = match self.ty(v).kind {
            RtKind::RuntimeError => {
                self.fmt_string(v.string_bytes(), verb);
                return true;
            }
            // %#v shows what errors.New made, not its text.
            RtKind::ErrorString if self.fmt.flags.sharp_v && v.ty == rt_types::ERROR_STRING => {
                return false;
            }
            RtKind::ErrorString => {
                self.fmt_string(error_string_text(v), verb);
                return true;
            }
            _ if has(error) => "Error",
            _ if has(string) => "String",
            _ => return false,
        };
        self.method_call(v, Wanted::Text(name), verb, |p, text| {
            p.fmt_string(text, verb)
        });
        true
    }

    /// A method call of `v` for `verb`: in the first pass, listed; in the
    /// second, its outcome printed (its text through `print`).
    fn method_call(
        &mut self,
        v: Val,
        wanted: Wanted,
        verb: char,
        print: impl Fn(&mut Self, &[u8]),
    ) {
        let Some(done) = &self.methods.done else {
            // An interface holds a one-word value itself, else its address.
            let data = match v.loc {
                _ if self.ty(v).inline() => v.word(0),
                Loc::Word(w) | Loc::At(w) => w,
            };
            let value = (u64::from(v.ty), data);
            self.methods
                .calls
                .borrow_mut()
                .push(MethodCall { value, wanted });
            return;
        };
        if let Some(called) = done.get(self.calls_used) {
            self.print_called(v, called, verb, print);
        }
        self.calls_used += 1;
    }

    /// Prints what a method of `v` gave for `verb`: its text through
    /// `print`, or Go's report of its panic (`%!v(PANIC=String method:
    /// boom)`; `<nil>` for a nil pointer receiver).
    fn print_called(
        &mut self,
        v: Val,
        called: &Called,
        verb: char,
        print: impl Fn(&mut Self, &[u8]),
    ) {
        match called {
            Called::Text(text) => print(self, text),
            Called::Panic {
                method,
                value,
                written,
            } => {
                self.write(written);
                if self.ty(v).kind == RtKind::Pointer && v.word(0) == 0 {
                    self.fmt.fmt_s(b"<nil>");
                } else {
                    self.write(format!("%!{verb}(PANIC={method} method: ").as_bytes());
                    self.write(value);
                    self.write(b")");
                }
            }
        }
    }

    /// Prints `v` for `verb`, `depth` levels inside an operand (0: the
    /// operand itself).
    fn print_value(&mut self, v: Val, verb: char, depth: u32) {
        // The value complaints name from here on.
        self.value = Some(v);
        // Nested values get their methods used too (the operand's were
        // tried by print_arg).
        if depth > 0 && self.handle_methods(v, verb) {
            return;
        }
        let t = self.ty(v);
        match t.kind {
            RtKind::Bool => self.fmt_bool(v.scalar(t) != 0, verb),
            RtKind::Int => self.fmt_integer(v.scalar(t), true, verb),
            RtKind::Uint => self.fmt_integer(v.scalar(t), false, verb),
            RtKind::Float32 => self.fmt_float(f64::from_bits(v.scalar(t)), 32, verb),
            RtKind::Float64 => self.fmt_float(f64::from_bits(v.scalar(t)), 64, verb),
            RtKind::Complex64 => self.fmt_complex(v, 64, verb),
            RtKind::Complex128 => self.fmt_complex(v, 128, verb),
            RtKind::String => self.fmt_string(v.string_bytes(), verb),
            RtKind::RuntimeError => self.fmt_string(runtime_error_raw(v), verb),
            // Without its Error method (in a complaint, %#v, a verb other
            // than a string's), what errors.New made is the pointer to a
            // struct it is.
            RtKind::ErrorString if v.ty == rt_types::ERROR_STRING => {
                if self.fmt.flags.sharp_v {
                    self.write(b"&errors.errorString{s:");
                    self.fmt_string(error_string_text(v), 'v');
                } else {
                    self.write(b"&{");
                    let text = error_string_text(v);
                    match verb {
                        _ if self.erroring => self.fmt_string(text, 'v'),
                        'v' | 's' | 'x' | 'X' | 'q' => self.fmt_string(text, verb),
                        // The field is a string: the complaint names it.
                        _ => {
                            self.write(b"%!");
                            self.write_rune(verb);
                            self.write(b"(string=");
                            self.fmt.fmt_s(text);
                            self.write(b")");
                        }
                    }
                }
                self.write(b"}");
            }
            RtKind::ErrorString => self.fmt_string(error_string_text(v), verb),
            RtKind::Map => self.print_map(v, verb, depth),
            RtKind::Struct => {
                let sharp_v = self.fmt.flags.sharp_v;
                if sharp_v {
                    let name = self.type_string(v.ty);
                    self.write(name.as_bytes());
                }
                self.write(b"{");
                for (i, (&f, &off)) in t.fields.iter().zip(&t.offsets).enumerate() {
                    if i > 0 {
                        self.write(if sharp_v { b", " } else { b" " });
                    }
                    let name = self.field_name(t, i);
                    if let Some(name) = name
                        && (self.fmt.flags.plus_v || sharp_v)
                    {
                        self.write(name.as_bytes());
                        self.write(b":");
                    }
                    let mut field = v.part(f, off);
                    field.read_only |=
                        name.is_some_and(|n| !n.starts_with(|c: char| c.is_uppercase()));
                    self.print_value(field, verb, depth + 1);
                }
                self.write(b"}");
            }
            RtKind::Interface => match self.iface_elem(v) {
                Some(inner) => self.print_value(inner, verb, depth + 1),
                None if self.fmt.flags.sharp_v => {
                    let name = self.type_string(v.ty);
                    self.write(name.as_bytes());
                    self.write(b"(nil)");
                }
                None => self.write(b"<nil>"),
            },
            RtKind::Array | RtKind::Slice => {
                // Byte slices and arrays print as strings for %s %q %x %X.
                if matches!(verb, 's' | 'q' | 'x' | 'X') && self.is_byte(t.elem) {
                    let bytes = self.byte_elems(v);
                    let name = self.type_string(v.ty);
                    self.fmt_bytes(v, &bytes, verb, &name);
                    return;
                }
                let elems = self.elems(v);
                if self.fmt.flags.sharp_v {
                    let name = self.type_string(v.ty);
                    self.write(name.as_bytes());
                    if t.kind == RtKind::Slice && v.word(0) == 0 {
                        self.write(b"(nil)");
                        return;
                    }
                    self.write(b"{");
                    for (i, e) in elems.into_iter().enumerate() {
                        if i > 0 {
                            self.write(b", ");
                        }
                        self.print_value(e, verb, depth + 1);
                    }
                    self.write(b"}");
                } else {
                    self.write(b"[");
                    for (i, e) in elems.into_iter().enumerate() {
                        if i > 0 {
                            self.write(b" ");
                        }
                        self.print_value(e, verb, depth + 1);
                    }
                    self.write(b"]");
                }
            }
            RtKind::Pointer => {
                // A pointer to a composite prints as &value at the top
                // level only, which also keeps cycles out.
                let p = v.word(0);
                let target = &self.rt.prog.types[t.elem as usize];
                if depth == 0
                    && p != 0
                    && matches!(
                        target.kind,
                        RtKind::Array | RtKind::Slice | RtKind::Struct | RtKind::Map
                    )
                {
                    self.write(b"&");
                    self.print_value(v.at(t.elem, p), verb, depth + 1);
                } else {
                    self.fmt_pointer(v, verb);
                }
            }
            RtKind::Func | RtKind::Chan => self.fmt_pointer(v, verb),
        }
    }

    /// The dynamic value of the interface value `v`; `None` for nil.
    fn iface_elem(&self, v: Val) -> Option<Val> {
        Val::of_iface(self.rt, v.word(0), v.word(1)).map(|e| Val {
            read_only: v.read_only,
            ..e
        })
    }

    /// The elements of the slice or array `v`, their Go size apart.
    fn elems(&self, v: Val) -> Vec<Val> {
        let t = self.ty(v);
        let elem = t.elem;
        let stride = self.rt.prog.types[elem as usize].size;
        let (base, len) = match t.kind {
            RtKind::Array => (v, t.len),
            _ => (v.at(elem, v.word(0)), v.word(1)),
        };
        (0..len).map(|i| base.part(elem, i * stride)).collect()
    }

    /// Whether `ty` is a byte type (Go's reflect kind Uint8).
    fn is_byte(&self, ty: u32) -> bool {
        let t = &self.rt.prog.types[ty as usize];
        t.kind == RtKind::Uint && t.bits == 8
    }

    /// The bytes of a byte slice or array.
    fn byte_elems(&self, v: Val) -> Vec<u8> {
        let t = &self.rt.prog.types[self.ty(v).elem as usize];
        self.elems(v)
            .into_iter()
            .map(|e| e.scalar(t) as u8)
            .collect()
    }

    /// A map: `map[k:v ...]` with keys sorted as Go's `fmtsort` sorts them.
    fn print_map(&mut self, v: Val, verb: char, depth: u32) {
        let t = self.ty(v);
        let sharp_v = self.fmt.flags.sharp_v;
        let m = self.rt.maps.get(v.word(0));
        if sharp_v {
            let name = self.type_string(v.ty);
            self.write(name.as_bytes());
            if m.is_none() {
                self.write(b"(nil)");
                return;
            }
            self.write(b"{");
        } else {
            self.write(b"map[");
        }
        let (key_ty, value_ty) = (t.fields[0], t.elem);
        let key_words = u64::from(self.rt.prog.types[key_ty as usize].words);
        let mut entries: Vec<(Val, Val)> = m
            .into_iter()
            .flat_map(|m| m.entries.iter().flatten())
            .map(|e| {
                // Entries hold their key and value in slot form.
                let key = Val {
                    form: Form::Slot,
                    ..v.at(key_ty, e.as_ptr() as u64)
                };
                let value = Val {
                    form: Form::Slot,
                    ..key.part(value_ty, 8 * key_words)
                };
                (key, value)
            })
            .collect();
        entries.sort_by(|a, b| self.compare(a.0, b.0));
        for (i, (key, value)) in entries.into_iter().enumerate() {
            if i > 0 {
                self.write(if sharp_v { b", " } else { b" " });
            }
            self.print_value(key, verb, depth + 1);
            self.write(b":");
            self.print_value(value, verb, depth + 1);
        }
        self.write(if sharp_v { b"}" } else { b"]" });
    }

    /// Go's `fmtsort` order of two map keys of the same type.
    fn compare(&self, a: Val, b: Val) -> Ordering {
        let t = self.ty(a);
        match t.kind {
            RtKind::Int => (a.scalar(t) as i64).cmp(&(b.scalar(t) as i64)),
            RtKind::Float32 | RtKind::Float64 => float_order(a.scalar(t), b.scalar(t)),
            RtKind::Complex64 | RtKind::Complex128 => {
                let (x, y) = (a.complex(t), b.complex(t));
                float_order(x.0, y.0).then_with(|| float_order(x.1, y.1))
            }
            RtKind::Uint | RtKind::Bool | RtKind::Pointer | RtKind::Chan | RtKind::ErrorString => {
                a.scalar(t).cmp(&b.scalar(t))
            }
            RtKind::String | RtKind::RuntimeError => a.string_bytes().cmp(b.string_bytes()),
            RtKind::Struct => {
                for (&f, &off) in t.fields.iter().zip(&t.offsets) {
                    let c = self.compare(a.part(f, off), b.part(f, off));
                    if c != Ordering::Equal {
                        return c;
                    }
                }
                Ordering::Equal
            }
            RtKind::Array => {
                for (x, y) in self.elems(a).into_iter().zip(self.elems(b)) {
                    let c = self.compare(x, y);
                    if c != Ordering::Equal {
                        return c;
                    }
                }
                Ordering::Equal
            }
            // Nil first, then by dynamic type (Go orders types by address;
            // any fixed order will do), then by value.
            RtKind::Interface => match (self.iface_elem(a), self.iface_elem(b)) {
                (None, None) => Ordering::Equal,
                (None, Some(_)) => Ordering::Less,
                (Some(_), None) => Ordering::Greater,
                (Some(x), Some(y)) => x.ty.cmp(&y.ty).then_with(|| self.compare(x, y)),
            },
            // Not comparable, so never map keys.
            RtKind::Func | RtKind::Slice | RtKind::Map => Ordering::Equal,
        }
    }

    // ----- Verbs by kind (Go's fmtBool, fmtInteger, ...) -----

    /// `%!verb(type=value)`: `verb` does not apply to the current value.
    /// The value is shown as `%v` would show it, but without methods.
    fn bad_verb(&mut self, verb: char) {
        self.erroring = true;
        self.write(b"%!");
        self.write_rune(verb);
        self.write(b"(");
        match self.value {
            Some(v) => {
                let name = self.type_string(v.ty);
                self.write(name.as_bytes());
                self.write(b"=");
                self.print_value(v, 'v', 0);
            }
            None => self.write(b"<nil>"),
        }
        self.write(b")");
        self.erroring = false;
    }

    fn fmt_bool(&mut self, v: bool, verb: char) {
        match verb {
            't' | 'v' => self.fmt.fmt_boolean(v),
            _ => self.bad_verb(verb),
        }
    }

    /// `0x` and lower-case hex digits (`%#v` of unsigned integers, `%p`).
    fn fmt_0x64(&mut self, v: u64, leading_0x: bool) {
        let sharp = self.fmt.flags.sharp;
        self.fmt.flags.sharp = leading_0x;
        self.fmt.fmt_integer(v, 16, false, 'v', LDIGITS);
        self.fmt.flags.sharp = sharp;
    }

    /// An integer of any width (`v` holds it sign- or zero-extended).
    fn fmt_integer(&mut self, v: u64, signed: bool, verb: char) {
        match verb {
            'v' if self.fmt.flags.sharp_v && !signed => self.fmt_0x64(v, true),
            'v' | 'd' => self.fmt.fmt_integer(v, 10, signed, verb, LDIGITS),
            'b' => self.fmt.fmt_integer(v, 2, signed, verb, LDIGITS),
            'o' | 'O' => self.fmt.fmt_integer(v, 8, signed, verb, LDIGITS),
            'x' => self.fmt.fmt_integer(v, 16, signed, verb, LDIGITS),
            'X' => self.fmt.fmt_integer(v, 16, signed, verb, UDIGITS),
            'c' => self.fmt.fmt_c(v),
            'q' => self.fmt.fmt_qc(v),
            'U' => self.fmt.fmt_unicode(v),
            _ => self.bad_verb(verb),
        }
    }

    /// A float of `bits` (32 or 64) for `verb` (Go's `pp.fmtFloat`).
    fn fmt_float(&mut self, v: f64, bits: u32, verb: char) {
        match verb {
            'v' => self.fmt.fmt_float(v, bits, b'g', -1),
            'b' | 'g' | 'G' | 'x' | 'X' => self.fmt.fmt_float(v, bits, verb as u8, -1),
            'f' | 'e' | 'E' => self.fmt.fmt_float(v, bits, verb as u8, 6),
            'F' => self.fmt.fmt_float(v, bits, b'f', 6),
            _ => self.bad_verb(verb),
        }
    }

    /// A complex number of `bits` (64 or 128) for `verb` (Go's
    /// `pp.fmtComplex`): `(re+imi)`, the imaginary part always signed.
    fn fmt_complex(&mut self, v: Val, bits: u32, verb: char) {
        if !matches!(
            verb,
            'v' | 'b' | 'g' | 'G' | 'x' | 'X' | 'f' | 'F' | 'e' | 'E'
        ) {
            self.bad_verb(verb);
            return;
        }
        let plus = self.fmt.flags.plus;
        let (re, im) = v.complex(self.ty(v));
        self.write(b"(");
        self.fmt_float(f64::from_bits(re), bits / 2, verb);
        self.fmt.flags.plus = true;
        self.fmt_float(f64::from_bits(im), bits / 2, verb);
        self.write(b"i)");
        self.fmt.flags.plus = plus;
    }

    fn fmt_string(&mut self, s: &[u8], verb: char) {
        match verb {
            'v' if self.fmt.flags.sharp_v => self.fmt.fmt_q(s),
            'v' | 's' => self.fmt.fmt_s(s),
            'x' => self.fmt.fmt_sbx(s, LDIGITS),
            'X' => self.fmt.fmt_sbx(s, UDIGITS),
            'q' => self.fmt.fmt_q(s),
            _ => self.bad_verb(verb),
        }
    }

    /// A byte slice or array `v` (with contents `bytes`) whose Go type is
    /// spelled `type_name`: a string for `%s %q %x %X`, numbers for `%v
    /// %d`, element by element otherwise.
    fn fmt_bytes(&mut self, v: Val, bytes: &[u8], verb: char, type_name: &str) {
        match verb {
            'v' | 'd' => {
                if self.fmt.flags.sharp_v {
                    self.write(type_name.as_bytes());
                    if self.ty(v).kind == RtKind::Slice && v.word(0) == 0 {
                        self.write(b"(nil)");
                        return;
                    }
                    self.write(b"{");
                    for (i, &c) in bytes.iter().enumerate() {
                        if i > 0 {
                            self.write(b", ");
                        }
                        self.fmt_0x64(u64::from(c), true);
                    }
                    self.write(b"}");
                } else {
                    self.write(b"[");
                    for (i, &c) in bytes.iter().enumerate() {
                        if i > 0 {
                            self.write(b" ");
                        }
                        self.fmt.fmt_integer(u64::from(c), 10, false, verb, LDIGITS);
                    }
                    self.write(b"]");
                }
            }
            's' => self.fmt.fmt_s(bytes),
            'x' => self.fmt.fmt_sbx(bytes, LDIGITS),
            'X' => self.fmt.fmt_sbx(bytes, UDIGITS),
            'q' => self.fmt.fmt_q(bytes),
            _ => self.print_value(v, verb, 0),
        }
    }

    /// Values that are addresses (pointers, funcs, slices, maps) for `%p`,
    /// `%v` and the integer verbs.
    fn fmt_pointer(&mut self, v: Val, verb: char) {
        let kind = self.ty(v).kind;
        if !matches!(
            kind,
            RtKind::Pointer | RtKind::Func | RtKind::Slice | RtKind::Map | RtKind::Chan
        ) {
            self.bad_verb(verb);
            return;
        }
        // A slice's address is its data pointer, its first word.
        let u = v.word(0);
        match verb {
            'v' if self.fmt.flags.sharp_v => {
                self.write(b"(");
                let name = self.type_string(v.ty);
                self.write(name.as_bytes());
                self.write(b")(");
                if u == 0 {
                    self.write(b"nil");
                } else {
                    self.fmt_0x64(u, true);
                }
                self.write(b")");
            }
            'v' if u == 0 => self.fmt.pad(b"<nil>"),
            'v' | 'p' => self.fmt_0x64(u, !self.fmt.flags.sharp),
            'b' | 'o' | 'd' | 'x' | 'X' => self.fmt_integer(u, false, verb),
            _ => self.bad_verb(verb),
        }
    }
}

/// Go's `tooLarge`: widths and precisions are limited to 10^6.
fn too_large(x: i64) -> bool {
    !(-1_000_000..=1_000_000).contains(&x)
}

/// A decimal number at `s[start..]`: its value, whether there was one,
/// and the position after it. An absurdly long number consumes the rest
/// of the format.
fn parse_num(s: &[u8], start: usize) -> (i64, bool, usize) {
    if start >= s.len() {
        return (0, false, s.len());
    }
    let (mut num, mut isnum, mut i) = (0i64, false, start);
    while i < s.len() && s[i].is_ascii_digit() {
        if too_large(num) {
            return (0, false, s.len());
        }
        num = num * 10 + i64::from(s[i] - b'0');
        isnum = true;
        i += 1;
    }
    (num, isnum, i)
}

/// An argument index `[n]` at the start of `format`: the zero-based index,
/// the length of the bracketed text, and whether it was well formed.
fn parse_arg_number(format: &[u8]) -> (i64, usize, bool) {
    if format.len() < 3 {
        return (0, 1, false);
    }
    match format[1..].iter().position(|&c| c == b']') {
        Some(p) => {
            let close = p + 1;
            let (n, ok, next) = parse_num(&format[..close], 1);
            if !ok || next != close {
                return (0, close + 1, false);
            }
            (n - 1, close + 1, true)
        }
        None => (0, 1, false),
    }
}

/// A `*` width or precision from operand `arg_num`: its value, whether the
/// operand is an integer that fits (within 10^6), and the next operand.
fn int_from_arg(p: &Printer, args: &[Option<Val>], arg_num: usize) -> (i64, bool, usize) {
    let Some(&arg) = args.get(arg_num) else {
        return (0, false, arg_num);
    };
    let (num, is_int) = match arg {
        Some(v) => match p.ty(v).kind {
            RtKind::Int => (v.word(0) as i64, true),
            RtKind::Uint if (v.word(0) as i64) >= 0 => (v.word(0) as i64, true),
            _ => (0, false),
        },
        None => (0, false),
    };
    if too_large(num) {
        return (0, false, arg_num + 1);
    }
    (num, is_int, arg_num + 1)
}

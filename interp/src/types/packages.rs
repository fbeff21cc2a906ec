//! The members of the standard packages: native functions, constants and
//! types with native methods, with their Go types, for the checker.

use num_bigint::BigInt;
use num_rational::BigRational;

use super::constant::{Const, Float, float_literal};
use super::{TypeId, TypeTable, ids};
use crate::bytecode::{
    AtomicOp, AtomicTy, BufioFn, BuilderFn, DiscardFn, ErrVar, FmtStateFn, MathFn, Native, OsFn,
    RandFn, RuntimeFn, SortFn, StrconvFn, StringsFn, SyncFn, TimeFn, UnicodeFn, UnicodeVar, Utf8Fn,
};

/// What a package-qualified name denotes.
pub enum Member {
    /// A function implemented natively, with its signature.
    Func(Native, TypeId),
    /// A constant with its (possibly untyped) type.
    Const(Const, TypeId),
    /// A type of the package.
    Type(TypeId),
    /// A variable of the package, read through a native.
    Var(Native, TypeId),
    /// A generic function or type of a package written in Go, used
    /// without instantiation.
    Generic,
    /// A function of a package written in Go: its (only) instance.
    Instance(super::ObjId),
    /// A package-level variable of a package written in Go.
    PkgVar(super::ObjId),
    /// One of package unsafe's functions, typed like a builtin.
    Builtin(super::Builtin),
}

/// A method of a package's type, implemented natively: its name, receiver
/// (pointer or not), signature without the receiver, and native.
pub struct NativeMethod {
    pub name: &'static str,
    pub pointer_recv: bool,
    pub sig: TypeId,
    pub native: Native,
}

/// Makes the package type `path.name` in `t`: the named type, and its
/// methods. Each program makes each such type once.
pub fn make_type(t: &mut TypeTable, path: &str, name: &str) -> Option<(TypeId, Vec<NativeMethod>)> {
    match (path, name) {
        ("strings", "Builder") => {
            // As in Go: the address it was first used at (copies panic),
            // and the bytes so far.
            let named = t.new_named("strings.Builder");
            let ptr = t.intern(super::Type::Pointer(named));
            let bytes = t.intern(super::Type::Slice(ids::BYTE));
            let fields = vec![
                super::Field {
                    name: "addr".into(),
                    ty: ptr,
                    embedded: false,
                    tag: String::new(),
                },
                super::Field {
                    name: "buf".into(),
                    ty: bytes,
                    embedded: false,
                    tag: String::new(),
                },
            ];
            let st = t.intern(super::Type::Struct(fields));
            t.set_underlying(named, st);
            let (int, err, s) = (ids::INT, ids::ERROR, ids::STRING);
            let methods = BuilderFn::ALL
                .iter()
                .map(|&f| {
                    use BuilderFn::*;
                    let (params, results) = match f {
                        Cap | Len => (vec![], vec![int]),
                        Grow => (vec![int], vec![]),
                        Reset => (vec![], vec![]),
                        String => (vec![], vec![s]),
                        Write => (vec![bytes], vec![int, err]),
                        WriteByte => (vec![ids::BYTE], vec![err]),
                        WriteRune => (vec![ids::RUNE], vec![int, err]),
                        WriteString => (vec![s], vec![int, err]),
                    };
                    NativeMethod {
                        name: f.method(),
                        pointer_recv: true,
                        sig: t.func(params, results, false),
                        native: Native::Builder(f),
                    }
                })
                .collect();
            Some((named, methods))
        }
        ("io", "Writer" | "Reader") => {
            // The interfaces themselves; a method of the same shape
            // satisfies them.
            let named = t.new_named(&format!("io.{name}"));
            let bytes = t.intern(super::Type::Slice(ids::BYTE));
            let sig = t.func(vec![bytes], vec![ids::INT, ids::ERROR], false);
            let method = if name == "Writer" { "Write" } else { "Read" };
            let iface = t.intern(super::Type::Interface(vec![(method.into(), sig)]));
            t.set_underlying(named, iface);
            Some((named, Vec::new()))
        }
        ("io", "discard") => {
            // `io.Discard`'s type: `struct{}` whose writes do nothing.
            let named = t.new_named("io.discard");
            let st = t.intern(super::Type::Struct(Vec::new()));
            t.set_underlying(named, st);
            let bytes = t.intern(super::Type::Slice(ids::BYTE));
            let methods = [
                (DiscardFn::Write, "Write", bytes),
                (DiscardFn::WriteString, "WriteString", ids::STRING),
            ]
            .into_iter()
            .map(|(f, name, param)| NativeMethod {
                name,
                pointer_recv: false,
                sig: t.func(vec![param], vec![ids::INT, ids::ERROR], false),
                native: Native::Discard(f),
            })
            .collect();
            Some((named, methods))
        }
        ("runtime", "Error") => {
            // `interface { error; RuntimeError() }`, which the runtime's
            // panics satisfy.
            let named = t.new_named("runtime.Error");
            let error_sig = t.func(vec![], vec![ids::STRING], false);
            let marker = t.func(vec![], vec![], false);
            let iface = t.intern(super::Type::Interface(vec![
                ("Error".into(), error_sig),
                ("RuntimeError".into(), marker),
            ]));
            t.set_underlying(named, iface);
            Some((named, Vec::new()))
        }
        ("fmt", "State") => {
            // What a Format method writes to and asks about the verb.
            let named = t.new_named("fmt.State");
            let bytes = t.intern(super::Type::Slice(ids::BYTE));
            let (int, b) = (ids::INT, ids::BOOL);
            let methods = vec![
                ("Flag".into(), t.func(vec![int], vec![b], false)),
                ("Precision".into(), t.func(vec![], vec![int, b], false)),
                ("Width".into(), t.func(vec![], vec![int, b], false)),
                (
                    "Write".into(),
                    t.func(vec![bytes], vec![int, ids::ERROR], false),
                ),
            ];
            let iface = t.intern(super::Type::Interface(methods));
            t.set_underlying(named, iface);
            Some((named, Vec::new()))
        }
        ("fmt", "pp") => {
            // The State fmt hands to Format: the output so far, the width,
            // the precision and the flags.
            let named = t.new_named("fmt.pp");
            let bytes = t.intern(super::Type::Slice(ids::BYTE));
            let (int, b) = (ids::INT, ids::BOOL);
            let field = |name: &str, ty| super::Field {
                name: name.into(),
                ty,
                embedded: false,
                tag: String::new(),
            };
            let st = t.intern(super::Type::Struct(vec![
                field("buf", bytes),
                field("wid", int),
                field("prec", int),
                field("flags", int),
            ]));
            t.set_underlying(named, st);
            let methods = FmtStateFn::ALL
                .iter()
                .map(|&f| {
                    let (params, results) = match f {
                        FmtStateFn::Flag => (vec![int], vec![b]),
                        FmtStateFn::Precision | FmtStateFn::Width => (vec![], vec![int, b]),
                        FmtStateFn::Write => (vec![bytes], vec![int, ids::ERROR]),
                        FmtStateFn::WriteString => (vec![ids::STRING], vec![int, ids::ERROR]),
                    };
                    NativeMethod {
                        name: f.method(),
                        pointer_recv: true,
                        sig: t.func(params, results, false),
                        native: Native::FmtState(f),
                    }
                })
                .collect();
            Some((named, methods))
        }
        ("fmt", "Stringer") => {
            let named = t.new_named("fmt.Stringer");
            let sig = t.func(vec![], vec![ids::STRING], false);
            let iface = t.intern(super::Type::Interface(vec![("String".into(), sig)]));
            t.set_underlying(named, iface);
            Some((named, Vec::new()))
        }
        ("sync", "Locker") => {
            let named = t.new_named("sync.Locker");
            let sig = t.func(vec![], vec![], false);
            let iface = t.intern(super::Type::Interface(vec![
                ("Lock".into(), sig),
                ("Unlock".into(), sig),
            ]));
            t.set_underlying(named, iface);
            Some((named, Vec::new()))
        }
        ("sync", "WaitGroup" | "Mutex" | "RWMutex" | "Once") => {
            // The state words the runtime keeps; goroutines waiting on one
            // are queued by its address.
            let named = t.new_named(&format!("sync.{name}"));
            let words = if name == "RWMutex" { 2 } else { 1 };
            let fields = (0..words)
                .map(|i| super::Field {
                    name: format!("state{i}"),
                    ty: ids::INT64,
                    embedded: false,
                    tag: String::new(),
                })
                .collect();
            let st = t.intern(super::Type::Struct(fields));
            t.set_underlying(named, st);
            use SyncFn::*;
            let func = t.func(vec![], vec![], false);
            let sigs: Vec<(SyncFn, Vec<TypeId>, Vec<TypeId>)> = match name {
                "WaitGroup" => vec![
                    (WaitGroupAdd, vec![ids::INT], vec![]),
                    (WaitGroupDone, vec![], vec![]),
                    (WaitGroupWait, vec![], vec![]),
                ],
                "Mutex" => vec![
                    (MutexLock, vec![], vec![]),
                    (MutexUnlock, vec![], vec![]),
                    (MutexTryLock, vec![], vec![ids::BOOL]),
                ],
                "RWMutex" => vec![
                    (RWMutexLock, vec![], vec![]),
                    (RWMutexUnlock, vec![], vec![]),
                    (RWMutexRLock, vec![], vec![]),
                    (RWMutexRUnlock, vec![], vec![]),
                    (RWMutexTryLock, vec![], vec![ids::BOOL]),
                    (RWMutexTryRLock, vec![], vec![ids::BOOL]),
                ],
                _ => vec![(OnceDo, vec![func], vec![])],
            };
            let methods = sigs
                .into_iter()
                .map(|(f, params, results)| NativeMethod {
                    name: f.method(),
                    pointer_recv: true,
                    sig: t.func(params, results, false),
                    native: Native::Sync(f),
                })
                .collect();
            Some((named, methods))
        }
        ("sync/atomic", _) => {
            // A struct holding the value word the operations work on.
            let ty = *AtomicTy::ALL.iter().find(|ty| ty.name() == name)?;
            let named = t.new_named(&format!("atomic.{name}"));
            let v = atomic_value(ty);
            let st = t.intern(super::Type::Struct(vec![super::Field {
                name: "v".into(),
                ty: v,
                embedded: false,
                tag: String::new(),
            }]));
            t.set_underlying(named, st);
            let methods = AtomicOp::ALL
                .iter()
                .filter(|&&op| {
                    !(op == AtomicOp::Add && matches!(ty, AtomicTy::Bool | AtomicTy::Value))
                })
                .map(|&op| {
                    let (params, results) = atomic_sig(op, v);
                    NativeMethod {
                        name: op.name(),
                        pointer_recv: true,
                        sig: t.func(params[1..].to_vec(), results, false),
                        native: Native::Atomic(op, ty),
                    }
                })
                .collect();
            Some((named, methods))
        }
        ("time", "Duration") => {
            let named = t.new_named("time.Duration");
            t.set_underlying(named, ids::INT64);
            use TimeFn::*;
            let (f64_, i64_) = (ids::FLOAT64, ids::INT64);
            let sigs: Vec<(TimeFn, Vec<TypeId>, Vec<TypeId>)> = vec![
                (DurationString, vec![], vec![ids::STRING]),
                (DurationHours, vec![], vec![f64_]),
                (DurationMinutes, vec![], vec![f64_]),
                (DurationSeconds, vec![], vec![f64_]),
                (DurationMilliseconds, vec![], vec![i64_]),
                (DurationMicroseconds, vec![], vec![i64_]),
                (DurationNanoseconds, vec![], vec![i64_]),
                (DurationRound, vec![named], vec![named]),
                (DurationTruncate, vec![named], vec![named]),
                (DurationAbs, vec![], vec![named]),
            ];
            Some((named, time_methods(t, sigs, false)))
        }
        _ => None,
    }
}

/// Makes `sync.Cond`, whose `L` is a `sync.Locker` (made already:
/// `locker`). Goroutines waiting on a Cond queue on its address.
pub fn make_cond(t: &mut TypeTable, locker: TypeId) -> (TypeId, Vec<NativeMethod>) {
    let named = t.new_named("sync.Cond");
    let st = t.intern(super::Type::Struct(vec![super::Field {
        name: "L".into(),
        ty: locker,
        embedded: false,
        tag: String::new(),
    }]));
    t.set_underlying(named, st);
    let methods = [SyncFn::CondWait, SyncFn::CondSignal, SyncFn::CondBroadcast]
        .into_iter()
        .map(|f| NativeMethod {
            name: f.method(),
            pointer_recv: true,
            sig: t.func(vec![], vec![], false),
            native: Native::Sync(f),
        })
        .collect();
    (named, methods)
}

/// The type `sync/atomic` operations of `ty` read and write.
fn atomic_value(ty: AtomicTy) -> TypeId {
    match ty {
        AtomicTy::Int32 => ids::INT32,
        AtomicTy::Int64 => ids::INT64,
        AtomicTy::Uint32 => ids::UINT32,
        AtomicTy::Uint64 => ids::UINT64,
        AtomicTy::Bool => ids::BOOL,
        AtomicTy::Value => ids::ANY_ALIAS,
    }
}

/// The parameters (the address first) and results of atomic `op` on `v`.
fn atomic_sig(op: AtomicOp, v: TypeId) -> (Vec<TypeId>, Vec<TypeId>) {
    // The address is filled in by the caller; this is its placeholder.
    let addr = ids::INVALID;
    match op {
        AtomicOp::Add | AtomicOp::Swap => (vec![addr, v], vec![v]),
        AtomicOp::Load => (vec![addr], vec![v]),
        AtomicOp::Store => (vec![addr, v], vec![]),
        AtomicOp::CompareAndSwap => (vec![addr, v, v], vec![ids::BOOL]),
    }
}

/// `sync/atomic.NAME` (its types come from `make_type`).
pub fn atomic(t: &mut TypeTable, name: &str) -> Option<Member> {
    let (op, ty) = AtomicOp::ALL
        .iter()
        .flat_map(|&op| AtomicTy::ALL.iter().map(move |&ty| (op, ty)))
        .filter(|&(_, ty)| !matches!(ty, AtomicTy::Bool | AtomicTy::Value))
        .find(|&(op, ty)| format!("{}{}", op.name(), ty.name()) == name)?;
    let v = atomic_value(ty);
    let (mut params, results) = atomic_sig(op, v);
    params[0] = t.intern(super::Type::Pointer(v));
    Some(Member::Func(
        Native::Atomic(op, ty),
        t.func(params, results, false),
    ))
}

/// Native methods of a `time` type.
fn time_methods(
    t: &mut TypeTable,
    sigs: Vec<(TimeFn, Vec<TypeId>, Vec<TypeId>)>,
    pointer_recv: bool,
) -> Vec<NativeMethod> {
    sigs.into_iter()
        .map(|(f, params, results)| NativeMethod {
            name: f.short(),
            pointer_recv,
            sig: t.func(params, results, false),
            native: Native::Time(f),
        })
        .collect()
}

/// Makes `time.Time`, `time.Timer` and `time.Ticker`, which refer to
/// `time.Duration` (made already: `duration`).
pub fn make_time_type(
    t: &mut TypeTable,
    name: &str,
    duration: TypeId,
    time: Option<TypeId>,
) -> Option<(TypeId, Vec<NativeMethod>)> {
    use TimeFn::*;
    let field = |name: &str, ty| super::Field {
        name: name.into(),
        ty,
        embedded: false,
        tag: String::new(),
    };
    match (name, time) {
        ("Time", _) => {
            // Wall-clock and monotonic nanoseconds.
            let named = t.new_named("time.Time");
            let st = t.intern(super::Type::Struct(vec![
                field("wall", ids::INT64),
                field("mono", ids::INT64),
            ]));
            t.set_underlying(named, st);
            let b = ids::BOOL;
            let sigs = vec![
                (TimeSub, vec![named], vec![duration]),
                (TimeAdd, vec![duration], vec![named]),
                (TimeUnix, vec![], vec![ids::INT64]),
                (TimeUnixNano, vec![], vec![ids::INT64]),
                (TimeUnixMilli, vec![], vec![ids::INT64]),
                (TimeBefore, vec![named], vec![b]),
                (TimeAfter, vec![named], vec![b]),
            ];
            Some((named, time_methods(t, sigs, false)))
        }
        ("Timer" | "Ticker", Some(time)) => {
            // The channel, and the runtime timer's id.
            let named = t.new_named(&format!("time.{name}"));
            let c = t.intern(super::Type::Chan(grammar::ast::ChanDir::Recv, time));
            let st = t.intern(super::Type::Struct(vec![
                field("C", c),
                field("id", ids::INT),
            ]));
            t.set_underlying(named, st);
            let sigs = if name == "Timer" {
                vec![
                    (TimerStop, vec![], vec![ids::BOOL]),
                    (TimerReset, vec![duration], vec![ids::BOOL]),
                ]
            } else {
                vec![
                    (TickerStop, vec![], vec![]),
                    (TickerReset, vec![duration], vec![]),
                ]
            };
            Some((named, time_methods(t, sigs, true)))
        }
        _ => None,
    }
}

/// `time.NAME` for functions and constants; `made` gives the package's
/// types.
pub fn time(t: &mut TypeTable, name: &str, made: &dyn Fn(&str) -> TypeId) -> Option<Member> {
    let duration = made("Duration");
    let unit = match name {
        "Nanosecond" => Some(1i64),
        "Microsecond" => Some(1_000),
        "Millisecond" => Some(1_000_000),
        "Second" => Some(1_000_000_000),
        "Minute" => Some(60_000_000_000),
        "Hour" => Some(3_600_000_000_000),
        _ => None,
    };
    if let Some(u) = unit {
        return Some(Member::Const(Const::Int(BigInt::from(u)), duration));
    }
    let f = *TimeFn::FUNCS.iter().find(|f| f.short() == name)?;
    let time = made("Time");
    let recv_chan = t.intern(super::Type::Chan(grammar::ast::ChanDir::Recv, time));
    use TimeFn::*;
    let (params, results) = match f {
        Sleep => (vec![duration], vec![]),
        Now => (vec![], vec![time]),
        Since | Until => (vec![time], vec![duration]),
        After | Tick => (vec![duration], vec![recv_chan]),
        NewTimer => (
            vec![duration],
            vec![t.intern(super::Type::Pointer(made("Timer")))],
        ),
        NewTicker => (
            vec![duration],
            vec![t.intern(super::Type::Pointer(made("Ticker")))],
        ),
        _ => {
            let func = t.func(vec![], vec![], false);
            (
                vec![duration, func],
                vec![t.intern(super::Type::Pointer(made("Timer")))],
            )
        }
    };
    Some(Member::Func(
        Native::Time(f),
        t.func(params, results, false),
    ))
}

/// `math.NAME`.
pub fn math(t: &mut TypeTable, name: &str) -> Option<Member> {
    if let Some(c) = math_const(name) {
        return Some(c);
    }
    let f = *MathFn::ALL
        .iter()
        .find(|f| f.name().strip_prefix("math.") == Some(name))?;
    use MathFn::*;
    let (f64_, int, bool_) = (ids::FLOAT64, ids::INT, ids::BOOL);
    let (params, results) = match f {
        Atan2 | Copysign | Dim | Hypot | Max | Min | Mod | Pow => (vec![f64_, f64_], vec![f64_]),
        Inf => (vec![int], vec![f64_]),
        NaN => (vec![], vec![f64_]),
        IsNaN | Signbit => (vec![f64_], vec![bool_]),
        IsInf => (vec![f64_, int], vec![bool_]),
        Float64bits => (vec![f64_], vec![ids::UINT64]),
        Float64frombits => (vec![ids::UINT64], vec![f64_]),
        Float32bits => (vec![ids::FLOAT32], vec![ids::UINT32]),
        Float32frombits => (vec![ids::UINT32], vec![ids::FLOAT32]),
        Modf => (vec![f64_], vec![f64_, f64_]),
        Frexp => (vec![f64_], vec![f64_, int]),
        Ldexp => (vec![f64_, int], vec![f64_]),
        Fma => (vec![f64_, f64_, f64_], vec![f64_]),
        Jn | Yn => (vec![int, f64_], vec![f64_]),
        Lgamma => (vec![f64_], vec![f64_, int]),
        _ => (vec![f64_], vec![f64_]),
    };
    Some(Member::Func(
        Native::Math(f),
        t.func(params, results, false),
    ))
}

/// `strings.NAME`.
pub fn strings(t: &mut TypeTable, name: &str) -> Option<Member> {
    let f = *StringsFn::ALL
        .iter()
        .find(|f| f.name().strip_prefix("strings.") == Some(name))?;
    use StringsFn::*;
    let (s, int, b) = (ids::STRING, ids::INT, ids::BOOL);
    let strs = t.intern(super::Type::Slice(s));
    let (params, results) = match f {
        Contains | ContainsAny | HasPrefix | HasSuffix | EqualFold => (vec![s, s], vec![b]),
        ContainsRune => (vec![s, ids::RUNE], vec![b]),
        Index | IndexAny | LastIndex | Count | Compare => (vec![s, s], vec![int]),
        IndexByte | LastIndexByte => (vec![s, ids::BYTE], vec![int]),
        IndexRune => (vec![s, ids::RUNE], vec![int]),
        Split | SplitAfter => (vec![s, s], vec![strs]),
        SplitN | SplitAfterN => (vec![s, s, int], vec![strs]),
        Fields => (vec![s], vec![strs]),
        Join => (vec![strs, s], vec![s]),
        Repeat => (vec![s, int], vec![s]),
        Replace => (vec![s, s, s, int], vec![s]),
        ReplaceAll => (vec![s, s, s], vec![s]),
        ToUpper | ToLower | TrimSpace => (vec![s], vec![s]),
        Trim | TrimLeft | TrimRight | TrimPrefix | TrimSuffix => (vec![s, s], vec![s]),
        Cut => (vec![s, s], vec![s, s, b]),
        CutPrefix | CutSuffix => (vec![s, s], vec![s, b]),
    };
    Some(Member::Func(
        Native::Strings(f),
        t.func(params, results, false),
    ))
}

/// `sort.NAME`.
pub fn sort(t: &mut TypeTable, name: &str) -> Option<Member> {
    let f = *SortFn::ALL
        .iter()
        .find(|f| f.name().strip_prefix("sort.") == Some(name))?;
    use SortFn::*;
    let (int, b) = (ids::INT, ids::BOOL);
    let ints = t.intern(super::Type::Slice(ids::INT));
    let strs = t.intern(super::Type::Slice(ids::STRING));
    let floats = t.intern(super::Type::Slice(ids::FLOAT64));
    let less = t.func(vec![int, int], vec![b], false);
    let pred = t.func(vec![int], vec![b], false);
    let (params, results) = match f {
        Ints => (vec![ints], vec![]),
        Strings => (vec![strs], vec![]),
        Float64s => (vec![floats], vec![]),
        IntsAreSorted => (vec![ints], vec![b]),
        StringsAreSorted => (vec![strs], vec![b]),
        Float64sAreSorted => (vec![floats], vec![b]),
        SearchInts => (vec![ints, int], vec![int]),
        SearchStrings => (vec![strs, ids::STRING], vec![int]),
        SearchFloat64s => (vec![floats, ids::FLOAT64], vec![int]),
        Search => (vec![int, pred], vec![int]),
        Slice | SliceStable => (vec![ids::ANY_ALIAS, less], vec![]),
        SliceIsSorted => (vec![ids::ANY_ALIAS, less], vec![b]),
        Pdqsort => {
            let swap = t.func(vec![int, int], vec![], false);
            (vec![int, less, swap], vec![])
        }
    };
    Some(Member::Func(
        Native::Sort(f),
        t.func(params, results, false),
    ))
}

/// `unicode.NAME`, given `*unicode.RangeTable` for `Is`.
pub fn unicode(t: &mut TypeTable, name: &str, table: Option<TypeId>) -> Option<Member> {
    let rune = |v: u32| Some(Member::Const(Const::Int(v.into()), ids::UNTYPED_RUNE));
    match name {
        "MaxRune" => return rune(0x10FFFF),
        "ReplacementChar" => return rune(0xFFFD),
        "MaxASCII" => return rune(0x7F),
        "MaxLatin1" => return rune(0xFF),
        _ => {}
    }
    let f = *UnicodeFn::ALL
        .iter()
        .find(|f| f.name().strip_prefix("unicode.") == Some(name))?;
    let ty = match f {
        UnicodeFn::ToLower | UnicodeFn::ToTitle | UnicodeFn::ToUpper | UnicodeFn::SimpleFold => {
            t.func(vec![ids::RUNE], vec![ids::RUNE], false)
        }
        UnicodeFn::Is => t.func(vec![table?, ids::RUNE], vec![ids::BOOL], false),
        _ => t.func(vec![ids::RUNE], vec![ids::BOOL], false),
    };
    Some(Member::Func(Native::Unicode(f), ty))
}

/// `utf8.NAME` (package `unicode/utf8`).
pub fn utf8(t: &mut TypeTable, name: &str) -> Option<Member> {
    let int = |v: u32, ty| Some(Member::Const(Const::Int(v.into()), ty));
    match name {
        "RuneError" => return int(0xFFFD, ids::UNTYPED_RUNE),
        "MaxRune" => return int(0x10FFFF, ids::UNTYPED_RUNE),
        "RuneSelf" => return int(0x80, ids::UNTYPED_INT),
        "UTFMax" => return int(4, ids::UNTYPED_INT),
        _ => {}
    }
    let f = *Utf8Fn::ALL
        .iter()
        .find(|f| f.name().strip_prefix("utf8.") == Some(name))?;
    use Utf8Fn::*;
    let bytes = t.intern(super::Type::Slice(ids::BYTE));
    let (params, results) = match f {
        DecodeLastRuneInString | DecodeRuneInString => {
            (vec![ids::STRING], vec![ids::RUNE, ids::INT])
        }
        DecodeLastRune | DecodeRune => (vec![bytes], vec![ids::RUNE, ids::INT]),
        EncodeRune => (vec![bytes, ids::RUNE], vec![ids::INT]),
        FullRune => (vec![bytes], vec![ids::BOOL]),
        FullRuneInString => (vec![ids::STRING], vec![ids::BOOL]),
        RuneCount => (vec![bytes], vec![ids::INT]),
        RuneCountInString => (vec![ids::STRING], vec![ids::INT]),
        RuneLen => (vec![ids::RUNE], vec![ids::INT]),
        Valid => (vec![bytes], vec![ids::BOOL]),
        ValidRune => (vec![ids::RUNE], vec![ids::BOOL]),
        ValidString => (vec![ids::STRING], vec![ids::BOOL]),
    };
    Some(Member::Func(
        Native::Utf8(f),
        t.func(params, results, false),
    ))
}

/// `runtime.NAME`.
/// A native of package runtime/debug.
pub fn runtime_debug(t: &mut TypeTable, name: &str) -> Option<Member> {
    let f = *RuntimeFn::ALL
        .iter()
        .find(|f| f.name().strip_prefix("runtime/debug.") == Some(name))?;
    let ty = t.func(vec![ids::INT], vec![ids::INT], false);
    Some(Member::Func(Native::Runtime(f), ty))
}

pub fn runtime(t: &mut TypeTable, name: &str) -> Option<Member> {
    let str_const = |s: &str| Const::Str(s.as_bytes().into());
    match name {
        "GOOS" => return Some(Member::Const(str_const("linux"), ids::UNTYPED_STRING)),
        "GOARCH" => return Some(Member::Const(str_const("amd64"), ids::UNTYPED_STRING)),
        "Compiler" => return Some(Member::Const(str_const("gc"), ids::UNTYPED_STRING)),
        _ => {}
    }
    let f = *RuntimeFn::ALL
        .iter()
        .find(|f| f.name().strip_prefix("runtime.") == Some(name))?;
    let (params, results) = match f {
        RuntimeFn::Gc | RuntimeFn::Gosched | RuntimeFn::Goexit => (vec![], vec![]),
        RuntimeFn::KeepAlive => (vec![ids::ANY_ALIAS], vec![]),
        RuntimeFn::SetFinalizer => {
            let runfinq = t.func(vec![], vec![], false);
            (vec![ids::ANY_ALIAS, ids::ANY_ALIAS, runfinq], vec![])
        }
        RuntimeFn::RunFinalizer | RuntimeFn::Breakpoint => (vec![], vec![]),
        RuntimeFn::Stack => {
            let bytes = t.intern(super::Type::Slice(ids::UINT8));
            (vec![bytes, ids::BOOL], vec![ids::INT])
        }
        RuntimeFn::MemProfileRate => return Some(Member::Var(Native::Runtime(f), ids::INT)),
        RuntimeFn::SetGcPercent | RuntimeFn::SetMaxStack => return None,
        RuntimeFn::NumGoroutine | RuntimeFn::NumCpu => (vec![], vec![ids::INT]),
        RuntimeFn::Goroot => (vec![], vec![ids::STRING]),
        RuntimeFn::Gomaxprocs => (vec![ids::INT], vec![ids::INT]),
        RuntimeFn::Caller => (
            vec![ids::INT],
            vec![ids::UINTPTR, ids::STRING, ids::INT, ids::BOOL],
        ),
        RuntimeFn::Callers => {
            let pcs = t.intern(super::Type::Slice(ids::UINTPTR));
            (vec![ids::INT, pcs], vec![ids::INT])
        }
        RuntimeFn::PcInfo => (
            vec![ids::UINTPTR],
            vec![ids::STRING, ids::STRING, ids::INT, ids::UINTPTR],
        ),
        RuntimeFn::MemStats => {
            let mut r = vec![ids::UINT64; 10];
            r.extend([ids::UINT32, ids::UINT32, ids::BOOL]);
            (vec![], r)
        }
    };
    Some(Member::Func(
        Native::Runtime(f),
        t.func(params, results, false),
    ))
}

/// The natives of `bufio`'s Scanner (see [`BufioFn`]), which the package's
/// Go code calls.
pub fn bufio(t: &mut TypeTable, name: &str) -> Option<Member> {
    let f = *BufioFn::ALL
        .iter()
        .find(|f| f.name().strip_prefix("bufio.") == Some(name))?;
    let (int, b) = (ids::INT, ids::BOOL);
    let (params, results) = match f {
        BufioFn::FastScanner => (vec![ids::UINTPTR], vec![int]),
        BufioFn::FastSplit => {
            let bytes = t.intern(super::Type::Slice(ids::BYTE));
            let split = t.func(vec![bytes, b], vec![int, bytes, ids::ERROR], false);
            (vec![int, split], vec![b])
        }
        BufioFn::FastBuffer => (vec![int, int], vec![]),
        BufioFn::FastScan => (vec![int], vec![int]),
        BufioFn::FastBytes => (vec![int], vec![t.intern(super::Type::Slice(ids::BYTE))]),
        BufioFn::FastText => (vec![int], vec![ids::STRING]),
        BufioFn::FastTooLong => (vec![int], vec![b]),
    };
    Some(Member::Func(
        Native::Bufio(f),
        t.func(params, results, false),
    ))
}

/// The natives of `math/rand` and `math/rand/v2` (see [`RandFn`]), which
/// their Go sources reach by importing their own package.
pub fn rand(t: &mut TypeTable, name: &str) -> Option<Member> {
    let f = *RandFn::ALL
        .iter()
        .find(|f| f.name().strip_prefix("rand.") == Some(name))?;
    let (params, results) = match f {
        RandFn::NewSource => (vec![ids::INT64], vec![ids::INT]),
        RandFn::SourceUint64 => (vec![ids::INT], vec![ids::UINT64]),
        RandFn::SourceSeed => (vec![ids::INT, ids::INT64], vec![]),
        RandFn::GlobalUint64 | RandFn::RuntimeUint64 => (vec![], vec![ids::UINT64]),
        RandFn::GlobalSeed => (vec![ids::INT64], vec![]),
        RandFn::GlobalReadState => (vec![], vec![ids::INT64, ids::INT]),
        RandFn::SetGlobalReadState => (vec![ids::INT64, ids::INT], vec![]),
        RandFn::NormTable | RandFn::ExpTable => (
            vec![ids::INT],
            vec![ids::UINT32, ids::FLOAT32, ids::FLOAT32],
        ),
        RandFn::ChachaNew => (vec![ids::UINT64; 4], vec![ids::INT]),
        RandFn::ChachaUint64 => (vec![ids::INT], vec![ids::UINT64]),
        RandFn::ChachaState => (vec![ids::INT, ids::INT], vec![ids::UINT64]),
        RandFn::ChachaRestore => (
            vec![
                ids::INT,
                ids::UINT64,
                ids::UINT64,
                ids::UINT64,
                ids::UINT64,
                ids::UINT64,
            ],
            vec![],
        ),
    };
    Some(Member::Func(
        Native::Rand(f),
        t.func(params, results, false),
    ))
}

/// The name a package of import path `path` has by default: the path's
/// last element, or the one before a major version suffix (`math/rand/v2`
/// is `rand`).
pub fn package_name(path: &str) -> &str {
    let mut parts = path.rsplit('/');
    let last = parts.next().unwrap_or(path);
    let is_version =
        last.len() > 1 && last.starts_with('v') && last[1..].bytes().all(|b| b.is_ascii_digit());
    match parts.next() {
        Some(prev) if is_version => prev,
        _ => last,
    }
}

/// `strconv.NAME`.
pub fn strconv(t: &mut TypeTable, name: &str) -> Option<Member> {
    if name == "IntSize" {
        return Some(Member::Const(Const::Int(64.into()), ids::UNTYPED_INT));
    }
    let f = *StrconvFn::ALL
        .iter()
        .find(|f| f.name().strip_prefix("strconv.") == Some(name))?;
    use StrconvFn::*;
    let (s, int, err) = (ids::STRING, ids::INT, ids::ERROR);
    let (params, results) = match f {
        Itoa => (vec![int], vec![s]),
        ParseInt => (vec![s, int, int], vec![ids::INT64, int]),
        ParseUint => (vec![s, int, int], vec![ids::UINT64, int]),
        ParseFloat => (vec![s, int], vec![ids::FLOAT64, int]),
        FormatInt => (vec![ids::INT64, int], vec![s]),
        FormatUint => (vec![ids::UINT64, int], vec![s]),
        FormatFloat => (vec![ids::FLOAT64, ids::BYTE, int, int], vec![s]),
        FormatBool => (vec![ids::BOOL], vec![s]),
        Quote | QuoteToASCII | QuoteToGraphic => (vec![s], vec![s]),
        QuoteRune | QuoteRuneToASCII | QuoteRuneToGraphic => (vec![ids::RUNE], vec![s]),
        CanBackquote => (vec![s], vec![ids::BOOL]),
        IsPrint | IsGraphic => (vec![ids::RUNE], vec![ids::BOOL]),
        Unquote | QuotedPrefix => (vec![s], vec![s, err]),
        UnquoteChar => (vec![s, ids::BYTE], vec![ids::RUNE, ids::BOOL, s, err]),
    };
    Some(Member::Func(
        Native::Strconv(f),
        t.func(params, results, false),
    ))
}

/// The constants of package `math`, with their exact values.
fn math_const(name: &str) -> Option<Member> {
    let float = |s: &str| Const::Float(float_literal(s).expect("a valid literal"));
    let recip = |s: &str| {
        let r = float_literal(s).expect("a valid literal");
        Const::Float(
            Float::Rat(BigRational::from_integer(1.into()))
                .arith(grammar::ast::BinaryOp::Div, &r)
                .expect("a small quotient"),
        )
    };
    let pow2 = |k: i32| {
        let one = BigInt::from(1);
        if k >= 0 {
            BigRational::from_integer(one << k as usize)
        } else {
            BigRational::new(one.clone(), one << (-k) as usize)
        }
    };
    let int = |v: BigInt| Member::Const(Const::Int(v), ids::UNTYPED_INT);
    let one = BigInt::from(1);
    const LN2: &str = "0.693147180559945309417232121458176568075500134360255254120680009";
    const LN10: &str = "2.30258509299404568401799145468436420760110148862877297603332790";
    let c = match name {
        "E" => float("2.71828182845904523536028747135266249775724709369995957496696763"),
        "Pi" => float("3.14159265358979323846264338327950288419716939937510582097494459"),
        "Phi" => float("1.61803398874989484820458683436563811772030917980576286213544862"),
        "Sqrt2" => float("1.41421356237309504880168872420969807856967187537694807317667974"),
        "SqrtE" => float("1.64872127070012814684865078781416357165377610071014801157507931"),
        "SqrtPi" => float("1.77245385090551602729816748334114518279754945612238712821380779"),
        "SqrtPhi" => float("1.27201964951406896425242246173749149171560804184009624861664038"),
        "Ln2" => float(LN2),
        "Log2E" => recip(LN2),
        "Ln10" => float(LN10),
        "Log10E" => recip(LN10),
        "MaxFloat32" => Const::Float(Float::Rat(pow2(127) * (pow2(1) - pow2(-23)))),
        "SmallestNonzeroFloat32" => Const::Float(Float::Rat(pow2(-149))),
        "MaxFloat64" => Const::Float(Float::Rat(pow2(1023) * (pow2(1) - pow2(-52)))),
        "SmallestNonzeroFloat64" => Const::Float(Float::Rat(pow2(-1074))),
        "MaxInt" | "MaxInt64" => return Some(int((&one << 63usize) - 1)),
        "MinInt" | "MinInt64" => return Some(int(-(&one << 63usize))),
        "MaxInt8" => return Some(int(BigInt::from(i8::MAX))),
        "MinInt8" => return Some(int(BigInt::from(i8::MIN))),
        "MaxInt16" => return Some(int(BigInt::from(i16::MAX))),
        "MinInt16" => return Some(int(BigInt::from(i16::MIN))),
        "MaxInt32" => return Some(int(BigInt::from(i32::MAX))),
        "MinInt32" => return Some(int(BigInt::from(i32::MIN))),
        "MaxUint" | "MaxUint64" => return Some(int((&one << 64usize) - 1)),
        "MaxUint8" => return Some(int(BigInt::from(u8::MAX))),
        "MaxUint16" => return Some(int(BigInt::from(u16::MAX))),
        "MaxUint32" => return Some(int(BigInt::from(u32::MAX))),
        _ => return None,
    };
    Some(Member::Const(c, ids::UNTYPED_FLOAT))
}

/// The line Go adds to a redeclaration of a name package `path` declares
/// (a dot import's): where Go's sources declare it
/// (`\n\t$GOROOT/src/strings/strings.go:633:6: other declaration of
/// ToUpper`); nothing for a member without a position (unsafe's).
pub fn other_declaration(path: &str, name: &str) -> String {
    let at = super::std_positions::POSITIONS
        .iter()
        .find(|(p, _)| *p == path)
        .and_then(|(_, names)| {
            let i = names.binary_search_by(|(n, _)| n.cmp(&name)).ok()?;
            Some(names[i].1)
        });
    at.map_or(String::new(), |at| {
        format!("\n\t$GOROOT/src/{path}/{at}: other declaration of {name}")
    })
}

/// The standard packages gojit provides, by import path, with their
/// members (for imports, a REPL's auto-imports and completion); made once.
pub fn std_packages() -> &'static [(&'static str, Vec<&'static str>)] {
    static PACKAGES: std::sync::OnceLock<Vec<(&'static str, Vec<&'static str>)>> =
        std::sync::OnceLock::new();
    PACKAGES.get_or_init(make_std_packages)
}

fn make_std_packages() -> Vec<(&'static str, Vec<&'static str>)> {
    let short = |name: &'static str| name.rsplit('.').next().unwrap_or(name);
    let mut strings: Vec<&str> = StringsFn::ALL.iter().map(|f| short(f.name())).collect();
    strings.push("Builder");
    let mut math: Vec<&str> = MathFn::ALL.iter().map(|f| short(f.name())).collect();
    math.extend([
        "E",
        "Pi",
        "Phi",
        "Sqrt2",
        "SqrtE",
        "SqrtPi",
        "SqrtPhi",
        "Ln2",
        "Log2E",
        "Ln10",
        "Log10E",
        "MaxFloat32",
        "SmallestNonzeroFloat32",
        "MaxFloat64",
        "SmallestNonzeroFloat64",
        "MaxInt",
        "MinInt",
        "MaxInt8",
        "MinInt8",
        "MaxInt16",
        "MinInt16",
        "MaxInt32",
        "MinInt32",
        "MaxInt64",
        "MinInt64",
        "MaxUint",
        "MaxUint8",
        "MaxUint16",
        "MaxUint32",
        "MaxUint64",
    ]);
    let mut strconv: Vec<&str> = StrconvFn::ALL
        .iter()
        .map(|f| short(f.name()))
        .filter(|n| n.starts_with(|c: char| c.is_ascii_uppercase()))
        .collect();
    strconv.push("IntSize");
    let sort = SortFn::ALL
        .iter()
        .map(|f| short(f.name()))
        .filter(|n| n.starts_with(|c: char| c.is_ascii_uppercase()))
        .collect();
    let mut unicode: Vec<&str> = UnicodeFn::ALL.iter().map(|f| short(f.name())).collect();
    unicode.extend(["MaxRune", "ReplacementChar", "MaxASCII", "MaxLatin1"]);
    let tables = super::super::runtime::natives::unicode_tables::TABLE_VARS.iter();
    unicode.extend(tables.map(|(n, _)| short(n)));
    unicode.extend(UnicodeVar::OTHERS.iter().map(|v| short(v.name())));
    let mut utf8: Vec<&str> = Utf8Fn::ALL.iter().map(|f| short(f.name())).collect();
    utf8.extend(["RuneError", "MaxRune", "RuneSelf", "UTFMax"]);
    let in_package = |path: &'static str| {
        RuntimeFn::ALL
            .iter()
            .filter_map(move |f| f.name().strip_prefix(path)?.strip_prefix('.'))
    };
    let mut runtime: Vec<&str> = in_package("runtime").collect();
    let debug: Vec<&str> = in_package("runtime/debug").collect();
    runtime.extend(["GOOS", "GOARCH", "Compiler", "Error"]);
    let mut os: Vec<&str> = OsFn::MEMBERS
        .iter()
        .map(|f| short(f.name()))
        .filter(|n| n.starts_with(|c: char| c.is_ascii_uppercase()))
        .collect();
    os.push("Exit");
    let mut time: Vec<&str> = TimeFn::FUNCS.iter().map(|f| f.short()).collect();
    time.extend([
        "Duration",
        "Time",
        "Timer",
        "Ticker",
        "Nanosecond",
        "Microsecond",
        "Millisecond",
        "Second",
        "Minute",
        "Hour",
    ]);
    let atomic_ops = [
        "AddInt32",
        "AddInt64",
        "AddUint32",
        "AddUint64",
        "LoadInt32",
        "LoadInt64",
        "LoadUint32",
        "LoadUint64",
        "StoreInt32",
        "StoreInt64",
        "StoreUint32",
        "StoreUint64",
        "SwapInt32",
        "SwapInt64",
        "SwapUint32",
        "SwapUint64",
        "CompareAndSwapInt32",
        "CompareAndSwapInt64",
        "CompareAndSwapUint32",
        "CompareAndSwapUint64",
    ];
    let mut atomic: Vec<&str> = atomic_ops.to_vec();
    atomic.extend(AtomicTy::ALL.iter().map(|ty| ty.name()));
    let mut packages = vec![
        ("errors", vec!["As", "Is", "Join", "New", "Unwrap"]),
        (
            "fmt",
            vec![
                "Errorf",
                "Formatter",
                "Fprint",
                "Fprintf",
                "Fprintln",
                "Print",
                "Printf",
                "Println",
                "Scan",
                "Scanf",
                "Scanln",
                "Sprint",
                "Sprintf",
                "Sprintln",
                "Sscan",
                "Sscanf",
                "Sscanln",
                "State",
                "Stringer",
            ],
        ),
        ("io", vec!["Discard", "Reader", "Writer"]),
        ("math", math),
        ("os", os),
        ("runtime", runtime),
        ("runtime/debug", debug),
        ("sort", sort),
        ("strconv", strconv),
        ("strings", strings),
        (
            "sync",
            vec![
                "Cond",
                "Locker",
                "Mutex",
                "NewCond",
                "Once",
                "RWMutex",
                "WaitGroup",
            ],
        ),
        ("sync/atomic", atomic),
        ("time", time),
        ("unicode", unicode),
        ("unicode/utf8", utf8),
        (
            "unsafe",
            vec![
                "Add",
                "Alignof",
                "Offsetof",
                "Pointer",
                "Sizeof",
                "Slice",
                "SliceData",
                "String",
                "StringData",
            ],
        ),
    ];
    for v in ErrVar::ALL {
        for &path in v.packages() {
            let members = match packages.iter_mut().find(|(p, _)| *p == path) {
                Some((_, members)) => members,
                None => {
                    packages.push((path, Vec::new()));
                    &mut packages.last_mut().expect("just pushed").1
                }
            };
            members.push(short(v.name()));
        }
    }
    let mut os_aliases: Vec<&str> = Vec::new();
    for (path, members) in crate::gopackages::packages() {
        if path == "io/fs" {
            // Go's os declares these as aliases of fs's; the checker
            // resolves them there (`package_member`).
            let aliased = ["PathError", "FileMode", "FileInfo", "DirEntry"];
            os_aliases.extend(
                members
                    .iter()
                    .filter(|n| aliased.contains(n) || n.starts_with("Mode")),
            );
        }
        match packages.iter_mut().find(|(p, _)| *p == path) {
            Some((_, natives)) => natives.extend(members),
            None => packages.push((path, members)),
        }
    }
    if let Some((_, os)) = packages.iter_mut().find(|(p, _)| *p == "os") {
        os.extend(os_aliases);
    }
    packages.sort_by_key(|(p, _)| *p);
    packages
}

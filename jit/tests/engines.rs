//! The JIT against the interpreter on hand-built programs: same globals,
//! same exit status, and (in child processes) the same bytes on stdout and
//! stderr.

mod common;

use common::{Engine, defers, func, program, run, run_both, string_type};
use gojit_jit::{JitEngine, Target};
use interp::bytecode::{Access, Instr, Native};
use interp::program::{Program, rt_types};

use Instr::*;

/// `fib(n)` recursively, `main` stores `fib(20)` in global 0.
fn fib_program() -> Program {
    // fib: 4 result, 5 n, 6 cond, 7 tmp; callee frame at 9 (result 13, n 14).
    let fib = func(
        "main.fib",
        9,
        1,
        1,
        vec![
            LoadInt { dst: 7, k: 2 },
            LtInt { dst: 6, a: 5, b: 7 },
            JmpIfNot { cond: 6, to: 5 },
            Move { dst: 4, src: 5 },
            Ret,
            AddIntK {
                dst: 14,
                a: 5,
                k: -1,
            },
            Call { func: 1, base: 9 },
            Move { dst: 7, src: 13 },
            AddIntK {
                dst: 14,
                a: 5,
                k: -2,
            },
            Call { func: 1, base: 9 },
            AddInt {
                dst: 4,
                a: 7,
                b: 13,
            },
            Ret,
        ],
    );
    let main = func(
        "main.main",
        4,
        0,
        0,
        vec![
            LoadInt { dst: 9, k: 20 },
            Call { func: 1, base: 4 },
            StoreGlobal {
                g: 0,
                src: 8,
                acc: Access::words(1),
            },
            Ret,
        ],
    );
    program(vec![main, fib], 0, 1)
}

#[test]
fn fib() {
    assert_eq!(run_both(&fib_program()).globals, vec![6765]);
}

/// Every integer operation on every pair of interesting operands, each
/// result in a global of its own. Pairs that would panic are left out.
#[test]
fn integer_operations() {
    let values = [
        i64::MIN,
        i64::MIN + 1,
        -65,
        -7,
        -1,
        0,
        1,
        3,
        7,
        63,
        64,
        65,
        1000,
        i64::MAX,
    ];
    let mut code = Vec::new();
    let mut g = 0;
    let mut store = |code: &mut Vec<Instr>| {
        code.push(StoreGlobal {
            g,
            src: 6,
            acc: Access::words(1),
        });
        g += 1;
    };
    for &a in &values {
        code.push(LoadInt { dst: 4, k: a });
        for op in [
            NegInt { dst: 6, a: 4 },
            ComInt { dst: 6, a: 4 },
            Not { dst: 6, a: 4 },
            AddIntK {
                dst: 6,
                a: 4,
                k: i32::MIN,
            },
            AddIntK { dst: 6, a: 4, k: 5 },
        ] {
            code.push(op);
            store(&mut code);
        }
        for k in [i32::MIN, -7, 0, 5, i32::MAX] {
            for op in [
                AndIntK { dst: 6, a: 4, k },
                OrIntK { dst: 6, a: 4, k },
                XorIntK { dst: 6, a: 4, k },
            ] {
                code.push(op);
                store(&mut code);
            }
            // Each compare-and-branch against k: R6 stays 0 when it jumps.
            for jump in [
                JmpEqK { a: 4, k, to: 0 },
                JmpNeK { a: 4, k, to: 0 },
                JmpLtK { a: 4, k, to: 0 },
                JmpGeK { a: 4, k, to: 0 },
                JmpLtUK { a: 4, k, to: 0 },
                JmpGeUK { a: 4, k, to: 0 },
            ] {
                let mut jump = jump;
                if (matches!(jump, JmpLtUK { .. } | JmpGeUK { .. })) && k < 0 {
                    continue;
                }
                code.push(LoadInt { dst: 6, k: 0 });
                let to = code.len() as u32 + 2;
                *jump.jump_target_mut().expect("a jump") = to;
                code.push(jump);
                code.push(LoadInt { dst: 6, k: 1 });
                store(&mut code);
            }
        }
        for k in [0, 1, 31, 63] {
            for op in [
                ShlIntK { dst: 6, a: 4, k },
                ShrIntK { dst: 6, a: 4, k },
                ShrUintK { dst: 6, a: 4, k },
            ] {
                code.push(op);
                store(&mut code);
            }
        }
        for &b in &values {
            code.push(LoadInt { dst: 5, k: b });
            let mut ops = vec![
                AddInt { dst: 6, a: 4, b: 5 },
                SubInt { dst: 6, a: 4, b: 5 },
                MulInt { dst: 6, a: 4, b: 5 },
                AndInt { dst: 6, a: 4, b: 5 },
                OrInt { dst: 6, a: 4, b: 5 },
                XorInt { dst: 6, a: 4, b: 5 },
                AndNotInt { dst: 6, a: 4, b: 5 },
                EqInt { dst: 6, a: 4, b: 5 },
                NeInt { dst: 6, a: 4, b: 5 },
                LtInt { dst: 6, a: 4, b: 5 },
                LeInt { dst: 6, a: 4, b: 5 },
            ];
            if b != 0 {
                ops.extend([DivInt { dst: 6, a: 4, b: 5 }, RemInt { dst: 6, a: 4, b: 5 }]);
            }
            if b >= 0 {
                ops.extend([ShlInt { dst: 6, a: 4, b: 5 }, ShrInt { dst: 6, a: 4, b: 5 }]);
            }
            for op in ops {
                code.push(op);
                store(&mut code);
            }
        }
    }
    code.push(Ret);
    let prog = program(vec![func("main.main", 7, 0, 0, code)], 0, g);
    let out = run_both(&prog);
    assert_eq!(out.exit, 0);
    // Spot checks against Go: MinInt64 / -1 wraps, % -1 is 0, big shifts.
    let min = i64::MIN as u64;
    assert!(out.globals.contains(&min));
    assert!(out.globals.contains(&(-1i64 as u64)));
}

/// Loops, closures and boxes: `main` sums 0..100 through a closure that
/// adds to a boxed accumulator, plus `Zero` of a long run and `Move2`.
#[test]
fn closures_boxes_and_loops() {
    // add(k): captured box pointer at cap 0; 4 k, 5 box, 6 v.
    let add = func(
        "main.main.func1",
        7,
        0,
        1,
        vec![
            LoadCap {
                dst: 5,
                idx: 0,
                n: 1,
            },
            Load {
                dst: 6,
                ptr: 5,
                off: 0,
                acc: Access::words(1),
            },
            AddInt { dst: 6, a: 6, b: 4 },
            Store {
                ptr: 5,
                off: 0,
                src: 6,
                acc: Access::words(1),
            },
            Ret,
        ],
    );
    // main: 4 box, 5 closure, 6 i, 7 n, 8 cond, 9..=40 zeroed run, 41..42 pair;
    // callee frame at 50 (param 54).
    let main = func(
        "main.main",
        50,
        0,
        0,
        vec![
            NewBox {
                dst: 4,
                n: 1,
                layout: interp::program::layouts::NOSCAN,
            },
            MakeClosure {
                dst: 5,
                func: 1,
                caps: 4,
                n: 1,
            },
            LoadInt { dst: 6, k: 0 },
            LoadInt { dst: 7, k: 100 },
            LtInt { dst: 8, a: 6, b: 7 },
            JmpIfNot { cond: 8, to: 10 },
            Move { dst: 54, src: 6 },
            CallClosure {
                callee: 5,
                base: 50,
            },
            AddIntK { dst: 6, a: 6, k: 1 },
            Jmp { to: 4 },
            Load {
                dst: 9,
                ptr: 4,
                off: 0,
                acc: Access::words(1),
            },
            StoreGlobal {
                g: 0,
                src: 9,
                acc: Access::words(1),
            },
            LoadInt { dst: 40, k: 9 },
            Zero { dst: 9, n: 32 },
            LoadGlobal {
                dst: 41,
                g: 0,
                acc: Access::words(1),
            },
            LoadInt { dst: 42, k: -3 },
            Move2 { dst: 43, src: 40 },
            StoreGlobal {
                g: 1,
                src: 41,
                acc: Access::words(4),
            },
            SlotAddr { dst: 47, slot: 41 },
            Load {
                dst: 48,
                ptr: 47,
                off: 0,
                acc: Access::words(2),
            },
            StoreGlobal {
                g: 5,
                src: 48,
                acc: Access::words(2),
            },
            Ret,
        ],
    );
    let out = run_both(&program(vec![main, add], 0, 7));
    assert_eq!(
        out.globals,
        vec![4950, 4950, -3i64 as u64, 0, 4950, 4950, -3i64 as u64]
    );
}

/// `f` defers a closure that bumps global 0, twice; `main` calls `f` ten times.
#[test]
fn defer_runs_at_return() {
    let bump = func(
        "main.f.func1",
        5,
        0,
        0,
        vec![
            LoadGlobal {
                dst: 4,
                g: 0,
                acc: Access::words(1),
            },
            AddIntK { dst: 4, a: 4, k: 1 },
            StoreGlobal {
                g: 0,
                src: 4,
                acc: Access::words(1),
            },
            Ret,
        ],
    );
    let f = defers(
        func(
            "main.f",
            5,
            0,
            0,
            vec![
                MakeClosure {
                    dst: 4,
                    func: 2,
                    caps: 4,
                    n: 0,
                },
                DeferProc { closure: 4 },
                DeferProc { closure: 4 },
                DeferReturn,
                Ret,
            ],
        ),
        3,
    );
    let main = func(
        "main.main",
        7,
        0,
        0,
        vec![
            LoadInt { dst: 4, k: 0 },
            LoadInt { dst: 5, k: 10 },
            LtInt { dst: 6, a: 4, b: 5 },
            JmpIfNot { cond: 6, to: 7 },
            Call { func: 1, base: 7 },
            AddIntK { dst: 4, a: 4, k: 1 },
            Jmp { to: 2 },
            Ret,
        ],
    );
    assert_eq!(
        run_both(&program(vec![main, f, bump], 0, 1)).globals,
        vec![20]
    );
}

/// `safediv(a, b)` calls `quo(a, b)`, which divides; its deferred closure
/// recovers a divide-by-zero panic, records the panic's type in global 0 and
/// sets the named result through a pointer to -1. The frame resumes at its
/// deferreturn call and returns normally.
fn safediv_program() -> Program {
    const SAFEDIV: u32 = 1;
    const QUO: u32 = 2;
    const HANDLER: u32 = 3;
    // handler: 4..5 recovered, 6..7 nil then pointer and -1, 8 is-nil.
    let handler = func(
        "main.safediv.func1",
        9,
        0,
        0,
        vec![
            Recover { dst: 4 },
            Zero { dst: 6, n: 2 },
            EqIface { dst: 8, a: 4, b: 6 },
            JmpIf { cond: 8, to: 8 },
            StoreGlobal {
                g: 0,
                src: 4,
                acc: Access::words(1),
            },
            LoadCap {
                dst: 6,
                idx: 0,
                n: 1,
            },
            LoadInt { dst: 7, k: -1 },
            Store {
                ptr: 6,
                off: 0,
                src: 7,
                acc: Access::words(1),
            },
            Ret,
        ],
    );
    let quo = func(
        "main.quo",
        7,
        1,
        2,
        vec![DivInt { dst: 4, a: 5, b: 6 }, Ret],
    );
    // safediv: 4 r, 5 a, 6 b, 7 &r, 8 closure; callee at 9 (result 13, params 14, 15).
    let safediv = defers(
        func(
            "main.safediv",
            9,
            1,
            2,
            vec![
                SlotAddr { dst: 7, slot: 4 },
                MakeClosure {
                    dst: 8,
                    func: HANDLER,
                    caps: 7,
                    n: 1,
                },
                DeferProc { closure: 8 },
                Move { dst: 14, src: 5 },
                Move { dst: 15, src: 6 },
                Call { func: QUO, base: 9 },
                Move { dst: 4, src: 13 },
                DeferReturn,
                Ret,
            ],
        ),
        7,
    );
    // main: callee at 4 (result 8, params 9, 10).
    let main = func(
        "main.main",
        4,
        0,
        0,
        vec![
            LoadInt { dst: 9, k: 7 },
            LoadInt { dst: 10, k: 0 },
            Call {
                func: SAFEDIV,
                base: 4,
            },
            StoreGlobal {
                g: 1,
                src: 8,
                acc: Access::words(1),
            },
            LoadInt { dst: 10, k: 2 },
            Call {
                func: SAFEDIV,
                base: 4,
            },
            StoreGlobal {
                g: 2,
                src: 8,
                acc: Access::words(1),
            },
            Ret,
        ],
    );
    program(vec![main, safediv, quo, handler], 0, 3)
}

#[test]
fn recovered_panic_resumes_at_deferreturn() {
    let out = run_both(&safediv_program());
    assert_eq!(out.exit, 0);
    assert_eq!(
        out.globals,
        vec![rt_types::RUNTIME_ERROR as u64, -1i64 as u64, 3]
    );
}

/// `f` defers `bump` then `rec`, and panics with a string: `rec` recovers,
/// `f` resumes at its deferreturn call, which still runs `bump`, and `main`
/// carries on.
#[test]
fn recovery_runs_remaining_defers() {
    let mut prog = program(Vec::new(), 0, 4);
    let string = string_type(&mut prog);
    let boom = prog.string_id(b"boom");
    let bump = func(
        "main.bump",
        5,
        0,
        0,
        vec![
            LoadGlobal {
                dst: 4,
                g: 0,
                acc: Access::words(1),
            },
            AddIntK { dst: 4, a: 4, k: 1 },
            StoreGlobal {
                g: 0,
                src: 4,
                acc: Access::words(1),
            },
            Ret,
        ],
    );
    let rec = func(
        "main.rec",
        6,
        0,
        0,
        vec![
            Recover { dst: 4 },
            StoreGlobal {
                g: 1,
                src: 4,
                acc: Access::words(1),
            },
            Ret,
        ],
    );
    let f = defers(
        func(
            "main.f",
            10,
            0,
            0,
            vec![
                LoadFunc { dst: 4, func: 2 },
                DeferProc { closure: 4 },
                LoadFunc { dst: 4, func: 3 },
                DeferProc { closure: 4 },
                LoadStr { dst: 5, idx: boom },
                MakeIface {
                    dst: 7,
                    src: 5,
                    ty: string,
                },
                Panic { src: 7 },
                StoreGlobal {
                    g: 2,
                    src: 4,
                    acc: Access::words(1),
                },
                DeferReturn,
                Ret,
            ],
        ),
        8,
    );
    let main = func(
        "main.main",
        5,
        0,
        0,
        vec![
            Call { func: 1, base: 5 },
            LoadInt { dst: 4, k: 7 },
            StoreGlobal {
                g: 3,
                src: 4,
                acc: Access::words(1),
            },
            Ret,
        ],
    );
    prog.funcs = vec![main, f, bump, rec];
    let out = run_both(&prog);
    assert_eq!(out.exit, 0);
    assert_eq!(out.globals, vec![1, u64::from(string), 0, 7]);
}

/// `f` calls itself with a frame too big to go deep: `fatal error: stack
/// overflow`, exit 2, no crash.
fn overflow_program() -> Program {
    let f = func(
        "main.f",
        1 << 16,
        0,
        0,
        vec![
            Call {
                func: 1,
                base: 1 << 16,
            },
            Ret,
        ],
    );
    let main = func("main.main", 4, 0, 0, vec![Call { func: 1, base: 4 }, Ret]);
    program(vec![main, f], 0, 0)
}

#[test]
fn stack_overflow_exits_2() {
    assert_eq!(run_both(&overflow_program()).exit, 2);
}

/// A million nested Go calls stay within the runner's native stack.
#[test]
fn deep_recursion() {
    // down(n): 4 n, 5 cond, 6 count; callee at 7 (param 11).
    let down = func(
        "main.down",
        7,
        0,
        1,
        vec![
            LoadGlobal {
                dst: 6,
                g: 0,
                acc: Access::words(1),
            },
            AddIntK { dst: 6, a: 6, k: 1 },
            StoreGlobal {
                g: 0,
                src: 6,
                acc: Access::words(1),
            },
            Not { dst: 5, a: 4 },
            JmpIf { cond: 5, to: 7 },
            AddIntK {
                dst: 11,
                a: 4,
                k: -1,
            },
            Call { func: 1, base: 7 },
            Ret,
        ],
    );
    let main = func(
        "main.main",
        4,
        0,
        0,
        vec![
            LoadInt {
                dst: 8,
                k: 1_000_000,
            },
            Call { func: 1, base: 4 },
            Ret,
        ],
    );
    assert_eq!(
        run_both(&program(vec![main, down], 0, 1)).globals,
        vec![1_000_001]
    );
}

/// A panic with a string, not recovered; a deferred call that panics again.
fn panics_program() -> Program {
    let mut prog = program(Vec::new(), 0, 0);
    let string = string_type(&mut prog);
    let a = prog.string_id(b"a");
    let b = prog.string_id(b"b");
    // panicb: 4..5 string, 6..7 iface.
    let panicb = func(
        "main.main.func1",
        8,
        0,
        0,
        vec![
            LoadStr { dst: 4, idx: b },
            MakeIface {
                dst: 6,
                src: 4,
                ty: string,
            },
            Panic { src: 6 },
            Ret,
        ],
    );
    let main = defers(
        func(
            "main.main",
            9,
            0,
            0,
            vec![
                LoadFunc { dst: 4, func: 1 },
                DeferProc { closure: 4 },
                LoadStr { dst: 5, idx: a },
                MakeIface {
                    dst: 7,
                    src: 5,
                    ty: string,
                },
                Panic { src: 7 },
                DeferReturn,
                Ret,
            ],
        ),
        5,
    );
    prog.funcs = vec![main, panicb];
    prog
}

/// Builtin prints, `fmt.Println` and string operations.
fn prints_program() -> Program {
    let mut prog = program(Vec::new(), 0, 0);
    let string = string_type(&mut prog);
    let hello = prog.string_id(b"hello, ");
    let world = prog.string_id(b"world");
    let int = prog.type_id(interp::program::RtType {
        bits: 64,
        ..interp::program::RtType::basic(
            "int",
            interp::program::RtKind::Int,
            1,
            interp::program::layouts::NOSCAN,
        )
    });
    // 4..5 hello, 6..7 world, 8..9 concat, 10 cmp, 11 len, 12..15 two ifaces
    // (the Println args), 16 args pointer; Println frame at 20 (results
    // 24..26, args 27 pointer, 28 length).
    let code = vec![
        LoadStr { dst: 4, idx: hello },
        LoadStr { dst: 6, idx: world },
        Concat { dst: 8, a: 4, b: 6 },
        PrintStr { src: 8 },
        PrintNl,
        LtStr {
            dst: 10,
            a: 4,
            b: 6,
        },
        PrintBool { src: 10 },
        PrintSp,
        LeStr {
            dst: 10,
            a: 6,
            b: 4,
        },
        PrintBool { src: 10 },
        PrintSp,
        EqStr {
            dst: 10,
            a: 8,
            b: 8,
        },
        PrintBool { src: 10 },
        PrintSp,
        LenStr { dst: 11, a: 8 },
        PrintInt { src: 11 },
        PrintNl,
        MakeIface {
            dst: 12,
            src: 8,
            ty: string,
        },
        MakeIface {
            dst: 14,
            src: 11,
            ty: int,
        },
        EqIface {
            dst: 10,
            a: 12,
            b: 14,
        },
        PrintBool { src: 10 },
        PrintNl,
        SlotAddr { dst: 27, slot: 12 },
        LoadInt { dst: 28, k: 2 },
        CallNative {
            native: Native::FmtPrintln,
            base: 20,
        },
        CallNative {
            native: Native::FmtPrint,
            base: 20,
        },
        PrintInt { src: 24 },
        PrintNl,
        Ret,
    ];
    prog.funcs = vec![func("main.main", 20, 0, 0, code)];
    prog
}

/// A divide by zero nobody recovers, and a nil func value called.
fn runtime_errors_program(nil_call: bool) -> Program {
    let code = if nil_call {
        vec![
            Zero { dst: 4, n: 1 },
            CallClosure { callee: 4, base: 8 },
            Ret,
        ]
    } else {
        vec![
            LoadInt { dst: 4, k: 1 },
            LoadInt { dst: 5, k: -1 },
            ShlInt { dst: 6, a: 4, b: 5 },
            Ret,
        ]
    };
    program(vec![func("main.main", 8, 0, 0, code)], 0, 0)
}

/// The programs the child process runs, by name.
fn child_program(name: &str) -> Program {
    match name {
        "panics" => panics_program(),
        "prints" => prints_program(),
        "overflow" => overflow_program(),
        "nil_call" => runtime_errors_program(true),
        "negative_shift" => runtime_errors_program(false),
        _ => panic!("no program {name}"),
    }
}

/// Marks where a child's own output starts (after the test harness's).
const MARK: &str = "<<<gojit>>>\n";

/// In a child process (`GOJIT_TEST_CHILD=program engine`), runs the program
/// and exits with its status; otherwise does nothing.
#[test]
fn child() {
    let Ok(spec) = std::env::var("GOJIT_TEST_CHILD") else {
        return;
    };
    let (name, engine) = spec.split_once(' ').expect("program and engine");
    let engine = if engine == "jit" {
        Engine::Jit
    } else {
        Engine::Interp
    };
    print!("{MARK}");
    eprint!("{MARK}");
    let out = run(&child_program(name), engine);
    std::process::exit(out.exit);
}

/// Stdout, stderr and exit status of `program` run on `engine` in a child.
fn run_child(name: &str, engine: &str) -> (String, String, Option<i32>) {
    let out = std::process::Command::new(std::env::current_exe().expect("test binary"))
        .args(["child", "--exact", "--nocapture", "--test-threads=1"])
        .env("GOJIT_TEST_CHILD", format!("{name} {engine}"))
        .output()
        .expect("run child");
    let after = |b: &[u8]| {
        let s = String::from_utf8_lossy(b).into_owned();
        s.split_once(MARK).map(|(_, s)| s.to_string()).unwrap_or(s)
    };
    (after(&out.stdout), after(&out.stderr), out.status.code())
}

/// Runs `name` on both engines in child processes and returns the JIT's
/// output after asserting both print the same bytes and exit alike.
fn same_output(name: &str) -> (String, String, Option<i32>) {
    let interp = run_child(name, "interp");
    let jit = run_child(name, "jit");
    assert_eq!(interp, jit, "{name}: interpreter and JIT differ");
    jit
}

#[test]
fn output_of_panics() {
    let (_, stderr, exit) = same_output("panics");
    assert_eq!(exit, Some(2));
    assert!(
        stderr.starts_with("panic: a\n\tpanic: b\n\ngoroutine 1 [running]:\n"),
        "{stderr}"
    );
}

#[test]
fn output_of_prints() {
    let (stdout, stderr, exit) = same_output("prints");
    assert_eq!(exit, Some(0));
    assert_eq!(stdout, "hello, world 12\nhello, world12");
    assert_eq!(stderr, "hello, world\ntrue false true 12\nfalse\n14\n");
}

#[test]
fn output_of_stack_overflow() {
    let (_, stderr, exit) = same_output("overflow");
    assert_eq!(exit, Some(2));
    assert!(stderr.contains("fatal error: stack overflow\n"), "{stderr}");
}

#[test]
fn output_of_runtime_errors() {
    let (_, stderr, exit) = same_output("nil_call");
    assert_eq!(exit, Some(2));
    assert!(
        stderr.starts_with(
            "panic: runtime error: invalid memory address or nil pointer dereference\n"
        )
    );
    let (_, stderr, exit) = same_output("negative_shift");
    assert_eq!(exit, Some(2));
    assert!(stderr.starts_with("panic: runtime error: negative shift amount\n"));
}

/// A function the JIT cannot compile is an error naming it and the instruction.
#[test]
fn bad_bytecode_is_an_error() {
    let prog = program(vec![func("main.main", 4, 0, 0, vec![Jmp { to: 9 }])], 0, 0);
    let err = JitEngine::compile(&prog, Target::X86_64)
        .err()
        .expect("an error");
    assert_eq!(err.func, "main.main");
    assert_eq!(err.instr, Some((0, Jmp { to: 9 })));
    assert!(err.to_string().contains("main.main"), "{err}");

    let mut f = func("main.main", 4, 0, 0, vec![DeferReturn, Ret]);
    f.deferreturn_pc = None;
    assert!(JitEngine::compile(&program(vec![f], 0, 0), Target::X86_64).is_err());
}

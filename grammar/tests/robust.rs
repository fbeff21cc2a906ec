//! The parser never panics: every prefix of some programs, random byte
//! mutations (a fixed-seed generator, no dependencies), deep nesting, and
//! the inputs the long-running fuzzer (`examples/fuzz.rs`) saved in
//! `tests/regressions/`.

use gojit_grammar::fuzzing::{INSERTS, Rng};
use gojit_grammar::parse_file;

const PROGRAMS: &[&str] = &[
    r#"package main

import (
	"fmt"
	m "math"
)

type List[T any] struct {
	items []T
	n, k  int `json:"n"`
}

func (l *List[T]) Push(v T) { l.items = append(l.items, v) }

func Map[T, U any](xs []T, f func(T) U) (out []U) {
	for _, x := range xs {
		out = append(out, f(x))
	}
	return
}

func main() {
	x := []int{1, 2, 3}
	if x[0] == 1 && len(x) > 2 {
		fmt.Println(m.Pi, x[1:], 'a', "s\n", 1.5e3, 0x1p-2, 3i)
	} else if y := x[2]; y > 0 {
		goto done
	}
	for i := 0; i < 3; i++ {
		switch {
		case i%2 == 0:
			continue
		default:
			fallthrough
		}
	}
	var ch = make(chan<- map[string][]*int, 1)
	select {
	case ch <- nil:
	default:
	}
	defer func() { recover() }()
	go func(a, b int) {}(1, 2)
done:
	switch v := any(x).(type) {
	case []int, *List[int]:
		_ = v
	}
}
"#,
    "package p\n\nconst (\n\tA = iota\n\tB\n)\n\ntype I interface {\n\tM(int) error\n\t~int | ~string\n}\n\nvar s = struct{ a, b int }{1, 2}\n",
    "package p\n/* multi\nline */\nfunc f() (int, error) { return 0, nil }\n",
];

fn check(src: &str) {
    let r = std::panic::catch_unwind(|| parse_file(src));
    assert!(r.is_ok(), "parser panicked on:\n{src:?}");
    if let Ok(Err(errs)) = r {
        assert!(!errs.is_empty());
        for e in errs {
            assert!(e.span.start <= e.span.end && e.span.end as usize <= src.len() + 1);
        }
    }
}

#[test]
fn every_prefix() {
    for p in PROGRAMS {
        for (i, _) in p.char_indices() {
            check(&p[..i]);
        }
    }
}

#[test]
fn random_mutations() {
    let mut rng = Rng(0x9e37_79b9_7f4a_7c15);
    for p in PROGRAMS {
        for _ in 0..1500 {
            let mut s: Vec<u8> = p.as_bytes().to_vec();
            for _ in 0..1 + rng.below(4) {
                let at = rng.below(s.len() + 1);
                match rng.below(3) {
                    0 if at < s.len() => {
                        s.remove(at);
                    }
                    1 if at < s.len() => s[at] = (rng.next_u64() % 128) as u8,
                    _ => {
                        let ins = INSERTS[rng.below(INSERTS.len())].as_bytes();
                        s.splice(at..at, ins.iter().copied());
                    }
                }
            }
            // Keep it valid UTF-8 (parse_file takes &str).
            let src = String::from_utf8_lossy(&s).into_owned();
            check(&src);
        }
    }
}

fn nested(open: &str, inner: &str, close: &str, n: usize) -> String {
    format!(
        "package p\nvar x = {}{}{}\n",
        open.repeat(n),
        inner,
        close.repeat(n)
    )
}

#[test]
fn deep_nesting_is_an_error_not_a_crash() {
    let deep = [
        nested("(", "1", ")", 100_000),
        nested("[]", "int{}", "", 100_000),
        nested("- ", "1", "", 100_000),
        nested("!", "x", "", 100_000),
        nested("*", "p", "", 100_000),
        nested("f(", "1", ")", 50_000),
        nested("[]int{", "", "}", 50_000),
        format!("package p\nvar x = 1{}\n", "+1".repeat(200_000)),
        format!("package p\nfunc f() {{{}}}\n", "{".repeat(100_000)),
        format!("package p\nfunc f() {{\n{}}}\n", "L: ".repeat(100_000)),
        format!(
            "package p\nfunc f() {{\n{}\n}}\n",
            "if x {} else ".repeat(50_000) + "{}"
        ),
        format!("package p\nvar x = {}\n", "func() { _ = ".repeat(20_000)),
    ];
    for src in &deep {
        let r = parse_file(src);
        let errs = r.expect_err("too deep");
        assert!(
            errs.iter().any(|e| e.message.contains("nesting")),
            "{:?}",
            &errs[..1]
        );
    }
    // Moderate nesting is fine.
    assert!(parse_file(&nested("(", "1", ")", 200)).is_ok());
    assert!(parse_file(&format!("package p\nvar x = 1{}\n", "+1".repeat(500))).is_ok());
}

/// Inputs that once crashed the parser (saved by `examples/fuzz.rs`) parse
/// without panicking.
#[test]
fn saved_regressions() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/regressions");
    let Ok(rd) = std::fs::read_dir(&dir) else {
        return;
    };
    for e in rd.flatten() {
        let p = e.path();
        if p.extension().is_some_and(|x| x == "go") {
            let bytes = std::fs::read(&p).expect("readable");
            check(&String::from_utf8_lossy(&bytes));
        }
    }
}

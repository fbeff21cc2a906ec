//! The REPL session on the interpreter: declarations persist, nothing runs
//! twice, errors and panics leave the session usable.

use gojit_interp::session::{Outcome, Session};
use gojit_interp::vm::Interp;

/// Runs `input`; the shown values as `VALUE  // TYPE` lines, or an error.
fn eval(s: &mut Session, input: &str) -> Result<Vec<String>, String> {
    let c = s.compile(input).map_err(|r| {
        r.diags
            .iter()
            .map(|d| format!("{}..{}: {}", d.span.start, d.span.end, d.message))
            .collect::<Vec<_>>()
            .join("; ")
    })?;
    match s.run(c, &Interp) {
        Outcome::Done(vals) => Ok(vals
            .into_iter()
            .map(|(v, t)| format!("{v}  // {t}"))
            .collect()),
        other => Err(format!("{other:?}")),
    }
}

fn ok(s: &mut Session, input: &str) -> Vec<String> {
    eval(s, input).unwrap_or_else(|e| panic!("{input}: {e}"))
}

#[test]
fn values_and_state() {
    let mut s = Session::new();
    assert_eq!(ok(&mut s, "1 + 2"), ["3  // int"]);
    assert_eq!(ok(&mut s, "x := 40"), Vec::<String>::new());
    assert_eq!(ok(&mut s, "x + 2"), ["42  // int"]);
    ok(&mut s, "x++");
    assert_eq!(ok(&mut s, "x"), ["41  // int"]);
    assert_eq!(ok(&mut s, "\"hi\""), ["\"hi\"  // string"]);
    assert_eq!(ok(&mut s, "[]int{1, 2}"), ["[]int{1, 2}  // []int"]);
    ok(&mut s, "func two() (int, string) { return 2, \"two\" }");
    assert_eq!(ok(&mut s, "two()"), ["2  // int", "\"two\"  // string"]);
    ok(&mut s, "type P struct { X, Y int }");
    ok(&mut s, "p := P{1, 2}");
    assert_eq!(ok(&mut s, "p"), ["main.P{X:1, Y:2}  // main.P"]);
    assert_eq!(ok(&mut s, "&p == &p"), ["true  // bool"]);
    ok(&mut s, "q := &p");
    ok(&mut s, "q.X = 10");
    assert_eq!(ok(&mut s, "p.X"), ["10  // int"]);
}

#[test]
fn redefinition_and_closures() {
    let mut s = Session::new();
    ok(&mut s, "func f() int { return 1 }");
    ok(&mut s, "func g() int { return f() * 10 }");
    assert_eq!(ok(&mut s, "g()"), ["10  // int"]);
    ok(&mut s, "func f() int { return 2 }");
    assert_eq!(ok(&mut s, "g()"), ["20  // int"]);
    ok(&mut s, "func f() string { return \"s\" }");
    assert_eq!(ok(&mut s, "f()"), ["\"s\"  // string"]);
    assert_eq!(ok(&mut s, "g()"), ["20  // int"]);
    ok(&mut s, "n := 0");
    ok(&mut s, "inc := func() int { n++; return n }");
    ok(&mut s, "inc()");
    assert_eq!(ok(&mut s, "inc()"), ["2  // int"]);
    assert_eq!(ok(&mut s, "n"), ["2  // int"]);
}

#[test]
fn errors_and_panics_keep_the_session() {
    let mut s = Session::new();
    ok(&mut s, "a := []int{1, 2, 3}");
    assert!(eval(&mut s, "a[5]").unwrap_err().contains("Panicked"));
    assert!(eval(&mut s, "y + 1").unwrap_err().contains("undefined: y"));
    assert!(eval(&mut s, "b := a[7]").is_err());
    assert!(eval(&mut s, "b").unwrap_err().contains("undefined: b"));
    assert_eq!(ok(&mut s, "len(a)"), ["3  // int"]);
    assert!(eval(&mut s, "func (").is_err());
    assert!(eval(&mut s, "}}}").is_err());
}

#[test]
fn imports_and_methods() {
    let mut s = Session::new();
    assert_eq!(ok(&mut s, "strings.ToUpper(\"x\")"), ["\"X\"  // string"]);
    ok(&mut s, "import \"fmt\"");
    ok(&mut s, "type T int");
    ok(
        &mut s,
        "func (t T) String() string { return fmt.Sprint(\"T\", int(t)) }",
    );
    assert_eq!(ok(&mut s, "fmt.Sprint(T(3))"), ["\"T3\"  // string"]);
    ok(
        &mut s,
        "func (t T) String() string { return fmt.Sprint(\"t\", int(t)) }",
    );
    assert_eq!(ok(&mut s, "fmt.Sprint(T(3))"), ["\"t3\"  // string"]);
    assert_eq!(
        ok(&mut s, "errors.New(\"boom\")"),
        ["&errors.errorString{s:\"boom\"}  // error"]
    );
    assert_eq!(
        s.type_of("strings.Split").unwrap(),
        "func(string, string) []string"
    );
    assert_eq!(s.type_of("undefinedName").unwrap_err().diags.len(), 1);
    assert_eq!(s.type_of("1 << 3").unwrap(), "int");
}

#[test]
fn spelled_types_in_messages_canonical_at_run_time() {
    let mut s = Session::new();
    ok(&mut s, "b := []byte(\"hi\")");
    ok(&mut s, "type Octet = byte");
    ok(&mut s, "type Box struct { Data []Octet }");
    ok(&mut s, "x := Box{b}");
    // Later inputs name earlier declarations as written, as Go would...
    let e = eval(&mut s, "var t string = b").unwrap_err();
    assert!(e.contains("variable of type []byte"), "{e}");
    let e = eval(&mut s, "var n int = x.Data").unwrap_err();
    assert!(e.contains("variable of type []Octet"), "{e}");
    // ...and the runtime names their types as Go's runtime does.
    assert_eq!(ok(&mut s, "x.Data[0]"), ["0x68  // uint8"]);
    assert_eq!(ok(&mut s, "'r'"), ["114  // int32"]);
    assert_eq!(
        ok(&mut s, "fmt.Sprintf(\"%T\", b)"),
        ["\"[]uint8\"  // string"]
    );
}

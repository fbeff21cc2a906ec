//! AST shape of the tricky cases, spans, and node ids.

mod common;
use common::*;
use gojit_grammar::ast::*;

#[test]
fn if_header_is_not_a_composite_literal() {
    assert_eq!(stmt_str("if x == y {}"), "(if _ (== x y) {} _)");
    assert_eq!(
        stmt_str("if x {} else if y {} else {}"),
        "(if _ x {} (if _ y {} {}))"
    );
    assert_eq!(
        stmt_str("if v, ok := m[k]; ok { return }"),
        "(if (:= [v ok] [(index m k)]) ok {(return )} _)"
    );
    // Inside parentheses and call arguments composite literals are back.
    assert_eq!(stmt_str("if f(T{}) {}"), "(if _ (call f (lit T {})) {} _)");
    assert_eq!(
        stmt_str("if (T{}) == x {}"),
        "(if _ (== (paren (lit T {})) x) {} _)"
    );
    // Type-literal composites are always allowed, as in Go.
    assert_eq!(
        stmt_str("for _, v := range []int{1, 2} {}"),
        "(range _ v := (lit (slice-type int) {1 2}) {})"
    );
    assert_eq!(
        stmt_str("switch x {\ncase T{}:\n}"),
        "(switch _ x (case (lit T {}):))"
    );
}

#[test]
fn for_forms() {
    assert_eq!(
        stmt_str("for i := 0; i < n; i++ {}"),
        "(for (:= [i] [0]) (< i n) (++ i) {})"
    );
    assert_eq!(stmt_str("for {}"), "(for _ _ _ {})");
    assert_eq!(stmt_str("for x < 3 {}"), "(for _ (< x 3) _ {})");
    assert_eq!(stmt_str("for ;; {}"), "(for _ _ _ {})");
    assert_eq!(stmt_str("for k, v := range m {}"), "(range k v := m {})");
    assert_eq!(stmt_str("for k = range m {}"), "(range k _ = m {})");
    assert_eq!(stmt_str("for range 10 {}"), "(range _ _ = 10 {})");
}

#[test]
fn switch_forms() {
    assert_eq!(
        stmt_str("switch x := f(); x {\ncase 1, 2:\n\tg()\n\tfallthrough\ndefault:\n}"),
        "(switch (:= [x] [(call f)]) x (case 1 2: (call g) (fallthrough)) (case default:))"
    );
    assert_eq!(
        stmt_str("switch {\ncase a > b:\n}"),
        "(switch _ _ (case (> a b):))"
    );
    assert_eq!(
        stmt_str("switch v := x.(type) {\ncase int, *T:\ncase nil:\n}"),
        "(typeswitch _ v x (case int (* T):) (case nil:))"
    );
    assert_eq!(stmt_str("switch x.(type) {}"), "(typeswitch _ _ x )");
    assert_eq!(
        stmt_str("select {\ncase v, ok := <-ch:\ncase ch <- 1:\ndefault:\n}"),
        "(select (case (:= [v ok] [(<- ch)]): ) (case (send ch 1): ) (case _: ))"
    );
}

#[test]
fn simple_statements() {
    assert_eq!(
        stmt_str("a, b = b, a\nx += 1\ny <<= 2\nz &^= w\ni--\nch <- v"),
        "(= [a b] [b a]) (+= [x] [1]) (<<= [y] [2]) (&^= [z] [w]) (-- i) (send ch v)"
    );
    assert_eq!(
        stmt_str("L:\nfor {\n\tbreak L\n\tcontinue\n}\ngoto L"),
        "(label L (for _ _ _ {(break L) (continue)})) (goto L)"
    );
    assert_eq!(
        stmt_str("go f(x)\ndefer g()"),
        "(go (call f x)) (defer (call g))"
    );
    assert_eq!(
        stmt_str("var x, y int = 1, 2\nconst c = 3\ntype T int"),
        "(decl Var 1) (decl Const 1) (decl Type 1)"
    );
    assert_eq!(stmt_str("{ x := 1; _ = x }"), "{(:= [x] [1]) (= [_] [x])}");
}

#[test]
fn expressions() {
    assert_eq!(expr_str("a + b*c - d"), "(- (+ a (* b c)) d)");
    assert_eq!(
        expr_str("a || b && c == d+e<<f"),
        "(|| a (&& b (== c (+ d (<< e f)))))"
    );
    assert_eq!(expr_str("-x + ^y * !z"), "(+ (- x) (* (^ y) (! z)))");
    assert_eq!(expr_str("*p + &v + <-ch"), "(+ (+ (* p) (& v)) (<- ch))");
    assert_eq!(expr_str("f(xs...)"), "(call f xs ...)");
    assert_eq!(
        expr_str("a.b.c(1)[2:3]"),
        "(slice (call (. (. a b) c) 1) 2 3)"
    );
    assert_eq!(expr_str("s[:]"), "(slice s _ _)");
    assert_eq!(expr_str("s[1:2:3]"), "(slice s 1 2 3)");
    assert_eq!(expr_str("x.(T).y"), "(. (assert x T) y)");
    assert_eq!(expr_str("m[k]"), "(index m k)");
    assert_eq!(
        expr_str("f[int, string](x)"),
        "(call (index f int string) x)"
    );
    assert_eq!(expr_str("(a + b) * c"), "(* (paren (+ a b)) c)");
    assert_eq!(
        expr_str("1.5e3 + 0x1p-2 + 2i + 'a' + \"s\" + `r`"),
        "(+ (+ (+ (+ (+ 1.5e3 0x1p-2) 2i) 'a') \"s\") `r`)"
    );
}

#[test]
fn composite_literals() {
    assert_eq!(expr_str("T{}"), "(lit T {})");
    assert_eq!(expr_str("[]int{1, 2}"), "(lit (slice-type int) {1 2})");
    assert_eq!(
        expr_str("map[string]int{\"a\": 1}"),
        "(lit (map string int) {\"a\":1})"
    );
    assert_eq!(
        expr_str("[][]int{{1, 2}, {3}}"),
        "(lit (slice-type (slice-type int)) {{1 2} {3}})"
    );
    assert_eq!(expr_str("[...]T{{X: 1}}"), "(lit (array ... T) {{X:1}})");
    assert_eq!(expr_str("pkg.T{A: 1,\n}"), "(lit (. pkg T) {A:1})");
    assert_eq!(expr_str("G[int]{}"), "(lit (index G int) {})");
    assert_eq!(expr_str("struct{ x int }{1}"), "(lit (struct (x int)) {1})");
    assert_eq!(expr_str("&T{}"), "(& (lit T {}))");
}

#[test]
fn types_as_expressions() {
    assert_eq!(expr_str("make([]int, n)"), "(call make (slice-type int) n)");
    assert_eq!(expr_str("make(map[K]V)"), "(call make (map K V))");
    assert_eq!(
        expr_str("make(chan<- int, 1)"),
        "(call make (chan<- int) 1)"
    );
    assert_eq!(expr_str("new(<-chan int)"), "(call new (chan<-recv int))");
    assert_eq!(expr_str("new(*[4]byte)"), "(call new (* (array 4 byte)))");
    assert_eq!(expr_str("[]byte(s)"), "(call (slice-type byte) s)");
    assert_eq!(expr_str("(*T)(p)"), "(call (paren (* T)) p)");
    assert_eq!(expr_str("interface{}(x)"), "(call (interface ) x)");
    assert_eq!(
        expr_str("f(func(int) bool)"),
        "(call f (func [(int)] [(bool)]))"
    );
    // `func()(T)` is a func type with results, as in Go.
    assert_eq!(
        expr_str("f([]func()(int))"),
        "(call f (slice-type (func [] [(int)])))"
    );
    assert_eq!(
        expr_str("f(chan chan<- int)"),
        "(call f (chan (chan<- int)))"
    );
    assert_eq!(
        expr_str("f(chan<- chan int)"),
        "(call f (chan<- (chan int)))"
    );
}

#[test]
fn func_literals() {
    assert_eq!(
        expr_str("func(a int) int { return a }"),
        "(funclit (func [(a int)] [(int)]) (return a))"
    );
    assert_eq!(expr_str("func() {}()"), "(call (funclit (func [] []) ))");
}

fn func_sig(src: &str) -> String {
    let f = parse(&format!("package p\n{src}\n"));
    match &f.decls[0] {
        Decl::Func(d) => {
            let recv = d.recv.as_ref().map(|r| fields(r)).unwrap_or_default();
            let tp = fields(&d.type_params);
            format!("{recv}{}{tp}{}", d.name.name, sig(&d.sig))
        }
        _ => panic!(),
    }
}

#[test]
fn parameter_grouping() {
    assert_eq!(
        func_sig("func f(a, b int, c string)"),
        "f(func [(a,b int)(c string)] [])"
    );
    assert_eq!(
        func_sig("func f(int, string)"),
        "f(func [(int)(string)] [])"
    );
    assert_eq!(
        func_sig("func f(a int) (n int, err error)"),
        "f(func [(a int)] [(n int)(err error)])"
    );
    assert_eq!(
        func_sig("func f() (int, error)"),
        "f(func [] [(int)(error)])"
    );
    assert_eq!(func_sig("func f(xs ...int)"), "f(func [(xs (... int))] [])");
    assert_eq!(func_sig("func f(...int)"), "f(func [((... int))] [])");
    assert_eq!(
        func_sig("func f(a [4]int, b []T)"),
        "f(func [(a (array 4 int))(b (slice-type T))] [])"
    );
    assert_eq!(
        func_sig("func f(List[int], pkg.T)"),
        "f(func [((index List int))((. pkg T))] [])"
    );
    assert_eq!(
        func_sig("func f(*T, func())"),
        "f(func [((* T))((func [] []))] [])"
    );
    assert_eq!(
        func_sig("func f(p *T, g func() int)"),
        "f(func [(p (* T))(g (func [] [(int)]))] [])"
    );
    assert_eq!(
        func_sig("func (l *List[T]) Push(v T)"),
        "(l (* (index List T)))Push(func [(v T)] [])"
    );
    assert_eq!(
        func_sig("func Map[T any, U comparable](xs []T) []U"),
        "Map(T any)(U comparable)(func [(xs (slice-type T))] [((slice-type U))])"
    );
    assert_eq!(
        func_sig("func F[S ~[]E, E ~int | ~string]()"),
        "F(S (~ (slice-type E)))(E (| (~ int) (~ string)))(func [] [])"
    );
    assert!(gojit_grammar::parse_file("package p\nfunc f(a int, string)\n").is_err());
}

fn type_decl(src: &str) -> String {
    let f = parse(&format!("package p\n{src}\n"));
    match &f.decls[0] {
        Decl::Gen(g) => g
            .specs
            .iter()
            .map(|s| match s {
                Spec::Type(t) => format!(
                    "{}{}{} {}",
                    t.name.name,
                    fields(&t.type_params),
                    if t.alias { " =" } else { "" },
                    e(&t.ty)
                ),
                Spec::Value(v) => format!(
                    "{}:{} {} = {}",
                    v.iota,
                    v.names
                        .iter()
                        .map(|n| n.name.as_str())
                        .collect::<Vec<_>>()
                        .join(","),
                    v.ty.as_ref().map(e).unwrap_or("_".into()),
                    v.values.iter().map(e).collect::<Vec<_>>().join(",")
                ),
            })
            .collect::<Vec<_>>()
            .join("; "),
        _ => panic!(),
    }
}

#[test]
fn declarations() {
    assert_eq!(type_decl("type A [N]int"), "A (array N int)");
    assert_eq!(type_decl("type A [N * 2]int"), "A (array (* N 2) int)");
    assert_eq!(
        type_decl("type L[T any] struct{ next *L[T] }"),
        "L(T any) (struct (next (* (index L T))))"
    );
    assert_eq!(
        type_decl("type M[K comparable, V any] map[K]V"),
        "M(K comparable)(V any) (map K V)"
    );
    assert_eq!(
        type_decl("type P[T *int,] []T"),
        "P(T (* int)) (slice-type T)"
    );
    assert_eq!(type_decl("type A = B"), "A = B");
    assert_eq!(
        type_decl("type (\n\tX int\n\tY[T any] []T\n)"),
        "X int; Y(T any) (slice-type T)"
    );
    assert_eq!(
        type_decl(
            "type S struct {\n\tT\n\t*pkg.U\n\ta, b int `json:\"a\"`\n\tf func()\n\tarr [2]G[int]\n}"
        ),
        "S (struct (T)((* (. pkg U)))(a,b int `json:\"a\"`)(f (func [] []))(arr (array 2 (index G int))))"
    );
    assert_eq!(
        type_decl("type I interface {\n\tM(x int) error\n\tfmt.Stringer\n\t~int | ~string\n}"),
        "I (interface (M (func [(x int)] [(error)]))((. fmt Stringer))((| (~ int) (~ string))))"
    );
    assert_eq!(
        type_decl("const (\n\tA = iota\n\tB\n\tC, D int = 1, 2\n)"),
        "0:A _ = iota; 1:B _ = ; 2:C,D int = 1,2"
    );
    assert_eq!(
        type_decl("var x = []int{1}"),
        "0:x _ = (lit (slice-type int) {1})"
    );
}

#[test]
fn imports() {
    let f = parse(
        "package main\nimport \"fmt\"\nimport (\n\tm \"math\"\n\t. \"strings\"\n\t_ \"embed\"\n)\n",
    );
    let got: Vec<String> = f
        .imports
        .iter()
        .map(|i| {
            format!(
                "{}={}",
                i.name.as_ref().map(|n| n.name.as_str()).unwrap_or(""),
                i.path
            )
        })
        .collect();
    assert_eq!(got, ["=fmt", "m=math", ".=strings", "_=embed"]);
    assert_eq!(f.package.name, "main");
}

fn find_call(x: &Expr) -> Option<&Expr> {
    match &x.kind {
        ExprKind::Call { .. } => Some(x),
        _ => None,
    }
}

#[test]
fn spans() {
    let src = "package p\nfunc f() {\n\tx := g(1, 2) + a[i]\n}\n";
    let f = parse(src);
    let Decl::Func(d) = &f.decls[0] else { panic!() };
    let body = d.body.as_ref().unwrap();
    assert_eq!(&src[body.span.range()], "{\n\tx := g(1, 2) + a[i]\n}");
    let st = &body.stmts[0];
    assert_eq!(&src[st.span.range()], "x := g(1, 2) + a[i]");
    let StmtKind::Assign { rhs, lhs, .. } = &st.kind else {
        panic!()
    };
    assert_eq!(&src[lhs[0].span.range()], "x");
    let ExprKind::Binary(_, l, r) = &rhs[0].kind else {
        panic!()
    };
    assert_eq!(&src[rhs[0].span.range()], "g(1, 2) + a[i]");
    let call = find_call(l).unwrap();
    assert_eq!(&src[call.span.range()], "g(1, 2)");
    assert_eq!(&src[r.span.range()], "a[i]");
    assert_eq!(&src[d.span.range()], "func f() {\n\tx := g(1, 2) + a[i]\n}");

    let src = "package p\nvar v = pkg.T{A: 1}.M(x)\n";
    let f = parse(src);
    let Decl::Gen(g) = &f.decls[0] else { panic!() };
    let Spec::Value(v) = &g.specs[0] else {
        panic!()
    };
    assert_eq!(&src[v.values[0].span.range()], "pkg.T{A: 1}.M(x)");
    let ExprKind::Call { fun, .. } = &v.values[0].kind else {
        panic!()
    };
    let ExprKind::Selector(lit, _) = &fun.kind else {
        panic!()
    };
    assert_eq!(&src[lit.span.range()], "pkg.T{A: 1}");
}

fn collect_ids(f: &File) -> Vec<u32> {
    // Walk via Debug output: cheap and independent of the parser's walker.
    let dbg = format!("{f:?}");
    dbg.match_indices("id: ")
        .map(|(i, _)| {
            dbg[i + 4..]
                .chars()
                .take_while(|c| c.is_ascii_digit())
                .collect::<String>()
                .parse()
                .unwrap()
        })
        .collect()
}

#[test]
fn node_ids_are_dense_and_unique() {
    let src = "package p\nfunc f(int, string) {\n\tswitch v := x.(type) {\n\tcase []int:\n\t\t_ = func() int { return v[0] + 1 }\n\t}\n}\n";
    let f = parse(src);
    let mut ids = collect_ids(&f);
    ids.sort();
    let n = ids.len() as u32;
    assert_eq!(ids, (0..n).collect::<Vec<_>>());
    assert_eq!(f.node_count, n);
}

#[test]
fn semicolons_and_comments() {
    assert_eq!(
        stmt_str("x := 1 /* a\n b */ y := 2"),
        "(:= [x] [1]) (:= [y] [2])"
    );
    assert_eq!(stmt_str("x := 1 // c\ny := 2"), "(:= [x] [1]) (:= [y] [2])");
    assert_eq!(stmt_str("f(\n\ta,\n\tb,\n)"), "(call f a b)");
    assert_eq!(stmt_str("x := `a\nb`"), "(:= [x] [`a\nb`])");
    // No trailing newline at EOF.
    assert!(gojit_grammar::parse_file("package p\nfunc f() {}").is_ok());
    assert!(gojit_grammar::parse_file("package p").is_ok());
}

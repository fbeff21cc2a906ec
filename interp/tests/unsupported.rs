//! Valid Go that gojit does not support yet is refused with a message that
//! says so, never with an error real Go would not report.

/// The messages `compile_source` reports for `src`.
fn diagnostics(src: &str) -> Vec<String> {
    match gojit_interp::compile::compile_source(src, "u.go") {
        Ok(_) => Vec::new(),
        Err(ds) => ds.into_iter().map(|d| d.message).collect(),
    }
}

#[test]
fn imports_used_only_in_generic_code_are_not_reported_unused() {
    let src = r#"package main

import (
	"errors"
	"fmt"
)

type Box[T any] struct{ v T }

func (b Box[T]) Err() error { return errors.New("box") }

func Show[T any](v T) { fmt.Println(v) }

func main() {}
"#;
    // Generic code is checked per instance, and nothing instantiates these.
    assert_eq!(diagnostics(src), Vec::<String>::new());
}

#[test]
fn an_import_nothing_uses_is_reported() {
    let src = "package main\n\nimport \"fmt\"\n\nfunc main() {}\n";
    assert_eq!(diagnostics(src), ["\"fmt\" imported and not used"]);
}

#[test]
#[ignore]
fn scratch() {
    let mut files: Vec<_> = std::fs::read_dir("/tmp/errs").unwrap().flatten().map(|e| e.path()).collect();
    files.sort();
    for p in files {
        let src = std::fs::read_to_string(&p).unwrap();
        println!("== {}", p.file_name().unwrap().to_string_lossy());
        if let Err(errs) = gojit_grammar::parse_file(&src) {
            for e in errs {
                let at = e.span.start as usize;
                let line = src[..at].matches('\n').count() + 1;
                let col = at - src[..at].rfind('\n').map_or(0, |i| i + 1) + 1;
                println!("{line}:{col}: {}", e.message);
            }
        }
    }
}

#[test]
#[ignore]
fn toks() {
    let src = std::fs::read_to_string("/tmp/t.go").unwrap();
    let l = gojit_grammar::lexer::tokenize(&src);
    for t in &l.tokens {
        println!("{:?}", t);
    }
    println!("{:?}", l.errors);
}

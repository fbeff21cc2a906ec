#[test]
#[ignore]
fn scratch() {
    let mut files: Vec<_> = std::fs::read_dir("/tmp/errs2")
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .collect();
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

#[test]
#[ignore]
fn differential() {
    let all = std::fs::read_to_string("/tmp/testfiles.txt").unwrap();
    let ok: std::collections::HashSet<String> = std::fs::read_to_string("/tmp/gofmt_ok.txt")
        .unwrap()
        .lines()
        .map(String::from)
        .collect();
    for f in all.lines() {
        let Ok(src) = std::fs::read_to_string(f) else {
            continue;
        };
        let ours = gojit_grammar::parse_file(&src);
        let theirs = ok.contains(f);
        match (ours, theirs) {
            (Ok(_), false) => println!("ACCEPT-ONLY-US {f}"),
            (Err(e), true) => {
                let at = e[0].span.start as usize;
                let line = src[..at.min(src.len())].matches('\n').count() + 1;
                println!("REJECT-ONLY-US {f}:{line}: {}", e[0].message)
            }
            _ => {}
        }
    }
}

#[test]
#[ignore]
fn corpus() {
    fn walk(d: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
        for e in std::fs::read_dir(d).unwrap().flatten() {
            let p = e.path();
            if p.is_dir() {
                walk(&p, out)
            } else if p.extension().is_some_and(|x| x == "go") {
                out.push(p)
            }
        }
    }
    let mut v = Vec::new();
    walk(std::path::Path::new("/work/main/tests/corpus"), &mut v);
    let mut bad = 0;
    for p in &v {
        let src = std::fs::read_to_string(p).unwrap();
        if let Err(e) = gojit_grammar::parse_file(&src) {
            bad += 1;
            println!("{}: {:?}", p.display(), e);
        }
    }
    println!("{} files, {} bad", v.len(), bad);
}

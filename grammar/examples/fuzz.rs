//! Long-running mutation fuzzer for the parser: `parse_file` must return
//! (a tree or syntax errors) on any input, never panic or overflow the stack.
//!
//! ```text
//! cargo run --release -p gojit-grammar --example fuzz -- [--minutes N] [--seed S] [PATH...]
//! ```
//!
//! Seeds are the `.go` files under PATH (default: the conformance corpus,
//! `bench/`, and Go's standard library when installed). Each input is a seed
//! with one to four mutations (byte flips, token deletions, duplications and
//! swaps, line deletions and duplications, inserted tokens, splices of two
//! files) from a seeded xorshift generator, so a run is reproducible.
//!
//! cargo-fuzz needs a nightly toolchain; this needs nothing. The work runs
//! in a child process (`--worker`) that writes each input to a scratch file
//! before parsing it: a stack overflow aborts the process where no panic
//! handler can see it, and the parent then saves that scratch file. Panics
//! are caught in the worker itself. Either way the input lands in
//! `grammar/tests/regressions/`, which the normal test suite parses
//! (`tests/robust.rs`).

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode};
use std::time::{Duration, Instant};

use gojit_grammar::fuzzing::{INSERTS, Rng};

const GOROOT_SRC: &str = "/usr/share/go-1.23/src";

/// Workers restarted after this many crashes would mostly find the same bug.
const MAX_CRASHES: u64 = 20;

struct Options {
    minutes: f64,
    seed: u64,
    worker: bool,
    paths: Vec<PathBuf>,
}

fn options() -> Result<Options, String> {
    let mut o = Options {
        minutes: 1.0,
        seed: 0x9e37_79b9_7f4a_7c15,
        worker: false,
        paths: Vec::new(),
    };
    let mut args = std::env::args().skip(1);
    while let Some(a) = args.next() {
        match a.as_str() {
            "--minutes" => {
                o.minutes = args
                    .next()
                    .and_then(|v| v.parse().ok())
                    .ok_or("--minutes needs a number")?
            }
            "--seed" => {
                o.seed = args
                    .next()
                    .and_then(|v| v.parse().ok())
                    .ok_or("--seed needs an integer")?
            }
            "--worker" => o.worker = true,
            s if s.starts_with('-') => return Err(format!("unknown flag {s}")),
            s => o.paths.push(PathBuf::from(s)),
        }
    }
    if o.paths.is_empty() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        o.paths = vec![root.join("tests/corpus"), root.join("bench")];
        if Path::new(GOROOT_SRC).is_dir() {
            o.paths.push(PathBuf::from(GOROOT_SRC));
        }
    }
    Ok(o)
}

fn collect(p: &Path, out: &mut Vec<PathBuf>) {
    if p.is_dir() {
        let Ok(rd) = std::fs::read_dir(p) else {
            return;
        };
        for e in rd.flatten() {
            collect(&e.path(), out);
        }
    } else if p.extension().is_some_and(|x| x == "go") {
        out.push(p.to_path_buf());
    }
}

fn regressions_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/regressions")
}

/// Where the worker writes the input it is about to parse.
fn scratch_file(seed: u64) -> PathBuf {
    std::env::temp_dir().join(format!("gojit-fuzz-{}-{seed}.go", std::process::id()))
}

/// Saves a crashing input under a name derived from its content.
fn save_crash(input: &[u8]) -> PathBuf {
    // FNV-1a: a stable name, so the same crash is saved once.
    let h = input.iter().fold(0xcbf2_9ce4_8422_2325u64, |h, &b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    });
    let dir = regressions_dir();
    let _ = std::fs::create_dir_all(&dir);
    let path = dir.join(format!("crash-{h:016x}.go"));
    if let Err(e) = std::fs::write(&path, input) {
        eprintln!("fuzz: cannot save {}: {e}", path.display());
    }
    path
}

fn main() -> ExitCode {
    let o = match options() {
        Ok(o) => o,
        Err(e) => {
            eprintln!("fuzz: {e}");
            return ExitCode::from(2);
        }
    };
    if o.worker {
        return worker(&o);
    }
    supervise(&o)
}

/// Runs workers until the time is up, restarting one (with the next seed)
/// after a crash that killed it; prints the total number of inputs.
fn supervise(o: &Options) -> ExitCode {
    let deadline = Instant::now() + Duration::from_secs_f64(o.minutes * 60.0);
    let me = match std::env::current_exe() {
        Ok(p) => p,
        Err(e) => {
            eprintln!("fuzz: {e}");
            return ExitCode::from(2);
        }
    };
    let (mut total, mut crashes) = (0u64, 0u64);
    let mut seed = o.seed;
    loop {
        let left = deadline.saturating_duration_since(Instant::now());
        if left.is_zero() {
            break;
        }
        let out = Command::new(&me)
            .arg("--worker")
            .args(["--minutes", &format!("{}", left.as_secs_f64() / 60.0)])
            .args(["--seed", &seed.to_string()])
            .args(&o.paths)
            .stderr(std::process::Stdio::inherit())
            .output();
        let out = match out {
            Ok(out) => out,
            Err(e) => {
                eprintln!("fuzz: cannot start the worker: {e}");
                return ExitCode::from(2);
            }
        };
        // The worker's last stdout line is `inputs N crashes M`.
        let text = String::from_utf8_lossy(&out.stdout);
        if let Some(last) = text.lines().rev().find(|l| l.starts_with("inputs ")) {
            let nums: Vec<u64> = last.split(' ').filter_map(|w| w.parse().ok()).collect();
            total += nums.first().copied().unwrap_or(0);
            crashes += nums.get(1).copied().unwrap_or(0);
        }
        let scratch = scratch_file_of(out.status.code(), &text);
        if !out.status.success() {
            crashes += 1;
            match scratch.and_then(|p| std::fs::read(p).ok()) {
                Some(input) => {
                    let saved = save_crash(&input);
                    eprintln!(
                        "fuzz: the worker died ({}); input saved to {}",
                        out.status,
                        saved.display()
                    );
                }
                None => eprintln!("fuzz: the worker died ({}) before reporting", out.status),
            }
        }
        seed = seed.wrapping_add(0x9e37_79b9_7f4a_7c15);
        if crashes >= MAX_CRASHES {
            eprintln!("fuzz: stopping after {crashes} crashes");
            break;
        }
    }
    println!(
        "fuzz: {total} inputs in {:.1} minutes, {crashes} crashes",
        o.minutes
    );
    if crashes == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

/// The worker announces its scratch file on its first stdout line.
fn scratch_file_of(_code: Option<i32>, stdout: &str) -> Option<PathBuf> {
    stdout
        .lines()
        .find_map(|l| l.strip_prefix("scratch "))
        .map(PathBuf::from)
}

fn worker(o: &Options) -> ExitCode {
    let mut files = Vec::new();
    for p in &o.paths {
        collect(p, &mut files);
    }
    files.sort();
    let seeds: Vec<Vec<u8>> = files.iter().filter_map(|f| std::fs::read(f).ok()).collect();
    if seeds.is_empty() {
        eprintln!("fuzz: no .go files to start from");
        return ExitCode::from(2);
    }
    let scratch = scratch_file(o.seed);
    println!("scratch {}", scratch.display());
    let _ = std::io::stdout().flush();
    eprintln!("fuzz: {} seed files, seed {}", seeds.len(), o.seed);
    // Panics are expected to be caught and saved; keep their messages short.
    std::panic::set_hook(Box::new(|info| eprintln!("fuzz: panic: {info}")));

    let deadline = Instant::now() + Duration::from_secs_f64(o.minutes * 60.0);
    let mut rng = Rng(o.seed | 1);
    let (mut n, mut crashes) = (0u64, 0u64);
    let mut last_report = Instant::now();
    while Instant::now() < deadline {
        for _ in 0..64 {
            let input = mutate(&mut rng, &seeds);
            if std::fs::write(&scratch, &input).is_err() {
                eprintln!("fuzz: cannot write {}", scratch.display());
                return ExitCode::from(2);
            }
            let src = String::from_utf8_lossy(&input);
            let ok = std::panic::catch_unwind(|| check(&src)).unwrap_or(false);
            if !ok {
                crashes += 1;
                let saved = save_crash(src.as_bytes());
                eprintln!("fuzz: crash saved to {}", saved.display());
            }
            n += 1;
        }
        if last_report.elapsed() > Duration::from_secs(60) {
            eprintln!("fuzz: {n} inputs so far");
            last_report = Instant::now();
        }
    }
    let _ = std::fs::remove_file(&scratch);
    println!("inputs {n} crashes {crashes}");
    ExitCode::SUCCESS
}

/// Parses `src`; false when the result breaks the parser's contract (an
/// error list that is empty or points outside the source).
fn check(src: &str) -> bool {
    match gojit_grammar::parse_file(src) {
        Ok(_) => true,
        Err(errs) => {
            !errs.is_empty()
                && errs
                    .iter()
                    .all(|e| e.span.start <= e.span.end && e.span.end as usize <= src.len() + 1)
        }
    }
}

/// One seed with one to four mutations.
fn mutate(rng: &mut Rng, seeds: &[Vec<u8>]) -> Vec<u8> {
    let mut s = seeds[rng.below(seeds.len())].clone();
    for _ in 0..1 + rng.below(4) {
        match rng.below(10) {
            0 | 1 => flip_byte(rng, &mut s),
            2 | 3 => token_edit(rng, &mut s),
            4 => {
                let at = rng.below(s.len() + 1);
                let ins = INSERTS[rng.below(INSERTS.len())].as_bytes();
                s.splice(at..at, ins.iter().copied());
            }
            5 => line_edit(rng, &mut s),
            6 => {
                // Splice: a prefix of this input, a suffix of another file.
                let other = &seeds[rng.below(seeds.len())];
                let cut = rng.below(s.len() + 1);
                let from = rng.below(other.len() + 1);
                s.truncate(cut);
                s.extend_from_slice(&other[from..]);
            }
            7 => {
                // Truncate: unterminated everything.
                let at = rng.below(s.len() + 1);
                s.truncate(at);
            }
            _ => token_edit(rng, &mut s),
        }
    }
    s
}

fn flip_byte(rng: &mut Rng, s: &mut [u8]) {
    if s.is_empty() {
        return;
    }
    let at = rng.below(s.len());
    s[at] = match rng.below(4) {
        0 => s[at] ^ (1 << rng.below(8)),
        1 => rng.next_u64() as u8,
        _ => {
            const PUNCT: &[u8] = b" \t\n{}()[];,.:=+-*/%&|^<>!~\"'`_a0";
            PUNCT[rng.below(PUNCT.len())]
        }
    };
}

/// Deletes, duplicates or swaps whole tokens, so that mutations stay close
/// to Go and reach deep into the grammar instead of dying in the lexer.
fn token_edit(rng: &mut Rng, s: &mut Vec<u8>) {
    let text = String::from_utf8_lossy(s).into_owned();
    let spans: Vec<(usize, usize)> = gojit_grammar::lexer::tokenize(&text)
        .tokens
        .iter()
        .map(|&(l, _, r)| (l, r))
        .filter(|&(l, r)| l < r && r <= text.len())
        .collect();
    let mut out = text.into_bytes();
    if spans.is_empty() {
        *s = out;
        return;
    }
    let (l, r) = spans[rng.below(spans.len())];
    match rng.below(3) {
        0 => {
            out.drain(l..r);
        }
        1 => {
            let tok = out[l..r].to_vec();
            out.splice(r..r, tok);
        }
        _ => {
            // Swap with a nearby token.
            let (l2, r2) = spans[rng.below(spans.len())];
            let (a, b) = if l2 < l {
                ((l2, r2), (l, r))
            } else {
                ((l, r), (l2, r2))
            };
            if a.1 <= b.0 {
                let first = out[a.0..a.1].to_vec();
                let second = out[b.0..b.1].to_vec();
                out.splice(b.0..b.1, first);
                out.splice(a.0..a.1, second);
            }
        }
    }
    *s = out;
}

fn line_edit(rng: &mut Rng, s: &mut Vec<u8>) {
    let starts: Vec<usize> = std::iter::once(0)
        .chain(
            s.iter()
                .enumerate()
                .filter(|(_, b)| **b == b'\n')
                .map(|(i, _)| i + 1),
        )
        .filter(|&i| i <= s.len())
        .collect();
    let a = starts[rng.below(starts.len())];
    let b = starts[rng.below(starts.len())];
    let (a, b) = (a.min(b), a.max(b));
    if rng.below(2) == 0 {
        s.drain(a..b);
    } else {
        let chunk = s[a..b].to_vec();
        s.splice(b..b, chunk);
    }
}

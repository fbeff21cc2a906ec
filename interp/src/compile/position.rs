//! Source positions as Go reports them: the physical lines of the file,
//! remapped by line directives (`//line foo.go:10`, `/*line :5:1*/`).

use crate::program::Program;

/// Where the byte offsets of one file are reported.
pub(crate) struct Positions {
    /// The offset of each line's first byte.
    line_starts: Vec<u32>,
    /// The line directives in file order.
    bases: Vec<LineBase>,
    /// The source, kept only when it has line directives: the position of
    /// an index expression's `[` is found in it.
    src: Option<Box<str>>,
    /// The file's length: offsets past it are in the Go-written packages,
    /// which the file's directives do not reach.
    len: u32,
}

/// From offset `at` (on physical line `phys`) on, positions are on `line`
/// of file `file` (an index into `Program::line_files`), counting up.
struct LineBase {
    at: u32,
    phys: u32,
    file: u32,
    line: u32,
}

impl Positions {
    /// The positions of `src`; the file names its line directives give
    /// are added to `prog.line_files`.
    pub fn new(src: &str, prog: &mut Program) -> Positions {
        let mut line_starts = vec![0u32];
        line_starts.extend(
            src.bytes()
                .enumerate()
                .filter(|&(_, b)| b == b'\n')
                .map(|(i, _)| i as u32 + 1),
        );
        let mut p = Positions {
            line_starts,
            bases: Vec::new(),
            src: None,
            len: src.len() as u32,
        };
        let mut file = 0;
        for d in grammar::lexer::line_directives(src) {
            if let Some(name) = d.file {
                // An empty name is reported as Go's linker reports it.
                let name = if name.is_empty() { "??".into() } else { name };
                file = match prog.line_files.iter().position(|f| *f == name) {
                    Some(i) if i > 0 => i as u32,
                    _ => {
                        prog.line_files.push(name);
                        (prog.line_files.len() - 1) as u32
                    }
                };
            }
            let at = d.at as u32;
            p.bases.push(LineBase {
                at,
                phys: p.physical_line(at),
                file,
                line: d.line,
            });
        }
        if !p.bases.is_empty() {
            p.src = Some(src.into());
        }
        p
    }

    /// 1-based physical line of a byte offset.
    fn physical_line(&self, offset: u32) -> u32 {
        self.line_starts.partition_point(|&s| s <= offset) as u32
    }

    /// The file (index into `Program::line_files`, 0 for the program's
    /// own) and line of a byte offset.
    pub fn position(&self, offset: u32) -> (u32, u32) {
        let line = self.physical_line(offset);
        if offset > self.len {
            return (0, line);
        }
        match self
            .bases
            .partition_point(|b| b.at <= offset)
            .checked_sub(1)
        {
            None => (0, line),
            Some(i) => {
                let b = &self.bases[i];
                (b.file, b.line + (line - b.phys))
            }
        }
    }

    /// The offset of the first token at or after `offset` (skipping blanks
    /// and comments): the `[` after an indexed operand ending there. Only
    /// line directives can tell it from `offset`, so without them it is
    /// `offset` (the `[` is on the operand's last line).
    pub fn next_token(&self, offset: u32) -> u32 {
        let Some(src) = &self.src else {
            return offset;
        };
        let mut at = offset as usize;
        let b = src.as_bytes();
        while at < b.len() {
            if b[at].is_ascii_whitespace() {
                at += 1;
            } else if src[at..].starts_with("/*") {
                at = src[at + 2..].find("*/").map_or(b.len(), |i| at + 2 + i + 2);
            } else if src[at..].starts_with("//") {
                at = src[at..].find('\n').map_or(b.len(), |i| at + i);
            } else {
                break;
            }
        }
        at as u32
    }
}

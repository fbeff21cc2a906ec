//! Shared by the parser fuzzer (`examples/fuzz.rs`) and the robustness
//! tests of the parser and the compiler: a reproducible random generator
//! and the tokens that mutations insert.

/// Tokens worth inserting: the ones that open, close or separate.
pub const INSERTS: &[&str] = &[
    "{",
    "}",
    "(",
    ")",
    "[",
    "]",
    ";",
    "\n",
    ",",
    ":",
    ":=",
    "=",
    "func",
    "type",
    "if",
    "else",
    "for",
    "range",
    "case",
    "default",
    "switch",
    "select",
    "go",
    "defer",
    "return",
    "chan",
    "map[",
    "interface{",
    "struct{",
    "*",
    "<-",
    "...",
    "~",
    "|",
    ".",
    "\"",
    "'",
    "`",
    "/*",
    "//",
    "0x",
    "1e",
    "é",
    "@",
    "\u{feff}",
    "\0",
    "[]",
    "!",
    "&^",
    "<<=",
    "++",
    "var",
    "const",
    "import",
    "package",
    "goto L",
    "L:",
    "break",
    "fallthrough",
];

/// xorshift64*: small, fast and reproducible from its seed.
pub struct Rng(pub u64);

impl Rng {
    /// The next 64 random bits.
    pub fn next_u64(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    /// A number in `0..n` (0 when `n` is 0).
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n.max(1) as u64) as usize
    }
}

//! The low level of Go's `fmt` (its `format.go`): one operand already
//! reduced to an integer, a byte string, a bool or a rune, laid out under
//! the current flags, width and precision. The printer (`print.go`'s
//! level, in the parent module) decides which of these a value and verb
//! come down to.

use super::quote::{Keep, can_backquote, is_print, push_rune, quote, quote_rune};
use crate::runtime::strconv::format_float;
use crate::runtime::strings::decode_rune;

/// Digits for lower-case hex; index 16 is the `x` of the `0x` prefix.
pub(super) const LDIGITS: &[u8; 17] = b"0123456789abcdefx";
/// Digits for upper-case hex; index 16 is the `X` of the `0X` prefix.
pub(super) const UDIGITS: &[u8; 17] = b"0123456789ABCDEFX";

/// The flags of one verb. `sharp_v` and `plus_v` are `%#v` and `%+v`: the
/// printer moves `#` and `+` there for `v`, because they mean Go syntax and
/// field names rather than `0x` prefixes and signs.
#[derive(Clone, Copy, Default)]
pub(super) struct Flags {
    pub wid_present: bool,
    pub prec_present: bool,
    pub minus: bool,
    pub plus: bool,
    pub sharp: bool,
    pub space: bool,
    pub zero: bool,
    pub plus_v: bool,
    pub sharp_v: bool,
}

/// The output buffer and the state of the verb being formatted.
#[derive(Default)]
pub(super) struct Fmt {
    pub buf: Vec<u8>,
    pub flags: Flags,
    /// Width and precision; both are non-negative (at most 10^6) when
    /// present.
    pub wid: i64,
    pub prec: i64,
}

/// Go's `utf8.RuneCount`: each invalid byte counts as one rune.
fn rune_count(mut b: &[u8]) -> i64 {
    let mut n = 0;
    while let Some(&b0) = b.first() {
        b = &b[if b0 < 0x80 { 1 } else { decode_rune(b).1 }..];
        n += 1;
    }
    n
}

impl Fmt {
    pub fn clear_flags(&mut self) {
        self.flags = Flags::default();
        self.wid = 0;
        self.prec = 0;
    }

    /// Appends `n` padding bytes: zeros when the `0` flag is set (zero
    /// padding goes on the left only, so not with `-`), else spaces.
    pub fn write_padding(&mut self, n: i64) {
        if n <= 0 {
            return;
        }
        let pad = if self.flags.zero && !self.flags.minus {
            b'0'
        } else {
            b' '
        };
        self.buf.resize(self.buf.len() + n as usize, pad);
    }

    /// Appends `b` padded to the width, counted in runes, on the left or,
    /// with `-`, on the right.
    pub fn pad(&mut self, b: &[u8]) {
        if !self.flags.wid_present || self.wid == 0 {
            self.buf.extend_from_slice(b);
            return;
        }
        let width = self.wid - rune_count(b);
        if self.flags.minus {
            self.buf.extend_from_slice(b);
            self.write_padding(width);
        } else {
            self.write_padding(width);
            self.buf.extend_from_slice(b);
        }
    }

    /// `pad` without the `0` flag: numbers get their zeros from the
    /// precision instead, after the sign.
    fn pad_no_zero(&mut self, b: &[u8]) {
        let zero = self.flags.zero;
        self.flags.zero = false;
        self.pad(b);
        self.flags.zero = zero;
    }

    /// Go's `fmt.fmtFloat`: `v` formatted by `strconv` with `verb` and the
    /// precision (the verb's default `prec` unless one is given), then
    /// signed, `#`-adjusted and padded under the flags.
    pub fn fmt_float(&mut self, v: f64, bits: u32, verb: u8, prec: i64) {
        let prec = if self.flags.prec_present {
            self.prec
        } else {
            prec
        };
        let s = format_float(v, verb, prec as i32, bits);
        // A sign always leads, so that flags can replace or drop it.
        let mut num: Vec<u8> = if s.starts_with(['-', '+']) {
            s.into_bytes()
        } else {
            let mut n = vec![b'+'];
            n.extend_from_slice(s.as_bytes());
            n
        };
        if self.flags.space && num[0] == b'+' && !self.flags.plus {
            num[0] = b' ';
        }
        // Infinities and NaN are not padded with zeros, and NaN has no sign
        // unless asked for.
        if num[1] == b'I' || num[1] == b'N' {
            let zero = self.flags.zero;
            self.flags.zero = false;
            if num[1] == b'N' && !self.flags.space && !self.flags.plus {
                num.remove(0);
            }
            self.pad(&num);
            self.flags.zero = zero;
            return;
        }
        if self.flags.sharp && verb != b'b' {
            self.sharp_float(&mut num, verb, prec);
        }
        if self.flags.plus || num[0] != b'+' {
            // Zero padding goes between the sign and the digits.
            if self.flags.zero
                && !self.flags.minus
                && self.flags.wid_present
                && self.wid > num.len() as i64
            {
                self.buf.push(num[0]);
                self.write_padding(self.wid - num.len() as i64);
                self.buf.extend_from_slice(&num[1..]);
                return;
            }
            self.pad(&num);
            return;
        }
        self.pad(&num[1..]);
    }

    /// The `#` flag on a float: always a decimal point, and for `%g` the
    /// trailing zeros up to the precision.
    fn sharp_float(&self, num: &mut Vec<u8>, verb: u8, prec: i64) {
        let mut digits = match verb {
            b'v' | b'g' | b'G' | b'x' => {
                if prec == -1 {
                    6
                } else {
                    prec
                }
            }
            _ => 0,
        };
        let mut tail = Vec::new();
        let mut has_point = false;
        let mut saw_nonzero = false;
        let mut i = 1;
        while i < num.len() {
            match num[i] {
                b'.' => has_point = true,
                b'p' | b'P' => {
                    tail = num.split_off(i);
                    break;
                }
                b'e' | b'E' if verb != b'x' && verb != b'X' => {
                    tail = num.split_off(i);
                    break;
                }
                c => {
                    if c != b'0' {
                        saw_nonzero = true;
                    }
                    if saw_nonzero {
                        digits -= 1;
                    }
                }
            }
            i += 1;
        }
        if !has_point {
            // A leading digit 0 counts once.
            if num.len() == 2 && num[1] == b'0' {
                digits -= 1;
            }
            num.push(b'.');
        }
        while digits > 0 {
            num.push(b'0');
            digits -= 1;
        }
        num.extend_from_slice(&tail);
    }

    pub fn fmt_boolean(&mut self, v: bool) {
        self.pad(if v { b"true" } else { b"false" });
    }

    /// `%U`: `U+0041`, at least four hex digits (more with a precision);
    /// `%#U` adds the quoted character when it is printable.
    pub fn fmt_unicode(&mut self, u: u64) {
        let mut s = b"U+".to_vec();
        let hex = format!("{u:X}");
        let prec = if self.flags.prec_present && self.prec > 4 {
            self.prec as usize
        } else {
            4
        };
        s.resize(s.len() + prec.saturating_sub(hex.len()), b'0');
        s.extend_from_slice(hex.as_bytes());
        if self.flags.sharp && u <= 0x10FFFF && is_print(u as u32) {
            s.extend_from_slice(b" '");
            push_rune(&mut s, u as u32);
            s.push(b'\'');
        }
        self.pad_no_zero(&s);
    }

    /// An integer in `base` (2, 8, 10 or 16): sign or `+`/space, the
    /// `#` prefix (`0b`, `0`, `0x`), `%O`'s `0o`, digits zero-extended to
    /// the precision (or, with `0` and a width but no precision, to the
    /// width), then padding to the width.
    pub fn fmt_integer(&mut self, u: u64, base: u64, signed: bool, verb: char, digits: &[u8; 17]) {
        let negative = signed && (u as i64) < 0;
        let mut u = if negative { u.wrapping_neg() } else { u };
        let f = self.flags;
        let mut prec = 0;
        if f.prec_present {
            prec = self.prec;
            // Precision 0 prints nothing for the value 0, only padding.
            if prec == 0 && u == 0 {
                let zero = self.flags.zero;
                self.flags.zero = false;
                self.write_padding(self.wid);
                self.flags.zero = zero;
                return;
            }
        } else if f.zero && !f.minus && f.wid_present {
            prec = self.wid;
            if negative || f.plus || f.space {
                prec -= 1; // room for the sign
            }
        }
        // Built backwards, least significant digit first.
        let mut r = Vec::with_capacity(24);
        loop {
            r.push(digits[(u % base) as usize]);
            u /= base;
            if u == 0 {
                break;
            }
        }
        while (r.len() as i64) < prec {
            r.push(b'0');
        }
        if f.sharp {
            match base {
                2 => r.extend_from_slice(b"b0"),
                8 if r.last() != Some(&b'0') => r.push(b'0'),
                16 => r.extend_from_slice(&[digits[16], b'0']),
                _ => {}
            }
        }
        if verb == 'O' {
            r.extend_from_slice(b"o0");
        }
        if negative {
            r.push(b'-');
        } else if f.plus {
            r.push(b'+');
        } else if f.space {
            r.push(b' ');
        }
        r.reverse();
        self.pad_no_zero(&r);
    }

    /// `b` cut to the precision, counted in runes.
    fn truncate<'a>(&self, b: &'a [u8]) -> &'a [u8] {
        if self.flags.prec_present {
            let mut n = self.prec;
            let mut i = 0;
            while i < b.len() {
                n -= 1;
                if n < 0 {
                    return &b[..i];
                }
                i += if b[i] < 0x80 {
                    1
                } else {
                    decode_rune(&b[i..]).1
                };
            }
        }
        b
    }

    /// `%s` of a string or byte slice.
    pub fn fmt_s(&mut self, s: &[u8]) {
        let s = self.truncate(s);
        self.pad(s);
    }

    /// `%x`/`%X` of a string or byte slice: two digits per byte of the
    /// first `precision` bytes; `% x` separates bytes, `%#x` prefixes `0x`
    /// (once, or before every byte with a space).
    pub fn fmt_sbx(&mut self, b: &[u8], digits: &[u8; 17]) {
        let f = self.flags;
        let mut length = b.len() as i64;
        if f.prec_present && self.prec < length {
            length = self.prec;
        }
        let mut width = 2 * length;
        if width > 0 {
            if f.space {
                if f.sharp {
                    width *= 2;
                }
                width += length - 1;
            } else if f.sharp {
                width += 2;
            }
        } else {
            // Nothing to encode: only the padding.
            if f.wid_present {
                self.write_padding(self.wid);
            }
            return;
        }
        if f.wid_present && self.wid > width && !f.minus {
            self.write_padding(self.wid - width);
        }
        if f.sharp {
            self.buf.extend_from_slice(&[b'0', digits[16]]);
        }
        for (i, &c) in b[..length as usize].iter().enumerate() {
            if f.space && i > 0 {
                self.buf.push(b' ');
                if f.sharp {
                    self.buf.extend_from_slice(&[b'0', digits[16]]);
                }
            }
            self.buf
                .extend_from_slice(&[digits[usize::from(c >> 4)], digits[usize::from(c & 0xF)]]);
        }
        if f.wid_present && self.wid > width && f.minus {
            self.write_padding(self.wid - width);
        }
    }

    /// `%q` of a string: a raw literal with `#` when possible, else a
    /// double-quoted one (escaping all non-ASCII with `+`).
    pub fn fmt_q(&mut self, s: &[u8]) {
        let s = self.truncate(s);
        let mut q = Vec::with_capacity(s.len() + 2);
        if self.flags.sharp && can_backquote(s) {
            q.push(b'`');
            q.extend_from_slice(s);
            q.push(b'`');
        } else {
            quote(&mut q, s, Keep::ascii_if(self.flags.plus));
        }
        self.pad(&q);
    }

    /// `%c`: the character, U+FFFD for values that are not runes.
    pub fn fmt_c(&mut self, c: u64) {
        let mut b = Vec::with_capacity(4);
        push_rune(&mut b, u32::try_from(c).unwrap_or(0xFFFD));
        self.pad(&b);
    }

    /// `%q` of an integer: a single-quoted rune literal.
    pub fn fmt_qc(&mut self, c: u64) {
        let mut b = Vec::with_capacity(8);
        quote_rune(
            &mut b,
            u32::try_from(c).unwrap_or(0xFFFD),
            Keep::ascii_if(self.flags.plus),
        );
        self.pad(&b);
    }
}

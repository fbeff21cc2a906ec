//! Go's `unicode` and `unicode/utf8` packages: rune classes by Unicode
//! general category (15.0.0, the version Go 1.23 uses) and UTF-8 decoding
//! with Go's treatment of invalid bytes.

use unicode_general_category::{GeneralCategory as G, get_general_category};

use super::super::fmt::quote::is_print;
use super::super::strings::decode_rune;
use super::super::{Engine, Runtime, Status, mem, panic, stack::HEADER};
use super::strings::{is_space, simple_case};
use crate::bytecode::{UnicodeFn, Utf8Fn};

/// The general category of `r`, or `None` for a value that is no rune.
fn category(r: u32) -> Option<G> {
    char::from_u32(r).map(get_general_category)
}

fn is_letter(c: G) -> bool {
    matches!(
        c,
        G::UppercaseLetter
            | G::LowercaseLetter
            | G::TitlecaseLetter
            | G::ModifierLetter
            | G::OtherLetter
    )
}

fn is_mark(c: G) -> bool {
    matches!(c, G::NonspacingMark | G::SpacingMark | G::EnclosingMark)
}

fn is_number(c: G) -> bool {
    matches!(c, G::DecimalNumber | G::LetterNumber | G::OtherNumber)
}

fn is_punct(c: G) -> bool {
    matches!(
        c,
        G::ConnectorPunctuation
            | G::DashPunctuation
            | G::OpenPunctuation
            | G::ClosePunctuation
            | G::InitialPunctuation
            | G::FinalPunctuation
            | G::OtherPunctuation
    )
}

fn is_symbol(c: G) -> bool {
    matches!(
        c,
        G::MathSymbol | G::CurrencySymbol | G::ModifierSymbol | G::OtherSymbol
    )
}

/// Go's `unicode.ToTitle`: the upper case, except for the digraphs that
/// have a title case of their own (DŽ Dž dž → Dž, LJ… , NJ…, DZ…).
fn to_title(r: u32) -> u32 {
    match r {
        0x1C4..=0x1C6 => 0x1C5,
        0x1C7..=0x1C9 => 0x1C8,
        0x1CA..=0x1CC => 0x1CB,
        0x1F1..=0x1F3 => 0x1F2,
        _ => simple_case(r, true),
    }
}

/// Runs `unicode` function `f` in the frame at `base`.
pub fn call_unicode(rt: &mut Runtime, f: UnicodeFn, base: usize) -> Status {
    use UnicodeFn::*;
    let s = &mut rt.g.stack.slots[base + HEADER..];
    let r = s[1] as i32;
    let cat = u32::try_from(r).ok().and_then(category);
    let class = |pred: fn(G) -> bool| cat.is_some_and(pred);
    let v: u64 = match f {
        IsControl => u64::from(matches!(r, 0..=0x1F | 0x7F..=0x9F)),
        IsDigit => u64::from(cat == Some(G::DecimalNumber)),
        IsGraphic => u64::from(class(|c| {
            is_letter(c)
                || is_mark(c)
                || is_number(c)
                || is_punct(c)
                || is_symbol(c)
                || c == G::SpaceSeparator
        })),
        IsLetter => u64::from(class(is_letter)),
        IsLower => u64::from(cat == Some(G::LowercaseLetter)),
        IsMark => u64::from(class(is_mark)),
        IsNumber => u64::from(class(is_number)),
        IsPrint => u64::from(r >= 0 && is_print(r as u32)),
        IsPunct => u64::from(class(is_punct)),
        IsSpace => u64::from(r >= 0 && is_space(r as u32)),
        IsSymbol => u64::from(class(is_symbol)),
        IsTitle => u64::from(cat == Some(G::TitlecaseLetter)),
        IsUpper => u64::from(cat == Some(G::UppercaseLetter)),
        // Values that are no runes map to themselves.
        ToLower | ToTitle | ToUpper if cat.is_none() => r as i64 as u64,
        ToLower => u64::from(simple_case(r as u32, false)),
        ToUpper => u64::from(simple_case(r as u32, true)),
        ToTitle => u64::from(to_title(r as u32)),
    };
    s[0] = v;
    Status::Ok
}

/// Runs `utf8` function `f` in the frame at `base`.
pub fn call_utf8(
    rt: &mut Runtime,
    engine: &dyn Engine,
    f: Utf8Fn,
    base: usize,
    caller: usize,
) -> Status {
    use Utf8Fn::*;
    let s = &rt.g.stack.slots[base + HEADER..];
    let results = match f {
        DecodeLastRuneInString | DecodeRuneInString | DecodeLastRune | DecodeRune => 2,
        _ => 1,
    };
    let p = &s[results..];
    // A string's bytes, or a []byte's (one element per word).
    let bytes = || -> Vec<u8> {
        match f {
            RuneCount | Valid | DecodeRune | DecodeLastRune | FullRune => (0..p[1] as usize)
                .map(|i| mem::load(p[0], i) as u8)
                .collect(),
            _ => mem::bytes(p[0], p[1]).to_vec(),
        }
    };
    let valid_rune = |r: i64| (0..=0x10FFFF).contains(&r) && !(0xD800..=0xDFFF).contains(&r);
    let out: Vec<u64> = match f {
        DecodeRuneInString | DecodeRune => {
            let (r, w) = decode_rune(&bytes());
            vec![u64::from(r), w as u64]
        }
        DecodeLastRuneInString | DecodeLastRune => {
            let b = bytes();
            if b.is_empty() {
                vec![0xFFFD, 0]
            } else {
                let end = b.len();
                let from = (end.saturating_sub(4)..end)
                    .find(|&i| decode_rune(&b[i..end]).1 == end - i)
                    .unwrap_or(end - 1);
                let (r, w) = decode_rune(&b[from..end]);
                vec![u64::from(r), w as u64]
            }
        }
        FullRune | FullRuneInString => vec![u64::from(full_rune(&bytes()))],
        EncodeRune => {
            let (data, len, r) = (p[0], p[1] as usize, p[3] as i32 as i64);
            let ch = u32::try_from(r)
                .ok()
                .filter(|_| valid_rune(r))
                .and_then(char::from_u32)
                .unwrap_or('\u{FFFD}');
            let mut buf = [0u8; 4];
            let enc = ch.encode_utf8(&mut buf).as_bytes();
            if enc.len() > len {
                // Go's EncodeRune touches the last byte it needs first.
                let msg = format!("index out of range [{}] with length {len}", enc.len() - 1);
                return panic::panic_runtime_error(rt, engine, caller, &msg);
            }
            mem::store_bytes(data, enc);
            vec![enc.len() as u64]
        }
        RuneCount | RuneCountInString => {
            let b = bytes();
            let (mut i, mut n) = (0, 0u64);
            while i < b.len() {
                i += decode_rune(&b[i..]).1;
                n += 1;
            }
            vec![n]
        }
        RuneLen => {
            let r = p[0] as i32 as i64;
            let n: i64 = match r {
                _ if !valid_rune(r) => -1,
                0..=0x7F => 1,
                0x80..=0x7FF => 2,
                0x800..=0xFFFF => 3,
                _ => 4,
            };
            vec![n as u64]
        }
        Valid | ValidString => vec![u64::from(std::str::from_utf8(&bytes()).is_ok())],
        ValidRune => vec![u64::from(valid_rune(p[0] as i32 as i64))],
    };
    rt.g.stack.slots[base + HEADER..base + HEADER + out.len()].copy_from_slice(&out);
    Status::Ok
}

/// Go's `utf8.FullRune`: `b` begins with a whole encoding, or with bytes
/// that cannot start one (an invalid encoding decodes as one error rune).
fn full_rune(b: &[u8]) -> bool {
    let Some(&first) = b.first() else {
        return false;
    };
    let (need, lo, hi) = match first {
        0xC2..=0xDF => (2, 0x80, 0xBF),
        0xE0 => (3, 0xA0, 0xBF),
        0xED => (3, 0x80, 0x9F),
        0xE1..=0xEF => (3, 0x80, 0xBF),
        0xF0 => (4, 0x90, 0xBF),
        0xF4 => (4, 0x80, 0x8F),
        0xF1..=0xF3 => (4, 0x80, 0xBF),
        _ => return true,
    };
    if b.len() >= need {
        return true;
    }
    // Short: whole only if a byte present already makes it invalid.
    b.get(1).is_some_and(|&c| c < lo || c > hi)
        || b.get(2).is_some_and(|&c| !(0x80..=0xBF).contains(&c))
}

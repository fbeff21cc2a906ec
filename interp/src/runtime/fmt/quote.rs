//! Go's `strconv` quoting, which `fmt` shares: `Quote`, `QuoteToASCII`,
//! `QuoteToGraphic`, their rune forms, `CanBackquote`, `IsPrint` and
//! `IsGraphic`, with Go's exact choice of escapes (`%q` output must match
//! byte for byte).

use crate::runtime::strings::decode_rune;

const LOWER_HEX: &[u8; 16] = b"0123456789abcdef";
const RUNE_ERROR: u32 = 0xFFFD;
const MAX_RUNE: u32 = 0x10FFFF;

/// Which runes a quoting keeps as they are; every other rune is escaped.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum Keep {
    /// `IsPrint` runes (`Quote`).
    Printable,
    /// Printable ASCII only (`QuoteToASCII`, `%+q`).
    Ascii,
    /// `IsGraphic` runes (`QuoteToGraphic`).
    Graphic,
}

impl Keep {
    /// `Ascii` when `ascii_only` (fmt's `+` flag), else `Printable`.
    pub(crate) fn ascii_if(ascii_only: bool) -> Keep {
        if ascii_only {
            Keep::Ascii
        } else {
            Keep::Printable
        }
    }
}

/// Go's `utf8.ValidRune`: a Unicode scalar value (no surrogates).
pub(crate) fn valid_rune(r: u32) -> bool {
    r <= MAX_RUNE && !(0xD800..=0xDFFF).contains(&r)
}

/// Go's `utf8.AppendRune`: the UTF-8 of `r`, or of U+FFFD when `r` is not
/// a valid rune.
pub(crate) fn push_rune(buf: &mut Vec<u8>, r: u32) {
    let c = char::from_u32(r).unwrap_or(char::REPLACEMENT_CHARACTER);
    buf.extend_from_slice(c.encode_utf8(&mut [0; 4]).as_bytes());
}

/// Go's `strconv.IsPrint`: letters, marks, numbers, punctuation, symbols
/// (Unicode categories L, M, N, P, S) and the ASCII space. The category
/// data is Unicode 15.0.0, the version Go 1.23 uses.
pub(crate) fn is_print(r: u32) -> bool {
    use unicode_general_category::{GeneralCategory as G, get_general_category};
    let Some(c) = char::from_u32(r) else {
        return false;
    };
    if c == ' ' {
        return true;
    }
    matches!(
        get_general_category(c),
        G::UppercaseLetter
            | G::LowercaseLetter
            | G::TitlecaseLetter
            | G::ModifierLetter
            | G::OtherLetter
            | G::NonspacingMark
            | G::SpacingMark
            | G::EnclosingMark
            | G::DecimalNumber
            | G::LetterNumber
            | G::OtherNumber
            | G::ConnectorPunctuation
            | G::DashPunctuation
            | G::OpenPunctuation
            | G::ClosePunctuation
            | G::InitialPunctuation
            | G::FinalPunctuation
            | G::OtherPunctuation
            | G::MathSymbol
            | G::CurrencySymbol
            | G::ModifierSymbol
            | G::OtherSymbol
    )
}

/// Go's `strconv.IsGraphic`: `IsPrint` plus the Unicode space separators
/// (category Zs, such as U+00A0 and U+3000).
pub(crate) fn is_graphic(r: u32) -> bool {
    use unicode_general_category::{GeneralCategory as G, get_general_category};
    is_print(r) || char::from_u32(r).is_some_and(|c| get_general_category(c) == G::SpaceSeparator)
}

/// Go's `strconv.CanBackquote`: whether `s` can be written as a raw string
/// literal (valid UTF-8, no control characters but tab, no backquote, no
/// byte order mark).
pub(crate) fn can_backquote(mut s: &[u8]) -> bool {
    while !s.is_empty() {
        let (r, width) = decode_rune(s);
        s = &s[width..];
        if width > 1 {
            if r == 0xFEFF {
                return false;
            }
            continue;
        }
        if r == RUNE_ERROR
            || (r < u32::from(b' ') && r != u32::from(b'\t'))
            || r == 0x60
            || r == 0x7F
        {
            return false;
        }
    }
    true
}

/// Appends `s` as a double-quoted Go string literal (`strconv.Quote`, or
/// `QuoteToASCII` or `QuoteToGraphic` by `keep`). Bytes that are not valid
/// UTF-8 become `\xNN`.
pub(crate) fn quote(buf: &mut Vec<u8>, mut s: &[u8], keep: Keep) {
    buf.push(b'"');
    while let Some(&b0) = s.first() {
        let (r, width) = if b0 < 0x80 {
            (u32::from(b0), 1)
        } else {
            decode_rune(s)
        };
        if width == 1 && r == RUNE_ERROR {
            buf.extend_from_slice(b"\\x");
            buf.push(LOWER_HEX[usize::from(b0 >> 4)]);
            buf.push(LOWER_HEX[usize::from(b0 & 0xF)]);
        } else {
            escaped_rune(buf, r, b'"', keep);
        }
        s = &s[width..];
    }
    buf.push(b'"');
}

/// Appends `r` as a single-quoted Go rune literal (`strconv.QuoteRune`, or
/// `QuoteRuneToASCII` or `QuoteRuneToGraphic` by `keep`); invalid runes
/// quote as U+FFFD.
pub(crate) fn quote_rune(buf: &mut Vec<u8>, r: u32, keep: Keep) {
    let r = if valid_rune(r) { r } else { RUNE_ERROR };
    buf.push(b'\'');
    escaped_rune(buf, r, b'\'', keep);
    buf.push(b'\'');
}

/// Appends rune `r` as it appears inside a literal delimited by `quote`:
/// itself when `keep` keeps it, else the shortest of Go's escapes.
fn escaped_rune(buf: &mut Vec<u8>, r: u32, quote: u8, keep: Keep) {
    if r == u32::from(quote) || r == u32::from(b'\\') {
        buf.push(b'\\');
        buf.push(r as u8);
        return;
    }
    let kept = match keep {
        Keep::Printable => is_print(r),
        Keep::Ascii => r < 0x80 && is_print(r),
        Keep::Graphic => is_graphic(r),
    };
    if kept {
        push_rune(buf, r);
        return;
    }
    let simple: &[u8] = match r {
        0x07 => b"\\a",
        0x08 => b"\\b",
        0x0C => b"\\f",
        0x0A => b"\\n",
        0x0D => b"\\r",
        0x09 => b"\\t",
        0x0B => b"\\v",
        _ => b"",
    };
    if !simple.is_empty() {
        buf.extend_from_slice(simple);
        return;
    }
    let (prefix, digits, r): (&[u8], u32, u32) = if r < u32::from(b' ') || r == 0x7F {
        (b"\\x", 2, r)
    } else {
        let r = if valid_rune(r) { r } else { RUNE_ERROR };
        if r < 0x10000 {
            (b"\\u", 4, r)
        } else {
            (b"\\U", 8, r)
        }
    };
    buf.extend_from_slice(prefix);
    for k in (0..digits).rev() {
        buf.push(LOWER_HEX[((r >> (4 * k)) & 0xF) as usize]);
    }
}

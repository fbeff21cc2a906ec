//! The harness cuts standard error exactly as `go-golden.sh` does.

use conform::strip_stderr;

#[test]
fn stderr_is_cut_at_the_goroutine_header() {
    let raw = b"panic: boom\n\ngoroutine 1 [running]:\nmain.main()\n\t/x.go:3 +0x1\n";
    assert_eq!(strip_stderr(raw), b"panic: boom\n");
}

#[test]
fn signal_lines_and_trailing_blank_lines_are_dropped() {
    let raw = b"panic: runtime error: x\n[signal SIGSEGV: segmentation violation]\n\n\ngoroutine 7 [chan receive]:\n";
    assert_eq!(strip_stderr(raw), b"panic: runtime error: x\n");
}

#[test]
fn text_without_a_trace_is_kept_whole() {
    assert_eq!(strip_stderr(b"a\nb\n"), b"a\nb\n");
    assert_eq!(strip_stderr(b""), b"");
    // "goroutine" alone, or not followed by a number and " [", is not a header.
    assert_eq!(
        strip_stderr(b"goroutine x [\ngoroutine 1\n"),
        b"goroutine x [\ngoroutine 1\n"
    );
}

//! Renders compile diagnostics as miette reports: Go's `file:line:col:
//! message` line, then the source snippet. On a terminal that is a normal
//! miette report (`× file:line:col: message`, coloured). Otherwise it is
//! plain (no colours, no wrapping) and each report starts with exactly the
//! line(s) `go build` prints, unprefixed, so scripts and the compile-error
//! goldens (`tests/errors/`, `conform::errors`) can grep them; the snippet
//! follows, and none of its lines starts with a tab or a file name.

use std::io::IsTerminal;

use interp::diag::Diagnostic;
use miette::{
    GraphicalReportHandler, GraphicalTheme, LabeledSpan, MietteDiagnostic, NamedSource, Report,
};

/// Prints every diagnostic of `src` (read from `path`) to standard error.
pub fn diagnostics(path: &str, src: &str, diags: &[Diagnostic]) {
    let name = if path.starts_with('/') || path.starts_with('.') {
        path.to_string()
    } else {
        format!("./{path}")
    };
    render(&name, src, diags);
}

/// Prints every diagnostic of `src`, naming the source `name` as it is
/// (the REPL names its inputs `input`).
pub fn render(name: &str, src: &str, diags: &[Diagnostic]) {
    let tty = std::io::stderr().is_terminal();
    let handler = if tty {
        GraphicalReportHandler::new()
    } else {
        GraphicalReportHandler::new_themed(GraphicalTheme::unicode_nocolor()).with_width(usize::MAX)
    };
    for d in diags {
        let start = (d.span.start as usize).min(src.len());
        let end = (d.span.end as usize).clamp(start, src.len());
        let at = interp::diag::go_position(name, src, start);
        let message = d.render_message(name, src);
        let headline = message.lines().next().unwrap_or("");
        let md = MietteDiagnostic::new(format!("{at}: {message}"))
            .with_label(LabeledSpan::at(start..end, headline.to_string()));
        let report = Report::new(md).with_source_code(NamedSource::new(name, src.to_string()));
        let mut rendered = String::new();
        let ok = handler
            .render_report(&mut rendered, report.as_ref())
            .is_ok();
        if tty && ok {
            eprint!("{rendered}");
            continue;
        }
        // Go's line(s), then miette's snippet without its `×` header.
        let mut out = format!("{at}: {message}\n");
        if ok && let Some(at) = rendered.find("╭─[") {
            let line_start = rendered[..at].rfind('\n').map_or(0, |i| i + 1);
            out.push_str(&rendered[line_start..]);
        }
        eprint!("{out}");
    }
}

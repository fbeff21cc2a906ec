//! Package `time`: sleeping, timers and tickers on the scheduler's timers,
//! the clock, and `Duration` arithmetic and printing as Go's.
//!
//! A `time.Time` is two words: wall-clock nanoseconds since the Unix epoch
//! and monotonic nanoseconds (differences use the latter, as Go's do). A
//! `*time.Timer` or `*time.Ticker` points at its channel and the id of its
//! runtime timer.

use std::sync::OnceLock;
use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use crate::bytecode::TimeFn;
use crate::program::layouts;
use crate::runtime::sched::{TimerAction, WaitReason};
use crate::runtime::stack::HEADER;
use crate::runtime::{Engine, Runtime, Status, chan, mem, panic};

/// The current time as a `time.Time` value.
pub fn now_value() -> [u64; 2] {
    static START: OnceLock<Instant> = OnceLock::new();
    let start = *START.get_or_init(Instant::now);
    let wall = SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_nanos() as i64);
    // Monotonic readings start well above zero, as Go's do.
    let mono = start.elapsed().as_nanos() as i64 + 1_000_000_000;
    [wall as u64, mono as u64]
}

/// A duration for the runtime's timers (negative ones are zero).
fn std_duration(d: i64) -> Duration {
    Duration::from_nanos(d.max(0) as u64)
}

/// Calls `time` function or method `f` with its frame at `base`.
pub fn call(
    rt: &mut Runtime,
    engine: &dyn Engine,
    f: TimeFn,
    base: usize,
    caller: usize,
) -> Status {
    use TimeFn::*;
    // Result words: the parameters follow them.
    let results = match f {
        Sleep | TickerStop | TickerReset => 0,
        Now | TimeAdd | DurationString => 2,
        _ => 1,
    };
    let arg = |rt: &Runtime, i: usize| rt.g.stack.slots[base + HEADER + results + i];
    let out: Vec<u64> = match f {
        Sleep => {
            let d = arg(rt, 0) as i64;
            if d > 0 {
                let me = rt.g.id;
                rt.sched
                    .add_timer(std_duration(d), None, TimerAction::Wake(me));
                let wait = rt.sched.new_wait();
                if let Err(st) = rt.gopark(caller, WaitReason::Sleep, wait) {
                    return st;
                }
            }
            vec![]
        }
        Now => now_value().to_vec(),
        Since => vec![now_value()[1].wrapping_sub(arg(rt, 1))],
        Until => vec![arg(rt, 1).wrapping_sub(now_value()[1])],
        After | Tick | NewTimer | NewTicker => {
            let d = arg(rt, 0) as i64;
            let periodic = matches!(f, Tick | NewTicker);
            if periodic && d <= 0 {
                if f == Tick {
                    // Go's Tick returns nil for a non-positive interval.
                    rt.g.stack.slots[base + HEADER] = 0;
                    return Status::Ok;
                }
                return panic::gopanic_string(
                    rt,
                    engine,
                    caller,
                    "non-positive interval for NewTicker",
                );
            }
            let ch = chan::makechan(rt, 2, layouts::NOSCAN, 1).expect("a one-element buffer");
            let period = periodic.then(|| std_duration(d));
            let id = rt
                .sched
                .add_timer(std_duration(d), period, TimerAction::SendTime(ch));
            if matches!(f, After | Tick) {
                vec![ch]
            } else {
                let cell = rt.heap.alloc(2, layouts::STRING);
                mem::store(cell, 0, ch);
                mem::store(cell, 1, id);
                vec![cell]
            }
        }
        AfterFunc => {
            let (d, func) = (arg(rt, 0) as i64, arg(rt, 1));
            let id = rt
                .sched
                .add_timer(std_duration(d), None, TimerAction::Go(func));
            let cell = rt.heap.alloc(2, layouts::STRING);
            mem::store(cell, 1, id);
            vec![cell]
        }
        TimerStop | TickerStop => {
            let id = mem::load(arg(rt, 0), 1);
            let was = rt.sched.stop_timer(id);
            if f == TimerStop {
                vec![was as u64]
            } else {
                vec![]
            }
        }
        TimerReset | TickerReset => {
            let (id, d) = (mem::load(arg(rt, 0), 1), arg(rt, 1) as i64);
            if f == TickerReset && d <= 0 {
                return panic::gopanic_string(
                    rt,
                    engine,
                    caller,
                    "non-positive interval for Ticker.Reset",
                );
            }
            let period = (f == TickerReset).then(|| std_duration(d));
            let was = rt.sched.reset_timer(id, std_duration(d), period);
            if f == TimerReset {
                vec![was as u64]
            } else {
                vec![]
            }
        }
        DurationString => {
            let s = duration_string(arg(rt, 0) as i64);
            let (p, n) = rt.heap.alloc_string(s.as_bytes());
            vec![p, n]
        }
        DurationHours | DurationMinutes | DurationSeconds => {
            let d = arg(rt, 0) as i64;
            let unit = match f {
                DurationHours => 3_600_000_000_000,
                DurationMinutes => 60_000_000_000,
                _ => 1_000_000_000,
            };
            let v = (d / unit) as f64 + (d % unit) as f64 / unit as f64;
            vec![v.to_bits()]
        }
        DurationMilliseconds => vec![(arg(rt, 0) as i64 / 1_000_000) as u64],
        DurationMicroseconds => vec![(arg(rt, 0) as i64 / 1_000) as u64],
        DurationNanoseconds => vec![arg(rt, 0)],
        DurationRound => vec![round(arg(rt, 0) as i64, arg(rt, 1) as i64) as u64],
        DurationTruncate => {
            let (d, m) = (arg(rt, 0) as i64, arg(rt, 1) as i64);
            vec![if m <= 0 { d } else { d - d % m } as u64]
        }
        DurationAbs => {
            let d = arg(rt, 0) as i64;
            vec![if d >= 0 {
                d
            } else if d == i64::MIN {
                i64::MAX
            } else {
                -d
            } as u64]
        }
        TimeSub => vec![arg(rt, 1).wrapping_sub(arg(rt, 3))],
        TimeAdd => {
            let d = arg(rt, 2);
            vec![arg(rt, 0).wrapping_add(d), arg(rt, 1).wrapping_add(d)]
        }
        TimeUnix => vec![(arg(rt, 0) as i64).div_euclid(1_000_000_000) as u64],
        TimeUnixNano => vec![arg(rt, 0)],
        TimeUnixMilli => vec![(arg(rt, 0) as i64).div_euclid(1_000_000) as u64],
        TimeBefore => vec![((arg(rt, 1) as i64) < arg(rt, 3) as i64) as u64],
        TimeAfter => vec![((arg(rt, 1) as i64) > arg(rt, 3) as i64) as u64],
    };
    rt.g.stack.slots[base + HEADER..base + HEADER + out.len()].copy_from_slice(&out);
    Status::Ok
}

/// Go's `Duration.Round`.
fn round(d: i64, m: i64) -> i64 {
    if m <= 0 {
        return d;
    }
    let less_than_half = |x: i64, y: i64| (x as u64).wrapping_add(x as u64) < y as u64;
    let mut r = d % m;
    if d < 0 {
        r = -r;
        if less_than_half(r, m) {
            return d + r;
        }
        return match (d - m).checked_add(r) {
            Some(d1) if d1 < d => d1,
            _ => i64::MIN,
        };
    }
    if less_than_half(r, m) {
        return d - r;
    }
    match (d + r.wrapping_neg()).checked_add(m) {
        Some(d1) if d1 > d => d1,
        _ => i64::MAX,
    }
}

/// Go's `Duration.String`: `1h2m3.5s`, `1.5ms`, `250µs`, `3ns`, `0s`.
pub fn duration_string(d: i64) -> String {
    let mut u = d.unsigned_abs();
    // Built backwards, as Go's `format` fills its buffer from the end.
    let mut out: Vec<char> = vec!['s'];
    if u < 1_000_000_000 {
        let prec = match u {
            0 => return "0s".into(),
            _ if u < 1_000 => {
                out.push('n');
                0
            }
            _ if u < 1_000_000 => {
                out.push('µ');
                3
            }
            _ => {
                out.push('m');
                6
            }
        };
        u = frac(&mut out, u, prec);
        int(&mut out, u);
    } else {
        u = frac(&mut out, u, 9);
        int(&mut out, u % 60);
        u /= 60;
        if u > 0 {
            out.push('m');
            int(&mut out, u % 60);
            u /= 60;
            if u > 0 {
                out.push('h');
                int(&mut out, u);
            }
        }
    }
    if d < 0 {
        out.push('-');
    }
    out.iter().rev().collect()
}

/// Go's `fmtFrac`: the fraction of `v/10^prec` without trailing zeros
/// (pushed backwards); returns the integer part.
fn frac(out: &mut Vec<char>, mut v: u64, prec: u32) -> u64 {
    let mut print = false;
    for _ in 0..prec {
        let digit = v % 10;
        print = print || digit != 0;
        if print {
            out.push(char::from(b'0' + digit as u8));
        }
        v /= 10;
    }
    if print {
        out.push('.');
    }
    v
}

/// Go's `fmtInt`, pushed backwards.
fn int(out: &mut Vec<char>, mut v: u64) {
    if v == 0 {
        out.push('0');
        return;
    }
    while v > 0 {
        out.push(char::from(b'0' + (v % 10) as u8));
        v /= 10;
    }
}

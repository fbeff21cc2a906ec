//! Channels and `select`, after Go's `chan.go` and `select.go`.
//!
//! A channel value is one word: 0 for nil, else the address of a heap
//! cell holding its index in [`Sched::chans`] (so channels print and
//! compare as the pointers they are in Go). A channel keeps its buffered elements as flat words
//! and two queues of parked goroutines: senders (with the value they
//! send) and receivers. A goroutine blocked in `select` sits in the queues
//! of all its cases under one wait number; whoever takes it first readies
//! it, and the entries left behind are stale ([`Sched::is_parked`]): they
//! are skipped when reached and swept as queues grow, so waking costs the
//! same however many goroutines wait on the other channels.

use std::collections::VecDeque;

use super::sched::{Sched, WaitReason, Wake};
use super::{Engine, Runtime, Status, panic};
use crate::bytecode::SELECT_SEND;
use crate::program::layouts;

/// A channel (Go's `hchan`).
#[derive(Debug, Default)]
pub struct Chan {
    /// Words per element.
    elem: usize,
    /// The layout of an element.
    layout: u32,
    cap: usize,
    /// Elements buffered (`len(ch)`).
    count: usize,
    buf: VecDeque<u64>,
    closed: bool,
    recvq: VecDeque<Waiter>,
    sendq: VecDeque<Waiter>,
}

impl Chan {
    /// About the words the channel takes outside the heap (its buffer
    /// full), for pacing the collector.
    pub fn words(&self) -> usize {
        std::mem::size_of::<Chan>() / 8 + self.cap * self.elem
    }

    /// Marks the values buffered in the channel or waiting to be sent.
    pub fn roots(&self, m: &mut super::mgc::Marker) {
        m.values(self.buf.as_slices().0, self.layout);
        m.values(self.buf.as_slices().1, self.layout);
        for w in self.recvq.iter().chain(&self.sendq) {
            m.values(&w.value, self.layout);
        }
    }
}

/// A goroutine parked on a channel (Go's `sudog`).
#[derive(Debug)]
struct Waiter {
    g: u64,
    wait: u64,
    /// The select case it waits in (0 outside select).
    case: usize,
    /// The value a sender sends.
    value: Vec<u64>,
}

/// What a non-blocking attempt at a channel operation found.
enum Try {
    /// Done: a received value and its `ok`.
    Done(Vec<u64>, bool),
    /// It would block.
    Block,
    /// A send on a closed channel.
    Closed,
}

/// makechan: a new channel of `size` elements of `elem` words and layout
/// `layout`; `None` when the size is negative or too large.
pub fn makechan(rt: &mut Runtime, elem: usize, layout: u32, size: i64) -> Option<u64> {
    if size < 0 || (elem as u64).saturating_mul(size as u64) > 1 << 40 {
        return None;
    }
    let chan = Chan {
        elem,
        layout,
        cap: size as usize,
        ..Chan::default()
    };
    rt.heap.charge(chan.words());
    Some(rt.sched.chans.insert(&mut rt.heap, chan))
}

/// The index in [`Sched::chans`] of the (non-nil) channel `ch`.
fn index(ch: u64) -> usize {
    super::mgc::CellTable::<Chan>::index(ch)
}

/// `len(ch)`.
pub fn len(sched: &Sched, ch: u64) -> u64 {
    if ch == 0 {
        0
    } else {
        sched.chans[index(ch)].count as u64
    }
}

/// `cap(ch)`.
pub fn cap(sched: &Sched, ch: u64) -> u64 {
    if ch == 0 {
        0
    } else {
        sched.chans[index(ch)].cap as u64
    }
}

/// Pops the first live waiter of a queue.
fn first_live(sched: &Sched, q: &mut VecDeque<Waiter>) -> Option<Waiter> {
    while let Some(w) = q.pop_front() {
        if sched.is_parked(w.g, w.wait) {
            return Some(w);
        }
    }
    None
}

/// Queues `w` on a queue of channel `ch` (its senders' when `send`).
/// Stale entries (of selects another case woke) are dropped whenever the
/// queue's length reaches a power of two, so queues stay proportional to
/// their live waiters at amortized constant cost.
fn enqueue(sched: &mut Sched, ch: u64, send: bool, w: Waiter) {
    let mut c = std::mem::take(&mut sched.chans[index(ch)]);
    let q = if send { &mut c.sendq } else { &mut c.recvq };
    let wait = w.wait;
    q.push_back(w);
    if q.len() >= 64 && q.len().is_power_of_two() {
        q.retain(|w| w.wait == wait || sched.is_parked(w.g, w.wait));
    }
    sched.chans[index(ch)] = c;
}

/// A send that does not block: to a waiting receiver, else into the buffer.
fn try_send(sched: &mut Sched, ch: u64, value: &[u64]) -> Try {
    let mut c = std::mem::take(&mut sched.chans[index(ch)]);
    let r = if c.closed {
        Try::Closed
    } else if let Some(w) = first_live(sched, &mut c.recvq) {
        sched.goready(
            w.g,
            Wake {
                case: w.case,
                ok: true,
                value: value.to_vec(),
                layout: c.layout,
            },
        );
        Try::Done(Vec::new(), true)
    } else if c.count < c.cap {
        c.buf.extend(value);
        c.count += 1;
        Try::Done(Vec::new(), true)
    } else {
        Try::Block
    };
    sched.chans[index(ch)] = c;
    r
}

/// A receive that does not block: from the buffer (refilled from a waiting
/// sender), from a waiting sender, or the zero value of a closed channel.
fn try_recv(sched: &mut Sched, ch: u64) -> Try {
    let mut c = std::mem::take(&mut sched.chans[index(ch)]);
    let r = if c.count > 0 {
        let v: Vec<u64> = c.buf.drain(..c.elem).collect();
        c.count -= 1;
        if let Some(w) = first_live(sched, &mut c.sendq) {
            c.buf.extend(&w.value);
            c.count += 1;
            sched.goready(w.g, ok_wake(w.case));
        }
        Try::Done(v, true)
    } else if let Some(w) = first_live(sched, &mut c.sendq) {
        sched.goready(w.g, ok_wake(w.case));
        Try::Done(w.value, true)
    } else if c.closed {
        Try::Done(vec![0; c.elem], false)
    } else {
        Try::Block
    };
    sched.chans[index(ch)] = c;
    r
}

fn ok_wake(case: usize) -> Wake {
    Wake {
        case,
        ok: true,
        value: Vec::new(),
        layout: layouts::NOSCAN,
    }
}

/// Sends without blocking, dropping the value when nobody can take it
/// (the runtime's timers send this way).
pub fn send_nonblocking(sched: &mut Sched, ch: u64, value: &[u64]) {
    let _ = try_send(sched, ch, value);
}

/// chansend: `ch <- value` from the frame at `frame`.
pub fn chansend(
    rt: &mut Runtime,
    engine: &dyn Engine,
    frame: usize,
    ch: u64,
    value: &[u64],
) -> Result<(), Status> {
    if ch == 0 {
        rt.gopark(frame, WaitReason::ChanSendNilChan, 0)?;
        return Ok(());
    }
    match try_send(&mut rt.sched, ch, value) {
        Try::Done(..) => return Ok(()),
        Try::Closed => {
            return Err(send_on_closed(rt, engine, frame));
        }
        Try::Block => {}
    }
    let wait = rt.sched.new_wait();
    let w = Waiter {
        g: rt.g.id,
        wait,
        case: 0,
        value: value.to_vec(),
    };
    enqueue(&mut rt.sched, ch, true, w);
    let wake = rt.gopark(frame, WaitReason::ChanSend, wait)?;
    if !wake.ok {
        return Err(send_on_closed(rt, engine, frame));
    }
    Ok(())
}

/// chanrecv: `<-ch` from the frame at `frame`: the value and whether it
/// was sent (false: the zero value of a closed channel).
pub fn chanrecv(rt: &mut Runtime, frame: usize, ch: u64) -> Result<(Vec<u64>, bool), Status> {
    if ch == 0 {
        rt.gopark(frame, WaitReason::ChanReceiveNilChan, 0)?;
        return Ok((Vec::new(), false));
    }
    if let Try::Done(v, ok) = try_recv(&mut rt.sched, ch) {
        return Ok((v, ok));
    }
    let wait = rt.sched.new_wait();
    let w = Waiter {
        g: rt.g.id,
        wait,
        case: 0,
        value: Vec::new(),
    };
    enqueue(&mut rt.sched, ch, false, w);
    let wake = rt.gopark(frame, WaitReason::ChanReceive, wait)?;
    let elem = rt.sched.chans[index(ch)].elem;
    let value = if wake.ok { wake.value } else { vec![0; elem] };
    Ok((value, wake.ok))
}

/// closechan: `close(ch)` from the frame at `frame`; wakes every waiting
/// receiver (with the zero value) and sender (which then panics).
pub fn closechan(
    rt: &mut Runtime,
    engine: &dyn Engine,
    frame: usize,
    ch: u64,
) -> Result<(), Status> {
    if ch == 0 {
        return Err(panic::gopanic_plain(
            rt,
            engine,
            frame,
            "close of nil channel",
        ));
    }
    let sched = &mut rt.sched;
    let mut c = std::mem::take(&mut sched.chans[index(ch)]);
    if c.closed {
        sched.chans[index(ch)] = c;
        return Err(panic::gopanic_plain(
            rt,
            engine,
            frame,
            "close of closed channel",
        ));
    }
    c.closed = true;
    while let Some(w) = first_live(sched, &mut c.recvq) {
        let value = vec![0; c.elem];
        sched.goready(
            w.g,
            Wake {
                case: w.case,
                ok: false,
                value,
                layout: layouts::NOSCAN,
            },
        );
    }
    while let Some(w) = first_live(sched, &mut c.sendq) {
        sched.goready(
            w.g,
            Wake {
                case: w.case,
                ok: false,
                value: Vec::new(),
                layout: layouts::NOSCAN,
            },
        );
    }
    sched.chans[index(ch)] = c;
    Ok(())
}

/// One case of a `select`: its channel, and the frame slot of the value
/// it sends or receives into.
#[derive(Clone, Copy)]
pub struct Case {
    pub ch: u64,
    pub send: bool,
    pub slot: usize,
}

impl Case {
    /// A case from its two words in a [`crate::bytecode::Instr::Select`] table.
    pub fn from_words(ch: u64, word: u64) -> Case {
        Case {
            ch,
            send: word & SELECT_SEND != 0,
            slot: (word & !SELECT_SEND) as usize,
        }
    }
}

/// selectgo: runs one ready case of `cases` (chosen at random among the
/// ready ones), or with `block` waits until one is ready. Returns the case
/// (`None`: none was ready and the select has a default) and a receive's
/// `ok`; a received value is written to its case's slot of the frame at
/// `frame`.
pub fn selectgo(
    rt: &mut Runtime,
    engine: &dyn Engine,
    frame: usize,
    cases: &[Case],
    block: bool,
) -> Result<(Option<usize>, bool), Status> {
    let n = cases.len();
    // Poll in a random order, as Go's pollorder does.
    let mut order: Vec<usize> = (0..n).collect();
    for i in (1..n).rev() {
        let j = rt.sched.randn(i + 1);
        order.swap(i, j);
    }
    for &i in &order {
        let c = cases[i];
        if c.ch == 0 {
            continue;
        }
        let elem = rt.sched.chans[index(c.ch)].elem;
        let r = if c.send {
            let value = rt.g.stack.slots[frame + c.slot..frame + c.slot + elem].to_vec();
            try_send(&mut rt.sched, c.ch, &value)
        } else {
            try_recv(&mut rt.sched, c.ch)
        };
        match r {
            Try::Block => {}
            Try::Closed => {
                return Err(send_on_closed(rt, engine, frame));
            }
            Try::Done(v, ok) => {
                if !c.send {
                    rt.g.stack.slots[frame + c.slot..frame + c.slot + v.len()].copy_from_slice(&v);
                }
                return Ok((Some(i), ok));
            }
        }
    }
    if !block {
        return Ok((None, false));
    }
    let wait = rt.sched.new_wait();
    let mut any = false;
    for (i, c) in cases.iter().enumerate() {
        if c.ch == 0 {
            continue;
        }
        any = true;
        let elem = rt.sched.chans[index(c.ch)].elem;
        let value = if c.send {
            rt.g.stack.slots[frame + c.slot..frame + c.slot + elem].to_vec()
        } else {
            Vec::new()
        };
        let w = Waiter {
            g: rt.g.id,
            wait,
            case: i,
            value,
        };
        enqueue(&mut rt.sched, c.ch, c.send, w);
    }
    let reason = if any {
        WaitReason::Select
    } else {
        WaitReason::SelectNoCases
    };
    // The entries left in the other cases' queues go stale once this wait
    // ends; `enqueue` and `first_live` drop them.
    let wake = rt.gopark(frame, reason, wait)?;
    let c = cases[wake.case];
    if c.send {
        if !wake.ok {
            return Err(send_on_closed(rt, engine, frame));
        }
        return Ok((Some(wake.case), true));
    }
    let elem = rt.sched.chans[index(c.ch)].elem;
    let value = if wake.ok { wake.value } else { vec![0; elem] };
    rt.g.stack.slots[frame + c.slot..frame + c.slot + value.len()].copy_from_slice(&value);
    Ok((Some(wake.case), wake.ok))
}

/// Go's panic for a send on a closed channel, from the frame at `frame`.
fn send_on_closed(rt: &mut Runtime, engine: &dyn Engine, frame: usize) -> Status {
    panic::gopanic_plain(rt, engine, frame, "send on closed channel")
}

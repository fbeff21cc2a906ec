//! The goroutine scheduler, after Go's `proc.go`: `newproc` starts a
//! goroutine, `gopark` blocks the running one until some other goroutine
//! (or a timer) `goready`s it, `gosched` yields. Goroutines run one at a
//! time on one thread, each on its own coroutine ([`super::coro`]); the
//! scheduler loop ([`Runtime::run_goroutines`]) runs on the thread's stack.
//!
//! The running goroutine's state is [`Runtime::g`]; the others wait in
//! [`Sched`]. When no goroutine can run and no timer is pending, the program
//! is deadlocked and dies as Go's does.

use std::cmp::Reverse;
use std::collections::{BinaryHeap, HashMap, VecDeque};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use corosensei::stack::DefaultStack;

use super::chan::Chan;
use super::coro::{self, Co};
use super::gstack::{self, GoStack};
use super::stack::Stack;
use super::{Engine, Goroutine, Runtime, Status, Unwind, interrupt, panic, print};

/// Slots in the slot stack of a goroutine other than main.
pub const G_SLOTS: usize = gstack::SLOTS;
/// Bytes of native stack of a goroutine other than main (room for
/// generated code's calls over `G_SLOTS` slots, and for runtime helpers).
pub const G_NATIVE_STACK: usize = gstack::NATIVE_BYTES;
/// Bytes of native stack of the main goroutine.
pub const MAIN_NATIVE_STACK: usize = 256 << 20;
/// How often a goroutine spinning in a loop is made to yield.
const PREEMPT_EVERY: Duration = Duration::from_millis(10);

/// Why a goroutine is parked, as Go's traceback header names it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WaitReason {
    ChanReceive,
    ChanSend,
    ChanReceiveNilChan,
    ChanSendNilChan,
    Select,
    SelectNoCases,
    Sleep,
    WaitGroupWait,
    MutexLock,
    RWMutexRLock,
    RWMutexLock,
    CondWait,
    OnceDo,
    FinalizerWait,
}

impl WaitReason {
    pub fn as_str(self) -> &'static str {
        match self {
            WaitReason::ChanReceive => "chan receive",
            WaitReason::ChanSend => "chan send",
            WaitReason::ChanReceiveNilChan => "chan receive (nil chan)",
            WaitReason::ChanSendNilChan => "chan send (nil chan)",
            WaitReason::Select => "select",
            WaitReason::SelectNoCases => "select (no cases)",
            WaitReason::Sleep => "sleep",
            WaitReason::WaitGroupWait => "sync.WaitGroup.Wait",
            WaitReason::MutexLock => "sync.Mutex.Lock",
            WaitReason::RWMutexRLock => "sync.RWMutex.RLock",
            WaitReason::RWMutexLock => "sync.RWMutex.Lock",
            WaitReason::CondWait => "sync.Cond.Wait",
            WaitReason::OnceDo => "sync.Mutex.Lock",
            WaitReason::FinalizerWait => "finalizer wait",
        }
    }
}

/// What a parked goroutine was woken with: the select case that fired,
/// whether a receive got a value (or a send went through), and the value.
#[derive(Clone, Debug, Default)]
pub struct Wake {
    pub case: usize,
    pub ok: bool,
    pub value: Vec<u64>,
    /// The layout of the value (the channel's element layout).
    pub layout: u32,
}

/// A goroutine's parking: why, in which frame, and the number that tells
/// a live wait from a stale queue entry.
#[derive(Clone, Copy, Debug)]
pub struct Parking {
    pub reason: WaitReason,
    pub frame: usize,
    pub id: u64,
}

/// What a timer does when it fires.
#[derive(Clone, Copy, Debug)]
pub enum TimerAction {
    /// Readies a sleeping goroutine.
    Wake(u64),
    /// Sends the current time on a channel without blocking (`time.After`,
    /// `time.Timer`, `time.Ticker`).
    SendTime(u64),
    /// Starts a goroutine running a closure (`time.AfterFunc`).
    Go(u64),
}

/// A timer of the runtime.
#[derive(Clone, Copy, Debug)]
pub struct Timer {
    pub when: Instant,
    pub period: Option<Duration>,
    pub action: TimerAction,
    /// Bumped by every stop and reset: heap entries of older generations
    /// are ignored.
    pub generation: u64,
    pub active: bool,
}

/// The scheduler's state.
#[derive(Default)]
pub struct Sched {
    /// Goroutines not running now, by id.
    waiting: HashMap<u64, Goroutine>,
    /// The coroutines of started goroutines (the running one's is out).
    cos: HashMap<u64, Co>,
    /// Goroutines not started yet: their closures.
    unstarted: HashMap<u64, u64>,
    runq: VecDeque<u64>,
    next_id: u64,
    next_wait: u64,
    /// Every channel of the program (see [`super::chan`]).
    pub chans: super::mgc::CellTable<Chan>,
    /// Goroutines blocked on a sync primitive, by its address (Go's
    /// semaphore table).
    pub semas: HashMap<u64, VecDeque<u64>>,
    /// Timers by id, and their firing order.
    pub timers: Vec<Timer>,
    heap: BinaryHeap<Reverse<(Instant, u64, u64)>>,
    /// The memory of goroutines' stacks.
    arena: gstack::Arena,
    /// The main goroutine ended with `runtime.Goexit`.
    main_goexited: bool,
    /// State of the random choices `select` makes.
    rand: u64,
    /// The preemption ticker thread has been started.
    ticking: bool,
}

impl Sched {
    /// Poisons the dead pointer slots of the goroutines not running
    /// (`Goroutine::poison_dead`).
    pub fn poison_dead(&mut self, prog: &crate::program::Program) {
        for g in self.waiting.values_mut() {
            let (frame, top) = (g.frame, g.top);
            g.poison_dead(prog, frame, top);
        }
    }

    /// Marks what the goroutines not running, the channels and the timers
    /// hold (see `runtime/mgc.rs`).
    pub fn roots(&self, m: &mut super::mgc::Marker) {
        for g in self.waiting.values() {
            g.roots(m, g.frame, g.top);
        }
        for &closure in self.unstarted.values() {
            m.pointer(closure);
        }
        for t in &self.timers {
            match t.action {
                TimerAction::Wake(_) => {}
                TimerAction::SendTime(w) | TimerAction::Go(w) => m.pointer(w),
            }
        }
    }

    /// Goroutines alive, the running one included (`runtime.NumGoroutine`).
    pub fn count(&self) -> usize {
        1 + self.waiting.len()
    }

    /// A random number below `n` (Go's `cheaprandn`).
    pub fn randn(&mut self, n: usize) -> usize {
        // xorshift64*, seeded from the clock on first use.
        if self.rand == 0 {
            let now = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(0, |d| d.as_nanos() as u64);
            self.rand =
                (now ^ u64::from(std::process::id()).wrapping_mul(0x9E37_79B9_7F4A_7C15)) | 1;
        }
        let mut x = self.rand;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.rand = x;
        (x.wrapping_mul(0x2545_F491_4F6C_DD1D) >> 33) as usize % n.max(1)
    }

    /// A number for a new parking.
    pub fn new_wait(&mut self) -> u64 {
        self.next_wait += 1;
        self.next_wait
    }

    /// True when goroutine `g` is still parked in wait `wait` (a queue
    /// entry of a select another case already woke is stale).
    pub fn is_parked(&self, g: u64, wait: u64) -> bool {
        self.waiting
            .get(&g)
            .and_then(|g| g.parking)
            .is_some_and(|p| p.id == wait)
    }

    /// goready: makes parked goroutine `g` runnable, handing it `wake`.
    pub fn goready(&mut self, g: u64, wake: Wake) {
        if let Some(gr) = self.waiting.get_mut(&g) {
            gr.parking = None;
            gr.wake = Some(wake);
            self.runq.push_back(g);
        }
    }

    /// Arms a new timer; returns its id.
    pub fn add_timer(&mut self, d: Duration, period: Option<Duration>, action: TimerAction) -> u64 {
        let id = self.timers.len() as u64;
        self.timers.push(Timer {
            when: Instant::now() + d,
            period,
            action,
            generation: 0,
            active: true,
        });
        self.schedule_timer(id);
        id
    }

    /// (Re)arms timer `id` to fire after `d`; returns whether it was active.
    pub fn reset_timer(&mut self, id: u64, d: Duration, period: Option<Duration>) -> bool {
        let t = &mut self.timers[id as usize];
        let was = t.active;
        t.when = Instant::now() + d;
        t.period = period;
        t.active = true;
        t.generation += 1;
        self.schedule_timer(id);
        was
    }

    /// Stops timer `id`; returns whether it was active.
    pub fn stop_timer(&mut self, id: u64) -> bool {
        let t = &mut self.timers[id as usize];
        let was = t.active;
        t.active = false;
        t.generation += 1;
        was
    }

    fn schedule_timer(&mut self, id: u64) {
        let t = &self.timers[id as usize];
        self.heap.push(Reverse((t.when, id, t.generation)));
    }

    /// Runs the timers due by now; returns the next deadline, if any.
    fn run_timers(&mut self, rt_chans_now: Instant) -> Option<Instant> {
        while let Some(&Reverse((when, id, generation))) = self.heap.peek() {
            let t = self.timers[id as usize];
            if t.generation != generation || !t.active {
                self.heap.pop();
                continue;
            }
            if when > rt_chans_now {
                return Some(when);
            }
            self.heap.pop();
            match t.period {
                Some(p) => {
                    let next = &mut self.timers[id as usize];
                    next.when = when + p;
                    self.schedule_timer(id);
                }
                None => self.timers[id as usize].active = false,
            }
            match t.action {
                TimerAction::Wake(g) => self.goready(g, Wake::default()),
                TimerAction::SendTime(ch) => {
                    let now = super::natives::time::now_value();
                    super::chan::send_nonblocking(self, ch, &now);
                }
                TimerAction::Go(closure) => {
                    // Out of memory, the function is not run; the program
                    // has bigger trouble.
                    let _ = self.newproc_closure(closure);
                }
            }
        }
        None
    }

    /// newproc for `closure`: a new runnable goroutine; returns its id, or
    /// `None` when there is no memory for its stacks.
    pub fn newproc_closure(&mut self, closure: u64) -> Option<u64> {
        let chunk = self.arena.chunk()?;
        self.next_id = self.next_id.max(1) + 1;
        let id = self.next_id;
        let mut g = Goroutine::new(
            id,
            Stack {
                slots: chunk.slots(),
            },
        );
        g.native_stack = G_NATIVE_STACK;
        g.chunk = Some(chunk);
        self.waiting.insert(id, g);
        self.unstarted.insert(id, closure);
        self.runq.push_back(id);
        Some(id)
    }

    /// Takes back the memory of a goroutine that ended (or, with its
    /// coroutine still suspended, is dropped).
    fn free_goroutine(&mut self, mut g: Goroutine, co: Co) {
        if co.done() {
            if let Some(c) = g.chunk.take() {
                self.arena.give_back(c);
            }
        } else {
            // Its stack may hold frames that were never unwound: leave the
            // chunk out of reuse.
            coro::discard(co);
        }
    }

    /// The next goroutine to run, running due timers and sleeping until
    /// the next one when nothing can run; `None` when nothing ever will (or
    /// an interrupt was requested).
    fn next_runnable(&mut self, interrupt: &AtomicUsize) -> Option<u64> {
        loop {
            let next_timer = self.run_timers(Instant::now());
            if let Some(g) = self.runq.pop_front() {
                return Some(g);
            }
            let when = next_timer?;
            if interrupt.load(Ordering::Relaxed) & interrupt::STOP != 0 {
                return None;
            }
            // Sleeping goroutines cost no CPU; wake at least every 50 ms to
            // notice an interrupt.
            let now = Instant::now();
            if when > now {
                std::thread::sleep((when - now).min(Duration::from_millis(50)));
            }
        }
    }
}

impl Runtime {
    /// newproc: starts a goroutine running the argument-less `closure`, for
    /// the frame at `frame`; a fatal error when no memory is left for it.
    pub fn newproc(&mut self, closure: u64, frame: usize) -> Status {
        match self.go(closure, frame) {
            Ok(_) => Status::Ok,
            Err(st) => st,
        }
    }

    /// [`Runtime::newproc`] that gives the new goroutine's id.
    pub fn go(&mut self, closure: u64, frame: usize) -> Result<u64, Status> {
        let Some(id) = self.sched.newproc_closure(closure) else {
            print::stderr(b"runtime: cannot allocate memory for a goroutine stack\n");
            return Err(panic::throw(self, frame, "out of memory"));
        };
        let creator = (
            self.frame_func(frame),
            self.g.stack.slots[frame + super::stack::PC],
            self.g.id,
        );
        if let Some(g) = self.sched.waiting.get_mut(&id) {
            g.created_by = Some(creator);
        }
        if !self.sched.ticking {
            self.sched.ticking = true;
            start_preempt_ticker(&self.interrupt);
        }
        Ok(id)
    }

    /// gopark: blocks the running goroutine (whose innermost frame is
    /// `frame`) until it is readied; returns what it was woken with, or the
    /// unwinding status of a goroutine killed as the program ends.
    pub fn gopark(&mut self, frame: usize, reason: WaitReason, wait: u64) -> Result<Wake, Status> {
        self.g.parking = Some(Parking {
            reason,
            frame,
            id: wait,
        });
        self.suspend(frame)?;
        self.g.parking = None;
        Ok(self.g.wake.take().unwrap_or_default())
    }

    /// gosched: lets the other runnable goroutines run first (the running
    /// goroutine's innermost frame is `frame`).
    pub fn gosched(&mut self, frame: usize) -> Status {
        if self.g.yielder.is_null() || (self.sched.runq.is_empty() && self.sched.heap.is_empty()) {
            return Status::Ok;
        }
        self.sched.runq.push_back(self.g.id);
        match self.suspend(frame) {
            Ok(()) => Status::Ok,
            Err(st) => st,
        }
    }

    /// Switches to the scheduler; on return, the goroutine carries on, or
    /// unwinds when it was killed meanwhile.
    fn suspend(&mut self, frame: usize) -> Result<(), Status> {
        self.g.frame = frame;
        self.g.top = self.frame_end(frame);
        coro::suspend(self);
        if self.g.killed {
            return Err(Status::Unwind);
        }
        Ok(())
    }

    /// Runs `closure` as the main goroutine, with every goroutine it starts,
    /// until main returns (the others are dropped, as when a Go program
    /// exits), the program dies, or it deadlocks. Returns main's status;
    /// `g` is the main goroutine again afterwards.
    pub fn run_goroutines(&mut self, engine: &dyn Engine, closure: u64) -> Status {
        let main = self.g.id;
        self.g.native_stack = MAIN_NATIVE_STACK;
        let stack =
            DefaultStack::new(MAIN_NATIVE_STACK).expect("mapping the main goroutine's stack");
        self.sched.main_goexited = false;
        let co = coro::spawn(engine, closure, GoStack::Main(stack));
        self.sched.cos.insert(main, co);
        let placeholder = Goroutine::new(0, Stack::with_slots(0));
        let g = std::mem::replace(&mut self.g, placeholder);
        self.sched.waiting.insert(main, g);
        self.sched.runq.push_back(main);
        let status = loop {
            let Some(id) = self.sched.next_runnable(&self.interrupt) else {
                break self.deadlock(main);
            };
            let g = self
                .sched
                .waiting
                .remove(&id)
                .expect("runnable goroutines wait");
            let placeholder = std::mem::replace(&mut self.g, g);
            let mut co = match self.sched.unstarted.remove(&id) {
                Some(closure) => {
                    let chunk = self.g.chunk.as_ref().expect("goroutines have chunks");
                    coro::spawn(engine, closure, GoStack::Chunk(chunk.native()))
                }
                None => self
                    .sched
                    .cos
                    .remove(&id)
                    .expect("started goroutines have coroutines"),
            };
            let ended = coro::resume(&mut co, self);
            let g = std::mem::replace(&mut self.g, placeholder);
            let Some(st) = ended else {
                self.sched.waiting.insert(id, g);
                self.sched.cos.insert(id, co);
                continue;
            };
            let unwind = g.unwind;
            if id == main {
                if st == Status::Unwind && unwind == Unwind::Goexit {
                    self.sched.main_goexited = true;
                    self.sched.waiting.insert(id, g);
                    coro::discard(co);
                    continue;
                }
                self.sched.waiting.insert(id, g);
                break st;
            }
            match (st, unwind) {
                (Status::Unwind, Unwind::Fatal | Unwind::Exit(_)) => {
                    // The goroutine's end is the program's.
                    let mut main_g = self.sched.waiting.remove(&main).expect("main waits");
                    main_g.unwind = unwind;
                    self.sched.waiting.insert(main, main_g);
                    coro::discard(co);
                    break Status::Unwind;
                }
                _ => self.sched.free_goroutine(g, co),
            }
        };
        self.end_goroutines(main);
        status
    }

    /// Every goroutine but main ends, as when a Go program exits; `g`
    /// becomes main again. A started goroutine is resumed one last time to
    /// unwind its frames at once, as a dying goroutine does (no deferred
    /// call runs), so nothing it holds leaks.
    fn end_goroutines(&mut self, main: u64) {
        let cos: Vec<(u64, Co)> = self.sched.cos.drain().collect();
        for (id, mut co) in cos {
            let Some(mut g) = self.sched.waiting.remove(&id) else {
                continue;
            };
            let unwind = g.unwind;
            g.killed = true;
            g.unwind = Unwind::Fatal;
            let main_g = std::mem::replace(&mut self.g, g);
            coro::resume(&mut co, self);
            let mut g = std::mem::replace(&mut self.g, main_g);
            if id == main {
                // Main keeps the status the program ends with.
                g.unwind = unwind;
                self.sched.waiting.insert(id, g);
                coro::discard(co);
            } else {
                self.sched.free_goroutine(g, co);
            }
        }
        let main_g = self.sched.waiting.remove(&main).expect("main waits");
        self.g = main_g;
        self.g.parking = None;
        self.g.killed = false;
        self.sched.waiting.clear();
        for (id, _) in self.sched.unstarted.drain() {
            if let Some(c) = self.sched.waiting.get_mut(&id).and_then(|g| g.chunk.take()) {
                self.sched.arena.give_back(c);
            }
        }
        self.sched.runq.clear();
        self.sched.semas.clear();
        self.sched.heap.clear();
        self.finalizers.goroutine_ended();
    }

    /// The traces of the goroutines other than the running one that have
    /// run, for `runtime.Stack(buf, true)`: each after a blank line, in
    /// order of id, the finalizer goroutine left out as Go leaves out its
    /// own.
    pub fn other_stack_traces(&mut self) -> String {
        let fing = self.finalizers.goroutine();
        let mut ids: Vec<u64> = self
            .sched
            .waiting
            .iter()
            .filter(|&(&id, g)| g.top > 0 && Some(id) != fing)
            .map(|(&id, _)| id)
            .collect();
        ids.sort_unstable();
        let mut out = String::new();
        for id in ids {
            let g = self.sched.waiting.remove(&id).expect("listed as waiting");
            let running = std::mem::replace(&mut self.g, g);
            let state = self.g.parking.map_or("runnable", |p| p.reason.as_str());
            out.push('\n');
            out.push_str(&panic::stack_trace(self, self.g.frame, state));
            if let Some((func, pc, g)) = self.g.created_by {
                out.push_str(&panic::created_by(self, func, pc, g));
            }
            let g = std::mem::replace(&mut self.g, running);
            self.sched.waiting.insert(id, g);
        }
        out
    }

    /// Nothing can run: an interrupt, Go's deadlock, or the end of a
    /// program whose main goroutine called `runtime.Goexit`.
    fn deadlock(&mut self, main: u64) -> Status {
        let main_g = self.sched.waiting.get_mut(&main).expect("main waits");
        if self.interrupt.load(Ordering::Relaxed) & interrupt::STOP != 0 {
            main_g.unwind = Unwind::Fatal;
            return Status::Unwind;
        }
        let msg = if self.sched.main_goexited && self.sched.waiting.len() == 1 {
            "no goroutines (main called runtime.Goexit) - deadlock!"
        } else {
            "all goroutines are asleep - deadlock!"
        };
        let mut text = format!("fatal error: {msg}\n");
        if self.traceback && !self.sched.main_goexited {
            let g = self.sched.waiting.remove(&main).expect("main waits");
            let placeholder = std::mem::replace(&mut self.g, g);
            if let Some(p) = self.g.parking {
                text.push('\n');
                text.push_str(&panic::traceback_state(self, p.frame, p.reason.as_str()));
            }
            let g = std::mem::replace(&mut self.g, placeholder);
            self.sched.waiting.insert(main, g);
        }
        print::flush_stdout();
        print::stderr(text.as_bytes());
        let main_g = self.sched.waiting.get_mut(&main).expect("main waits");
        main_g.unwind = Unwind::Fatal;
        Status::Unwind
    }
}

/// Starts the thread that asks the running goroutine to yield every
/// `PREEMPT_EVERY` (Go's sysmon preemption), through the flag loop
/// back-edges test. It ends with the runtime.
fn start_preempt_ticker(flag: &Arc<AtomicUsize>) {
    let weak = Arc::downgrade(flag);
    std::thread::spawn(move || {
        while let Some(flag) = weak.upgrade() {
            flag.fetch_or(interrupt::PREEMPT, Ordering::Relaxed);
            drop(flag);
            std::thread::sleep(PREEMPT_EVERY);
        }
    });
}

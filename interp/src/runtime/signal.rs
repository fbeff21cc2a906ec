//! Memory faults in Go code: Go's `sighandler` for `SIGSEGV` and `SIGBUS`.
//!
//! Both engines check nil pointers themselves, so a fault means the program
//! followed an address it made with package unsafe
//! (`(*T)(unsafe.Pointer(uintptr(x)))`). Go reports that as
//! `unexpected fault address` and `fatal error: fault`, or below address
//! 0x1000 as a nil pointer dereference panic, with a `[signal ...]` line and
//! exit status 2. The handler prints the same, after the program's pending
//! output, and ends the process: the fault may have struck anywhere in an
//! engine, so no deferred call can run and the panic cannot be recovered,
//! and no goroutine trace follows. A fault near the stack pointer is a
//! native stack overflow, not the program's: it goes to the handler that
//! was there before (Rust's, which reports it). The registers it reads
//! make it Linux on x86_64 only, for now.

use std::fmt::Write as _;
use std::sync::OnceLock;

use super::panic::{Fault, NIL_DEREF};
use super::print;

/// Addresses this close to the faulting stack pointer are stack overflows.
const STACK_FAULT_RANGE: u64 = 1 << 20;

/// Below this address a fault is a nil pointer dereference (Go's rule).
const NIL_PAGE: u64 = 0x1000;

/// The actions `SIGSEGV` and `SIGBUS` had before [`install`].
static PREVIOUS: [OnceLock<libc::sigaction>; 2] = [OnceLock::new(), OnceLock::new()];

const SIGNALS: [libc::c_int; 2] = [libc::SIGSEGV, libc::SIGBUS];

/// Installs the fault handler for the whole process (for `gojit run`: a
/// fault ends the process as it ends a Go program).
pub fn install() {
    for (sig, previous) in SIGNALS.into_iter().zip(&PREVIOUS) {
        // SAFETY: a zeroed `sigaction` is a valid empty one; the handler has
        // the three-argument signature `SA_SIGINFO` asks for, and runs on
        // the alternate signal stack Rust gives every thread.
        unsafe {
            let mut act: libc::sigaction = std::mem::zeroed();
            act.sa_sigaction = handler as *const () as usize;
            act.sa_flags = libc::SA_SIGINFO | libc::SA_ONSTACK;
            libc::sigemptyset(&mut act.sa_mask);
            let mut old: libc::sigaction = std::mem::zeroed();
            if libc::sigaction(sig, &act, &mut old) == 0 {
                let _ = previous.set(old);
            }
        }
    }
}

/// A crash report built without allocating: the fault may have struck
/// inside the allocator.
struct Report {
    buf: [u8; 256],
    len: usize,
}

impl std::fmt::Write for Report {
    fn write_str(&mut self, s: &str) -> std::fmt::Result {
        let end = self.len + s.len();
        if end > self.buf.len() {
            return Err(std::fmt::Error);
        }
        self.buf[self.len..end].copy_from_slice(s.as_bytes());
        self.len = end;
        Ok(())
    }
}

/// Writes all of `bytes` to file descriptor `fd`, as far as it can.
fn write_fd(fd: libc::c_int, mut bytes: &[u8]) {
    while !bytes.is_empty() {
        // SAFETY: `bytes` is a live slice of `bytes.len()` bytes.
        let n = unsafe { libc::write(fd, bytes.as_ptr().cast(), bytes.len()) };
        if n <= 0 {
            return;
        }
        bytes = &bytes[n as usize..];
    }
}

extern "C" fn handler(sig: libc::c_int, info: *mut libc::siginfo_t, ctx: *mut libc::c_void) {
    // SAFETY: for an `SA_SIGINFO` handler the kernel passes a valid
    // `siginfo_t` and `ucontext_t`.
    let (addr, code, pc, sp) = unsafe {
        let uc = &*(ctx as *const libc::ucontext_t);
        let regs = &uc.uc_mcontext.gregs;
        (
            (*info).si_addr() as u64,
            (*info).si_code as u64,
            regs[libc::REG_RIP as usize] as u64,
            regs[libc::REG_RSP as usize] as u64,
        )
    };
    let bus = sig == libc::SIGBUS;
    if addr.abs_diff(sp) < STACK_FAULT_RANGE {
        // Put the previous action back; the faulting instruction runs again
        // and meets it.
        if let Some(previous) = PREVIOUS[usize::from(bus)].get() {
            // SAFETY: restores an action `sigaction` itself returned.
            unsafe { libc::sigaction(sig, previous, std::ptr::null_mut()) };
        }
        return;
    }
    print::drain_stdout_unlocked(|pending| write_fd(1, pending));
    let fault = Fault {
        bus,
        code,
        addr,
        pc,
    };
    let mut report = Report {
        buf: [0; 256],
        len: 0,
    };
    let _ = if addr < NIL_PAGE && !bus {
        write!(report, "panic: runtime error: {NIL_DEREF}\n{fault}")
    } else {
        write!(
            report,
            "unexpected fault address {addr:#x}\nfatal error: fault\n{fault}"
        )
    };
    write_fd(2, &report.buf[..report.len]);
    // SAFETY: ends the process at once, as Go's crash does; nothing of it
    // needs to run any more.
    unsafe { libc::_exit(2) };
}

//! Liveness of a function's pointer slots at its safepoints (Go's
//! `cmd/compile/internal/liveness`): a backward dataflow over the
//! bytecode, so a variable stops keeping its objects alive after its last
//! use, and the collector scans at each safepoint only the slots still to
//! be read ([`StackMap`]).

use std::collections::HashMap;

use crate::bytecode::{Instr, Pc, Slot, SlotUse};
use crate::program::{Layout, RtType, StackMap};

/// What the analysis of one function needs.
pub(super) struct Frame<'a> {
    pub code: &'a [Instr],
    /// The slots that may hold pointers anywhere in the function.
    pub slots: Layout,
    /// The runtime type table, for widths of values named by type.
    pub types: &'a [RtType],
    /// Every call's pc, in order, with the first slot above its arguments.
    pub call_ends: &'a [(Pc, Slot)],
    /// What `Select`s read and write through their case tables, by pc in
    /// order.
    pub case_values: &'a [(Pc, SlotUse, Slot, u32)],
    /// Slot ranges live at every safepoint: the results (the caller reads
    /// them, deferred calls may set them) and the running closure.
    pub always: &'a [(Slot, u32)],
    /// Slot ranges read other than by their instructions' operands
    /// (through pointers into the frame, by a panic running open-coded
    /// defers): live wherever they may have been written since the
    /// function was entered.
    pub pinned: &'a [(Slot, u32)],
    /// Where a recovered panic resumes the frame.
    pub deferreturn_pc: Option<Pc>,
}

/// A set of the tracked slots, one bit each.
type Bits = Vec<u64>;

/// The function's stackmaps: its pointer slots, and which of them are
/// live at each safepoint (function entry, loop back-edges, and every
/// instruction that may call, park or panic). What is live where a
/// recovered panic resumes the frame (its `deferreturn`) is live at every
/// safepoint, since a panic can start at any of them. Pinned slots are
/// live from their first possible write on (a forward dataflow): before
/// it they hold what older frames left, which nothing reads.
pub(super) fn stackmap(f: Frame) -> StackMap {
    let code = f.code;
    // Bit `i` stands for the `i`th pointer word of `slots` (ptrs, then
    // ifaces); `tracked` is sorted by slot to find a range's bits.
    let np = f.slots.ptrs.len();
    let mut tracked: Vec<(Slot, usize)> = f.slots.ptrs.iter().copied().zip(0..).collect();
    tracked.extend(f.slots.ifaces.iter().copied().zip(np..));
    tracked.sort_unstable();
    let words = tracked.len().div_ceil(64);
    let bits_in = |at: Slot, n: u32| {
        let end = u64::from(at) + u64::from(n);
        let lo = tracked.partition_point(|&(s, _)| s < at);
        let hi = tracked.partition_point(|&(s, _)| u64::from(s) < end);
        tracked[lo..hi].iter().map(|&(_, b)| b)
    };
    let set_of = |ranges: &[(Slot, u32)]| {
        let mut set: Bits = vec![0; words];
        for &(at, n) in ranges {
            bits_in(at, n).for_each(|b| insert(&mut set, b));
        }
        set
    };
    let pinned = set_of(f.pinned);
    // The pinned slots instruction `pc` may write: those it writes, and
    // for a `SlotAddr` the range it pinned (code may write it through the
    // pointer from then on).
    let writes_pinned = |pc: usize, set: &mut Bits| {
        if let Instr::SlotAddr { slot, .. } = code[pc] {
            for &(at, n) in f.pinned.iter().filter(|&&(at, _)| at == slot) {
                bits_in(at, n).for_each(|b| insert(set, b));
            }
        }
        code[pc].slot_uses(f.types, 0, &mut |kind, at, n| {
            if kind == SlotUse::Write {
                bits_in(at, n)
                    .filter(|&b| pinned[b / 64] >> (b % 64) & 1 != 0)
                    .for_each(|b| insert(set, b));
            }
        });
    };
    // live := (live - writes) ∪ reads, backward over instruction `pc`.
    let mut reads: Vec<(Slot, u32)> = Vec::new();
    let mut step = |pc: usize, live: &mut Bits| {
        let area_end = f
            .call_ends
            .binary_search_by_key(&(pc as Pc), |&(p, _)| p)
            .map_or(0, |i| f.call_ends[i].1);
        reads.clear();
        let mut apply = |kind, at, n| match kind {
            SlotUse::Write => bits_in(at, n).for_each(|b| live[b / 64] &= !(1 << (b % 64))),
            SlotUse::Read => reads.push((at, n)),
        };
        code[pc].slot_uses(f.types, area_end, &mut apply);
        let first = f.case_values.partition_point(|&(p, ..)| (p as usize) < pc);
        for &(_, kind, at, n) in f.case_values[first..]
            .iter()
            .take_while(|&&(p, ..)| p as usize == pc)
        {
            apply(kind, at, n);
        }
        for &(at, n) in &reads {
            bits_in(at, n).for_each(|b| insert(live, b));
        }
    };

    // Basic blocks: they start at pc 0, at jump targets, after jumps and
    // after instructions that never fall through, and where recovery
    // resumes.
    let n = code.len();
    let mut leader = vec![false; n + 1];
    leader[0] = true;
    if let Some(pc) = f.deferreturn_pc {
        leader[(pc as usize).min(n)] = true;
    }
    for (pc, ins) in code.iter().enumerate() {
        if let Some(to) = ins.jump_target() {
            leader[(to as usize).min(n)] = true;
        }
        if ins.jump_target().is_some() || ends_flow(ins) {
            leader[pc + 1] = true;
        }
    }
    let starts: Vec<usize> = (0..n).filter(|&pc| leader[pc]).collect();
    let block_of = |pc: usize| starts.partition_point(|&s| s <= pc) - 1;
    let block_end = |b: usize| starts.get(b + 1).copied().unwrap_or(n);
    let succs: Vec<Vec<usize>> = (0..starts.len())
        .map(|b| {
            let end = block_end(b);
            let last = &code[end - 1];
            let mut s = Vec::new();
            if let Some(to) = last.jump_target().filter(|&to| (to as usize) < n) {
                s.push(block_of(to as usize));
            }
            if !matches!(last, Instr::Jmp { .. }) && !ends_flow(last) && end < n {
                s.push(b + 1);
            }
            s
        })
        .collect();

    // Live-in of every block, to a fixed point (backward, so blocks are
    // visited last to first).
    let mut live_in: Vec<Bits> = vec![vec![0; words]; starts.len()];
    let live_out = |b: usize, live_in: &[Bits]| {
        let mut out = vec![0; words];
        for &s in &succs[b] {
            or(&mut out, &live_in[s]);
        }
        out
    };
    let mut changed = true;
    while changed {
        changed = false;
        for b in (0..starts.len()).rev() {
            let mut live = live_out(b, &live_in);
            for pc in (starts[b]..block_end(b)).rev() {
                step(pc, &mut live);
            }
            if live != live_in[b] {
                live_in[b] = live;
                changed = true;
            }
        }
    }

    // The pinned slots each block may find written, to a fixed point
    // (forward from the entry). Recovery may resume the frame at its
    // `deferreturn` from anywhere: any of them may be written there.
    let mut written_in: Vec<Bits> = vec![vec![0; words]; starts.len()];
    if let Some(pc) = f.deferreturn_pc.filter(|&pc| (pc as usize) < n) {
        written_in[block_of(pc as usize)].clone_from(&pinned);
    }
    let mut changed = true;
    while changed {
        changed = false;
        for b in 0..starts.len() {
            let mut out = written_in[b].clone();
            for pc in starts[b]..block_end(b) {
                writes_pinned(pc, &mut out);
            }
            for &s in &succs[b] {
                let before = written_in[s].clone();
                or(&mut written_in[s], &out);
                changed |= written_in[s] != before;
            }
        }
    }

    // The live set before each safepoint.
    let mut points: Vec<(Pc, Bits)> = Vec::new();
    let mut resume = set_of(f.always);
    for b in 0..starts.len() {
        let mut live = live_out(b, &live_in);
        let mut here = Vec::new();
        for pc in (starts[b]..block_end(b)).rev() {
            step(pc, &mut live);
            let ins = &code[pc];
            let back_edge = ins.jump_target().is_some_and(|to| to as usize <= pc);
            if pc == 0 || back_edge || ins.may_unwind() {
                here.push((pc as Pc, live.clone()));
            }
            if Some(pc as Pc) == f.deferreturn_pc {
                or(&mut resume, &live);
            }
        }
        // Forward again, adding the pinned slots written so far.
        let mut written = written_in[b].clone();
        let mut here = here.into_iter().rev().peekable();
        for pc in starts[b]..block_end(b) {
            if let Some((_, mut live)) = here.next_if(|&(p, _)| p as usize == pc) {
                or(&mut live, &written);
                points.push((pc as Pc, live));
            }
            writes_pinned(pc, &mut written);
        }
    }
    let mut index: HashMap<Bits, u32> = HashMap::new();
    let mut map = StackMap {
        slots: f.slots.clone(),
        ..StackMap::default()
    };
    for (pc, mut live) in points {
        or(&mut live, &resume);
        let i = *index.entry(live).or_insert_with_key(|live| {
            map.live.push(live.clone().into_boxed_slice());
            map.live.len() as u32 - 1
        });
        map.pcs.push((pc, i));
    }
    map
}

/// Adds bit `b` to `set`.
fn insert(set: &mut Bits, b: usize) {
    set[b / 64] |= 1 << (b % 64);
}

/// `set := set ∪ other`.
fn or(set: &mut Bits, other: &Bits) {
    for (s, o) in set.iter_mut().zip(other) {
        *s |= o;
    }
}

/// Whether control never goes on to the next instruction.
fn ends_flow(ins: &Instr) -> bool {
    matches!(
        ins,
        Instr::Jmp { .. } | Instr::Ret | Instr::Panic { .. } | Instr::PanicRangeDone
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The pointer slots live where a frame stopped at `pc`.
    fn live_at(map: &StackMap, pc: Pc) -> Vec<usize> {
        let mut live = Vec::new();
        map.each_word(pc.into(), usize::MAX, |s, _, l| {
            if l {
                live.push(s);
            }
        });
        live
    }

    /// A variable is live up to its last use and dead after it, while the
    /// function goes on calling; the closure and the results stay live.
    #[test]
    fn dead_after_last_use() {
        let code = [
            Instr::NewBox {
                dst: 5,
                n: 1,
                layout: 0,
            },
            Instr::Call { func: 0, base: 7 },
            Instr::Move { dst: 6, src: 5 },
            Instr::Call { func: 0, base: 7 },
            Instr::Move { dst: 4, src: 6 },
            Instr::Call { func: 0, base: 7 },
            Instr::Ret,
        ];
        let map = stackmap(Frame {
            code: &code,
            slots: Layout {
                words: 11,
                ptrs: vec![3, 4, 5, 6],
                ifaces: Vec::new(),
            },
            types: &[],
            call_ends: &[(1, 11), (3, 11), (5, 11)],
            case_values: &[],
            always: &[(3, 1), (4, 1)],
            pinned: &[],
            deferreturn_pc: None,
        });
        assert_eq!(live_at(&map, 0), [3, 4]);
        assert_eq!(live_at(&map, 1), [3, 4, 5]);
        assert_eq!(live_at(&map, 3), [3, 4, 6]);
        assert_eq!(live_at(&map, 5), [3, 4]);
        // Not a safepoint: every pointer slot.
        assert_eq!(live_at(&map, 2), [3, 4, 5, 6]);
    }
}

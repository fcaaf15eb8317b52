import { readdirSync, readFileSync } from 'node:fs';

/** Parent pid of every live process, from /proc (Linux only). */
function parents(): Map<number, number> {
  const map = new Map<number, number>();
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      // The name is in parentheses and may hold spaces: fields follow the last ')'.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      map.set(Number(entry), Number(fields[1]));
    } catch {
      // exited meanwhile
    }
  }
  return map;
}

/** `root` and all its descendants. */
export function processTree(root: number): number[] {
  const byParent = parents();
  const tree = [root];
  for (let i = 0; i < tree.length; i += 1) {
    for (const [pid, ppid] of byParent) if (ppid === tree[i]) tree.push(pid);
  }
  return tree;
}

/** Proportional set size of one process in bytes (shared pages split between sharers). */
export function pssOf(pid: number): number {
  try {
    const text = readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8');
    const kb = /^Pss:\s+(\d+) kB/m.exec(text)?.[1];
    return kb ? Number(kb) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** PSS summed over `root`'s process tree, in bytes. */
export function treePss(root: number): number {
  return processTree(root).reduce((sum, pid) => sum + pssOf(pid), 0);
}

/**
 * The postmaster among `root`'s descendants (an embedded PostgreSQL started
 * by this process), or null: then the database is elsewhere or in-process.
 */
export function childPostmaster(root: number): number | null {
  for (const pid of processTree(root).slice(1)) {
    try {
      const comm = readFileSync(`/proc/${pid}/comm`, 'utf8').trim();
      const parentComm = readFileSync(`/proc/${parents().get(pid) ?? 0}/comm`, 'utf8').trim();
      if (comm === 'postgres' && parentComm !== 'postgres') return pid;
    } catch {
      // exited meanwhile
    }
  }
  return null;
}

/** Samples `measure` every `everyMs` until stopped; resolves to the highest value seen. */
export function samplePeak(measure: () => number, everyMs = 200): { stop: () => number } {
  let peak = measure();
  const timer = setInterval(() => {
    peak = Math.max(peak, measure());
  }, everyMs);
  return {
    stop: () => {
      clearInterval(timer);
      return Math.max(peak, measure());
    },
  };
}

/**
 * CPU time (user + system) used so far by `root`'s process tree, in ms.
 * Unlike req/s, CPU per request hardly depends on what else the machine runs.
 */
export function treeCpuMs(root: number): number {
  const tick = 10; // USER_HZ is 100 on Linux
  let total = 0;
  for (const pid of processTree(root)) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      total += (Number(fields[11]) + Number(fields[12])) * tick;
    } catch {
      // exited meanwhile
    }
  }
  return total;
}

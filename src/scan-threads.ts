import { Worker } from 'node:worker_threads';
import type { SourceGroup } from './parse/groups.ts';
import { type GroupResult, scanGroup } from './scan-group.ts';
import type { GroupJob, WorkerMessage } from './scan-worker.ts';

/** Run from the TypeScript sources (type stripping) or from the build: the worker is the sibling file. */
const WORKER_URL = new URL(import.meta.url.endsWith('.ts') ? './scan-worker.ts' : './scan-worker.js', import.meta.url);

/** One scan shared by the calling thread and the workers: each claims the next group from a shared counter. */
interface Job {
  id: number;
  root: string;
  groups: SourceGroup[];
  /** [0]: the next group index to claim, shared with every thread */
  next: Int32Array;
  results: (GroupResult | undefined)[];
  /** group index → the worker scanning it (for a worker that dies mid-group) */
  claimed: Map<number, Worker>;
  /** workers still working on this job */
  active: Set<Worker>;
  onProgress: (index: number, done: number) => void;
  /** a worker finished or left the job */
  changed: () => void;
  error: Error | null;
}

/**
 * Worker threads that help the calling thread scan the groups of a monorepo. Threads claim groups from a
 * shared atomic counter, largest first, so nobody waits for the calling thread to hand out work while it is
 * busy scanning a group itself. The threads outlive a scan: a process that scans again (the MCP server, a
 * watch loop, the benchmark) reuses them warm, and an idle thread does not keep the process alive. A group
 * whose thread could not start or died is scanned by the calling thread.
 */
class ScanPool {
  private readonly workers: Worker[] = [];
  private job: Job | null = null;
  private nextId = 1;

  async run(
    root: string,
    groups: SourceGroup[],
    helpers: number,
    options: { callingThread: boolean; texts?: ReadonlyMap<string, string>; onProgress: Job['onProgress'] },
  ): Promise<{ results: GroupResult[]; byWorkers: number }> {
    let wake: (() => void) | null = null;
    const job: Job = {
      id: this.nextId++,
      root,
      groups,
      next: new Int32Array(new SharedArrayBuffer(4)),
      results: new Array(groups.length),
      claimed: new Map(),
      active: new Set(),
      onProgress: options.onProgress,
      changed: () => wake?.(),
      error: null,
    };
    this.job = job;
    while (this.workers.length < helpers) this.spawn();
    const message: GroupJob = {
      id: job.id,
      root,
      groups: groups.map((g) => ({ sources: g.sources, schemas: g.schemas, packages: g.packages })),
      next: job.next,
    };
    for (const w of this.workers.slice(0, helpers)) {
      job.active.add(w);
      w.ref();
      w.postMessage(message);
    }
    try {
      if (options.callingThread) {
        for (let i = Atomics.add(job.next, 0, 1); i < groups.length; i = Atomics.add(job.next, 0, 1)) {
          job.results[i] = scanGroup(root, groups[i]!, {
            ...(options.texts ? { texts: options.texts } : {}),
            onProgress: (done) => job.onProgress(i, done),
          });
          // let the workers' messages (progress, results) through between groups
          await new Promise((r) => setImmediate(r));
        }
      }
      while (job.active.size > 0) await new Promise<void>((r) => (wake = r));
    } finally {
      this.job = null;
      for (const w of this.workers) w.unref();
    }
    if (job.error) throw job.error;
    let byWorkers = 0;
    for (let i = 0; i < groups.length; i++) {
      if (job.results[i]) byWorkers += job.claimed.has(i) ? 1 : 0;
      // left over by a thread that died, or never claimed because no thread could start
      job.results[i] ??= scanGroup(root, groups[i]!, options.texts ? { texts: options.texts } : {});
    }
    return { results: job.results as GroupResult[], byWorkers };
  }

  private spawn(): void {
    const worker = new Worker(WORKER_URL);
    this.workers.push(worker);
    worker.on('message', (m: WorkerMessage) => {
      const job = this.job;
      if (!job || m.id !== job.id) return;
      switch (m.type) {
        case 'claim':
          job.claimed.set(m.index, worker);
          break;
        case 'progress':
          job.onProgress(m.index, m.done);
          break;
        case 'done':
          job.results[m.index] = m.result;
          job.onProgress(m.index, job.groups[m.index]!.sources.length);
          break;
        case 'error':
          job.error ??= new Error(m.message);
          break;
        case 'idle':
          job.active.delete(worker);
          job.changed();
          break;
      }
    });
    let gone = false;
    const lost = () => {
      // 'error' is followed by 'exit': count the thread out once
      if (gone) return;
      gone = true;
      const i = this.workers.indexOf(worker);
      if (i >= 0) this.workers.splice(i, 1);
      const job = this.job;
      if (job?.active.delete(worker)) {
        // its unfinished group is scanned by the calling thread once the others are done
        for (const [index, w] of job.claimed) if (w === worker && !job.results[index]) job.claimed.delete(index);
        job.changed();
      }
    };
    worker.on('error', lost);
    worker.on('exit', lost);
  }
}

let pool: ScanPool | null = null;

export interface ThreadOptions {
  /** sources already read, by absolute path (the calling thread's groups use them) */
  texts?: ReadonlyMap<string, string>;
  /** the number of files parsed so far over all groups */
  onProgress?: (done: number) => void;
  /** the calling thread scans groups too (default); off, only workers do (tests use it to prove they work) */
  callingThread?: boolean;
}

/**
 * Scans the groups on `threads` threads, the calling one included (so `threads - 1` workers), largest groups
 * first; results in the groups' order. `byWorkers` counts the groups that worker threads scanned.
 */
export async function scanGroupsInThreads(
  root: string,
  groups: SourceGroup[],
  threads: number,
  options: ThreadOptions = {},
): Promise<{ results: GroupResult[]; byWorkers: number }> {
  pool ??= new ScanPool();
  const callingThread = options.callingThread ?? true;
  const order = groups.map((g, i) => [g, i] as const).sort((a, b) => b[0].bytes - a[0].bytes);
  const done = groups.map(() => 0);
  let total = 0;
  const { results, byWorkers } = await pool.run(
    root,
    order.map(([g]) => g),
    Math.max(callingThread ? threads - 1 : threads, 1),
    {
      callingThread,
      ...(options.texts ? { texts: options.texts } : {}),
      onProgress: (k, n) => {
        total += n - done[k]!;
        done[k] = n;
        options.onProgress?.(total);
      },
    },
  );
  const out: GroupResult[] = new Array(groups.length);
  order.forEach(([, i], k) => {
    out[i] = results[k]!;
  });
  return { results: out, byWorkers };
}

import { Worker } from 'node:worker_threads';
import type { SourceGroup } from './parse/groups.ts';
import { type GroupResult, scanGroup } from './scan-group.ts';
import type { GroupJob, WorkerMessage } from './scan-worker.ts';

/** Run from the TypeScript sources (type stripping) or from the build: the worker is the sibling file. */
const WORKER_URL = new URL(import.meta.url.endsWith('.ts') ? './scan-worker.ts' : './scan-worker.js', import.meta.url);

interface Pending {
  job: GroupJob;
  resolve: (r: GroupResult) => void;
  reject: (e: Error) => void;
  onProgress: (done: number) => void;
}

/**
 * Worker threads that scan groups of a monorepo in parallel. The threads outlive a scan: a process that scans
 * again (the MCP server, a watch loop, the benchmark) reuses them warm. An idle thread does not keep the
 * process alive. A thread that cannot start or dies hands its group back to the calling thread.
 */
class ScanPool {
  private readonly idle: Worker[] = [];
  private readonly busy = new Map<Worker, Pending>();
  private readonly queue: Pending[] = [];
  private size = 0;
  private nextId = 1;

  run(root: string, group: SourceGroup, threads: number, onProgress: (done: number) => void): Promise<GroupResult> {
    return new Promise((resolve, reject) => {
      const job: GroupJob = {
        id: this.nextId++,
        root,
        group: { sources: group.sources, schemas: group.schemas, packages: group.packages },
      };
      this.queue.push({ job, resolve, reject, onProgress });
      this.pump(threads);
    });
  }

  private pump(threads: number): void {
    while (this.queue.length > 0) {
      let worker = this.idle.pop();
      if (!worker && this.size < threads) worker = this.spawn();
      if (!worker) return;
      const pending = this.queue.shift()!;
      this.busy.set(worker, pending);
      worker.ref();
      worker.postMessage(pending.job);
    }
  }

  private spawn(): Worker {
    const worker = new Worker(WORKER_URL);
    this.size++;
    worker.on('message', (m: WorkerMessage) => {
      const pending = this.busy.get(worker);
      if (!pending || pending.job.id !== m.id) return;
      if (m.type === 'progress') {
        pending.onProgress(m.done);
        return;
      }
      this.busy.delete(worker);
      worker.unref();
      this.idle.push(worker);
      if (m.type === 'done') pending.resolve(m.result);
      else pending.reject(new Error(m.message));
      this.pump(this.size);
    });
    let gone = false;
    const lost = () => {
      // 'error' is followed by 'exit': count the thread out once
      if (gone) return;
      gone = true;
      this.size--;
      const i = this.idle.indexOf(worker);
      if (i >= 0) this.idle.splice(i, 1);
      const pending = this.busy.get(worker);
      this.busy.delete(worker);
      if (pending) {
        // the thread could not start or died (out of memory, a crash in native code): scan its group here
        try {
          pending.resolve(scanGroup(pending.job.root, pending.job.group));
        } catch (err) {
          pending.reject(err instanceof Error ? err : new Error(String(err)));
        }
      }
    };
    worker.on('error', lost);
    worker.on('exit', lost);
    return worker;
  }
}

let pool: ScanPool | null = null;

/**
 * Scans the groups on up to `threads` worker threads, the largest groups first; results in the groups' order.
 * `onProgress` gets the number of files parsed so far over all groups.
 */
export async function scanGroupsInThreads(
  root: string,
  groups: SourceGroup[],
  threads: number,
  onProgress?: (done: number) => void,
): Promise<GroupResult[]> {
  pool ??= new ScanPool();
  const done = groups.map(() => 0);
  const order = groups.map((g, i) => [g, i] as const).sort((a, b) => b[0].bytes - a[0].bytes);
  const results: GroupResult[] = new Array(groups.length);
  await Promise.all(
    order.map(async ([g, i]) => {
      results[i] = await pool!.run(root, g, threads, (n) => {
        done[i] = n;
        onProgress?.(done.reduce((a, b) => a + b, 0));
      });
      done[i] = g.sources.length;
    }),
  );
  return results;
}

// A worker thread of the scan pool (src/scan-threads.ts): claims groups of a scan from the shared counter and
// scans them, one at a time, until none is left.
import { parentPort } from 'node:worker_threads';
import type { SourceGroup } from './parse/groups.ts';
import { scanGroup } from './scan-group.ts';

export interface GroupJob {
  id: number;
  root: string;
  groups: Pick<SourceGroup, 'sources' | 'schemas' | 'packages'>[];
  /** [0]: the next group index to claim, shared by every thread of the scan */
  next: Int32Array;
}

export type WorkerMessage =
  | { id: number; type: 'claim'; index: number }
  | { id: number; type: 'progress'; index: number; done: number }
  | { id: number; type: 'done'; index: number; result: ReturnType<typeof scanGroup> }
  | { id: number; type: 'error'; message: string }
  /** no group left to claim (or this thread gave up after an error) */
  | { id: number; type: 'idle' };

const port = parentPort;
if (port) {
  port.on('message', (job: GroupJob) => {
    const post = (m: WorkerMessage) => port.postMessage(m);
    try {
      for (let i = Atomics.add(job.next, 0, 1); i < job.groups.length; i = Atomics.add(job.next, 0, 1)) {
        const index = i;
        post({ id: job.id, type: 'claim', index });
        const result = scanGroup(job.root, job.groups[index]!, {
          onProgress: (done) => post({ id: job.id, type: 'progress', index, done }),
        });
        post({ id: job.id, type: 'done', index, result });
      }
    } catch (err) {
      post({ id: job.id, type: 'error', message: err instanceof Error ? (err.stack ?? err.message) : String(err) });
    }
    post({ id: job.id, type: 'idle' });
  });
}

// A worker thread of the scan pool (src/scan-threads.ts): scans the groups it is sent, one at a time.
import { parentPort } from 'node:worker_threads';
import type { SourceGroup } from './parse/groups.ts';
import { scanGroup } from './scan-group.ts';

export interface GroupJob {
  id: number;
  root: string;
  group: Pick<SourceGroup, 'sources' | 'schemas' | 'packages'>;
}

export type WorkerMessage =
  | { id: number; type: 'progress'; done: number }
  | { id: number; type: 'done'; result: ReturnType<typeof scanGroup> }
  | { id: number; type: 'error'; message: string };

const port = parentPort;
if (port) {
  port.on('message', (job: GroupJob) => {
    const post = (m: WorkerMessage) => port.postMessage(m);
    try {
      const result = scanGroup(job.root, job.group, {
        onProgress: (done) => post({ id: job.id, type: 'progress', done }),
      });
      post({ id: job.id, type: 'done', result });
    } catch (err) {
      post({ id: job.id, type: 'error', message: err instanceof Error ? (err.stack ?? err.message) : String(err) });
    }
  });
}

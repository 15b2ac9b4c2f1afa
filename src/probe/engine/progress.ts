/**
 * Progress on stderr: one updating line on a TTY, plain lines otherwise (CI logs). Secrets never reach it:
 * callers pass phase names and counts only.
 */
export interface Progress {
  phase(name: string): void;
  tick(requests: number): void;
  info(line: string): void;
  done(): void;
}

export function createProgress(stream: NodeJS.WriteStream | null, quiet: boolean): Progress {
  if (!stream || quiet) return { phase() {}, tick() {}, info() {}, done() {} };
  const tty = stream.isTTY === true;
  let phase = '';
  let last = 0;
  const draw = (requests: number) => {
    if (!tty) return;
    stream.write(`\r\x1b[2Kvas probe: ${phase} · ${requests} requests`);
  };
  return {
    phase(name) {
      phase = name;
      if (tty) draw(last);
      else stream.write(`vas probe: ${name}\n`);
    },
    tick(requests) {
      last = requests;
      if (tty && requests % 5 === 0) draw(requests);
    },
    info(line) {
      if (tty) stream.write('\r\x1b[2K');
      stream.write(`vas probe: ${line}\n`);
      if (tty) draw(last);
    },
    done() {
      if (tty) stream.write('\r\x1b[2K');
    },
  };
}

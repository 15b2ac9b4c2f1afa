import { writeFileSync } from 'node:fs';
export function runCheckCases(
  rule: string,
  t: { valid?: { name: string; files: unknown }[]; invalid?: { name: string; files: unknown }[] },
) {
  const all = [...(t.invalid ?? []), ...(t.valid ?? [])].map((c) => [c.name, c.files]);
  writeFileSync(process.env.DUMP_OUT!, JSON.stringify(all));
}

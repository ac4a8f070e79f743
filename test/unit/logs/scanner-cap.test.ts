// Issue 12 item 11: a log made of nothing but token lines must not keep one finding per line. Same
// shape as the 256 MiB report (a gzip of repeated TUIOfflinePush token lines), smaller: findings are
// deduplicated with a count and capped per kind, and the counts add up to every matching line.
import { describe, expect, it } from 'vitest';
import { Readable } from 'node:stream';
import { createGzip } from 'node:zlib';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createWriteStream } from 'node:fs';
import { scanLogFile, scanStream, MAX_DISTINCT_PER_KIND } from '../../../src/main/logs/scanner';

const tokenLine = (i: number, distinct: number) =>
  `11-22 10:00:00.000  4321  4340 I TUIOfflinePush-OEMPushSetting: huawei get token:IQAAAACy0PsqAAD${String(i % distinct).padStart(96, '0')}\n`;

function* lines(n: number, distinct: number) {
  // Chunks of ~1 MiB, as a file stream delivers them.
  let buf = '';
  for (let i = 0; i < n; i++) {
    buf += tokenLine(i, distinct);
    if (buf.length > 1 << 20) {
      yield buf;
      buf = '';
    }
  }
  if (buf) yield buf;
}

describe('findings stay bounded however many lines match', () => {
  it('keeps one finding per distinct token, with its count', async () => {
    const r = await scanStream(Readable.from(lines(30_000, 3)), { format: 'threadtime' });
    expect(r.findings).toHaveLength(3);
    expect(r.findings.map((f) => f.count)).toEqual([10_000, 10_000, 10_000]);
    expect(r.findings[0].lineNumber).toBe(1);
    expect(r.dropped).toEqual({});
  });

  it('caps distinct findings per kind and counts the rest (gzip file, sniffed format)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pd-cap-'));
    const file = join(dir, 'tokens.log.gz');
    await pipeline(Readable.from(lines(120_000, 20_000)), createGzip(), createWriteStream(file));
    const r = await scanLogFile(file);
    expect(r.lines).toBe(120_000);
    const tokens = r.findings.filter((f) => f.kind === 'token');
    expect(tokens).toHaveLength(MAX_DISTINCT_PER_KIND);
    const kept = tokens.reduce((n, f) => n + (f.count ?? 1), 0);
    expect(kept + (r.dropped.token ?? 0)).toBe(120_000);
    // The first 50 distinct tokens are kept, each seen 6 times (120 000 lines / 20 000 tokens).
    expect(tokens.every((f) => f.count === 6)).toBe(true);
    writeFileSync(join(dir, 'done'), '');
  });

  it('still calls onFinding for every matching line (live capture and delivery watch count on it)', async () => {
    let calls = 0;
    const r = await scanStream(Readable.from(lines(500, 1)), { format: 'threadtime', onFinding: () => calls++ });
    expect(calls).toBe(500);
    expect(r.findings).toHaveLength(1);
  });
});

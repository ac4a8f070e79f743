// Scores a scanner on the world fixtures: pastes read (not refused, header tag right), SDK error lines
// recognised (vendor and code), tokens found. Shared by the table test and the before/after count
// (bundled with esbuild against the old and the new scanner, see the branch report).
import { Readable } from 'node:stream';
import { LOG_FIXTURES, type LogFixture } from '../../fixtures/world/logs';

type Finding = { kind: string; vendor?: string; sdk: string; value?: string; description?: string; tag: string };
type Scan = (input: Readable, opts: object) => Promise<{ findings: Finding[] }>;

export interface FixtureScore {
  name: string;
  read: boolean;
  errorsFound: number;
  errorsExpected: number;
  tokensFound: number;
  tokensExpected: number;
  problem?: string;
}

export async function scoreFixture(fx: LogFixture, scanStream: Scan): Promise<FixtureScore> {
  const out: FixtureScore = {
    name: fx.name,
    read: false,
    errorsFound: 0,
    errorsExpected: fx.errors.length,
    tokensFound: 0,
    tokensExpected: fx.tokens.length,
  };
  let findings: Finding[];
  try {
    findings = (await scanStream(Readable.from([fx.text + '\n']), { source: fx.name })).findings;
  } catch (err) {
    out.problem = (err as Error).message;
    return out;
  }
  const expectedAny = fx.errors.length + fx.tokens.length;
  out.read = findings.length >= Math.min(1, expectedAny) && (!fx.tag || findings.some((f) => f.tag === fx.tag));
  for (const e of fx.errors) {
    const hit = findings.find(
      (f) =>
        (f.kind === 'register-error' || f.kind === 'report-error') &&
        (f.vendor === e.vendor ||
          f.sdk === e.vendor ||
          (!f.vendor && (e.vendor === 'tencent' || e.vendor === 'easemob'))) &&
        (f.value === e.code || (f.description ?? '').includes(e.code)),
    );
    if (hit) out.errorsFound++;
  }
  for (const t of fx.tokens) if (findings.some((f) => f.kind === 'token' && f.value === t.value)) out.tokensFound++;
  return out;
}

export async function scoreAll(scanStream: Scan) {
  const rows = await Promise.all(LOG_FIXTURES.map((fx) => scoreFixture(fx, scanStream)));
  const sum = (k: 'errorsFound' | 'errorsExpected' | 'tokensFound' | 'tokensExpected') =>
    rows.reduce((n, r) => n + r[k], 0);
  return {
    rows,
    read: rows.filter((r) => r.read).length,
    fixtures: rows.length,
    refused: rows.filter((r) => r.problem).length,
    errors: `${sum('errorsFound')}/${sum('errorsExpected')}`,
    tokens: `${sum('tokensFound')}/${sum('tokensExpected')}`,
  };
}

export function printScore(s: Awaited<ReturnType<typeof scoreAll>>): void {
  for (const r of s.rows)
    console.log(
      `${r.read ? 'read    ' : 'NOT READ'} errors ${r.errorsFound}/${r.errorsExpected} tokens ${r.tokensFound}/${r.tokensExpected}  ${r.name}${r.problem ? `  (${r.problem.slice(0, 60)})` : ''}`,
    );
  console.log(`read right ${s.read}/${s.fixtures} (refused ${s.refused}); error lines ${s.errors}; tokens ${s.tokens}`);
}

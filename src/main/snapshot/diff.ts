// Two snapshots of one phone (before and after a fix): which answers changed, and which verdicts.
// The verdicts come from running the checklist on each snapshot, so "what changed" is said in the
// checklist's own words rather than as a wall of dumpsys lines.
import type { PhoneSnapshot } from '../../shared/snapshot';
import type { Report } from '../../shared/types';
import type { SnapshotDiffSummary } from '../../shared/contract';
import { snapshotRun } from './capture';

/** What the UI shows of a diff (the contract's shape), plus the two reports it came from. */
export type AnswerChange = SnapshotDiffSummary['answers'][number];
export type VerdictChange = SnapshotDiffSummary['verdicts'][number];

export interface SnapshotDiff extends Omit<SnapshotDiffSummary, 'before' | 'after'> {
  before: Omit<SnapshotDiffSummary['before'], 'headline'>;
  after: Omit<SnapshotDiffSummary['after'], 'headline'>;
  reports: { before: Report; after: Report };
}
const SAMPLE = 12;
// Lines that change on every capture and say nothing about push: uptimes, clocks, counters.
const NOISE =
  /\b(?:uptime|elapsed|realtime|mLast\w*Time|lastUpdateTime|timeStamp|when=|seq=|mNextAlarm|duration)\b|\d{4}-\d\d-\d\d \d\d:\d\d:\d\d/i;

function lineDiff(a: string, b: string): Omit<AnswerChange, 'command' | 'kind'> {
  const count = (text: string) => {
    const m = new Map<string, number>();
    for (const l of text.split('\n')) {
      const t = l.trimEnd();
      if (!t || NOISE.test(t)) continue;
      m.set(t, (m.get(t) ?? 0) + 1);
    }
    return m;
  };
  const ca = count(a);
  const cb = count(b);
  const removed: string[] = [];
  const added: string[] = [];
  for (const [l, n] of ca) for (let i = cb.get(l) ?? 0; i < n; i++) removed.push(l);
  for (const [l, n] of cb) for (let i = ca.get(l) ?? 0; i < n; i++) added.push(l);
  return {
    removedLines: removed.slice(0, SAMPLE),
    addedLines: added.slice(0, SAMPLE),
    removedCount: removed.length,
    addedCount: added.length,
  };
}

/** The log window's messages without their times and process ids, which differ on every capture. */
const messages = (s: PhoneSnapshot) =>
  (s.logWindow?.text ?? '')
    .replace(/^\d\d-\d\d \d\d:\d\d:\d\d\.\d+\s+\d+\s+\d+ /gm, '')
    .replace(/\b\d{3,6}:(?=[\w.]+\/)/g, '');

const lastAnswers = (s: PhoneSnapshot) => new Map(s.commands.map((c) => [c.command, c]));

export async function diffSnapshots(before: PhoneSnapshot, after: PhoneSnapshot): Promise<SnapshotDiff> {
  const [rb, ra] = await Promise.all([snapshotRun(before).run(), snapshotRun(after).run()]);
  const a = lastAnswers(before);
  const b = lastAnswers(after);
  const answers: AnswerChange[] = [];
  for (const [command, x] of a) {
    const y = b.get(command);
    if (!y) {
      answers.push({ command, kind: 'removed', ...lineDiff(x.output, '') });
      continue;
    }
    const d = lineDiff(x.output, y.output);
    if (d.addedCount || d.removedCount || x.exitCode !== y.exitCode)
      answers.push({
        command,
        kind: 'changed',
        ...d,
        ...(x.exitCode !== y.exitCode ? { exitCode: { before: x.exitCode, after: y.exitCode } } : {}),
      });
  }
  for (const [command, y] of b)
    if (!a.has(command)) answers.push({ command, kind: 'added', ...lineDiff('', y.output) });
  const stepsB = new Map(rb.steps.map((s) => [s.id, s]));
  const verdicts: VerdictChange[] = [];
  for (const s of ra.steps) {
    const old = stepsB.get(s.id);
    if (old && old.status !== s.status)
      verdicts.push({
        step: s.id,
        before: old.status,
        after: s.status,
        beforeSummary: old.summary,
        afterSummary: s.summary,
      });
  }
  return {
    samePhone: before.capture.serial === after.capture.serial,
    samePackage: before.capture.package === after.capture.package,
    before: {
      capturedAt: before.capturedAt,
      serial: before.capture.serial,
      package: before.capture.package,
      verdict: rb.verdict,
    },
    after: {
      capturedAt: after.capturedAt,
      serial: after.capture.serial,
      package: after.capture.package,
      verdict: ra.verdict,
    },
    answers,
    manifestChanged: before.manifest?.manifestBase64 !== after.manifest?.manifestBase64,
    logWindowChanged: messages(before) !== messages(after),
    verdicts,
    reports: { before: rb, after: ra },
  };
}

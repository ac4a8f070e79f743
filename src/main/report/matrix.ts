// The rack's report: phones × steps, from the localized report of each phone (or the error that
// stopped its run before a report existed). HTML (status colours, the summary on hover, a link to
// each phone's own report), Markdown, JSON, and JUnit with one test suite per phone.
import type { LocalizedReport, LocalizedStep } from './localize';
import { toJUnit } from './junit';

export interface MatrixPhone {
  serial: string;
  /** The phone's report; absent when its run could not start or ended before one existed. */
  report?: LocalizedReport;
  /** Why there is no report (the phone went away before the checklist began, …). */
  error?: string;
  /** Where the phone's full report was written, relative to the matrix file. */
  link?: string;
}

export interface Matrix {
  package: string;
  generatedAt: string;
  /** Step ids in checklist order, over every phone's report. */
  steps: { id: string; title: string }[];
  phones: {
    serial: string;
    label: string;
    verdict: 'pass' | 'warn' | 'fail';
    headline: string;
    link?: string;
    cells: Record<string, { status: LocalizedStep['status']; summary: string } | undefined>;
  }[];
  /** The worst verdict over the phones. */
  verdict: 'pass' | 'warn' | 'fail';
}

const RANK = { pass: 0, warn: 1, fail: 2 } as const;

export function buildMatrix(pkg: string, phones: MatrixPhone[], generatedAt = new Date().toISOString()): Matrix {
  const steps: Matrix['steps'] = [];
  for (const p of phones)
    for (const s of p.report?.steps ?? [])
      if (!steps.some((x) => x.id === s.id)) steps.push({ id: s.id, title: s.title });
  const rows = phones.map((p) => {
    const r = p.report;
    const d = r?.device;
    const label = d ? [d.brand, d.model].filter(Boolean).join(' ') || p.serial : p.serial;
    const verdict: Matrix['verdict'] = r ? r.verdict : 'fail';
    const cells: Matrix['phones'][number]['cells'] = {};
    for (const s of steps) {
      const st = r?.steps.find((x) => x.id === s.id);
      cells[s.id] = st ? { status: st.status, summary: st.summary } : undefined;
    }
    return {
      serial: p.serial,
      label,
      verdict,
      headline: r ? (r.headline ?? r.verdict.toUpperCase()) : `FAIL — ${p.error ?? 'no report'}`,
      link: p.link,
      cells,
    };
  });
  const verdict = rows.reduce<Matrix['verdict']>((w, r) => (RANK[r.verdict] > RANK[w] ? r.verdict : w), 'pass');
  return { package: pkg, generatedAt, steps, phones: rows, verdict };
}

const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
const MARK: Record<string, string> = {
  pass: '✔',
  warn: '!',
  fail: '✘',
  skip: '–',
  manual: '?',
  pending: ' ',
  running: '…',
};

export function matrixHtml(m: Matrix): string {
  const head = m.steps.map((s) => `<th scope="col" title="${esc(s.id)}">${esc(s.title)}</th>`).join('');
  const body = m.phones
    .map((p) => {
      const name = p.link ? `<a href="${esc(p.link)}">${esc(p.label)}</a>` : esc(p.label);
      const cells = m.steps
        .map((s) => {
          const c = p.cells[s.id];
          if (!c) return '<td class="none" title="not run">·</td>';
          return `<td class="${c.status}" title="${esc(`${c.status}: ${c.summary}`)}">${MARK[c.status] ?? ''} ${esc(c.status)}</td>`;
        })
        .join('');
      return `<tr><th scope="row">${name}<br><small>${esc(p.serial)}</small></th><td class="${p.verdict}" title="${esc(p.headline)}">${esc(p.headline)}</td>${cells}</tr>`;
    })
    .join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>Push Doctor: ${esc(m.package)} on ${m.phones.length} phone(s)</title>
<style>
body{font:14px system-ui,sans-serif;margin:24px;color:#1b1f24}
table{border-collapse:collapse}th,td{border:1px solid #d0d7de;padding:6px 8px;text-align:left;vertical-align:top}
thead th{background:#f6f8fa;font-weight:600;max-width:9em}
td.pass{background:#dafbe1}td.warn{background:#fff8c5}td.fail{background:#ffebe9}td.manual{background:#ddf4ff}td.skip,td.none{background:#f6f8fa;color:#57606a}
small{color:#57606a}
</style></head><body>
<h1>Push Doctor: ${esc(m.package)} on ${m.phones.length} phone(s)</h1>
<p>Verdict over the rack: <strong>${m.verdict.toUpperCase()}</strong> · ${esc(m.generatedAt)} · hover a cell for its summary; a phone's name opens its full report.</p>
<table><thead><tr><th scope="col">Phone</th><th scope="col">Verdict</th>${head}</tr></thead>
<tbody>
${body}
</tbody></table>
</body></html>
`;
}

export function matrixMarkdown(m: Matrix): string {
  const cell = (s: string) =>
    s
      .replace(/\|/g, '\\|')
      .replace(/[\r\n]+/g, ' ')
      .replace(/</g, '&lt;');
  const lines = [
    `# Push Doctor: ${cell(m.package)} on ${m.phones.length} phone(s)`,
    '',
    `Verdict over the rack: **${m.verdict.toUpperCase()}** (${m.generatedAt})`,
    '',
    `| Phone | Verdict | ${m.steps.map((s) => cell(s.id)).join(' | ')} |`,
    `|---|---|${m.steps.map(() => '---').join('|')}|`,
    ...m.phones.map((p) => {
      const name = p.link
        ? `[${cell(p.label)}](${p.link}) (${cell(p.serial)})`
        : `${cell(p.label)} (${cell(p.serial)})`;
      return `| ${name} | ${cell(p.headline)} | ${m.steps.map((s) => (p.cells[s.id] ? `${MARK[p.cells[s.id]!.status]} ${p.cells[s.id]!.status}` : '·')).join(' | ')} |`;
    }),
    '',
  ];
  return lines.join('\n');
}

/** One `<testsuite>` per phone (a phone without a report is one failed case). */
export function matrixJUnit(m: Matrix, phones: MatrixPhone[]): string {
  const suites: string[] = [];
  let tests = 0;
  let failures = 0;
  let skipped = 0;
  const xml = (s: string) =>
    s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  for (const p of phones) {
    if (p.report) {
      const one = toJUnit(p.report);
      const suite = /<testsuite [\s\S]*?<\/testsuite>/.exec(one)?.[0];
      if (suite) suites.push(suite);
      tests += p.report.steps.length;
      failures += p.report.steps.filter((s) => s.status === 'fail').length;
      skipped += p.report.steps.filter((s) => s.status === 'skip' || s.status === 'manual').length;
    } else {
      const name = `push-doctor.${m.package}.${p.serial}`;
      suites.push(
        `  <testsuite name="${xml(name)}" tests="1" failures="1" skipped="0" errors="0" time="0"><testcase classname="${xml(name)}" name="run" time="0"><failure message="${xml(p.error ?? 'no report')}"/></testcase></testsuite>`,
      );
      tests += 1;
      failures += 1;
    }
  }
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="push-doctor" tests="${tests}" failures="${failures}" skipped="${skipped}">`,
    ...suites,
    '</testsuites>',
    '',
  ].join('\n');
}

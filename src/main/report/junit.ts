import type { LocalizedReport } from './localize';

function xml(s: string): string {
  // XML 1.0 cannot carry most control characters at all; drop them.
  return s
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/** One test case per step: fail → failure, skip and manual → skipped, warn → passed with output. */
export function toJUnit(r: LocalizedReport): string {
  const seconds = (ms: number) => (ms / 1000).toFixed(3);
  const total = r.steps.reduce((a, s) => a + s.durationMs, 0);
  const failures = r.steps.filter((s) => s.status === 'fail').length;
  const skipped = r.steps.filter((s) => s.status === 'skip' || s.status === 'manual').length;
  const suite = `push-doctor.${r.package}.${r.device.serial}`;
  const cases = r.steps.map((s) => {
    const body = [s.summary, ...s.remediation.map((x) => `- ${x}`)].filter(Boolean).join('\n');
    const evidence = s.evidence.map((e) => `$ ${e.source}\n${e.excerpt}`).join('\n\n');
    let inner = '';
    if (s.status === 'fail')
      inner = `<failure message="${xml(s.summary)}" type="${s.id}">${xml(body + (evidence ? `\n\n${evidence}` : ''))}</failure>`;
    else if (s.status === 'skip' || s.status === 'manual')
      inner = `<skipped message="${xml(`${s.status}: ${s.summary}`)}"/>`;
    if (s.status === 'warn' || s.status === 'manual') inner += `<system-out>${xml(body)}</system-out>`;
    return `    <testcase classname="${xml(suite)}" name="${xml(`${s.id} ${s.title}`)}" time="${seconds(s.durationMs)}">${inner}</testcase>`;
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="push-doctor" tests="${r.steps.length}" failures="${failures}" skipped="${skipped}" time="${seconds(total)}">`,
    `  <testsuite name="${xml(suite)}" tests="${r.steps.length}" failures="${failures}" skipped="${skipped}" errors="0" time="${seconds(total)}" timestamp="${xml(r.startedAt)}">`,
    ...cases,
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
}

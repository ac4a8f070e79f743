import type { LocalizedReport } from './localize';

const ICON: Record<string, string> = {
  pass: '✅',
  warn: '⚠️',
  fail: '❌',
  skip: '⏭️',
  manual: '❔',
  pending: '…',
  running: '…',
};

function fence(text: string): string {
  // A fence longer than any backtick run inside keeps the excerpt verbatim.
  const longest = Math.max(2, ...(text.match(/`+/g) ?? []).map((m) => m.length));
  const f = '`'.repeat(longest + 1);
  return `${f}\n${text}\n${f}`;
}

// Text from the phone (properties, package answers) and from vendors can hold raw HTML, which
// Markdown renderers pass through: everything outside a code fence is escaped. Fenced excerpts
// stay verbatim (HTML is not rendered inside a fence).
const text = (s: string | undefined) => (s ?? '').replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

const cell = (s: string) => text(s).replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function toMarkdown(r: LocalizedReport): string {
  const d = r.device;
  const out: string[] = [
    `# Push Doctor report: ${text(r.package)} on ${text(d.brand)} ${text(d.model ?? d.serial)}`
      .replace(/\s+/g, ' ')
      .trim(),
    '',
    `- Verdict: **${text(r.headline ?? r.verdict.toUpperCase())}** (${r.counts.pass} pass, ${r.counts.warn} warn, ${r.counts.fail} fail, ${r.counts.manual} manual, ${r.counts.skip} skipped)`,
    `- Phone: ${text(d.serial)} via adb ${text(d.server)}${d.rom ? `, ${text(d.rom.name)} ${text(d.rom.version)}` : ''}${d.android ? `, Android ${text(d.android.release)} (API ${d.android.sdk})` : ''}${d.pushChannel ? `, channel ${text(d.pushChannel)}` : ''}`,
    `- Run: ${r.startedAt} → ${r.finishedAt}, ${r.tool.name} ${r.tool.version}`,
    ...(r.snapshot
      ? [
          `- Diagnosed from a snapshot captured ${r.snapshot.capturedAt} (Push Doctor ${text(r.snapshot.toolVersion)}); checks that need the live phone were skipped`,
        ]
      : []),
    ...d.notes.map((n) => `- Note: ${text(n)}`),
    '',
    '| Step | Status | Result |',
    '|---|---|---|',
    ...r.steps.map((s) => `| ${cell(s.title)} (\`${s.id}\`) | ${ICON[s.status]} ${s.status} | ${cell(s.summary)} |`),
    '',
  ];
  if (r.userNotes) out.push('## Notes', '', text(r.userNotes), '');
  if (r.testPushes?.length)
    out.push(
      '## Test pushes',
      '',
      '| # | Provider | Accepted | Arrived | Latency | Answer |',
      '|---|---|---|---|---|---|',
      ...r.testPushes.map(
        (p) =>
          `| ${p.index} | ${cell(p.provider)} | ${p.ok ? 'yes' : 'no'} | ${p.arrived ? 'yes' : 'no'} | ${p.latencyMs !== undefined ? `${p.latencyMs} ms` : ''} | ${cell(p.ok ? (p.messageId ?? '') : p.meaning)} |`,
      ),
      '',
    );
  for (const s of r.steps) {
    out.push(`## ${ICON[s.status]} ${text(s.title)} — ${s.status}`, '', `\`${s.id}\` · ${s.durationMs} ms`, '');
    if (s.summary) out.push(text(s.summary), '');
    if (s.remediation.length) out.push('**What to do**', '', ...s.remediation.map((x) => `- ${text(x)}`), '');
    for (const e of s.evidence)
      out.push(`<details><summary>${text(e.source)}</summary>`, '', fence(e.excerpt), '', '</details>', '');
  }
  return out.join('\n');
}

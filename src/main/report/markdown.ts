import type { LocalizedReport } from './localize';

const ICON: Record<string, string> = { pass: '✅', warn: '⚠️', fail: '❌', skip: '⏭️', manual: '❔', pending: '…', running: '…' };

function fence(text: string): string {
  // A fence longer than any backtick run inside keeps the excerpt verbatim.
  const longest = Math.max(2, ...(text.match(/`+/g) ?? []).map((m) => m.length));
  const f = '`'.repeat(longest + 1);
  return `${f}\n${text}\n${f}`;
}

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function toMarkdown(r: LocalizedReport): string {
  const d = r.device;
  const out: string[] = [
    `# Push Doctor report: ${r.package} on ${d.brand ?? ''} ${d.model ?? d.serial}`.replace(/\s+/g, ' ').trim(),
    '',
    `- Verdict: **${r.headline ?? r.verdict.toUpperCase()}** (${r.counts.pass} pass, ${r.counts.warn} warn, ${r.counts.fail} fail, ${r.counts.manual} manual, ${r.counts.skip} skipped)`,
    `- Phone: ${d.serial} via adb ${d.server}${d.rom ? `, ${d.rom.name} ${d.rom.version}` : ''}${d.android ? `, Android ${d.android.release} (API ${d.android.sdk})` : ''}${d.pushChannel ? `, channel ${d.pushChannel}` : ''}`,
    `- Run: ${r.startedAt} → ${r.finishedAt}, ${r.tool.name} ${r.tool.version}`,
    ...d.notes.map((n) => `- Note: ${n}`),
    '',
    '| Step | Status | Result |',
    '|---|---|---|',
    ...r.steps.map((s) => `| ${cell(s.title)} (\`${s.id}\`) | ${ICON[s.status]} ${s.status} | ${cell(s.summary)} |`),
    '',
  ];
  for (const s of r.steps) {
    out.push(`## ${ICON[s.status]} ${s.title} — ${s.status}`, '', `\`${s.id}\` · ${s.durationMs} ms`, '');
    if (s.summary) out.push(s.summary, '');
    if (s.remediation.length) out.push('**What to do**', '', ...s.remediation.map((x) => `- ${x}`), '');
    for (const e of s.evidence) out.push(`<details><summary>${e.source.replace(/</g, '&lt;')}</summary>`, '', fence(e.excerpt), '', '</details>', '');
  }
  return out.join('\n');
}

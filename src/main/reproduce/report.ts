// The reproduce matrix as text (terminal), Markdown and HTML: conditions down, providers across,
// each cell its status and slowest latency, then the explanation of every cell that is not all
// `arrived`, and what was restored. Everything goes through the redactor.
import type { Text } from '../../shared/types';
import { redact } from '../secrets';
import type { Cell, ReproduceResult } from './run';
import { summarize, type WatchLine } from './watch';

type T = (text: Text | undefined) => string;

export function cellText(c: Cell | undefined, t: T): string {
  if (!c) return '';
  const status = t({ key: `reproduce.status.${c.status}` });
  const counts =
    c.messages.length > 1 && c.status === 'partial'
      ? ` ${c.messages.filter((m) => m.status === 'arrived' || m.status === 'late').length}/${c.messages.length}`
      : '';
  return c.maxLatencyMs !== undefined ? `${status}${counts} (${c.maxLatencyMs} ms)` : `${status}${counts}`;
}

function rows(r: ReproduceResult, t: T): string[][] {
  const conditions = r.conditions.map((c) => c.id);
  return [
    ['condition', ...r.routes],
    ...conditions.map((id) => [
      id,
      ...r.routes.map((route) =>
        cellText(
          r.cells.find((c) => c.condition === id && c.route === route),
          t,
        ),
      ),
    ]),
  ];
}

export function explanations(r: ReproduceResult, t: T): string[] {
  const out: string[] = [];
  for (const c of r.cells) for (const e of c.explanation) out.push(`${c.condition} × ${c.route}: ${t(e)}`);
  return [...new Set(out)];
}

export function restoreLine(r: ReproduceResult, t: T): string {
  return r.restore.differ.length
    ? t({ key: 'reproduce.restoreDiffers', params: { knobs: r.restore.differ.join(', ') } })
    : t({ key: 'reproduce.restored', params: { knobs: Object.keys(r.original).join(', ') } });
}

export function matrixText(r: ReproduceResult, t: T): string {
  const rs = rows(r, t);
  const widths = rs[0].map((_, i) => Math.max(...rs.map((row) => row[i].length)));
  return (
    rs
      .map((row) =>
        row
          .map((c, i) => c.padEnd(widths[i]))
          .join('  ')
          .trimEnd(),
      )
      .join('\n') + '\n'
  );
}

const mdCell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

export function reproduceMarkdown(r: ReproduceResult, t: T): string {
  const rs = rows(r, t);
  const lines = [
    `# Push Doctor reproduce: ${r.package} on ${r.serial}`,
    '',
    `Android API ${r.sdk}, channel ${r.channel}, ${r.pushes} push(es) per cell, ${r.startedAt} – ${r.finishedAt}.`,
    '',
    `| ${rs[0].map(mdCell).join(' | ')} |`,
    `| ${rs[0].map(() => '---').join(' | ')} |`,
    ...rs.slice(1).map((row) => `| ${row.map(mdCell).join(' | ')} |`),
    '',
    '## Why',
    '',
    ...explanations(r, t).map((e) => `- ${mdCell(e)}`),
    '',
    '## Conditions: set and undone (read back from the phone)',
    '',
    ...r.conditions.map(
      (c) =>
        `- ${c.id}: ${c.set ? 'set' : 'not set'} ${mdCell(JSON.stringify(c.setEvidence))}; ${c.undone ? 'undone' : 'NOT undone'} ${mdCell(JSON.stringify(c.undoneEvidence))}${c.note ? ` — ${mdCell(t(c.note))}` : ''}`,
    ),
    '',
    restoreLine(r, t),
    '',
  ];
  return redact(lines.join('\n'));
}

const esc = (s: string) =>
  s.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!);

const COLOURS: Record<string, string> = {
  arrived: '#d7f5dd',
  late: '#fff1c2',
  partial: '#ffd9b3',
  missing: '#ffd0d0',
  refused: '#ffd0d0',
  'not-set': '#e6e6e6',
  'not-run': '#e6e6e6',
};

export function reproduceHtml(r: ReproduceResult, t: T): string {
  const rs = rows(r, t);
  const body = r.conditions
    .map((c, i) => {
      const cells = r.routes.map((route) => {
        const cell = r.cells.find((x) => x.condition === c.id && x.route === route);
        const title = cell ? cell.explanation.map((e) => t(e)).join(' ') : '';
        return `<td style="background:${COLOURS[cell?.status ?? 'not-run']}" title="${esc(title)}">${esc(rs[i + 1][r.routes.indexOf(route) + 1])}</td>`;
      });
      return `<tr><th>${esc(c.id)}</th>${cells.join('')}</tr>`;
    })
    .join('\n');
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Push Doctor reproduce</title>
<style>body{font-family:system-ui,sans-serif;margin:2em}table{border-collapse:collapse}td,th{border:1px solid #999;padding:.3em .6em;text-align:left}</style>
</head><body>
<h1>Push Doctor reproduce: ${esc(r.package)} on ${esc(r.serial)}</h1>
<p>Android API ${r.sdk}, channel ${esc(r.channel)}, ${r.pushes} push(es) per cell, ${esc(r.startedAt)} – ${esc(r.finishedAt)}.</p>
<table><thead><tr>${rs[0].map((h) => `<th>${esc(h)}</th>`).join('')}</tr></thead><tbody>
${body}
</tbody></table>
<h2>Why</h2><ul>${explanations(r, t)
    .map((e) => `<li>${esc(e)}</li>`)
    .join('')}</ul>
<h2>Conditions: set and undone (read back from the phone)</h2><ul>${r.conditions
    .map(
      (c) =>
        `<li>${esc(c.id)}: ${c.set ? 'set' : 'not set'} <code>${esc(JSON.stringify(c.setEvidence))}</code>; ${c.undone ? 'undone' : 'NOT undone'} <code>${esc(JSON.stringify(c.undoneEvidence))}</code>${c.note ? ` — ${esc(t(c.note))}` : ''}</li>`,
    )
    .join('')}</ul>
<p>${esc(restoreLine(r, t))}</p>
</body></html>
`;
  return redact(html);
}

/** The watch as HTML: latency percentiles, loss, and the timeline with what the phone said at each push. */
export function watchHtml(lines: WatchLine[]): string {
  const s = summarize(lines);
  const start = lines.find((l) => l.type === 'start');
  const ms = (v: number | undefined) => (v === undefined ? '–' : `${v} ms`);
  const rowsHtml = lines
    .map((l) => {
      if (l.type === 'push')
        return `<tr style="background:${COLOURS[l.status]}"><td>${l.seq}</td><td>${esc(l.sentAt)}</td><td>${esc(l.route)}</td><td>${esc(l.status)}</td><td>${ms(l.latencyMs)}</td><td><code>${esc(JSON.stringify(l.phone))}</code></td></tr>`;
      if (l.type === 'arrival')
        return `<tr style="background:${COLOURS.late}"><td>${l.seq}</td><td>${esc(l.at)}</td><td colspan="4">arrived late, after ${ms(l.latencyMs)} (held by the phone)</td></tr>`;
      if (l.type === 'phone-gone')
        return `<tr><td>${l.seq}</td><td>${esc(l.at)}</td><td colspan="4">phone gone: ${esc(l.error)}</td></tr>`;
      if (l.type === 'phone-back')
        return `<tr><td>${l.seq}</td><td>${esc(l.at)}</td><td colspan="4">phone back after ${l.awayMs} ms</td></tr>`;
      if (l.type === 'condition')
        return `<tr><td></td><td>${esc(l.at)}</td><td colspan="4">${esc(l.id)}: ${esc(l.phase)} <code>${esc(JSON.stringify(l.evidence))}</code>${l.differ?.length ? ` — differs from the start: ${esc(l.differ.join(', '))}` : ''}</td></tr>`;
      if (l.type === 'phone')
        return `<tr><td></td><td>${esc(l.at)}</td><td colspan="4">phone: ${esc(
          Object.entries(l.changes)
            .map(([k, [a, b]]) => `${k} ${a ?? '?'} → ${b}`)
            .join('; '),
        )}</td></tr>`;
      if (l.type === 'resume') return `<tr><td></td><td>${esc(l.at)}</td><td colspan="4">watch resumed</td></tr>`;
      return '';
    })
    .join('\n');
  return redact(`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Push Doctor watch</title>
<style>body{font-family:system-ui,sans-serif;margin:2em}table{border-collapse:collapse}td,th{border:1px solid #999;padding:.3em .6em;text-align:left}</style>
</head><body>
<h1>Push Doctor watch${start?.type === 'start' ? `: ${esc(start.package)} on ${esc(start.serial)}` : ''}</h1>
<p>${s.pushes} push(es): ${s.arrived} arrived (${s.late} late), ${s.missing} missing (loss ${s.lossPct}%), ${s.refused} refused; latency p50 ${ms(s.p50)}, p95 ${ms(s.p95)}, max ${ms(s.max)}; phone gone ${s.phoneGone} time(s).</p>
<table><thead><tr><th>#</th><th>sent</th><th>provider</th><th>status</th><th>latency</th><th>phone</th></tr></thead><tbody>
${rowsHtml}
</tbody></table>
</body></html>
`);
}

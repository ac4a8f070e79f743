// One self-contained HTML file a support person can attach to a ticket: inline styles, no script,
// evidence folded with <details>, every value escaped.
import type { LocalizedReport } from './localize';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const STATUS_LABEL: Record<string, { en: string; zh: string; icon: string }> = {
  pass: { en: 'Pass', zh: '通过', icon: '✓' },
  warn: { en: 'Warning', zh: '警告', icon: '!' },
  fail: { en: 'Fail', zh: '失败', icon: '✕' },
  skip: { en: 'Skipped', zh: '已跳过', icon: '–' },
  manual: { en: 'Check by hand', zh: '需手动检查', icon: '?' },
  pending: { en: 'Pending', zh: '等待中', icon: '…' },
  running: { en: 'Running', zh: '进行中', icon: '…' },
};

const CSS = `
:root{--pass:#1a7f37;--warn:#9a6700;--fail:#cf222e;--skip:#6e7781;--manual:#0969da;--bg:#fff;--fg:#1f2328;--muted:#59636e;--line:#d1d9e0}
*{box-sizing:border-box}body{margin:0;font:15px/1.5 system-ui,-apple-system,"Segoe UI","PingFang SC","Microsoft YaHei",sans-serif;color:var(--fg);background:#f6f8fa}
main{max-width:980px;margin:0 auto;padding:32px 20px}h1{font-size:22px;margin:0 0 4px}h2{font-size:17px;margin:0}
.meta{color:var(--muted);margin:0 0 20px}.card{background:var(--bg);border:1px solid var(--line);border-radius:10px;padding:16px 18px;margin:12px 0}
.verdict{display:flex;gap:16px;align-items:center}.badge{display:inline-flex;gap:6px;align-items:center;font-weight:600;border-radius:999px;padding:2px 10px;color:#fff;font-size:13px;white-space:nowrap}
.pass{background:var(--pass)}.warn{background:var(--warn)}.fail{background:var(--fail)}.skip{background:var(--skip)}.manual{background:var(--manual)}.pending,.running{background:var(--skip)}
table{border-collapse:collapse;width:100%}td,th{text-align:left;padding:6px 8px;border-bottom:1px solid var(--line);vertical-align:top}th{color:var(--muted);font-weight:600;font-size:13px}
.step-head{display:flex;justify-content:space-between;gap:12px;align-items:baseline}.id{font-family:ui-monospace,SFMono-Regular,Menlo,monospace;color:var(--muted);font-size:12px}
ul{margin:6px 0 0 18px;padding:0}pre{background:#f6f8fa;border:1px solid var(--line);border-radius:6px;padding:10px;overflow:auto;font:12px/1.45 ui-monospace,SFMono-Regular,Menlo,monospace;white-space:pre-wrap;word-break:break-all}
details{margin-top:8px}summary{cursor:pointer;color:var(--muted)}.notes{color:var(--muted)}
@media print{body{background:#fff}.card{break-inside:avoid}details{display:block}details>pre{display:block}}
`;

export function toHtml(r: LocalizedReport): string {
  const zh = r.language === 'zh-CN';
  const label = (s: string) => STATUS_LABEL[s] ?? STATUS_LABEL.skip;
  const badge = (s: string) =>
    `<span class="badge ${esc(s)}"><span aria-hidden="true">${label(s).icon}</span>${esc(zh ? label(s).zh : label(s).en)}</span>`;
  const d = r.device;
  const phone = [d.brand, d.model].filter(Boolean).join(' ') || d.serial;
  const T = zh
    ? {
        title: '推送诊断报告',
        phone: '手机',
        channel: '推送通道',
        verdict: '结论',
        what: '处理建议',
        evidence: '证据',
        step: '检查项',
        status: '状态',
        result: '结果',
        notes: '说明',
        userNotes: '记录',
        pushes: '测试推送',
        provider: '推送方',
        accepted: '已接受',
        arrived: '已到达',
        latency: '耗时',
        answer: '应答',
      }
    : {
        title: 'Push diagnosis report',
        phone: 'Phone',
        channel: 'Push channel',
        verdict: 'Verdict',
        what: 'What to do',
        evidence: 'Evidence',
        step: 'Step',
        status: 'Status',
        result: 'Result',
        notes: 'Notes',
        userNotes: 'Notes from the person who ran it',
        pushes: 'Test pushes',
        provider: 'Provider',
        accepted: 'Accepted',
        arrived: 'Arrived',
        latency: 'Latency',
        answer: 'Answer',
      };
  const rows = r.steps
    .map(
      (s) =>
        `<tr><td><a href="#${esc(s.id)}">${esc(s.title)}</a></td><td>${badge(s.status)}</td><td>${esc(s.summary)}</td></tr>`,
    )
    .join('');
  const steps = r.steps
    .map(
      (s) => `<section class="card" id="${esc(s.id)}">
<div class="step-head"><h2>${esc(s.title)}</h2>${badge(s.status)}</div>
<div class="id">${esc(s.id)} · ${s.durationMs} ms</div>
${s.summary ? `<p>${esc(s.summary)}</p>` : ''}
${s.remediation.length ? `<strong>${T.what}</strong><ul>${s.remediation.map((x) => `<li>${esc(x)}</li>`).join('')}</ul>` : ''}
${s.evidence.map((e) => `<details><summary>${T.evidence}: ${esc(e.source)}</summary><pre>${esc(e.excerpt)}</pre></details>`).join('')}
</section>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="${zh ? 'zh-CN' : 'en'}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>${esc(`${T.title}: ${r.package} — ${phone}`)}</title><style>${CSS}</style></head>
<body><main>
<h1>${esc(T.title)}: ${esc(r.package)}</h1>
<p class="meta">${esc(T.phone)}: ${esc(phone)} (${esc(d.serial)})${d.rom ? ` · ${esc(`${d.rom.name} ${d.rom.version}`)}` : ''}${d.android ? ` · Android ${esc(d.android.release)}` : ''}${d.pushChannel ? ` · ${T.channel}: ${esc(d.pushChannel)}` : ''} · ${esc(r.finishedAt)} · ${esc(`${r.tool.name} ${r.tool.version}`)}</p>
${r.snapshot ? `<div class="card notes"><strong>${zh ? '快照' : 'Snapshot'}</strong><p>${esc(zh ? `根据 ${r.snapshot.capturedAt} 采集的手机快照诊断（Push Doctor ${r.snapshot.toolVersion}）；需要连接手机本身的检查已跳过。` : `Diagnosed from a snapshot of the phone captured ${r.snapshot.capturedAt} (Push Doctor ${r.snapshot.toolVersion}); the checks that need the live phone were skipped.`)}</p></div>` : ''}
<div class="card verdict"><strong>${T.verdict}</strong>${badge(r.verdict)}${r.headline ? `<span>${esc(r.headline)}</span>` : ''}<span>${r.counts.pass} ✓ · ${r.counts.warn} ! · ${r.counts.fail} ✕ · ${r.counts.manual} ? · ${r.counts.skip} –</span></div>
${d.notes.length ? `<div class="card notes"><strong>${T.notes}</strong><ul>${d.notes.map((n) => `<li>${esc(n)}</li>`).join('')}</ul></div>` : ''}
${r.userNotes ? `<div class="card user-notes"><strong>${T.userNotes}</strong><p style="white-space:pre-wrap">${esc(r.userNotes)}</p></div>` : ''}
${
  r.testPushes?.length
    ? `<div class="card"><strong>${T.pushes}</strong><table><thead><tr><th>#</th><th>${T.provider}</th><th>${T.accepted}</th><th>${T.arrived}</th><th>${T.latency}</th><th>${T.answer}</th></tr></thead><tbody>${r.testPushes
        .map(
          (p) =>
            `<tr><td>${p.index}</td><td>${esc(p.provider)}</td><td>${p.ok ? '✓' : '✕'}</td><td>${p.arrived ? '✓' : '✕'}</td><td>${p.latencyMs !== undefined ? `${p.latencyMs} ms` : ''}</td><td>${esc(p.ok ? (p.messageId ?? '') : p.meaning)}</td></tr>`,
        )
        .join('')}</tbody></table></div>`
    : ''
}
<div class="card"><table><thead><tr><th>${T.step}</th><th>${T.status}</th><th>${T.result}</th></tr></thead><tbody>${rows}</tbody></table></div>
${steps}
</main></body></html>
`;
}

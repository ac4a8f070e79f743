// issue 12 item 12: the Markdown report escapes raw HTML from the phone (device properties,
// package answers, evidence sources); fenced excerpts stay verbatim, and a fence cannot be closed
// from inside. Checked by walking the Markdown the way CommonMark does: outside fences, the only
// tags left are the report's own <details>/<summary>.
import { describe, expect, it } from 'vitest';
import { renderReport } from '../../../src/main/report/export';
import type { Report } from '../../../src/shared/types';

const EVIL = '<script>alert(document.cookie)</script><img src=x onerror=alert(1)>';

function report(): Report {
  return {
    schemaVersion: 1,
    tool: { name: 'push-doctor', version: '0.1.0' },
    startedAt: '2026-11-22T10:00:00.000Z',
    finishedAt: '2026-11-22T10:00:03.000Z',
    package: 'com.example.chat',
    device: {
      serial: '127.0.0.1:40001',
      server: '127.0.0.1:5037',
      detection: {
        brand: `Xiaomi${EVIL}`,
        manufacturer: 'Xiaomi',
        model: `<iframe src="javascript:alert(2)">`,
        device: 'houji',
        brandFamily: 'xiaomi',
        rom: { name: `HyperOS<b>`, version: '2.0<svg onload=alert(3)>' },
        android: { release: '15<i>', sdk: 35 },
        pushChannel: 'xiaomi',
        channelReason: 'brand:xiaomi',
        formFactor: 'phone',
        evidence: {},
        notes: [{ key: 'check.connection.ok', params: { serial: EVIL, version: 41 } }],
      },
    },
    steps: [
      {
        id: 'adb.connection',
        status: 'fail',
        title: { key: 'step.adb.connection.title' },
        summary: { key: 'check.connection.ok', params: { serial: EVIL, version: 41 } },
        evidence: [{ source: `getprop ${EVIL}`, excerpt: `\`\`\`\n</details>${EVIL}\n\`\`\`` }],
        remediation: [
          { key: 'check.connection.ok', params: { serial: '<a href="javascript:x">click</a>', version: 1 } },
        ],
        actions: [],
        durationMs: 12,
      },
    ],
    verdict: 'fail',
  } as unknown as Report;
}

/** The lines of a Markdown document outside fenced code blocks (CommonMark: a fence closes with a run at least as long). */
function outsideFences(md: string): string[] {
  const out: string[] = [];
  let open: string | null = null;
  for (const line of md.split('\n')) {
    const m = /^(`{3,}|~{3,})/.exec(line);
    if (open) {
      if (m && m[1][0] === open[0] && m[1].length >= open.length && line.trim() === m[1]) open = null;
      continue;
    }
    if (m) {
      open = m[1];
      continue;
    }
    out.push(line);
  }
  return out;
}

describe('Markdown report', () => {
  it('escapes raw HTML from the phone outside code fences', () => {
    const md = renderReport(report(), 'md');
    const tags = outsideFences(md)
      .join('\n')
      .match(/<\/?[A-Za-z][^>]*>/g);
    expect([...new Set(tags)].sort()).toEqual(['</details>', '</summary>', '<details>', '<summary>']);
    expect(md).toContain('&lt;script&gt;');
  });

  it('keeps the excerpt verbatim inside one fence', () => {
    const md = renderReport(report(), 'md');
    expect(md).toContain(`</details>${EVIL}`);
    // The excerpt's own ``` lines do not close the report's fence.
    const inside = md.split('\n').filter((l) => !outsideFences(md).includes(l));
    expect(inside.join('\n')).toContain(EVIL);
  });
});

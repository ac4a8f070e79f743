import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { exportReport, renderReport } from '../../../src/main/report/export';
import { registerSecret, forgetSecrets } from '../../../src/main/secrets';
import type { Report } from '../../../src/shared/types';

const SECRET = 'sk-live-9f8e7d6c5b4a';

function sample(): Report {
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
        brand: 'Xiaomi',
        manufacturer: 'Xiaomi',
        model: '23127PN0CC',
        device: 'houji',
        brandFamily: 'xiaomi',
        rom: { name: 'HyperOS', version: '2.0' },
        android: { release: '15', sdk: 35 },
        pushChannel: 'xiaomi',
        channelReason: 'brand:xiaomi',
        formFactor: 'phone',
        evidence: { 'ro.product.brand': 'Xiaomi' },
        notes: [{ key: 'detect.note.hyperosMiuiKeys' }],
      },
    },
    steps: [
      {
        id: 'adb.connection',
        status: 'pass',
        title: { key: 'step.adb.connection.title' },
        summary: { key: 'check.connection.ok', params: { serial: '127.0.0.1:40001', version: 41 } },
        evidence: [{ source: 'adb devices', excerpt: '127.0.0.1:40001\tdevice' }],
        remediation: [],
        actions: [],
        durationMs: 12,
      },
      {
        id: 'device.pushService',
        status: 'fail',
        title: { key: 'step.device.pushService.title' },
        summary: { key: 'check.pushService.missing', params: { channel: 'xiaomi', packages: 'com.xiaomi.xmsf' } },
        evidence: [
          { source: 'pm list packages', excerpt: `<script>alert(1)</script> & "quotes" ]]> \u0001 key=${SECRET}` },
        ],
        remediation: [{ key: 'check.pushService.install.xiaomi' }],
        actions: [],
        durationMs: 30,
      },
      {
        id: 'push.tokenReported',
        status: 'manual',
        title: { key: 'step.push.tokenReported.title' },
        summary: { key: 'engine.skipped', params: { step: 'push.token' } },
        evidence: [],
        remediation: [],
        actions: [],
        durationMs: 0,
      },
    ],
    verdict: 'fail',
  };
}

describe('report export', () => {
  it('writes JSON with a schema version and every step as id/status/title/evidence/remediation/durationMs', () => {
    const json = JSON.parse(renderReport(sample(), 'json', 'en'));
    expect(json.schemaVersion).toBe(1);
    expect(json.device.rom).toEqual({ name: 'HyperOS', version: '2.0' });
    for (const s of json.steps) {
      expect(Object.keys(s)).toEqual(
        expect.arrayContaining(['id', 'status', 'title', 'evidence', 'remediation', 'durationMs']),
      );
    }
    expect(json.steps[1].title).toBe('Vendor push service on the phone');
    expect(json.steps[1].remediation[0]).toContain('com.xiaomi.xmsf');
  });

  it('writes a self-contained HTML page that escapes what the phone said', () => {
    const html = renderReport(sample(), 'html', 'en');
    expect(html).not.toContain('<script>alert(1)</script>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    // No external resources: no src= or href= pointing anywhere but in-page anchors.
    expect(html).not.toMatch(/(src|href)="(?!#)/);
    const dom = new JSDOM(html);
    expect(dom.window.document.querySelectorAll('section.card').length).toBe(3);
  });

  it('writes the report in Simplified Chinese', () => {
    const html = renderReport(sample(), 'html', 'zh-CN');
    expect(html).toContain('lang="zh-CN"');
    expect(html).toContain('手机上的厂商推送服务');
  });

  it('writes Markdown whose fences survive backticks in evidence', () => {
    const r = sample();
    r.steps[0].evidence[0].excerpt = 'a ``` b';
    const md = renderReport(r, 'md', 'en');
    expect(md).toContain('````\na ``` b\n````');
    expect(md).toContain('| Vendor push service on the phone (`device.pushService`) | ❌ fail |');
  });

  it('writes well-formed JUnit with one test case per step', () => {
    const xml = renderReport(sample(), 'junit', 'en');
    const doc = new new JSDOM('').window.DOMParser().parseFromString(xml, 'application/xml');
    expect(doc.getElementsByTagName('parsererror').length).toBe(0);
    const cases = doc.getElementsByTagName('testcase');
    expect(cases.length).toBe(3);
    expect(cases[1].getElementsByTagName('failure').length).toBe(1);
    expect(cases[2].getElementsByTagName('skipped').length).toBe(1);
    expect(doc.getElementsByTagName('testsuite')[0].getAttribute('failures')).toBe('1');
  });

  it('never writes a registered secret, in any format', () => {
    registerSecret(SECRET);
    try {
      for (const f of ['json', 'html', 'md', 'junit'] as const) {
        expect(renderReport(sample(), f, 'en')).not.toContain(SECRET);
      }
    } finally {
      forgetSecrets();
    }
  });

  it('names the file after the package, phone and time', () => {
    expect(exportReport(sample(), 'junit').filename).toBe(
      'push-doctor-com.example.chat-127.0.0.1_40001-2026-11-22T10-00-03.xml',
    );
  });
});

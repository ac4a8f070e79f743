// issue 12 item 8: an endpoint that echoes the request (URL, authorization header, body) back in
// its error, raw, URL-encoded and base64-encoded. The secret must not come out in any form: not in
// the UI events (`push`, `step`, `run-finished`), not in any report (Markdown, HTML, JSON, JUnit),
// not in the `push` command's output (text and --json).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startAdbServer, type TestAdbServer } from '../helpers/adb-server';
import { connectedPhone } from '../helpers/phones';
import { runCli } from '../helpers/cli';
import { findLeaks } from '../helpers/leaks';
import type { VirtualDevice } from '../../src/sim/device';
import { startStandins, type Standins } from '../../src/sim/standins/server';
import { AdbHub } from '../../src/main/adb/hub';
import { PushDoctorService } from '../../src/main/service';
import { FileProfileStore } from '../../src/main/profiles/store';
import { renderReport } from '../../src/main/report/export';
import type { PushDoctorEvent } from '../../src/shared/contract';
import type { Report } from '../../src/shared/types';

// `+`, `/` and `=` make the URL-encoded form differ from the raw one (%2B, %2F, %3D).
const SECRET = 'mi+Echo/Secret=9f3Kq7/Zw+x==';
const TOKEN = 'Qz7tUvW3echoTokenR4nd0mK9pL';

let adb: TestAdbServer;
let standins: Standins;
const phones: VirtualDevice[] = [];
let dir: string;

beforeAll(async () => {
  adb = await startAdbServer();
  await connectedPhone(adb, phones, 'xiaomi-hyperos');
  standins = await startStandins({
    phones: { lookup: () => undefined },
    credentials: { xiaomi: { appSecret: SECRET } },
  });
  dir = mkdtempSync(join(tmpdir(), 'pd-secrets-'));
});

afterAll(async () => {
  await standins?.close();
  for (const p of phones) await p.stop();
  await adb?.kill();
  rmSync(dir, { recursive: true, force: true });
});

const profile = () => ({
  package: 'com.example.chat',
  providers: { xiaomi: { appSecret: SECRET, baseUrl: standins.urls.xiaomi.baseUrl } },
});

describe('an endpoint echoing the request', () => {
  it('the stand-in really echoes the secret (URL-encoded and base64) — the test can fail', async () => {
    standins.failNext('xiaomi', 'echo', 1);
    const res = await fetch(`${standins.urls.xiaomi.baseUrl}/v3/message/regid`, {
      method: 'POST',
      headers: { authorization: `key=${SECRET}`, 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ registration_id: 'x', s: SECRET }).toString(),
    });
    const text = await res.text();
    expect(res.status).toBe(400);
    expect(text).toContain(encodeURIComponent(SECRET));
    expect(findLeaks(text, SECRET).length).toBeGreaterThan(0);
  });

  it('service events and every report carry no form of the secret', async () => {
    const store = new FileProfileStore(join(dir, 'profiles'));
    await store.save('echo', profile());
    const hub = new AdbHub({ servers: [`127.0.0.1:${adb.port}`] });
    const service = new PushDoctorService({ front: 'serve', hub, profiles: store });
    const events: PushDoctorEvent[] = [];
    service.onEvent((e) => events.push(e));
    service.start();
    try {
      const serial = phones[0].serial;
      for (
        let i = 0;
        i < 100 && !(await service.listDevices()).some((d) => d.serial === serial && d.state === 'device');
        i++
      )
        await new Promise((r) => setTimeout(r, 100));
      standins.failNext('xiaomi', 'echo', 100);
      const finished = new Promise<Report>((resolve) =>
        service.onEvent((e) => e.type === 'run-finished' && resolve(e.report)),
      );
      await service.sendTestPush({ serial, profileId: 'echo', provider: 'xiaomi', token: TOKEN, count: 2 });
      const report = await finished;
      const kinds = new Set(events.map((e) => e.type));
      for (const k of ['push', 'step', 'run-finished'] as const) expect(kinds, `no ${k} event`).toContain(k);
      const wire = JSON.stringify(events);
      // The echo reached the events (redacted), so the check below looks at real echoed text.
      expect(wire).toMatch(/authorization=key=\*\*\*|key=\*\*\*/);
      expect(findLeaks(wire, SECRET)).toEqual([]);
      expect(
        findLeaks(
          JSON.stringify(
            await service.getReport({
              runId: (events.find((e) => e.type === 'run-finished') as { runId: string }).runId,
            }),
          ),
          SECRET,
        ),
      ).toEqual([]);
      for (const format of ['md', 'html', 'json', 'junit'] as const) {
        const out = renderReport(report, format);
        expect(findLeaks(out, SECRET), format).toEqual([]);
        expect(findLeaks(out, TOKEN), format).toEqual([]);
      }
      const md = renderReport(report, 'md');
      expect(md).toContain('***');
    } finally {
      service.stop();
    }
  }, 60_000);

  it('`push` prints no form of the secret (text and --json)', async () => {
    const file = join(dir, 'echo-profile.json');
    writeFileSync(file, JSON.stringify(profile()), { mode: 0o600 });
    for (const json of [false, true]) {
      standins.failNext('xiaomi', 'echo', 10);
      const res = await runCli([
        'push',
        '--profile',
        file,
        '--provider',
        'xiaomi',
        '--token',
        TOKEN,
        ...(json ? ['--json'] : []),
      ]);
      expect(res.code, res.stderr).toBe(1);
      expect(res.stdout).toMatch(/\*\*\*/);
      expect(findLeaks(res.stdout + res.stderr, SECRET)).toEqual([]);
    }
  }, 60_000);
});

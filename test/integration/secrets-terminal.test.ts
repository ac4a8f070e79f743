// issue 12 item 12: a phone whose properties carry terminal escape sequences (OSC 52 would write
// the user's clipboard) and a log file whose name does: the CLI prints neither raw.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startAdbServer, type TestAdbServer } from '../helpers/adb-server';
import { runCli } from '../helpers/cli';
import type { VirtualDevice } from '../../src/sim/device';
import { startPhone } from '../../src/cli/lab';
import { PROFILES } from '../../src/sim/profiles';

const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;
const OSC52 = '\u001b]52;c;cm0gLXJmIH4=\u0007';

let adb: TestAdbServer;
let phone: VirtualDevice;
let dir: string;

beforeAll(async () => {
  adb = await startAdbServer();
  const base = PROFILES.find((p) => p.name === 'xiaomi-hyperos')!;
  phone = await startPhone({
    profile: {
      ...base,
      name: 'evil-props',
      props: { ...base.props, 'ro.product.model': `${OSC52}Evil\u001b[2J\u009b31mPhone` },
    },
  });
  await adb.adb('connect', phone.serial);
  dir = mkdtempSync(join(tmpdir(), 'pd-term-'));
});

afterAll(async () => {
  await phone?.stop();
  await adb?.kill();
  rmSync(dir, { recursive: true, force: true });
});

describe('terminal output', () => {
  it('`devices` prints the phone model without its escape sequences', async () => {
    const res = await runCli(['--adb', `127.0.0.1:${adb.port}`, 'devices']);
    expect(res.code, res.stderr).toBe(0);
    expect(res.stdout).toContain('EvilPhone');
    expect(res.stdout).not.toMatch(CONTROL);
    expect(res.stderr).not.toMatch(CONTROL);
  });

  it('`tokens --log` with an escape sequence in the file name and the log', async () => {
    const file = join(dir, `log${OSC52}.txt`);
    writeFileSync(file, `11-22 10:00:00.000  1234  1234 D TUIOfflinePush-XiaomiMsgReceiver: regId: ${OSC52}abc\n`);
    const res = await runCli(['tokens', '--log', file]);
    expect(res.stdout + res.stderr).not.toMatch(CONTROL);
    expect(res.stdout + res.stderr).toContain('log');
  });
});

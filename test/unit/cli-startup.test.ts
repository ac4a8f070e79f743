// The CLI loads only the command it runs (issue 19: start-up): the command name is found past the
// global options, and a command that never talks to a phone does not load the adb client.
import { execFile } from 'node:child_process';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { commandName } from '../../src/cli/commands';
import { ensureCliBuilt } from '../helpers/cli';

const run = promisify(execFile);
const BIN = join(__dirname, '..', '..', 'bin', 'push-doctor.js');

describe('commandName', () => {
  it.each([
    [['diagnose', '--package', 'x'], 'diagnose'],
    [['--adb', '127.0.0.1:5037', 'devices'], 'devices'],
    [['--lang', 'zh-CN', '--adb-port', '5038', 'tokens'], 'tokens'],
    [['--adb-path', '/opt/adb', '--', 'detect'], 'detect'],
    [['--version'], undefined],
    [[], undefined],
    [['--help'], undefined],
  ])('%j → %s', (args, name) => {
    expect(commandName(args)).toBe(name);
  });
});

describe('lazy commands in the built CLI', () => {
  let props: string;
  beforeAll(() => {
    ensureCliBuilt();
    props = join(mkdtempSync(join(tmpdir(), 'pd-start-')), 'getprop.txt');
    writeFileSync(
      props,
      '[ro.product.brand]: [Xiaomi]\n[ro.product.manufacturer]: [Xiaomi]\n[ro.product.model]: [23127PN0CC]\n[ro.build.version.sdk]: [35]\n[ro.build.version.release]: [15]\n',
    );
  });

  // NODE_DEBUG=module makes Node's CommonJS loader name every package it loads; adbkit is CommonJS.
  const loads = async (args: string[]) => {
    const r = await run(process.execPath, [BIN, ...args], { env: { ...process.env, NODE_DEBUG: 'module' } }).catch(
      (e: { stdout: string; stderr: string }) => e,
    );
    return { out: r.stdout, adbkit: r.stderr.split('\n').filter((l) => l.includes('@devicefarmer/adbkit')).length };
  };

  it('detect and --version never load the adb client; devices does', async () => {
    const detect = await loads(['detect', '--props', props]);
    expect(detect.out).toContain('23127PN0CC');
    expect(detect.adbkit).toBe(0);
    const version = await loads(['--version']);
    expect(version.out.trim()).toMatch(/^\d+\.\d+\.\d+/);
    expect(version.adbkit).toBe(0);
    // The witness that the probe sees a load when there is one.
    expect((await loads(['--adb-port', '1', 'devices'])).adbkit).toBeGreaterThan(0);
  });

  it('help still lists every command', async () => {
    const help = await loads(['--help']);
    for (const c of ['devices', 'detect', 'sim', 'diagnose', 'tokens', 'push', 'serve', 'manifest'])
      expect(help.out).toContain(c);
  });
});

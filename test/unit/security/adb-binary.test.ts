// issue 12 item 12: the README says the adb bundled with the desktop app is preferred; the code
// agrees (it tried PATH first). A configured path still wins over both.
import { afterAll, describe, expect, it } from 'vitest';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { adbCandidates, findAdb } from '../../../src/main/adb/binary';

const root = mkdtempSync(join(tmpdir(), 'pd-adbbin-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function fakeAdb(dir: string): string {
  mkdirSync(dir, { recursive: true });
  const p = join(dir, process.platform === 'win32' ? 'adb.exe' : 'adb');
  writeFileSync(p, '#!/bin/sh\n');
  chmodSync(p, 0o755);
  return p;
}

describe('which adb', () => {
  const onPath = fakeAdb(join(root, 'path-bin'));
  const bundled = fakeAdb(join(root, 'resources', 'adb'));
  const configured = fakeAdb(join(root, 'configured'));
  const env = { PATH: join(root, 'path-bin'), HOME: root };

  it('prefers the bundled adb over the one on PATH', () => {
    expect(findAdb({ env, bundledDir: join(root, 'resources', 'adb') })).toBe(bundled);
    expect(adbCandidates(env, join(root, 'resources', 'adb'))[0]).toBe(bundled);
  });

  it('uses PATH when there is no bundled copy (the CLI)', () => {
    expect(findAdb({ env })).toBe(onPath);
  });

  it('a configured path wins', () => {
    expect(findAdb({ env, bundledDir: join(root, 'resources', 'adb'), configured })).toBe(configured);
  });
});

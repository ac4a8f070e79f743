// issue 12 item 12: a token on the command line shows in `ps`. `push` also takes the push token
// from $PUSH_DOCTOR_TOKEN or --token-file, `serve` its access token from $PUSH_DOCTOR_SERVE_TOKEN
// or --token-file.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureCliBuilt, runCli } from '../helpers/cli';
import { startAdbServer, type TestAdbServer } from '../helpers/adb-server';
import { startStandins, type Standins } from '../../src/sim/standins/server';

const TOKEN = 'Xk4tokenFromAFileOrEnv9Qz';
let standins: Standins;
let dir: string;
let profile: string;
let adb: TestAdbServer;

beforeAll(async () => {
  // The stand-in delivers only to this token: an accepted push proves which token was sent.
  standins = await startStandins({
    phones: {
      lookup: (_v, t) =>
        t === TOKEN
          ? { package: 'com.example.chat', deliver: () => ({ shown: true, key: 'k', intercepted: false }) }
          : undefined,
    },
  });
  dir = mkdtempSync(join(tmpdir(), 'pd-tokin-'));
  profile = join(dir, 'p.json');
  writeFileSync(
    profile,
    JSON.stringify({
      package: 'com.example.chat',
      providers: {
        xiaomi: { appSecret: standins.credentials.xiaomi.appSecret, baseUrl: standins.urls.xiaomi.baseUrl },
      },
    }),
    { mode: 0o600 },
  );
  adb = await startAdbServer();
});
afterAll(async () => {
  await standins?.close();
  await adb?.kill();
  rmSync(dir, { recursive: true, force: true });
});

const push = (args: string[], env: NodeJS.ProcessEnv = {}) =>
  runCli(['push', '--profile', profile, '--provider', 'xiaomi', '--json', ...args], {
    env: { PUSH_DOCTOR_TOKEN: '', ...env },
  });

describe('push --token alternatives', () => {
  it('from $PUSH_DOCTOR_TOKEN', async () => {
    const res = await push([], { PUSH_DOCTOR_TOKEN: TOKEN });
    expect(res.code, res.stderr).toBe(0);
    expect(JSON.parse(res.stdout.trim()).ok).toBe(true);
  });

  it('from --token-file (first line)', async () => {
    const f = join(dir, 'token.txt');
    writeFileSync(f, `${TOKEN}\n`, { mode: 0o600 });
    const res = await push(['--token-file', f]);
    expect(res.code, res.stderr).toBe(0);
  });

  it('none of them: a usage error naming all three; both flags: refused', async () => {
    const res = await push([]);
    expect(res.code).toBe(2);
    expect(res.stderr).toMatch(/--token \(or --token-file, or \$PUSH_DOCTOR_TOKEN\) is required/);
    const both = await push(['--token', TOKEN, '--token-file', join(dir, 'token.txt')]);
    expect(both.code).toBe(2);
    expect(both.stderr).toMatch(/not both/);
  });
});

describe('serve --token alternatives', () => {
  const serve = (args: string[], env: NodeJS.ProcessEnv) =>
    new Promise<string>((resolve, reject) => {
      ensureCliBuilt();
      const root = fileURLToPath(new URL('../..', import.meta.url));
      // A stand-in page: these tests are about the token, not the UI bundle.
      const ui = join(dir, 'ui');
      mkdirSync(ui, { recursive: true });
      writeFileSync(join(ui, 'index.html'), '<!doctype html>');
      const child = spawn(
        process.execPath,
        [
          join(root, 'bin', 'push-doctor.js'),
          '--adb',
          `127.0.0.1:${adb.port}`,
          'serve',
          '--no-sim',
          '--profiles',
          join(dir, 'profiles'),
          ...args,
        ],
        { env: { ...process.env, PUSH_DOCTOR_RENDERER: ui, ...env }, stdio: ['ignore', 'pipe', 'pipe'] },
      );
      let out = '';
      let err = '';
      const timer = setTimeout(() => {
        child.kill('SIGTERM');
        reject(new Error(`serve did not start: ${err}`));
      }, 30_000);
      child.stdout.on('data', (d) => {
        out += d;
        const m = /open (\S+)/.exec(out);
        if (m) {
          clearTimeout(timer);
          child.kill('SIGTERM');
          resolve(m[1]);
        }
      });
      child.stderr.on('data', (d) => (err += d));
      child.on('exit', () => {
        clearTimeout(timer);
        reject(new Error(`serve exited: ${err}`));
      });
    });

  it('from $PUSH_DOCTOR_SERVE_TOKEN and from --token-file', async () => {
    const fromEnv = 'serveTokenFromEnvironment_0123';
    expect(await serve([], { PUSH_DOCTOR_SERVE_TOKEN: fromEnv })).toContain(`token=${fromEnv}`);
    const f = join(dir, 'serve-token');
    writeFileSync(f, 'serveTokenFromAFile_456789\n', { mode: 0o600 });
    expect(await serve(['--token-file', f], { PUSH_DOCTOR_SERVE_TOKEN: '' })).toContain(
      'token=serveTokenFromAFile_456789',
    );
  }, 60_000);
});

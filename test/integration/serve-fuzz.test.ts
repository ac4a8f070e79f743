// Issue 12 item 1: a real `push-doctor serve` (the CLI bundle, its built-in virtual phone, a real
// adb server) attacked with malformed WebSocket traffic, bounded by fast-check: raw frames over a
// TCP socket after a valid upgrade (unmasked, bad UTF-8, lying length headers, reserved opcodes,
// RSV bits, garbage, frames cut short) and malformed messages through the `ws` library (JSON
// `null`, arrays, numbers, wrong shapes, binary). After every case a well-behaved client still gets
// answers; at the end the process is up, the virtual phone is listed, a diagnosis still runs, and
// nothing on stderr carries the access token. On the old code the first JSON `null` ended the
// process (a TypeError nothing caught).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import WebSocket from 'ws';
import { startAdbServer, waitFor, type TestAdbServer } from '../helpers/adb-server';
import { ensureCliBuilt } from '../helpers/cli';
import { frame, rawUpgrade } from '../helpers/raw-ws';

let adb: TestAdbServer;
let dir: string;
let child: ChildProcessWithoutNullStreams;
let stderr = '';
let port: number;
let token: string;
let good: WebSocket;
const events: { type: string; runId?: string }[] = [];

function call(
  s: WebSocket,
  method: string,
  payload: unknown,
  timeoutMs = 10_000,
): Promise<{ result?: unknown; error?: { message: string } }> {
  return new Promise((resolve, reject) => {
    const id = Math.floor(Math.random() * 1e9);
    const timer = setTimeout(() => reject(new Error(`${method}: no answer in ${timeoutMs} ms`)), timeoutMs);
    const onMsg = (d: WebSocket.RawData) => {
      const m = JSON.parse(String(d));
      if (m.id === id) {
        clearTimeout(timer);
        s.off('message', onMsg);
        resolve(m);
      }
    };
    s.on('message', onMsg);
    s.send(JSON.stringify({ id, method, payload }));
  });
}

function open(extra: { origin?: string } = {}): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const s = new WebSocket(`ws://127.0.0.1:${port}/ws?token=${token}`, {
      headers: { origin: extra.origin ?? `http://127.0.0.1:${port}` },
    });
    s.on('error', () => undefined);
    s.once('open', () => resolve(s));
    s.once('unexpected-response', (_q, r) => reject(new Error(`HTTP ${r.statusCode}`)));
  });
}

beforeAll(async () => {
  ensureCliBuilt();
  adb = await startAdbServer();
  dir = mkdtempSync(join(tmpdir(), 'pd-serve-fuzz-'));
  // The UI bundle is not what is under attack here; a page stands in for it.
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>ui</title>');
  child = spawn(
    process.execPath,
    [
      join(process.cwd(), 'bin', 'push-doctor.js'),
      '--adb-port',
      String(adb.port),
      'serve',
      '--profiles',
      join(dir, 'profiles'),
    ],
    {
      env: { ...adb.env, PUSH_DOCTOR_HOME: dir, PUSH_DOCTOR_RENDERER: dir, NO_COLOR: '1' },
    },
  );
  child.stderr.on('data', (d) => (stderr += String(d)));
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout.on('data', (d) => {
      out += String(d);
      const m = /open (http:\/\/\S+)/.exec(out);
      if (m) resolve(m[1]);
    });
    child.once('exit', (code) => reject(new Error(`serve exited with ${code}: ${stderr}`)));
  });
  const u = new URL(url);
  port = Number(u.port);
  token = u.searchParams.get('token')!;
  good = await open();
  good.on('message', (d) => {
    const m = JSON.parse(String(d));
    if (m.event) events.push(m.event);
  });
  await waitFor(
    async () =>
      ((await call(good, 'listDevices', null)).result as { state: string }[]).some((d) => d.state === 'device'),
    30_000,
    'the virtual phone',
  );
}, 90_000);

afterAll(async () => {
  good?.close();
  if (child && child.exitCode === null) {
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await exited;
  }
  await adb?.kill();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Still up, and a well-behaved client still gets answers. */
async function alive(what: string): Promise<void> {
  expect(child.exitCode, `serve exited after ${what}: ${stderr}`).toBeNull();
  const info = await call(good, 'getInfo', null);
  expect((info.result as { front: string }).front, what).toBe('serve');
}

/** Sends the bytes on a fresh, upgraded raw connection; waits for the server to close it (or a moment). */
async function attackRaw(
  bytes: Buffer[],
  thenDestroy: boolean,
): Promise<{ code: number | null; reason: string } | 'open'> {
  const c = await rawUpgrade({ port, token });
  for (const b of bytes) c.send(b);
  if (thenDestroy) c.socket.destroy();
  const result = await Promise.race([c.closed, new Promise<'open'>((r) => setTimeout(() => r('open'), 150))]);
  c.socket.destroy();
  return result;
}

// Only methods that change nothing: a random but valid request must not start adb servers or
// delete profiles.
const METHODS = [
  'getInfo',
  'listDevices',
  'listServers',
  'getSettings',
  'listProfiles',
  'getProfile',
  'getReport',
  'cancelRun',
  'stopLogcat',
  'revealToken',
  'constructor',
  '__proto__',
  'toString',
  'hasOwnProperty',
];

const rawFrame = fc.oneof(
  // Any JSON at all, JSON null among it.
  fc.jsonValue().map((v) => [frame(JSON.stringify(v) ?? 'null')]),
  // Request-shaped messages with wrong types everywhere.
  fc
    .record({
      id: fc.oneof(fc.jsonValue(), fc.integer()),
      method: fc.oneof(fc.constantFrom(...METHODS), fc.string()),
      payload: fc.jsonValue(),
    })
    .map((m) => [frame(JSON.stringify(m))]),
  // Text frames that are not valid UTF-8.
  fc
    .uint8Array({ maxLength: 64 })
    .map((b) => [frame(Buffer.concat([Buffer.from(b), Buffer.from([0xc3, 0x28, 0xff])]))]),
  // Any header bits: opcode, FIN, RSV, masked or not.
  fc
    .record({
      opcode: fc.integer({ min: 0, max: 15 }),
      fin: fc.boolean(),
      mask: fc.boolean(),
      rsv: fc.integer({ min: 0, max: 7 }),
      payload: fc.uint8Array({ maxLength: 300 }),
    })
    .map((f) => [frame(Buffer.from(f.payload), f)]),
  // A header announcing more than the 1 MiB limit (up to 2^63 - 1).
  fc.bigInt({ min: 1n << 20n, max: (1n << 63n) - 1n }).map((n) => [frame(Buffer.alloc(16, 0x41), { announce: n })]),
  // Garbage right after the upgrade.
  fc.uint8Array({ minLength: 1, maxLength: 512 }).map((b) => [Buffer.from(b)]),
  // Fragments that never finish, continuation frames with nothing before them.
  fc
    .string({ maxLength: 40 })
    .map((s) => [frame(`{"id":1,"method":"${s}`, { fin: false }), frame('x', { opcode: 0, fin: false })]),
);

describe('serve under malformed WebSocket traffic', () => {
  it('closes each bad raw client with a code and stays up for everyone else (fast-check)', async () => {
    await fc.assert(
      fc.asyncProperty(rawFrame, fc.boolean(), async (bytes, cut) => {
        const outcome = await attackRaw(cut ? bytes.map((b) => b.subarray(0, Math.max(1, b.length >> 1))) : bytes, cut);
        if (outcome !== 'open' && outcome.code !== null) {
          expect([1002, 1003, 1007, 1008, 1009]).toContain(outcome.code);
          expect(outcome.reason.length).toBeGreaterThan(0);
        }
        await alive(`raw bytes ${bytes.map((b) => b.subarray(0, 24).toString('hex')).join(' ')}`);
      }),
      { numRuns: 60, interruptAfterTimeLimit: 60_000 },
    );
  }, 120_000);

  it('closes the named attacks of the issue with the right code', async () => {
    const cases: [string, Buffer[], number][] = [
      ['JSON null', [frame('null')], 1008],
      ['invalid UTF-8', [frame(Buffer.from([0x22, 0xff, 0x22]))], 1007],
      ['an unmasked client frame', [frame('{"id":1,"method":"getInfo"}', { mask: false })], 1002],
      ['a header announcing more than the limit', [frame(Buffer.alloc(0), { announce: (1n << 63n) - 1n })], 1009],
      ['a frame over 1 MiB', [frame(Buffer.alloc((1 << 20) + 10, 0x20))], 1009],
    ];
    for (const [what, bytes, code] of cases) {
      const outcome = await attackRaw(bytes, false);
      expect(outcome, what).not.toBe('open');
      expect((outcome as { code: number }).code, what).toBe(code);
      await alive(what);
    }
  }, 60_000);

  it('closes clients that send malformed messages through a WebSocket library (fast-check)', async () => {
    const message = fc.oneof(
      fc.constant('null'),
      fc.jsonValue().map((v) => JSON.stringify(v) ?? 'null'),
      fc.string({ maxLength: 200 }),
      fc.uint8Array({ maxLength: 200 }).map((b) => Buffer.from(b)),
    );
    // The close code the first bad message must bring (none while every message is a JSON object).
    const expected = (m: string | Buffer): number | null => {
      if (typeof m !== 'string') return 1003;
      let v: unknown;
      try {
        v = JSON.parse(m);
      } catch {
        return 1007;
      }
      return typeof v === 'object' && v !== null && !Array.isArray(v) ? null : 1008;
    };
    await fc.assert(
      fc.asyncProperty(fc.array(message, { minLength: 1, maxLength: 4 }), async (messages) => {
        const s = await open();
        const closed = new Promise<{ code: number; reason: string }>((r) =>
          s.once('close', (code, reason) => r({ code, reason: String(reason) })),
        );
        for (const m of messages) s.send(m);
        const want = messages.map(expected).find((c) => c !== null) ?? null;
        if (want !== null) {
          const got = await closed;
          expect(got.code).toBe(want);
          expect(got.reason.length).toBeGreaterThan(0);
        } else {
          expect(
            await Promise.race([closed.then(() => 'closed'), new Promise((r) => setTimeout(() => r('open'), 100))]),
          ).toBe('open');
        }
        s.terminate();
        await alive(`messages ${JSON.stringify(messages).slice(0, 200)}`);
      }),
      { numRuns: 40, interruptAfterTimeLimit: 40_000 },
    );
  }, 90_000);

  it('afterwards: the virtual phone is listed, a diagnosis runs to the end, and stderr never shows the token', async () => {
    await alive('the fuzz');
    const devices = (await call(good, 'listDevices', null)).result as { serial: string; state: string }[];
    const phone = devices.find((d) => d.state === 'device')!;
    expect(phone).toBeDefined();
    const { runId } = (
      await call(good, 'runDiagnosis', {
        serial: phone.serial,
        package: 'com.example.chat',
        steps: ['adb.connection', 'device.channel'],
      })
    ).result as { runId: string };
    await waitFor(() => events.some((e) => e.type === 'run-finished' && e.runId === runId), 30_000, 'run-finished');
    // The server said why it closed the bad clients, and never printed the token.
    expect(stderr).toMatch(/closed client|client [0-9a-f]{8}:/);
    expect(stderr).not.toContain(token);
  }, 60_000);
});

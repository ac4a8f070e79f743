// The RPC dispatcher and `serve`'s guards over real HTTP and WebSocket: unknown methods and bad
// payloads refused by field, the access token and its port-bound cookie, the Host allow-list and
// the Origin check (DNS rebinding), path traversal, the refusal to bind beyond loopback without
// --allow-remote, malformed frames closing only their client, per-client send caps, and log
// streams owned by the connection that opened them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import http from 'node:http';
import WebSocket from 'ws';
import { startServe, type ServeHandle } from '../../../src/cli/serve/server';
import { createDispatcher } from '../../../src/main/rpc';
import type { PushDoctorApi, PushDoctorEvent } from '../../../src/shared/contract';
import { BadInputError } from '../../../src/main/errors';
import { createWsBridge, dropTokenFromAddressBar } from '../../../src/renderer/src/bridge/ws';
import { frame, rawUpgrade } from '../../helpers/raw-ws';

// A recording stand-in for the core: these tests are about the transport's guards; the real
// service runs behind `serve` in the browser tests.
const calls: [string, unknown][] = [];
const api = new Proxy({} as PushDoctorApi, {
  get: (_t, method: string) => async (input: unknown) => {
    calls.push([method, input]);
    if (method === 'listDevices') return [{ serial: 'emulator-5554', server: '127.0.0.1:5037', state: 'device' }];
    if (method === 'getProfile') throw new BadInputError('No app profile named "x".', 'Create it first.');
    if (method === 'startLogcat') return { streamId: `00000000-0000-4000-8000-${String(++streams).padStart(12, '0')}` };
    return null;
  },
});
const listeners = new Set<(e: PushDoctorEvent) => void>();
let streams = 0;
const emit = (e: PushDoctorEvent) => {
  for (const l of listeners) l(e);
};
const serveLog: string[] = [];

let root: string;
let serve: ServeHandle;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'pd-serve-'));
  mkdirSync(join(root, 'assets'));
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>ui</title>');
  writeFileSync(join(root, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(tmpdir(), 'pd-secret.txt'), 'top secret');
  serve = await startServe({
    api,
    subscribe: (l) => (listeners.add(l), () => listeners.delete(l)),
    staticDir: root,
    log: (l) => void serveLog.push(l),
  });
});
afterAll(async () => serve?.close());

function get(
  path: string,
  headers: Record<string, string> = {},
  port = serve.port,
): Promise<{ status: number; body: string; headers: http.IncomingHttpHeaders }> {
  return new Promise((resolve, reject) => {
    http
      .get({ host: '127.0.0.1', port, path, headers }, (res) => {
        let body = '';
        res.on('data', (c) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode!, body, headers: res.headers }));
      })
      .on('error', reject);
  });
}

function ws(query: string, origin?: string, extra: Record<string, string> = {}, port = serve.port): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const s = new WebSocket(`ws://127.0.0.1:${port}/ws${query}`, {
      headers: { ...(origin ? { origin } : {}), ...extra },
    });
    s.once('open', () => resolve(s));
    s.once('unexpected-response', (_req, res) => reject(new Error(`HTTP ${res.statusCode}`)));
    s.once('error', reject);
  });
}

function call(
  s: WebSocket,
  method: string,
  payload: unknown,
): Promise<{ result?: unknown; error?: { message: string; hint?: string; code: string } }> {
  return new Promise((resolve) => {
    const id = Math.floor(Math.random() * 1e9);
    const onMsg = (d: WebSocket.RawData) => {
      const m = JSON.parse(String(d));
      if (m.id === id) {
        s.off('message', onMsg);
        resolve(m);
      }
    };
    s.on('message', onMsg);
    s.send(JSON.stringify({ id, method, payload }));
  });
}

describe('serve', () => {
  it('prints a loopback URL with a long random token', () => {
    expect(serve.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[A-Za-z0-9_-]{32}$/);
  });

  it('refuses pages without the token, serves them with it, then by cookie, with a CSP', async () => {
    expect((await get('/')).status).toBe(401);
    expect((await get('/?token=wrong')).status).toBe(401);
    const ok = await get(`/?token=${serve.token}`);
    expect(ok.status).toBe(200);
    expect(ok.headers['content-security-policy']).toContain("script-src 'self'");
    const setCookie = String(ok.headers['set-cookie']);
    expect(setCookie).toContain('HttpOnly');
    expect(setCookie).toContain('SameSite=Strict');
    const cookie = setCookie.split(';')[0];
    expect((await get('/assets/app.js', { cookie })).status).toBe(200);
  });

  it("names the cookie after the port, so another server on 127.0.0.1 never gets this one's token", async () => {
    const ok = await get(`/?token=${serve.token}`);
    const cookie = String(ok.headers['set-cookie']).split(';')[0];
    expect(serve.cookieName).toBe(`pd_token_${serve.port}`);
    expect(cookie).toBe(`pd_token_${serve.port}=${serve.token}`);
    // The token under another port's name (what a second serve on this machine would get) opens nothing.
    expect((await get('/assets/app.js', { cookie: `pd_token=${serve.token}` })).status).toBe(401);
    expect((await get('/assets/app.js', { cookie: `pd_token_${serve.port + 1}=${serve.token}` })).status).toBe(401);
  });

  it('answers only to its own host names (a DNS-rebinding page with the token gets nothing)', async () => {
    const t = `/?token=${serve.token}`;
    for (const host of [
      `127.0.0.1:${serve.port}`,
      `localhost:${serve.port}`,
      `[::1]:${serve.port}`,
      `LOCALHOST:${serve.port}`,
    ])
      expect((await get(t, { host })).status, host).toBe(200);
    for (const host of [
      `evil.example:${serve.port}`,
      `127.0.0.1:${serve.port + 1}`,
      'localhost',
      `127.0.0.2:${serve.port}`,
      `pd.rebind.example:${serve.port}`,
    ]) {
      const r = await get(t, { host });
      expect(r.status, host).toBe(421);
      expect(r.headers['set-cookie'], host).toBeUndefined();
    }
    // The WebSocket: Host and Origin both the attacker's name, with a valid token (the old check
    // built the expected Origin from the Host header and let this in).
    const evil = `evil.example:${serve.port}`;
    await expect(ws(`?token=${serve.token}`, `http://${evil}`, { host: evil })).rejects.toThrow('HTTP 421');
    // A page on another allowed name may not use this one's Origin trick either.
    await expect(ws(`?token=${serve.token}`, `http://${evil}`)).rejects.toThrow('HTTP 403');
    await expect(ws(`?token=${serve.token}`, `https://127.0.0.1:${serve.port}`)).rejects.toThrow('HTTP 403');
    // localhost and 127.0.0.1 are the same server: either Origin is fine.
    const s = await ws(`?token=${serve.token}`, `http://localhost:${serve.port}`);
    expect((await call(s, 'listDevices', null)).result).toHaveLength(1);
    s.close();
  });

  it('serves nothing outside the build folder and lists no directories', async () => {
    const t = `token=${serve.token}`;
    for (const p of [
      `/../pd-secret.txt?${t}`,
      `/%2e%2e/pd-secret.txt?${t}`,
      `/assets/..%2f..%2fpd-secret.txt?${t}`,
      `/assets/?${t}`,
      `/assets?${t}`,
    ]) {
      const r = await get(p);
      expect(r.status, p).toBe(404);
      expect(r.body).not.toContain('top secret');
    }
  });

  it('refuses a WebSocket without the token or from another origin', async () => {
    const origin = `http://127.0.0.1:${serve.port}`;
    await expect(ws('', origin)).rejects.toThrow('HTTP 401');
    await expect(ws(`?token=${serve.token}`, 'http://evil.example')).rejects.toThrow('HTTP 403');
    await expect(ws(`?token=${serve.token}`)).rejects.toThrow('HTTP 403');
    const s = await ws(`?token=${serve.token}`, origin);
    s.close();
  });

  it('dispatches calls, refuses unknown methods and bad payloads by field, and pushes events', async () => {
    const s = await ws(`?token=${serve.token}`, `http://127.0.0.1:${serve.port}`);
    expect((await call(s, 'listDevices', null)).result).toEqual([
      { serial: 'emulator-5554', server: '127.0.0.1:5037', state: 'device' },
    ]);
    expect((await call(s, 'constructor', null)).error?.message).toMatch(/Unknown method/);
    const bad = await call(s, 'runDiagnosis', { serial: 'x; rm -rf /', package: 'com.example.chat' });
    expect(bad.error).toMatchObject({ code: 'bad-request' });
    expect(bad.error?.message).toContain('serial');
    const badPkg = await call(s, 'runDiagnosis', { serial: 'emulator-5554', package: 'com.x$(id)' });
    expect(badPkg.error?.message).toContain('package');
    const extra = await call(s, 'cancelRun', { runId: '00000000-0000-4000-8000-000000000000', evil: 1 });
    expect(extra.error?.message).toMatch(/evil/);
    const user = await call(s, 'getProfile', { id: 'x' });
    expect(user.error).toMatchObject({ message: 'No app profile named "x".', hint: 'Create it first.' });
    expect(calls.some(([m]) => m === 'runDiagnosis')).toBe(false);
    const got = new Promise((r) => s.once('message', (d) => r(JSON.parse(String(d)))));
    for (const l of listeners) l({ type: 'devices', devices: [] });
    expect(await got).toEqual({ event: { type: 'devices', devices: [] } });
    s.close();
  });

  it('closes a client that sends a malformed frame or message, with a code and a reason; others go on', async () => {
    const origin = `http://127.0.0.1:${serve.port}`;
    const good = await ws(`?token=${serve.token}`, origin);
    const cases: [string, (send: (b: Buffer) => void) => void, number][] = [
      ['JSON null', (send) => send(frame('null')), 1008],
      ['a JSON number', (send) => send(frame('42')), 1008],
      ['a JSON array', (send) => send(frame('[1,2]')), 1008],
      ['not JSON', (send) => send(frame('{"id":1,')), 1007],
      ['invalid UTF-8', (send) => send(frame(Buffer.from([0x7b, 0xff, 0xfe, 0x7d]))), 1007],
      ['an unmasked client frame', (send) => send(frame('{"id":1,"method":"getInfo"}', { mask: false })), 1002],
      ['a header announcing 2^62 bytes', (send) => send(frame(Buffer.alloc(0), { announce: 2n ** 62n })), 1009],
      ['a frame over 1 MiB', (send) => send(frame(Buffer.alloc(1024 * 1024 + 1, 0x20))), 1009],
      ['a binary message', (send) => send(frame(Buffer.from('{}'), { opcode: 2 })), 1003],
      ['a reserved opcode', (send) => send(frame('x', { opcode: 3 })), 1002],
    ];
    for (const [what, attack, code] of cases) {
      const bad = await rawUpgrade({ port: serve.port, token: serve.token });
      attack(bad.send);
      const closed = await bad.closed;
      expect(closed.code, what).toBe(code);
      expect(closed.reason.length, what).toBeGreaterThan(0);
      bad.socket.destroy();
      expect((await call(good, 'listDevices', null)).result, `after ${what}`).toHaveLength(1);
    }
    // A client that vanishes mid-frame.
    const gone = await rawUpgrade({ port: serve.port, token: serve.token });
    gone.send(frame('{"id":1,"method":"getInfo"}').subarray(0, 5));
    gone.socket.destroy();
    expect((await call(good, 'listDevices', null)).result).toHaveLength(1);
    expect(serveLog.join('')).not.toContain(serve.token);
    good.close();
  });

  it('sends log lines only to the client that opened the stream, and stops its streams when it goes', async () => {
    const origin = `http://127.0.0.1:${serve.port}`;
    const a = await ws(`?token=${serve.token}`, origin);
    const b = await ws(`?token=${serve.token}`, origin);
    const got = { a: [] as string[], b: [] as string[] };
    a.on('message', (d) => got.a.push(String(d)));
    b.on('message', (d) => got.b.push(String(d)));
    const mine = ((await call(a, 'startLogcat', { serial: 'emulator-5554' })).result as { streamId: string }).streamId;
    // b may not stop a's stream.
    expect((await call(b, 'stopLogcat', { streamId: mine })).error?.message).toMatch(/No log stream/);
    emit({ type: 'logcat', streamId: mine, lines: [], dropped: 0 });
    emit({ type: 'devices', devices: [] });
    await call(a, 'listDevices', null);
    await call(b, 'listDevices', null);
    const lines = (list: string[]) => list.filter((m) => m.includes('"type":"logcat"') && m.includes(mine));
    expect(lines(got.a)).toHaveLength(1);
    expect(lines(got.b)).toHaveLength(0);
    expect(got.b.some((m) => m.includes('"devices"'))).toBe(true);
    calls.length = 0;
    a.close();
    await waitUntil(() => calls.some(([m, p]) => m === 'stopLogcat' && (p as { streamId: string }).streamId === mine));
    await waitUntil(() => !serve.clients().some((c) => c.streams.includes(mine)), "a's connection gone");
    b.close();
  });

  it('refuses to bind beyond loopback without --allow-remote', async () => {
    await expect(
      startServe({ api, subscribe: () => () => undefined, staticDir: root, host: '0.0.0.0' }),
    ).rejects.toThrow(/Refusing to serve on 0\.0\.0\.0/);
  });
});

async function waitUntil(check: () => boolean, what = 'condition'): Promise<void> {
  for (let i = 0; i < 500; i++) {
    if (check()) return;
    await new Promise((r) => setTimeout(r, 10));
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe('per-client send buffers', () => {
  const SOFT = 256 * 1024;
  const HARD = 1024 * 1024;
  let small: ServeHandle;
  beforeAll(async () => {
    small = await startServe({
      api,
      subscribe: (l) => (listeners.add(l), () => listeners.delete(l)),
      staticDir: root,
      sendSoftCap: SOFT,
      sendHardCap: HARD,
      log: () => undefined,
    });
  });
  afterAll(async () => small?.close());

  it('drops and counts log lines for a client that stops reading, then disconnects it past the hard cap', async () => {
    const origin = `http://127.0.0.1:${small.port}`;
    const good = await ws(`?token=${small.token}`, origin, {}, small.port);
    const slow = await rawUpgrade({ port: small.port, token: small.token });
    slow.send(frame(JSON.stringify({ id: 1, method: 'startLogcat', payload: { serial: 'emulator-5554' } })));
    await waitUntil(() => slow.messages.some((m) => m.includes('streamId')), 'the stream id');
    const streamId = (
      JSON.parse(slow.messages.find((m) => m.includes('streamId'))!) as { result: { streamId: string } }
    ).result.streamId;
    slow.socket.pause();
    const line = {
      seq: 1,
      time: '11-28 20:00:00.000',
      pid: 1,
      tid: 1,
      level: 'I' as const,
      tag: 'Noise',
      message: 'x'.repeat(200),
    };
    const batch = Array.from({ length: 100 }, () => line);
    const batchBytes = Buffer.byteLength(
      JSON.stringify({ event: { type: 'logcat', streamId, lines: batch, dropped: 0 } }),
    );
    const stats = () => small.clients().find((c) => c.streams.includes(streamId));
    // ~100 MB of log lines offered to a client that reads nothing.
    for (let i = 0; i < 5000 && !(stats()?.droppedEvents ?? 0); i++) {
      emit({ type: 'logcat', streamId, lines: batch, dropped: 0 });
      if (i % 20 === 0) await new Promise((r) => setImmediate(r));
    }
    for (let i = 0; i < 200; i++) emit({ type: 'logcat', streamId, lines: batch, dropped: 0 });
    const s = stats()!;
    expect(s.droppedEvents).toBeGreaterThan(0);
    expect(s.maxBufferedAmount).toBeLessThanOrEqual(SOFT + batchBytes);
    expect(s.bufferedAmount).toBeLessThanOrEqual(SOFT + batchBytes);
    // The others still get answers.
    expect((await call(good, 'listDevices', null)).result).toHaveLength(1);
    // Events that are not dropped (run progress) fill it to the hard cap: it is disconnected.
    const big = {
      type: 'devices' as const,
      devices: Array.from({ length: 2000 }, (_, i) => ({
        serial: `s${i}`.padEnd(100, 'x'),
        server: '127.0.0.1:5037',
        state: 'device' as const,
      })),
    };
    let most = 0;
    for (let i = 0; i < 200 && stats(); i++) {
      emit(big);
      most = Math.max(most, stats()?.maxBufferedAmount ?? 0);
      // The well-behaved client reads between events, as it would between runs' updates.
      await new Promise((r) => setTimeout(r, 5));
    }
    await waitUntil(() => !stats(), 'the slow client gone');
    expect(most).toBeGreaterThan(SOFT);
    expect(most).toBeLessThanOrEqual(HARD);
    expect((await call(good, 'listDevices', null)).result).toHaveLength(1);
    // Its stream was stopped with it.
    await waitUntil(
      () => calls.some(([m, p]) => m === 'stopLogcat' && (p as { streamId: string }).streamId === streamId),
      'stopLogcat',
    );
    slow.socket.destroy();
    good.close();
  });
});

describe('the address bar', () => {
  it('loses the token once the bridge has it (history.replaceState), keeping the rest of the URL', () => {
    const replaced: string[] = [];
    const hist = {
      state: null,
      replaceState: (_s: unknown, _t: string, url?: string | URL | null) => void replaced.push(String(url)),
    };
    dropTokenFromAddressBar({ href: 'http://127.0.0.1:4000/?token=abcdefghijklmnop&lang=zh-CN#logs' }, hist);
    expect(replaced).toEqual(['/?lang=zh-CN#logs']);
    dropTokenFromAddressBar({ href: 'http://127.0.0.1:4000/' }, hist);
    expect(replaced).toHaveLength(1);
  });
});

describe('dispatcher', () => {
  it('validates every method against its schema before calling the core', async () => {
    const d = createDispatcher(api);
    await expect(
      d('sendTestPush', { serial: 'emulator-5554', profileId: '../../etc/passwd', provider: 'fcm', count: 1 }),
    ).rejects.toThrow(/profileId/);
    await expect(
      d('sendTestPush', { serial: 'emulator-5554', profileId: 'lab', provider: 'nope', count: 1 }),
    ).rejects.toThrow(/provider/);
    await expect(
      d('runAction', { serial: 'emulator-5554', package: 'com.example.chat', actionId: 'shell:rm' }),
    ).rejects.toThrow(/actionId/);
    await expect(d('__proto__', null)).rejects.toThrow(/Unknown method/);
  });
});

describe("the renderer's WebSocket bridge", () => {
  it('calls methods, gets events, and turns refused calls into errors with the hint', async () => {
    const origin = `http://127.0.0.1:${serve.port}`;
    const bridge = createWsBridge({
      url: `ws://127.0.0.1:${serve.port}/ws?token=${serve.token}`,
      createSocket: (u) => new WebSocket(u, { headers: { origin } }) as unknown as globalThis.WebSocket,
    });
    try {
      expect(await bridge.listDevices()).toHaveLength(1);
      await expect(bridge.getProfile({ id: 'x' })).rejects.toMatchObject({
        message: 'No app profile named "x".',
        hint: 'Create it first.',
      });
      const got = new Promise<PushDoctorEvent>((r) => bridge.onEvent(r));
      await new Promise((r) => setTimeout(r, 20));
      for (const l of listeners) l({ type: 'server', server: '127.0.0.1:5037', status: 'down', message: 'gone' });
      expect(await got).toEqual({ type: 'server', server: '127.0.0.1:5037', status: 'down', message: 'gone' });
    } finally {
      bridge.close();
    }
  });
});

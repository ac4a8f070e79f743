// The RPC dispatcher and `serve`'s guards over real HTTP and WebSocket: unknown methods and bad
// payloads refused by field, the access token, the Origin check, path traversal, and the
// refusal to bind beyond loopback without --allow-remote.
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
import { createWsBridge } from '../../../src/renderer/src/bridge/ws';

// A recording stand-in for the core: these tests are about the transport's guards; the real
// service runs behind `serve` in the browser tests.
const calls: [string, unknown][] = [];
const api = new Proxy({} as PushDoctorApi, {
  get: (_t, method: string) => async (input: unknown) => {
    calls.push([method, input]);
    if (method === 'listDevices') return [{ serial: 'emulator-5554', server: '127.0.0.1:5037', state: 'device' }];
    if (method === 'getProfile') throw new BadInputError('No app profile named "x".', 'Create it first.');
    return null;
  },
});
const listeners = new Set<(e: PushDoctorEvent) => void>();

let root: string;
let serve: ServeHandle;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'pd-serve-'));
  mkdirSync(join(root, 'assets'));
  writeFileSync(join(root, 'index.html'), '<!doctype html><title>ui</title>');
  writeFileSync(join(root, 'assets', 'app.js'), 'console.log(1)');
  writeFileSync(join(tmpdir(), 'pd-secret.txt'), 'top secret');
  serve = await startServe({ api, subscribe: (l) => (listeners.add(l), () => listeners.delete(l)), staticDir: root });
});
afterAll(async () => serve?.close());

function get(path: string, headers: Record<string, string> = {}): Promise<{ status: number; body: string; headers: http.IncomingHttpHeaders }> {
  return new Promise((resolve, reject) => {
    http
      .get({ host: '127.0.0.1', port: serve.port, path, headers }, (res) => {
        let body = '';
        res.on('data', (c) => (body += c));
        res.on('end', () => resolve({ status: res.statusCode!, body, headers: res.headers }));
      })
      .on('error', reject);
  });
}

function ws(query: string, origin?: string): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const s = new WebSocket(`ws://127.0.0.1:${serve.port}/ws${query}`, { headers: origin ? { origin } : {} });
    s.once('open', () => resolve(s));
    s.once('unexpected-response', (_req, res) => reject(new Error(`HTTP ${res.statusCode}`)));
    s.once('error', reject);
  });
}

function call(s: WebSocket, method: string, payload: unknown): Promise<{ result?: unknown; error?: { message: string; hint?: string; code: string } }> {
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
    const cookie = String(ok.headers['set-cookie']).split(';')[0];
    expect(cookie).toMatch(/HttpOnly|pd_token=/);
    expect((await get('/assets/app.js', { cookie })).status).toBe(200);
  });

  it('serves nothing outside the build folder and lists no directories', async () => {
    const t = `token=${serve.token}`;
    for (const p of [`/../pd-secret.txt?${t}`, `/%2e%2e/pd-secret.txt?${t}`, `/assets/..%2f..%2fpd-secret.txt?${t}`, `/assets/?${t}`, `/assets?${t}`]) {
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
    expect((await call(s, 'listDevices', null)).result).toEqual([{ serial: 'emulator-5554', server: '127.0.0.1:5037', state: 'device' }]);
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

  it('refuses to bind beyond loopback without --allow-remote', async () => {
    await expect(startServe({ api, subscribe: () => () => undefined, staticDir: root, host: '0.0.0.0' })).rejects.toThrow(/Refusing to serve on 0\.0\.0\.0/);
  });
});

describe('dispatcher', () => {
  it('validates every method against its schema before calling the core', async () => {
    const d = createDispatcher(api);
    await expect(d('sendTestPush', { serial: 'emulator-5554', profileId: '../../etc/passwd', provider: 'fcm', count: 1 })).rejects.toThrow(/profileId/);
    await expect(d('sendTestPush', { serial: 'emulator-5554', profileId: 'lab', provider: 'nope', count: 1 })).rejects.toThrow(/provider/);
    await expect(d('runAction', { serial: 'emulator-5554', package: 'com.example.chat', actionId: 'shell:rm' })).rejects.toThrow(/actionId/);
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
      await expect(bridge.getProfile({ id: 'x' })).rejects.toMatchObject({ message: 'No app profile named "x".', hint: 'Create it first.' });
      const got = new Promise<PushDoctorEvent>((r) => bridge.onEvent(r));
      await new Promise((r) => setTimeout(r, 20));
      for (const l of listeners) l({ type: 'server', server: '127.0.0.1:5037', status: 'down', message: 'gone' });
      expect(await got).toEqual({ type: 'server', server: '127.0.0.1:5037', status: 'down', message: 'gone' });
    } finally {
      bridge.close();
    }
  });
});

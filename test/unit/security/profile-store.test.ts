// issue 12 items 5 and 6: what the UI sends to the profile store is not trusted with the stored
// secrets, the server's environment or its files. Checked on the store, and through `serve`'s
// WebSocket RPC with the real service behind it (what a page holding the token can do).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateKeyPairSync } from 'node:crypto';
import WebSocket from 'ws';
import { FileProfileStore } from '../../../src/main/profiles/store';
import { loadProfile } from '../../../src/main/push/profile-file';
import { createSender } from '../../../src/main/push/providers';
import { PushDoctorService } from '../../../src/main/service';
import { AdbHub } from '../../../src/main/adb/hub';
import { startServe, type ServeHandle } from '../../../src/cli/serve/server';

const SECRET = 'stored-app-secret-0123456789';
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'pd-store-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const xiaomi = (extra: Record<string, unknown> = {}) => ({
  package: 'com.example.chat',
  providers: { xiaomi: { appSecret: SECRET, baseUrl: 'https://api.xmpush.xiaomi.com', ...extra } },
});

describe('item 5: a kept secret only goes to the address it was saved with', () => {
  it('re-saving with the secret left null and the same address keeps it', async () => {
    const store = new FileProfileStore(join(dir, 'a'));
    await store.save('p', xiaomi());
    await store.save('p', xiaomi({ appSecret: null, restrictedPackage: 'com.example.chat' }), { origin: 'ui' });
    expect((await store.load('p')).providers.xiaomi?.appSecret).toBe(SECRET);
  });

  it.each([
    ['baseUrl', { baseUrl: 'http://attacker.example/xiaomi' }],
    ['baseUrl removed', { baseUrl: undefined }],
  ])('changing %s without the secret is refused and the stored profile is unchanged', async (_n, change) => {
    const store = new FileProfileStore(join(dir, `b-${_n.replace(/\W/g, '')}`));
    await store.save('p', xiaomi());
    await expect(store.save('p', xiaomi({ appSecret: null, ...change }), { origin: 'ui' })).rejects.toThrow(
      /providers\.xiaomi\.appSecret: the address changed \(baseUrl\)/,
    );
    const p = await store.load('p');
    expect(p.providers.xiaomi).toMatchObject({ appSecret: SECRET, baseUrl: 'https://api.xmpush.xiaomi.com' });
  });

  it('the same holds for auth and token endpoints (Huawei authUrl)', async () => {
    const store = new FileProfileStore(join(dir, 'c'));
    await store.save('p', { package: 'com.example.chat', providers: { huawei: { appId: '1', clientSecret: SECRET } } });
    await expect(
      store.save(
        'p',
        {
          package: 'com.example.chat',
          providers: { huawei: { appId: '1', clientSecret: null, authUrl: 'http://evil.example/token' } },
        },
        { origin: 'ui' },
      ),
    ).rejects.toThrow(/huawei\.clientSecret: the address changed \(authUrl\)/);
  });

  it('changing the address with the secret typed again is fine', async () => {
    const store = new FileProfileStore(join(dir, 'd'));
    await store.save('p', xiaomi());
    await store.save('p', xiaomi({ appSecret: 'a-new-secret-for-new-host', baseUrl: 'https://proxy.example/xiaomi' }), {
      origin: 'ui',
    });
    expect((await store.load('p')).providers.xiaomi).toMatchObject({
      appSecret: 'a-new-secret-for-new-host',
      baseUrl: 'https://proxy.example/xiaomi',
    });
  });
});

describe('item 6: no environment, no files from the UI', () => {
  it('`${NAME}` from the UI is refused by field, and a stored one is never expanded', async () => {
    process.env.PD_TEST_SERVER_SECRET = 'server-env-value-must-stay-home';
    const store = new FileProfileStore(join(dir, 'e'));
    await expect(store.save('p', xiaomi({ appSecret: '${PD_TEST_SERVER_SECRET}' }), { origin: 'ui' })).rejects.toThrow(
      /providers\.xiaomi\.appSecret: \$\{PD_TEST_SERVER_SECRET\} is only read from the environment/,
    );
    // A stored profile (written by hand or by an older version) is taken literally.
    writeFileSync(join(dir, 'e', 'q.json'), JSON.stringify(xiaomi({ appSecret: '${PD_TEST_SERVER_SECRET}' })), {
      mode: 0o600,
    });
    expect((await store.load('q')).providers.xiaomi?.appSecret).toBe('${PD_TEST_SERVER_SECRET}');
    expect(JSON.stringify(await store.getMasked('q'))).not.toContain('server-env-value');
  });

  it('a profile file run from the CLI still expands the environment', () => {
    process.env.PD_TEST_SERVER_SECRET = 'server-env-value-must-stay-home';
    const f = join(dir, 'cli.json');
    writeFileSync(f, JSON.stringify(xiaomi({ appSecret: '${PD_TEST_SERVER_SECRET}' })), { mode: 0o600 });
    expect(loadProfile(f).providers.xiaomi?.appSecret).toBe('server-env-value-must-stay-home');
  });

  it('fcm.serviceAccountFile from the UI is refused; the key is given as content and stored as a secret', async () => {
    const store = new FileProfileStore(join(dir, 'f'));
    await expect(
      store.save(
        'p',
        { package: 'com.example.chat', providers: { fcm: { serviceAccountFile: '/proc/self/environ' } } },
        { origin: 'ui' },
      ),
    ).rejects.toThrow(/serviceAccountFile: the app does not read files named in the profile editor/);
    const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 1024 });
    const key = JSON.stringify({
      project_id: 'p1',
      client_email: 'a@p1.iam.gserviceaccount.com',
      private_key: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    });
    await store.save(
      'p',
      { package: 'com.example.chat', providers: { fcm: { serviceAccount: key } } },
      { origin: 'ui' },
    );
    expect(await store.getMasked('p')).toMatchObject({ providers: { fcm: { serviceAccount: null } } });
    expect((await store.list())[0].secrets).toEqual({ 'fcm.serviceAccount': 'set' });
    const p = await store.load('p');
    expect(() => createSender(p, 'fcm')).not.toThrow();
  });

  it("a path the tool itself stored (serve's virtual lab) is kept as it was when the UI re-saves", async () => {
    const store = new FileProfileStore(join(dir, 'g'));
    const sa = join(dir, 'sa.json');
    writeFileSync(sa, '{}');
    await store.save('lab', { package: 'com.example.chat', providers: { fcm: { serviceAccountFile: sa } } });
    await store.save(
      'lab',
      { package: 'com.example.chat', providers: { fcm: { serviceAccountFile: sa, serviceAccount: null } } },
      { origin: 'ui' },
    );
    await expect(
      store.save(
        'lab',
        {
          package: 'com.example.chat',
          providers: { fcm: { serviceAccountFile: sa, serviceAccount: null, tokenUrl: 'http://evil.example/t' } },
        },
        { origin: 'ui' },
      ),
    ).rejects.toThrow(/the address changed \(tokenUrl\)/);
  });

  it('an error about a file never quotes its contents', () => {
    const secretText = 'PD_LEAK_MARKER=do-not-print-me\nHOME=/root\n';
    const f = join(dir, 'not-json.json');
    writeFileSync(f, secretText, { mode: 0o600 });
    let msg = '';
    try {
      loadProfile(f);
    } catch (err) {
      msg = `${(err as Error).message} ${(err as { hint?: string }).hint ?? ''}`;
    }
    expect(msg).toMatch(/is not valid JSON/);
    expect(msg).not.toMatch(/PD_LEAK|do-not|HOME/);
    // The same for a service-account file that is not a key.
    const prof = join(dir, 'fcm-profile.json');
    writeFileSync(
      prof,
      JSON.stringify({ package: 'com.example.chat', providers: { fcm: { serviceAccountFile: f } } }),
      { mode: 0o600 },
    );
    let msg2 = '';
    try {
      createSender(loadProfile(prof), 'fcm');
    } catch (err) {
      msg2 = `${(err as Error).message} ${(err as { hint?: string }).hint ?? ''}`;
    }
    expect(msg2).toMatch(/not JSON/);
    expect(msg2).not.toMatch(/PD_LEAK|do-not|HOME/);
  });
});

describe("through serve's RPC with the real service", () => {
  let serve: ServeHandle;
  let service: PushDoctorService;
  let sock: WebSocket;
  const profilesDir = () => join(dir, 'serve');
  beforeAll(async () => {
    const store = new FileProfileStore(profilesDir());
    await store.save('app', xiaomi());
    // No adb needed for profiles: the hub is never started.
    service = new PushDoctorService({
      front: 'serve',
      hub: new AdbHub({ servers: ['127.0.0.1:1'], autoStart: false }),
      profiles: store,
    });
    const root = mkdtempSync(join(tmpdir(), 'pd-serve-ui-'));
    writeFileSync(join(root, 'index.html'), '<!doctype html>');
    serve = await startServe({ api: service, subscribe: (l) => service.onEvent(l), staticDir: root });
    sock = await new Promise<WebSocket>((resolve, reject) => {
      const s = new WebSocket(`ws://127.0.0.1:${serve.port}/ws?token=${serve.token}`, {
        headers: { origin: `http://127.0.0.1:${serve.port}` },
      });
      s.once('open', () => resolve(s));
      s.once('error', reject);
    });
  });
  afterAll(async () => {
    sock?.close();
    await serve?.close();
  });
  const call = (method: string, payload: unknown) =>
    new Promise<{ result?: unknown; error?: { message: string } }>((resolve) => {
      const id = Math.floor(Math.random() * 1e9);
      const on = (d: WebSocket.RawData) => {
        const m = JSON.parse(String(d));
        if (m.id === id) {
          sock.off('message', on);
          resolve(m);
        }
      };
      sock.on('message', on);
      sock.send(JSON.stringify({ id, method, payload }));
    });

  it('a re-save pointing the provider elsewhere with the secret kept is refused', async () => {
    const r = await call('saveProfile', {
      id: 'app',
      profile: xiaomi({ appSecret: null, baseUrl: 'http://127.0.0.1:9/steal' }),
    });
    expect(r.error?.message).toMatch(/appSecret: the address changed/);
    expect(readFileSync(join(profilesDir(), 'app.json'), 'utf8')).toContain('https://api.xmpush.xiaomi.com');
  });

  it('`${NAME}` and a file path are refused; getProfile never returns an environment value', async () => {
    process.env.PD_TEST_SERVER_SECRET = 'server-env-value-must-stay-home';
    const r = await call('saveProfile', { id: 'env', profile: xiaomi({ appSecret: '${PD_TEST_SERVER_SECRET}' }) });
    expect(r.error?.message).toMatch(/only read from the environment/);
    const f = await call('saveProfile', {
      id: 'fcm',
      profile: { package: 'com.example.chat', providers: { fcm: { serviceAccountFile: '/proc/self/environ' } } },
    });
    expect(f.error?.message).toMatch(/does not read files/);
    const g = await call('getProfile', { id: 'env' });
    expect(JSON.stringify(g)).not.toContain('server-env-value');
  });
});

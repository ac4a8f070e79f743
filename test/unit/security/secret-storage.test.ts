// issue 12 item 12: Electron's safeStorage on Linux without a keyring falls back to `basic_text`
// (a fixed key). The app tells the UI (getInfo.secretStorage) and stores no secret without the
// user's consent (settings.storeSecretsUnencrypted).
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { secretStorageKind } from '../../../src/main/profiles/secret-storage';
import { FileProfileStore } from '../../../src/main/profiles/store';
import { PushDoctorService } from '../../../src/main/service';
import { AdbHub } from '../../../src/main/adb/hub';

describe('secretStorageKind', () => {
  it.each([
    [{ platform: 'linux', available: true, backend: 'basic_text' }, 'weak'],
    [{ platform: 'linux', available: true, backend: 'unknown' }, 'weak'],
    [{ platform: 'linux', available: false, backend: 'basic_text' }, 'weak'],
    [{ platform: 'linux', available: true, backend: 'gnome_libsecret' }, 'encrypted'],
    [{ platform: 'linux', available: true, backend: 'kwallet6' }, 'encrypted'],
    [{ platform: 'darwin', available: true }, 'encrypted'],
    [{ platform: 'win32', available: true }, 'encrypted'],
    [{ platform: 'win32', available: false }, 'weak'],
  ])('%o → %s', (facts, kind) => {
    expect(secretStorageKind(facts).kind).toBe(kind);
  });
});

describe('a store without real encryption', () => {
  const profile = { package: 'com.example.chat', providers: { xiaomi: { appSecret: 'weakly-stored-secret-123' } } };

  it('refuses to store a secret until the user agrees, and stores it after', async () => {
    let consent = false;
    const dir = mkdtempSync(join(tmpdir(), 'pd-weak-'));
    const store = new FileProfileStore(dir, undefined, () => consent);
    await expect(store.save('p', profile, { origin: 'ui' })).rejects.toThrow(/no encrypted store/);
    expect(await store.list()).toEqual([]);
    // A profile without secrets is fine.
    await store.save('nosecret', { package: 'com.example.chat' }, { origin: 'ui' });
    consent = true;
    await store.save('p', profile, { origin: 'ui' });
    expect(readFileSync(join(dir, 'p.json'), 'utf8')).toContain('weakly-stored-secret-123');
  });

  it('getInfo tells the UI how secrets are kept', async () => {
    const store = new FileProfileStore(mkdtempSync(join(tmpdir(), 'pd-weak-')));
    const hub = new AdbHub({ servers: ['127.0.0.1:1'], autoStart: false });
    const weak = new PushDoctorService({
      front: 'electron',
      hub,
      profiles: store,
      secretStorage: { kind: 'weak', backend: 'basic_text' },
    });
    expect(await weak.getInfo()).toMatchObject({ secretStorage: 'weak', secretStorageBackend: 'basic_text' });
    const serve = new PushDoctorService({ front: 'serve', hub, profiles: store });
    expect((await serve.getInfo()).secretStorage).toBe('file');
  });

  it('the desktop app asks safeStorage for its backend and wires consent to the settings', () => {
    const src = readFileSync(new URL('../../../src/main/index.ts', import.meta.url), 'utf8');
    expect(src).toMatch(/safeStorage\.getSelectedStorageBackend\(\)/);
    expect(src).toMatch(/storeSecretsUnencrypted === true/);
    expect(src).toMatch(/secretStorage: storage/);
  });
});

// issue 16 item 1: a service-account key kept beside the profiles (CLI profile files point at
// `<name>.fcm-service-account.json`) is not an app profile and must not be listed as one.
import { afterAll, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FileProfileStore } from '../../../src/main/profiles/store';

const dir = mkdtempSync(join(tmpdir(), 'pd-list-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it('lists real profiles only, not *.fcm-service-account.json files', async () => {
  const store = new FileProfileStore(dir);
  await store.save('acme-chat', { package: 'com.example.chat', providers: {} });
  writeFileSync(
    join(dir, 'acme-chat.fcm-service-account.json'),
    JSON.stringify({ package: 'com.example.chat', providers: {} }),
  );
  expect((await store.list()).map((p) => p.id)).toEqual(['acme-chat']);
});

it('does not list other JSON (a key file under any name) as a profile', async () => {
  const store = new FileProfileStore(dir);
  writeFileSync(join(dir, 'firebase-key.json'), JSON.stringify({ type: 'service_account', project_id: 'x' }));
  expect((await store.list()).map((p) => p.id)).toEqual(['acme-chat']);
});

// Manifest rules on real APKs built with Debian's aapt from the test app's manifests.
import { describe, expect, it } from 'vitest';
import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApk, testAppApk } from '../../../src/sim/apks/build';
import { manifestFor } from '../../../src/sim/apks/manifests';
import { readManifest } from '../../../src/main/apk/manifest';
import { checkManifest, integratedChannels } from '../../../src/main/apk/rules';
import { BadInputError } from '../../../src/main/errors';
import type { VendorChannel } from '../../../src/shared/types';

const CHANNELS: VendorChannel[] = ['xiaomi', 'huawei', 'honor', 'oppo', 'vivo', 'meizu', 'fcm'];

async function findings(channel: VendorChannel, faults: string[] = []) {
  const model = await readManifest(await testAppApk(channel, faults));
  return checkManifest(model, channel).flatMap((c) => c.findings);
}

describe('manifest rules on aapt-built APKs', () => {
  it.each(CHANNELS)('%s: the correct integration has no failure or warning', async (channel) => {
    expect(await findings(channel)).toEqual([]);
  });

  it.each(CHANNELS)('%s: the integrated channel is recognised from the components', async (channel) => {
    const model = await readManifest(await testAppApk(channel));
    expect(integratedChannels(model)).toEqual([channel]);
    expect(model.targetSdk).toBe(34);
    expect(
      model.components.find((c) => c.name === 'com.example.chat.chat.ChatActivity')?.intentFilters[0].data[0],
    ).toMatchObject({ scheme: 'pushscheme', path: '/detail' });
  });

  it.each(CHANNELS)('%s: a missing push component fails', async (channel) => {
    const f = await findings(channel, ['manifest-missing-service']);
    expect(
      f.some((x) => x.severity === 'fail' && (x.code === 'missing-action' || x.code === 'missing-component')),
    ).toBe(true);
    expect(f.every((x) => x.fix)).toBe(true);
  });

  it.each(CHANNELS)('%s: a placeholder left in fails', async (channel) => {
    const f = await findings(channel, ['manifest-placeholder']);
    expect(f.filter((x) => x.code === 'placeholder').length).toBeGreaterThan(0);
  });

  it.each(CHANNELS)("%s: the demo's package left in a permission or authority fails", async (channel) => {
    const f = await findings(channel, ['manifest-foreign-permission']);
    const foreign = f.filter((x) => x.code === 'foreign-package');
    expect(foreign.length).toBeGreaterThan(0);
    expect(foreign[0].fix).toContain('com.example.chat');
    expect(foreign[0].fix).not.toContain('com.tencent.qcloud.tim.tuikit');
  });

  it('flags a component with an intent-filter and no android:exported on targetSdk 31+', async () => {
    const xml = manifestFor('fcm').replace(
      ' android:name="com.example.chat.push.GoogleFCMMsgService" android:exported="false"',
      ' android:name="com.example.chat.push.GoogleFCMMsgService"',
    );
    const f = checkManifest(await readManifest(await buildApk(xml)), 'fcm').flatMap((c) => c.findings);
    expect(f).toContainEqual(expect.objectContaining({ code: 'exported-missing', severity: 'fail' }));
  });

  it("catches the MiPush doc's own slip: uses-permission named differently from the declared one", async () => {
    const xml = manifestFor('xiaomi').replace(
      '<uses-permission android:name="com.example.chat.permission.MIPUSH_RECEIVE" />',
      '<uses-permission android:name="com.example.chat.MIPUSH_RECEIVE" />',
    );
    const f = checkManifest(await readManifest(await buildApk(xml)), 'xiaomi').flatMap((c) => c.findings);
    expect(f).toContainEqual(
      expect.objectContaining({
        code: 'undeclared-permission',
        fix: '<uses-permission android:name="com.example.chat.permission.MIPUSH_RECEIVE" />',
      }),
    );
  });

  it('refuses a corrupt APK and a text file with a message naming the file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pd-bad-'));
    const text = join(dir, 'notes.apk');
    writeFileSync(text, 'hello, I am not an APK');
    const err = await readManifest(text).catch((e) => e);
    expect(err).toBeInstanceOf(BadInputError);
    expect(err.message).toContain('notes.apk');
    const truncated = join(dir, 'cut.apk');
    const good = await testAppApk('vivo');
    const { readFileSync } = await import('node:fs');
    writeFileSync(truncated, readFileSync(good).subarray(0, 300));
    await expect(readManifest(truncated)).rejects.toBeInstanceOf(BadInputError);
    await expect(readManifest(join(dir, 'missing.apk'))).rejects.toThrow(/no such file/);
  });
});

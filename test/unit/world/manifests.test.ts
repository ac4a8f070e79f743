// Demo and real-world manifests (test/fixtures/world/manifests.ts) built into APKs with aapt:
// no false placeholder or foreign-package finding, "broken" vs "absent" said right, SDK versions read.
import { describe, expect, it } from 'vitest';
import { buildApk } from '../../../src/sim/apks/build';
import { readManifest } from '../../../src/main/apk/manifest';
import { checkManifest, integratedChannels } from '../../../src/main/apk/rules';
import { MANIFEST_FIXTURES } from '../../fixtures/world/manifests';
import type { VendorChannel } from '../../../src/shared/types';

describe('world manifests', () => {
  it.each(MANIFEST_FIXTURES.map((f) => [f.name, f] as const))('%s', async (_n, fx) => {
    const model = await readManifest(await buildApk(fx.xml));
    expect(integratedChannels(model).sort()).toEqual([...fx.channels].sort());
    const checks = [
      ...checkManifest(model),
      ...Object.keys(fx.status)
        .filter((c) => !fx.channels.includes(c as VendorChannel))
        .flatMap((c) => checkManifest(model, c as VendorChannel).slice(1)),
    ];
    const codes = checks.flatMap((c) => c.findings.map((f) => f.code));
    for (const [ch, status] of Object.entries(fx.status))
      expect(checks.find((c) => c.channel === ch)?.status, ch).toBe(status);
    for (const c of fx.must ?? []) expect(codes).toContain(c);
    for (const c of fx.mustNot)
      expect(
        codes,
        JSON.stringify(checks.flatMap((x) => x.findings.filter((f) => f.code === c).map((f) => f.message))),
      ).not.toContain(c);
    for (const [ch, v] of Object.entries(fx.sdkVersion ?? {}))
      expect(checks.find((c) => c.channel === ch)?.sdkVersion).toBe(v);
  });

  it('reads a boolean meta-data as "true", never as "" (the reader keeps typed values)', async () => {
    const model = await readManifest(await buildApk(MANIFEST_FIXTURES[0].xml));
    expect(model.metaData['firebase_messaging_installation_id_enabled']).toBe('true');
    expect(model.metaData['firebase_analytics_collection_enabled']).toBe('false');
    expect(model.metaData['com.google.firebase.messaging.default_notification_icon']).not.toBe('');
  });
});

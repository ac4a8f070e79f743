// Issue 17, item 5: snapshots written by hand in real phones' formats (test/fixtures/snapshots),
// diagnosed as a support engineer would. Each expected status is what a person reading those
// answers concludes; the manifests are compiled by aapt from the XML in the fixture.
import { describe, expect, it } from 'vitest';
import { buildApk } from '../../src/sim/apks/build';
import { readManifestXml } from '../../src/main/apk/manifest';
import { snapshotRun } from '../../src/main/snapshot/capture';
import { parseSnapshot, SNAPSHOT_FORMAT, SNAPSHOT_VERSION, type PhoneSnapshot } from '../../src/shared/snapshot';
import { HAND_SNAPSHOTS, type HandSnapshot } from '../fixtures/snapshots/hand';

async function toSnapshot(h: HandSnapshot): Promise<PhoneSnapshot> {
  const apk = await buildApk(h.manifestXml);
  const xml = await readManifestXml(apk);
  const json = {
    format: SNAPSHOT_FORMAT,
    version: SNAPSHOT_VERSION,
    tool: { name: 'push-doctor', version: 'hand-written' },
    capturedAt: '2026-11-20T13:03:10.000Z',
    capture: { serial: `hand-${h.name}`, package: h.package, tokensIncluded: true, durationMs: 2400 },
    adb: { serverVersion: 41, state: 'device' },
    commands: Object.entries(h.answers).map(([command, a], i) => ({
      command,
      output: typeof a === 'string' ? a : a[0],
      exitCode: typeof a === 'string' ? 0 : a[1],
      durationMs: 40,
      truncated: false,
      atMs: 40 * i,
    })),
    manifest: {
      apkPath: h.apkPath,
      apkSize: 48_213_004,
      bytesRead: 212_992,
      inPlace: true,
      manifestBase64: xml.toString('base64'),
    },
    logWindow: {
      command: 'logcat -v threadtime -T 1 *:V',
      text: [...h.before, ...h.after].join('\n') + '\n',
      linesBeforeRestart: h.before.length,
      restart: [`am force-stop ${h.package}`, `monkey -p ${h.package} -c android.intent.category.LAUNCHER 1`],
      timedOut: false,
      ended: false,
      elapsedSec: 1.2,
      timeoutSec: 20,
    },
  };
  // Through the reader's validation, as a file from elsewhere would go.
  return parseSnapshot(JSON.stringify(json));
}

describe('hand-written snapshots in real phones’ formats', () => {
  for (const h of HAND_SNAPSHOTS)
    it(
      h.name,
      async () => {
        const report = await snapshotRun(await toSnapshot(h)).run();
        const got = Object.fromEntries(
          report.steps.filter((s) => s.id in h.expected).map((s) => [s.id, `${s.status}`]),
        );
        const why = report.steps.map((s) => `${s.id}: ${s.status} ${JSON.stringify(s.summary)}`).join('\n');
        expect(got, why).toEqual(h.expected);
      },
      60_000,
    );
});

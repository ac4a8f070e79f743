// Every parser of outside input under fast-check: arbitrary text (and bytes, for APKs) never makes
// one throw anything but the product's own BadInputError, and never hangs (the test timeout bounds
// each property).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseProps, parseGetprop, parseBuildProp } from '../../src/main/device/props';
import { detect } from '../../src/main/device/detect';
import { parseDumpsysPackage, parsePmPath } from '../../src/main/device/outputs/package';
import { parseDumpsysNotification } from '../../src/main/device/outputs/notification';
import {
  parseAppOps,
  parseDeviceIdleWhitelist,
  parseStandbyBucket,
  parseZenMode,
} from '../../src/main/device/outputs/power';
import { parseAmStart, parseResumedActivity, parseUiDump } from '../../src/main/device/outputs/activity';
import { parseLine, sniffFormat, type LogFormat } from '../../src/main/logs/line';
import { matchLine, PATTERNS } from '../../src/main/logs/patterns';
import { parseIntentUri } from '../../src/main/apk/intent-uri';
import { parsePackageList } from '../../src/main/device/info';
import { parseProfile } from '../../src/main/push/profile-file';
import { readManifest } from '../../src/main/apk/manifest';
import { parse as parseShell } from '../../src/sim/shell/parse';
import { BadInputError } from '../../src/main/errors';
import { ShellSyntaxError } from '../../src/sim/shell/parse';

// Text that looks like the real thing often enough to reach deep branches.
const fragments = [
  '[ro.product.brand]: [',
  ']\n',
  'Package [com.example.chat]',
  '  User 0: installed=true stopped=',
  'versionCode=',
  'NotificationRecord(0x1: pkg=',
  ' user=UserHandle{0} id=',
  'AppSettings: ',
  "NotificationChannel{mId='",
  'extras={',
  '}',
  'runtime permissions:',
  'granted=',
  'intent://',
  '#Intent;',
  'scheme=',
  ';end',
  'component=',
  '/',
  '\n',
  '\r\n',
  ' ',
  '\0',
  '𝄞',
  'ü',
  'MIUIOP(10008): allow',
  'Status: ok',
  'ActivityRecord{',
  '<node bounds="[0,0][1,1]" text="',
  '"/>',
  '08-18 16:38:31.978 16600 16600 W GCM     : ',
  'onNewToken token=',
  'key=value\n',
];
const texty = fc.oneof(
  fc.string({ maxLength: 400 }),
  fc.array(fc.constantFrom(...fragments), { maxLength: 60 }).map((a) => a.join('')),
  fc.string({ unit: 'binary', maxLength: 300 }),
);

const TEXT_PARSERS: [string, (t: string) => unknown][] = [
  ['parseProps', (t) => parseProps(t)],
  ['parseGetprop', (t) => parseGetprop(t)],
  ['parseBuildProp', (t) => parseBuildProp(t)],
  ['detect', (t) => detect(parseProps(t).props, { packages: parsePackageList(t) })],
  ['parseDumpsysPackage', (t) => parseDumpsysPackage(t, 'com.example.chat')],
  ['parsePmPath', (t) => parsePmPath(t)],
  ['parseDumpsysNotification', (t) => parseDumpsysNotification(t)],
  ['parseAppOps', (t) => parseAppOps(t)],
  ['parseDeviceIdleWhitelist', (t) => parseDeviceIdleWhitelist(t)],
  ['parseStandbyBucket', (t) => parseStandbyBucket(t, 'com.example.chat')],
  ['parseZenMode', (t) => parseZenMode(t)],
  ['parseAmStart', (t) => parseAmStart(t)],
  ['parseResumedActivity', (t) => parseResumedActivity(t)],
  ['parseUiDump', (t) => parseUiDump(t)],
  ['parseIntentUri', (t) => parseIntentUri(t)],
  ['sniffFormat', (t) => sniffFormat(t.split('\n'))],
  [
    'parseLine+matchLine',
    (t) =>
      (['threadtime', 'brief', 'time', 'process', 'tag', 'studio', 'raw'] as LogFormat[]).map((f) => {
        const p = parseLine(t, f);
        return p && matchLine(p.tag, p.message, PATTERNS);
      }),
  ],
];

describe('parsers never throw on arbitrary input', () => {
  it.each(TEXT_PARSERS)('%s', (_name, fn) => {
    fc.assert(
      fc.property(texty, (t) => void fn(t)),
      { numRuns: 400 },
    );
  });

  it('the sim shell parser only ever reports a syntax error', () => {
    fc.assert(
      fc.property(texty, (t) => {
        try {
          parseShell(t);
        } catch (err) {
          expect(err).toBeInstanceOf(ShellSyntaxError);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('profiles: anything JSON-shaped is accepted or refused with a message naming the field', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (v) => {
        try {
          parseProfile(v, 'fuzz');
        } catch (err) {
          expect(err).toBeInstanceOf(BadInputError);
          expect((err as Error).message).toMatch(/^fuzz is not a valid app profile: /);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('APK reading: random bytes are refused as bad input, never a crash', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 2048 }), async (bytes) => {
        const err = await readManifest(Buffer.from(bytes), 'fuzz.apk').then(
          () => null,
          (e) => e,
        );
        if (err) expect(err).toBeInstanceOf(BadInputError);
      }),
      { numRuns: 150 },
    );
  });

  it('a huge dump parses in one pass', () => {
    const big = Array.from({ length: 20_000 }, (_, i) => `[prop.${i}]: [value ${i}]`).join('\n');
    expect(Object.keys(parseProps(big).props)).toHaveLength(20_000);
    const notif = Array.from(
      { length: 3000 },
      (_, i) =>
        `    NotificationRecord(0x${i.toString(16)}: pkg=p${i} user=UserHandle{0} id=${i} tag=null importance=3 key=0|p${i}|${i}|null|1: Notification(channel=c)`,
    ).join('\n');
    expect(parseDumpsysNotification(notif).records).toHaveLength(3000);
  });
});

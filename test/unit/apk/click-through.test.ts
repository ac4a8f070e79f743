// Intent URIs from the vendor documents (shared/seeds) and every vendor's click form, checked
// against the test app's real manifest (aapt-built).
import { describe, expect, it } from 'vitest';
import { parseIntentUri, amStartArgs } from '../../../src/main/apk/intent-uri';
import { checkClickAction, resolveIntent } from '../../../src/main/apk/click-through';
import { readManifest } from '../../../src/main/apk/manifest';
import { testAppApk } from '../../../src/sim/apks/build';

// The TUIKit demo's printed URI (seeds 000 and 002).
const SEED_URI =
  'intent://com.tencent.qcloud.tim/detail#Intent;scheme=pushscheme;launchFlags=0x4000000;component=com.tencent.qcloud.tim.tuikit/com.tencent.qcloud.tim.demo.chat.ChatActivity;end';
const SEED_URI_002 =
  'intent://com.tencent.qcloud/detail#Intent;scheme=pushscheme;launchFlags=0x4000000;component=com.tencent.qcloud.tim.tuikit/com.tencent.qcloud.tim.demo.main.MainActivity;end';
const OUR_URI =
  'intent://com.example.chat/detail#Intent;scheme=pushscheme;launchFlags=0x4000000;component=com.example.chat/com.example.chat.chat.ChatActivity;end';

describe('parseIntentUri', () => {
  it("reads the seeds' URIs", () => {
    const r = parseIntentUri(SEED_URI);
    expect(r.ok && r.intent).toMatchObject({
      scheme: 'pushscheme',
      host: 'com.tencent.qcloud.tim',
      path: '/detail',
      data: 'pushscheme://com.tencent.qcloud.tim/detail',
      launchFlags: 0x4000000,
      component: 'com.tencent.qcloud.tim.tuikit/com.tencent.qcloud.tim.demo.chat.ChatActivity',
    });
    expect(parseIntentUri(SEED_URI_002).ok).toBe(true);
  });

  it('reads extras, the intent: form and short components', () => {
    const r = parseIntentUri(
      'intent:#Intent;action=com.example.OPEN;component=com.example.chat/.chat.ChatActivity;S.conv=42;B.flag=true;end',
    );
    expect(r.ok && r.intent).toMatchObject({
      action: 'com.example.OPEN',
      component: 'com.example.chat/com.example.chat.chat.ChatActivity',
      extras: { conv: '42', flag: 'true' },
    });
  });

  it.each([
    ['intent://x/y#Intent;component=a/b;end', 'no-scheme'],
    ['intent://x/y#Intent;scheme=s;component=a/b', 'no-end'],
    ['intent://x/y', 'no-intent-fragment'],
    ['com.example.chat.ChatActivity', 'no-scheme'],
    ['', 'empty'],
  ])('refuses %s (%s)', (uri, reason) => {
    expect(parseIntentUri(uri)).toEqual({ ok: false, reason });
  });

  it('turns an intent into am start arguments (argv, no shell string)', () => {
    const r = parseIntentUri(OUR_URI);
    expect(r.ok && amStartArgs(r.intent)).toEqual([
      'am',
      'start',
      '-W',
      '-d',
      'pushscheme://com.example.chat/detail',
      '-n',
      'com.example.chat/com.example.chat.chat.ChatActivity',
      '-f',
      String(0x4000000),
    ]);
  });
});

describe('click actions per vendor form', async () => {
  const good = await readManifest(await testAppApk('huawei'));
  const notExported = await readManifest(await testAppApk('huawei', ['click-not-exported']));
  const unresolvable = await readManifest(await testAppApk('huawei', ['click-unresolvable']));

  it.each(['xiaomi', 'huawei', 'honor', 'vivo'] as const)('%s: a correct intent URI passes', (vendor) => {
    const r = checkClickAction(good, vendor, { type: 'activity', value: OUR_URI });
    expect(r.findings).toEqual([]);
    expect(r.target?.name).toBe('com.example.chat.chat.ChatActivity');
  });

  it.each(['oppo', 'meizu'] as const)(
    '%s: the class name passes, a wrong class fails with the closest real one',
    (vendor) => {
      expect(
        checkClickAction(good, vendor, { type: 'activity', value: 'com.example.chat.chat.ChatActivity' }).findings,
      ).toEqual([]);
      const wrong = checkClickAction(good, vendor, {
        type: 'activity',
        value: 'com.tencent.qcloud.tim.demo.chat.ChatActivity',
      });
      expect(wrong.findings[0]).toMatchObject({ code: 'no-such-activity', fix: 'com.example.chat.chat.ChatActivity' });
    },
  );

  it('fcm: the launcher by default', () => {
    expect(checkClickAction(good, 'fcm', { type: 'app' }).target?.name).toBe('com.example.chat.MainActivity');
  });

  it("the seed's URI left in names the demo's package and the line to write instead", () => {
    const r = checkClickAction(good, 'xiaomi', { type: 'activity', value: SEED_URI });
    expect(r.findings[0]).toMatchObject({ code: 'wrong-package', severity: 'fail' });
    expect(r.findings[0].fix).toContain('component=com.example.chat/');
  });

  it('a target that is not exported fails with the manifest line', () => {
    const r = checkClickAction(notExported, 'huawei', { type: 'activity', value: OUR_URI });
    expect(r.findings[0]).toMatchObject({
      code: 'not-exported',
      fix: '<activity android:name="com.example.chat.chat.ChatActivity" android:exported="true" …>',
    });
  });

  it('an intent-filter that does not match the URI fails, saying what it accepts', () => {
    const r = checkClickAction(unresolvable, 'vivo', { type: 'activity', value: OUR_URI });
    expect(r.findings[0].code).toBe('no-filter-match');
    expect(r.findings[0].message.params?.present).toBe('pushscheme://com.example.chat/conversation');
    expect(r.findings[0].fix).toContain('android:path="/detail"');
  });

  it('a URL must be http(s); Huawei wants https', () => {
    expect(checkClickAction(good, 'xiaomi', { type: 'url', value: 'ftp://x' }).findings[0].code).toBe('bad-url');
    expect(checkClickAction(good, 'huawei', { type: 'url', value: 'http://example.com' }).findings[0].code).toBe(
      'http-url',
    );
    expect(checkClickAction(good, 'vivo', { type: 'url', value: 'https://example.com/x' }).findings).toEqual([]);
  });

  it('resolves an implicit VIEW intent to the activity whose filter matches', () => {
    const r = parseIntentUri('pushscheme://com.example.chat/detail');
    const res = r.ok ? resolveIntent(good, r.intent) : null;
    expect(res?.ok && res.activity.name).toBe('com.example.chat.chat.ChatActivity');
  });
});

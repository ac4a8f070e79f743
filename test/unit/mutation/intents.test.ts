// The product's intent resolution and click-action checks, rule by rule on hand-built manifests
// (Android's rules: IntentFilter.match; developer.android.com "Intent resolution"), so that
// breaking any one rule — the DEFAULT category, action, scheme, host, path forms, exported, the
// explicit component — fails a test here, not only in the slow integration suite.
import { describe, expect, it } from 'vitest';
import { checkClickAction, filterMatches, intentUriFor, resolveIntent } from '../../../src/main/apk/click-through';
import { amStartArgs, fullComponent, parseIntentUri, type ParsedIntent } from '../../../src/main/apk/intent-uri';
import type { ComponentModel, IntentFilterModel, ManifestModel } from '../../../src/main/apk/manifest';

const VIEW = 'android.intent.action.VIEW';
const DEFAULT = 'android.intent.category.DEFAULT';
const BROWSABLE = 'android.intent.category.BROWSABLE';
const PKG = 'com.example.chat';

const filter = (over: Partial<IntentFilterModel> = {}): IntentFilterModel => ({
  actions: [VIEW],
  categories: [DEFAULT],
  data: [{ scheme: 's', host: 'h', path: '/p' }],
  ...over,
});
const act = (name: string, over: Partial<ComponentModel> = {}): ComponentModel => ({
  kind: 'activity',
  name: `${PKG}.${name}`,
  intentFilters: [],
  metaData: {},
  ...over,
});
const manifest = (components: ComponentModel[]): ManifestModel => ({
  package: PKG,
  debuggable: false,
  usesPermissions: [],
  permissions: [],
  components,
  metaData: {},
});
const intent = (over: Partial<ParsedIntent> = {}): ParsedIntent => ({ categories: [], extras: {}, ...over });
const uri = (data: string, over: Partial<ParsedIntent> = {}): ParsedIntent => {
  const r = parseIntentUri(data);
  if (!r.ok) throw new Error(r.reason);
  return { ...r.intent, ...over };
};

describe('filterMatches', () => {
  it.each<[string, IntentFilterModel, ParsedIntent, boolean]>([
    ['all match', filter(), uri('s://h/p'), true],
    ['no action means VIEW', filter(), uri('s://h/p', { action: undefined }), true],
    [
      'no action means VIEW, filter without VIEW',
      filter({ actions: ['x.OPEN'] }),
      uri('s://h/p', { action: undefined }),
      false,
    ],
    ['another action', filter(), uri('s://h/p', { action: 'x.SEND' }), false],
    ['filter without DEFAULT', filter({ categories: [BROWSABLE] }), uri('s://h/p'), false],
    [
      'filter with DEFAULT and BROWSABLE, intent BROWSABLE',
      filter({ categories: [BROWSABLE, DEFAULT] }),
      uri('s://h/p', { categories: [BROWSABLE] }),
      true,
    ],
    ['intent category missing from the filter', filter(), uri('s://h/p', { categories: [BROWSABLE] }), false],
    ['another scheme', filter(), uri('t://h/p'), false],
    ['another host', filter(), uri('s://g/p'), false],
    ['another path', filter(), uri('s://h/q'), false],
    ['no data in the intent, filter with a scheme', filter(), intent({ action: VIEW }), false],
    ['no data in the intent, filter without data', filter({ data: [] }), intent({ action: VIEW }), true],
    ['scheme only', filter({ data: [{ scheme: 's' }] }), uri('s://any/thing'), true],
    ['scheme elements combine', filter({ data: [{ scheme: 'a' }, { scheme: 's', host: 'h' }] }), uri('s://h/x'), true],
    ['host elements combine', filter({ data: [{ scheme: 's', host: 'g' }, { host: 'h' }] }), uri('s://h/x'), true],
    ['pathPrefix', filter({ data: [{ scheme: 's', host: 'h', pathPrefix: '/ch' }] }), uri('s://h/chat'), true],
    [
      'pathPrefix, no match',
      filter({ data: [{ scheme: 's', host: 'h', pathPrefix: '/ch' }] }),
      uri('s://h/x/chat'),
      false,
    ],
    ['pathPattern', filter({ data: [{ scheme: 's', host: 'h', pathPattern: '/c.*t' }] }), uri('s://h/chat'), true],
    [
      'pathPattern is anchored',
      filter({ data: [{ scheme: 's', host: 'h', pathPattern: '/c.t' }] }),
      uri('s://h/cat/x'),
      false,
    ],
    [
      'pathPattern escapes regex characters',
      filter({ data: [{ scheme: 's', host: 'h', pathPattern: '/a+(b)' }] }),
      uri('s://h/a+(b)'),
      true,
    ],
    [
      'pathPattern escapes regex characters, no match',
      filter({ data: [{ scheme: 's', host: 'h', pathPattern: '/a+' }] }),
      uri('s://h/aa'),
      false,
    ],
    [
      'a path among several',
      filter({ data: [{ scheme: 's', host: 'h', path: '/x' }, { path: '/p' }] }),
      uri('s://h/p'),
      true,
    ],
    ['the intent has no path, the filter wants one', filter(), uri('s://h'), false],
    [
      'the intent has no path, the filter wants an empty-matching prefix',
      filter({ data: [{ scheme: 's', host: 'h', pathPrefix: '' }] }),
      uri('s://h'),
      true,
    ],
  ])('%s', (_name, f, i, expected) => expect(filterMatches(f, i)).toBe(expected));

  it('without requireDefault the DEFAULT category is not needed, and intent categories still are', () => {
    expect(filterMatches(filter({ categories: [] }), uri('s://h/p'), false)).toBe(true);
    expect(filterMatches(filter({ categories: [] }), uri('s://h/p', { categories: [BROWSABLE] }), false)).toBe(false);
    expect(filterMatches(filter({ categories: [] }), uri('s://h/p'))).toBe(false);
  });
});

describe('resolveIntent', () => {
  const m = manifest([
    act('MainActivity', {
      exported: true,
      intentFilters: [
        { actions: ['android.intent.action.MAIN'], categories: ['android.intent.category.LAUNCHER'], data: [] },
      ],
    }),
    act('Chat', { exported: true, intentFilters: [filter()] }),
    act('Hidden', { exported: false, intentFilters: [filter({ data: [{ scheme: 'hidden' }] })] }),
    act('Implicit', { intentFilters: [filter({ data: [{ scheme: 'implicit' }] })] }),
    act('Plain'),
    { ...act('Alias'), kind: 'activity-alias', exported: true, targetActivity: `${PKG}.Chat` },
    { ...act('Service'), kind: 'service', exported: true, intentFilters: [filter({ data: [{ scheme: 'svc' }] })] },
  ]);
  it.each<[string, ParsedIntent, string]>([
    ['explicit', intent({ component: `${PKG}/${PKG}.Chat` }), 'ok Chat'],
    ['explicit, alias', intent({ component: `${PKG}/${PKG}.Alias` }), 'ok Alias'],
    ['explicit, another package', intent({ component: `com.other/${PKG}.Chat` }), 'wrong-package'],
    ['explicit, no such activity', intent({ component: `${PKG}/${PKG}.Nope` }), 'no-such-activity'],
    ['explicit, a service is not an activity', intent({ component: `${PKG}/${PKG}.Service` }), 'no-such-activity'],
    ['explicit, not exported', intent({ component: `${PKG}/${PKG}.Hidden` }), 'not-exported Hidden'],
    ['explicit, exported by default with a filter', intent({ component: `${PKG}/${PKG}.Implicit` }), 'ok Implicit'],
    [
      'explicit, not exported by default without one',
      intent({ component: `${PKG}/${PKG}.Plain` }),
      'not-exported Plain',
    ],
    ['implicit', uri('s://h/p'), 'ok Chat'],
    ['implicit, package set to ours', uri('s://h/p', { package: PKG }), 'ok Chat'],
    ['implicit, package set to another', uri('s://h/p', { package: 'com.other' }), 'wrong-package'],
    ['implicit, not exported', uri('hidden://x'), 'not-exported Hidden'],
    ['implicit, exported unset counts as exported', uri('implicit://x'), 'ok Implicit'],
    ['implicit, a service filter does not count', uri('svc://x'), 'no-filter-match'],
    ['implicit, nothing matches', uri('s://h/q'), 'no-filter-match'],
  ])('%s', (_name, i, expected) => {
    const r = resolveIntent(m, i);
    const got = r.ok
      ? `ok ${r.activity.name.slice(PKG.length + 1)}`
      : r.activity
        ? `${r.reason} ${r.activity.name.slice(PKG.length + 1)}`
        : r.reason;
    expect(got).toBe(expected);
  });
});

describe('intent URIs', () => {
  it('plain URIs are VIEW intents with their parts', () => {
    expect(parseIntentUri('  s://h:8080/p/q?x#y ')).toEqual({
      ok: true,
      intent: {
        categories: [],
        extras: {},
        data: 's://h:8080/p/q?x#y',
        action: VIEW,
        scheme: 's',
        host: 'h',
        port: '8080',
        path: '/p/q',
      },
    });
    expect(parseIntentUri('mailto:a@b')).toEqual({
      ok: true,
      intent: { categories: [], extras: {}, data: 'mailto:a@b', action: VIEW, scheme: 'mailto' },
    });
    expect(parseIntentUri('s://')).toMatchObject({
      ok: true,
      intent: { scheme: 's', host: undefined, path: undefined },
    });
    expect(parseIntentUri('1s://h')).toEqual({ ok: false, reason: 'no-scheme' });
  });
  it('every part of the fragment', () => {
    const r = parseIntentUri(
      'intent://h/p#Intent;scheme=s;action=a.B;category=c.D;category=c.E;package=com.x;launchFlags=0x10000000;S.k=v%20w;i.n=3;l.l=4;B.b=true;f.f=1.5;d.d=2;s.s=1;b.y=2;c.c=z;x.no=1;end',
    );
    expect(r).toEqual({
      ok: true,
      intent: {
        categories: ['c.D', 'c.E'],
        extras: { k: 'v w', n: '3', l: '4', b: 'true', f: '1.5', d: '2', s: '1', y: '2', c: 'z' },
        action: 'a.B',
        package: 'com.x',
        launchFlags: 0x10000000,
        data: 's://h/p',
        scheme: 's',
        host: 'h',
        path: '/p',
      },
    });
  });
  it('intent: with an opaque head, and without data', () => {
    expect(parseIntentUri('intent:tel:123#Intent;action=x;end')).toMatchObject({
      ok: true,
      intent: { data: 'tel:123', scheme: 'tel', action: 'x' },
    });
    const bare = parseIntentUri('intent:#Intent;action=x;end');
    expect(bare.ok && bare.intent.data).toBeUndefined();
    expect(bare.ok && bare.intent.scheme).toBeUndefined();
  });
  it.each([
    ['intent://h#Intent;scheme=s;oops;end', 'bad-part:oops'],
    ['intent://h#Intent;scheme=s;S.k=%E0%A4%A;end', 'bad-escape:S.k=%E0%A4%A'],
    ['intent://h#Intent;scheme=s;component=a b/c;end', 'bad-component:a b/c'],
    ['intent://h#Intent;scheme=s;component=abc;end', 'bad-component:abc'],
    ['intent://h#Intent;scheme=s;launchFlags=zz;end', 'bad-flags:zz'],
    ['intent://h#Intent;scheme=s;end;', 'no-end'],
  ])('%s → %s', (u, reason) => expect(parseIntentUri(u)).toEqual({ ok: false, reason }));
  it('components: short form expanded, inner classes kept', () => {
    expect(fullComponent('a.b/.C')).toBe('a.b/a.b.C');
    expect(fullComponent('a.b/x.C')).toBe('a.b/x.C');
    expect(fullComponent('a.b')).toBe('a.b/');
    expect(parseIntentUri('intent:#Intent;component=a.b/.C$Inner;end')).toMatchObject({
      ok: true,
      intent: { component: 'a.b/a.b.C$Inner' },
    });
  });
  it('am start arguments: every field, -p only without -n, no -W on request', () => {
    expect(
      amStartArgs(
        { action: 'a', categories: ['c1', 'c2'], data: 'd', package: 'p', launchFlags: 4, extras: { k: 'v' } },
        false,
      ),
    ).toEqual(['am', 'start', '-a', 'a', '-c', 'c1', '-c', 'c2', '-d', 'd', '-p', 'p', '-f', '4', '--es', 'k', 'v']);
    expect(amStartArgs({ categories: [], component: 'p/p.C', package: 'p', launchFlags: 0, extras: {} })).toEqual([
      'am',
      'start',
      '-W',
      '-n',
      'p/p.C',
    ]);
  });
});

describe('checkClickAction', () => {
  const launcher = act('MainActivity', {
    exported: true,
    intentFilters: [
      { actions: ['android.intent.action.MAIN'], categories: ['android.intent.category.LAUNCHER'], data: [] },
    ],
  });
  const chat = act('chat.ChatActivity', {
    exported: true,
    intentFilters: [filter({ data: [{ scheme: 'pushscheme', host: PKG, path: '/detail' }] })],
  });
  const fcmTarget = act('Open', {
    intentFilters: [{ actions: ['com.example.OPEN'], categories: [DEFAULT], data: [] }],
  });
  const m = manifest([launcher, chat, fcmTarget, act('Closed', { exported: false })]);
  const URI = `intent://${PKG}/detail#Intent;scheme=pushscheme;launchFlags=0x4000000;component=${PKG}/${PKG}.chat.ChatActivity;end`;

  it('the launcher for "app" and for no action; none is a failure', () => {
    expect(checkClickAction(m, 'xiaomi', undefined)).toEqual({ findings: [], target: launcher });
    expect(checkClickAction(m, 'fcm', { type: 'app' })).toEqual({ findings: [], target: launcher });
    expect(checkClickAction(manifest([chat]), 'fcm', { type: 'app' }).findings[0]).toMatchObject({
      severity: 'fail',
      code: 'no-launcher',
      message: { key: 'click.noLauncher', params: { package: PKG } },
    });
    expect(
      checkClickAction(
        manifest([
          act('M', { intentFilters: [{ actions: ['android.intent.action.MAIN'], categories: [], data: [] }] }),
        ]),
        'fcm',
        undefined,
      ).findings[0].code,
    ).toBe('no-launcher');
  });
  it('URLs', () => {
    expect(checkClickAction(m, 'vivo', { type: 'url', value: ' https://a.b/c ' })).toEqual({ findings: [] });
    expect(checkClickAction(m, 'vivo', { type: 'url', value: 'https:///x' }).findings[0]).toMatchObject({
      severity: 'fail',
      code: 'bad-url',
      fix: 'https://example.com/page',
      where: 'IM console → vivo → click action',
    });
    expect(checkClickAction(m, 'vivo', { type: 'url' }).findings[0].code).toBe('bad-url');
    expect(checkClickAction(m, 'huawei', { type: 'url', value: 'http://a.b/c' }).findings[0]).toMatchObject({
      severity: 'warn',
      code: 'http-url',
      fix: 'https://a.b/c',
    });
    expect(checkClickAction(m, 'honor', { type: 'url', value: 'http://a.b/c' })).toEqual({ findings: [] });
    expect(checkClickAction(m, 'xiaomi', { type: 'url', value: 'HTTPS://A.B' })).toEqual({ findings: [] });
  });
  it('FCM click_action is an intent action with DEFAULT', () => {
    expect(checkClickAction(m, 'fcm', { type: 'activity', value: 'com.example.OPEN' })).toEqual({
      findings: [],
      target: fcmTarget,
    });
    const none = checkClickAction(m, 'fcm', { type: 'activity', value: 'com.example.NONE' });
    expect(none.findings[0]).toMatchObject({
      code: 'no-action-filter',
      fix: '<intent-filter><action android:name="com.example.NONE" /><category android:name="android.intent.category.DEFAULT" /></intent-filter>',
    });
    const noDefault = manifest([
      act('Open', { intentFilters: [{ actions: ['com.example.OPEN'], categories: [], data: [] }] }),
    ]);
    expect(checkClickAction(noDefault, 'fcm', { type: 'activity', value: 'com.example.OPEN' }).findings[0].code).toBe(
      'no-action-filter',
    );
  });
  it('URI vendors need a URI, with the launcher URI as the fix', () => {
    const r = checkClickAction(manifest([launcher, chat]), 'xiaomi', {
      type: 'activity',
      value: `${PKG}.chat.ChatActivity`,
    });
    expect(r.findings[0]).toMatchObject({ code: 'needs-uri', fix: undefined });
    const withUri = manifest([
      act('MainActivity', {
        intentFilters: [...launcher.intentFilters, filter({ data: [{ scheme: 'app', host: 'open', path: '/main' }] })],
      }),
      chat,
    ]);
    expect(checkClickAction(withUri, 'vivo', { type: 'activity', value: 'x' }).findings[0].fix).toBe(
      `intent://open/main#Intent;scheme=app;launchFlags=0x4000000;component=${PKG}/${PKG}.MainActivity;end`,
    );
    expect(checkClickAction(manifest([chat]), 'honor', { type: 'activity', value: 'x' }).findings[0]).toMatchObject({
      code: 'needs-uri',
      fix: undefined,
    });
  });
  it('class vendors take a class name', () => {
    expect(checkClickAction(m, 'oppo', { type: 'activity', value: `${PKG}.chat.ChatActivity` })).toEqual({
      findings: [],
      target: chat,
    });
    expect(
      checkClickAction(m, 'meizu', { type: 'activity', value: 'com.demo.chat.ChatActivity' }).findings[0],
    ).toMatchObject({
      code: 'no-such-activity',
      fix: `${PKG}.chat.ChatActivity`,
      message: { key: 'click.noSuchClass' },
    });
    expect(checkClickAction(m, 'meizu', { type: 'activity', value: 'com.demo.Nothing' }).findings[0]).toMatchObject({
      code: 'no-such-activity',
      fix: undefined,
    });
    const closed = checkClickAction(m, 'oppo', { type: 'activity', value: `${PKG}.Closed` });
    expect(closed.findings[0]).toMatchObject({
      code: 'not-exported',
      where: 'AndroidManifest.xml',
      fix: `<activity android:name="${PKG}.Closed" android:exported="true" …>`,
    });
    expect(closed.target?.name).toBe(`${PKG}.Closed`);
  });
  it('intent URIs: pass, needs-class warning for class vendors, bad URI, wrong package, missing, not exported, filter mismatch', () => {
    expect(checkClickAction(m, 'huawei', { type: 'activity', value: URI })).toMatchObject({
      findings: [],
      target: chat,
    });
    const oppo = checkClickAction(m, 'oppo', { type: 'activity', value: URI });
    expect(oppo.findings).toEqual([
      expect.objectContaining({ severity: 'warn', code: 'needs-class', fix: `${PKG}.chat.ChatActivity` }),
    ]);
    expect(
      checkClickAction(m, 'huawei', { type: 'activity', value: 'intent://x#Intent;end' }).findings[0],
    ).toMatchObject({ code: 'bad-uri', message: { params: { reason: 'no-scheme' } } });
    const wrong = checkClickAction(m, 'xiaomi', {
      type: 'activity',
      value: URI.replace(`component=${PKG}/`, 'component=com.demo/'),
    });
    expect(wrong.findings[0]).toMatchObject({
      code: 'wrong-package',
      message: { params: { found: 'com.demo', package: PKG } },
    });
    expect(wrong.findings[0].fix).toContain(`component=${PKG}/`);
    const viaPackage = checkClickAction(m, 'xiaomi', {
      type: 'activity',
      value: `intent://${PKG}/detail#Intent;scheme=pushscheme;package=com.demo;end`,
    });
    expect(viaPackage.findings[0].code).toBe('wrong-package');
    expect(
      checkClickAction(m, 'xiaomi', { type: 'activity', value: URI.replace('chat.ChatActivity', 'Nope') }).findings[0],
    ).toMatchObject({ code: 'no-such-activity', message: { key: 'click.noSuchActivity' } });
    expect(
      checkClickAction(m, 'xiaomi', { type: 'activity', value: URI.replace('chat.ChatActivity', 'Closed') })
        .findings[0],
    ).toMatchObject({ code: 'not-exported' });
    const implicitMiss = checkClickAction(m, 'vivo', { type: 'activity', value: 'pushscheme://other/x' });
    expect(implicitMiss.findings[0]).toMatchObject({
      code: 'no-filter-match',
      message: { key: 'click.noFilterMatch', params: { uri: 'pushscheme://other/x' } },
    });
    expect(implicitMiss.findings[0].fix).toBe(
      '<intent-filter><action android:name="android.intent.action.VIEW" /><category android:name="android.intent.category.DEFAULT" /><data android:scheme="pushscheme" android:host="other" android:path="/x" /></intent-filter>',
    );
    const mismatch = checkClickAction(m, 'huawei', { type: 'activity', value: URI.replace('/detail', '/other') });
    expect(mismatch.findings[0]).toMatchObject({
      code: 'no-filter-match',
      message: {
        key: 'click.filterMismatch',
        params: { name: `${PKG}.chat.ChatActivity`, present: `pushscheme://${PKG}/detail` },
      },
      where: `AndroidManifest.xml → ${PKG}.chat.ChatActivity`,
    });
    const noDefault = manifest([
      act('chat.ChatActivity', {
        exported: true,
        intentFilters: [
          filter({ categories: [BROWSABLE], data: [{ scheme: 'pushscheme', host: PKG, path: '/detail' }] }),
        ],
      }),
    ]);
    expect(checkClickAction(noDefault, 'huawei', { type: 'activity', value: URI }).findings[0]).toMatchObject({
      code: 'no-filter-match',
    });
    const noFilter = manifest([act('chat.ChatActivity', { exported: true })]);
    expect(
      checkClickAction(noFilter, 'huawei', { type: 'activity', value: URI }).findings[0].message.params?.present,
    ).toBe('none');
  });
  it('intentUriFor: the first VIEW filter with a scheme, or null', () => {
    expect(intentUriFor(PKG, chat)).toBe(
      `intent://${PKG}/detail#Intent;scheme=pushscheme;launchFlags=0x4000000;component=${PKG}/${PKG}.chat.ChatActivity;end`,
    );
    expect(
      intentUriFor(PKG, act('P', { intentFilters: [filter({ data: [{ scheme: 's', pathPrefix: '/pre' }] })] })),
    ).toBe(`intent:///pre#Intent;scheme=s;launchFlags=0x4000000;component=${PKG}/${PKG}.P;end`);
    expect(intentUriFor(PKG, act('Q', { intentFilters: [filter({ actions: ['x'] })] }))).toBeNull();
    expect(intentUriFor(PKG, launcher)).toBeNull();
  });
});

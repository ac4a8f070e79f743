// The virtual phone's own intent resolver against Android's rules (IntentFilter.match and the
// developer guide's "Intent resolution"), table by table, and against the manifests the phone's
// test APKs are built from.
import { describe, expect, it } from 'vitest';
import { readComponents, type SimAppComponents, type SimIntentFilter } from '../../../src/sim/apks/components';
import { filterAccepts, resolveInApp, simpleGlob, uriParts } from '../../../src/sim/phone/intents';
import { CLICK_ACTIVITY, manifestFor, TEST_PACKAGE } from '../../../src/sim/apks/manifests';
import { parseIntentArgs, parseIntentUriLoose, type ShellIntent } from '../../../src/sim/shell/commands/am';

const VIEW = 'android.intent.action.VIEW';
const DEFAULT = 'android.intent.category.DEFAULT';
const BROWSABLE = 'android.intent.category.BROWSABLE';

const viewFilter = (over: Partial<SimIntentFilter> = {}): SimIntentFilter => ({
  actions: [VIEW],
  categories: [DEFAULT],
  data: [{ scheme: 'pushscheme', host: 'com.example.chat', path: '/detail' }],
  ...over,
});
const intent = (over: Partial<ShellIntent> = {}): ShellIntent => ({ categories: [], flags: 0, extras: {}, ...over });

describe('filterAccepts: Android intent-filter rules', () => {
  it.each<[string, SimIntentFilter, Partial<ShellIntent>, boolean]>([
    [
      'action, DEFAULT, scheme/host/path all match',
      viewFilter(),
      { action: VIEW, data: 'pushscheme://com.example.chat/detail' },
      true,
    ],
    [
      'another action',
      viewFilter(),
      { action: 'android.intent.action.SEND', data: 'pushscheme://com.example.chat/detail' },
      false,
    ],
    [
      'no action in the intent: any filter with an action passes',
      viewFilter(),
      { data: 'pushscheme://com.example.chat/detail' },
      true,
    ],
    [
      'no action in the intent, filter without actions',
      viewFilter({ actions: [] }),
      { data: 'pushscheme://com.example.chat/detail' },
      false,
    ],
    [
      'implicit start without CATEGORY_DEFAULT in the filter',
      viewFilter({ categories: [BROWSABLE] }),
      { action: VIEW, data: 'pushscheme://com.example.chat/detail' },
      false,
    ],
    [
      'filter with DEFAULT and BROWSABLE, intent asks BROWSABLE',
      viewFilter({ categories: [DEFAULT, BROWSABLE] }),
      { action: VIEW, categories: [BROWSABLE], data: 'pushscheme://com.example.chat/detail' },
      true,
    ],
    [
      'intent asks a category the filter lacks',
      viewFilter(),
      { action: VIEW, categories: [BROWSABLE], data: 'pushscheme://com.example.chat/detail' },
      false,
    ],
    ['another scheme', viewFilter(), { action: VIEW, data: 'https://com.example.chat/detail' }, false],
    ['scheme is case-sensitive', viewFilter(), { action: VIEW, data: 'PushScheme://com.example.chat/detail' }, false],
    ['another host', viewFilter(), { action: VIEW, data: 'pushscheme://other.app/detail' }, false],
    ['host is case-insensitive', viewFilter(), { action: VIEW, data: 'pushscheme://COM.example.chat/detail' }, true],
    ['another path', viewFilter(), { action: VIEW, data: 'pushscheme://com.example.chat/conversation' }, false],
    [
      'path with a query string',
      viewFilter(),
      { action: VIEW, data: 'pushscheme://com.example.chat/detail?id=7' },
      true,
    ],
    ['filter data wants a URI, intent has none', viewFilter(), { action: VIEW }, false],
    [
      'filter without data, intent with a URI',
      viewFilter({ data: [] }),
      { action: VIEW, data: 'pushscheme://x/y' },
      false,
    ],
    ['filter without data, intent without', viewFilter({ data: [] }), { action: VIEW }, true],
    [
      'scheme only: any host and path',
      viewFilter({ data: [{ scheme: 'pushscheme' }] }),
      { action: VIEW, data: 'pushscheme://any/thing' },
      true,
    ],
    [
      'paths are ignored without a host',
      viewFilter({ data: [{ scheme: 'pushscheme' }, { path: '/detail' }] }),
      { action: VIEW, data: 'pushscheme://h/other' },
      true,
    ],
    [
      'data elements of one filter combine',
      viewFilter({ data: [{ scheme: 'a' }, { scheme: 'pushscheme' }, { host: 'h' }, { pathPrefix: '/d' }] }),
      { action: VIEW, data: 'pushscheme://h/detail' },
      true,
    ],
    [
      'pathPrefix',
      viewFilter({ data: [{ scheme: 's', host: 'h', pathPrefix: '/chat/' }] }),
      { action: VIEW, data: 's://h/chat/42' },
      true,
    ],
    [
      'pathPrefix no match',
      viewFilter({ data: [{ scheme: 's', host: 'h', pathPrefix: '/chat/' }] }),
      { action: VIEW, data: 's://h/chats' },
      false,
    ],
    [
      'pathPattern glob',
      viewFilter({ data: [{ scheme: 's', host: 'h', pathPattern: '/c.*/detail' }] }),
      { action: VIEW, data: 's://h/chat/x/detail' },
      true,
    ],
    [
      'pathPattern: a dot is any one char',
      viewFilter({ data: [{ scheme: 's', host: 'h', pathPattern: '/a.c' }] }),
      { action: VIEW, data: 's://h/abc' },
      true,
    ],
    [
      'pathPattern anchors both ends',
      viewFilter({ data: [{ scheme: 's', host: 'h', pathPattern: '/a.c' }] }),
      { action: VIEW, data: 's://h/abcd' },
      false,
    ],
    [
      'pathSuffix',
      viewFilter({ data: [{ scheme: 's', host: 'h', pathSuffix: '.html' }] }),
      { action: VIEW, data: 's://h/x/page.html' },
      true,
    ],
    [
      'host wildcard',
      viewFilter({ data: [{ scheme: 's', host: '*.example.com' }] }),
      { action: VIEW, data: 's://push.example.com/a' },
      true,
    ],
    [
      'port must match when given',
      viewFilter({ data: [{ scheme: 's', host: 'h', port: '8080' }] }),
      { action: VIEW, data: 's://h:9090/a' },
      false,
    ],
    [
      'port given and matching',
      viewFilter({ data: [{ scheme: 's', host: 'h', port: '8080' }] }),
      { action: VIEW, data: 's://h:8080/a' },
      true,
    ],
    ['mime type filter, intent without type', viewFilter({ data: [{ mimeType: 'image/*' }] }), { action: VIEW }, false],
    [
      'mime type filter, content: URI with a matching type',
      viewFilter({ data: [{ mimeType: 'image/*' }] }),
      { action: VIEW, data: 'content://media/1', type: 'image/png' },
      true,
    ],
    ['filter without types, intent with a type', viewFilter({ data: [] }), { action: VIEW, type: 'text/plain' }, false],
  ])('%s', (_name, filter, i, expected) => {
    expect(filterAccepts(filter, intent(i))).toBe(expected);
  });

  it('an explicit start does not add CATEGORY_DEFAULT', () => {
    const f = viewFilter({ categories: [] });
    expect(filterAccepts(f, intent({ action: VIEW, data: 'pushscheme://com.example.chat/detail' }), false)).toBe(true);
    expect(filterAccepts(f, intent({ action: VIEW, data: 'pushscheme://com.example.chat/detail' }), true)).toBe(false);
  });
});

describe('uriParts and simpleGlob', () => {
  it.each([
    ['pushscheme://com.example.chat/detail?x=1#f', { scheme: 'pushscheme', host: 'com.example.chat', path: '/detail' }],
    ['https://user@h:8443/a/b', { scheme: 'https', host: 'h', port: '8443', path: '/a/b' }],
    ['package:com.example.chat', { scheme: 'package' }],
    ['s://h', { scheme: 's', host: 'h' }],
  ])('%s', (uri, parts) => expect(uriParts(uri)).toEqual(parts));

  it.each([
    ['/a.*', '/a', true],
    ['/a.*', '/abc', true],
    ['/ab*c', '/ac', true],
    ['/ab*c', '/abbbc', true],
    ['/ab*c', '/axc', false],
    ['/a\\.c', '/a.c', true],
    ['/a\\.c', '/abc', false],
    ['/x+y', '/x+y', true],
  ])('glob %s on %s', (pattern, text, expected) => expect(simpleGlob(pattern, text)).toBe(expected));
});

describe('resolveInApp', () => {
  const app: SimAppComponents = {
    package: 'com.example.chat',
    activities: [
      {
        name: 'com.example.chat.MainActivity',
        exported: true,
        filters: [
          { actions: ['android.intent.action.MAIN'], categories: ['android.intent.category.LAUNCHER'], data: [] },
        ],
      },
      { name: 'com.example.chat.chat.ChatActivity', exported: true, filters: [viewFilter()] },
      {
        name: 'com.example.chat.NoDefault',
        exported: true,
        filters: [viewFilter({ categories: [BROWSABLE], data: [{ scheme: 'nodefault' }] })],
      },
      { name: 'com.example.chat.Hidden', exported: false, filters: [viewFilter({ data: [{ scheme: 'hidden' }] })] },
      { name: 'com.example.chat.Implicit', filters: [viewFilter({ data: [{ scheme: 'implicit' }] })] },
      { name: 'com.example.chat.Plain', filters: [] },
    ],
  };
  const r = (i: Partial<ShellIntent>) => resolveInApp(app, intent(i), 10123);

  it.each<[string, Partial<ShellIntent>, unknown]>([
    [
      'explicit, short form',
      { component: 'com.example.chat/.chat.ChatActivity' },
      { ok: true, component: 'com.example.chat/com.example.chat.chat.ChatActivity', package: 'com.example.chat' },
    ],
    [
      'explicit ignores filters (no DEFAULT needed)',
      { component: 'com.example.chat/.NoDefault', action: VIEW, data: 'other://x' },
      { ok: true, component: 'com.example.chat/com.example.chat.NoDefault', package: 'com.example.chat' },
    ],
    [
      'explicit, not exported',
      { component: 'com.example.chat/com.example.chat.Hidden' },
      { ok: false, error: 'not-exported', component: 'com.example.chat/com.example.chat.Hidden', ownerUid: 10123 },
    ],
    [
      'explicit, exported by default when it has a filter',
      { component: 'com.example.chat/.Implicit' },
      { ok: true, component: 'com.example.chat/com.example.chat.Implicit', package: 'com.example.chat' },
    ],
    [
      'explicit, not exported by default without filters',
      { component: 'com.example.chat/.Plain' },
      { ok: false, error: 'not-exported', component: 'com.example.chat/com.example.chat.Plain', ownerUid: 10123 },
    ],
    [
      'explicit, no such class',
      { component: 'com.example.chat/.Nope' },
      { ok: false, error: 'not-found', component: 'com.example.chat/com.example.chat.Nope' },
    ],
    ['explicit, another package: not ours to answer', { component: 'com.other/.Main' }, undefined],
    [
      'implicit VIEW URI',
      { action: VIEW, data: 'pushscheme://com.example.chat/detail' },
      { ok: true, component: 'com.example.chat/com.example.chat.chat.ChatActivity', package: 'com.example.chat' },
    ],
    ['implicit, filter without DEFAULT', { action: VIEW, data: 'nodefault://x' }, { ok: false, error: 'unresolvable' }],
    [
      'implicit, matching but not exported',
      { action: VIEW, data: 'hidden://x' },
      { ok: false, error: 'not-exported', component: 'com.example.chat/com.example.chat.Hidden', ownerUid: 10123 },
    ],
    [
      'implicit, package set to another app',
      { action: VIEW, package: 'com.other', data: 'pushscheme://com.example.chat/detail' },
      undefined,
    ],
    [
      'implicit, nothing matches',
      { action: VIEW, data: 'pushscheme://com.example.chat/nope' },
      { ok: false, error: 'unresolvable' },
    ],
  ])('%s', (_name, i, expected) => expect(r(i)).toEqual(expected));
});

describe('the phone resolves its own APK manifests', () => {
  const click = (faults: string[] = []) =>
    resolveInApp(
      readComponents(manifestFor('xiaomi', faults)),
      parseIntentArgs(['-W', '-a', VIEW, '-d', 'pushscheme://com.example.chat/detail']).intent,
      10100,
    );

  it('reads activities and filters from the XML it built the APK from', () => {
    const c = readComponents(manifestFor('vivo'));
    expect(c.package).toBe(TEST_PACKAGE);
    expect(c.activities.map((a) => a.name)).toEqual([
      `${TEST_PACKAGE}.MainActivity`,
      CLICK_ACTIVITY,
      'com.vivo.push.sdk.LinkProxyClientActivity',
    ]);
    expect(c.activities[1].filters[0]).toEqual({
      actions: [VIEW],
      categories: [DEFAULT],
      data: [{ scheme: 'pushscheme', host: TEST_PACKAGE, path: '/detail' }],
    });
    expect(c.activities[2].exported).toBe(false);
  });

  it.each([
    [[], { ok: true, component: `${TEST_PACKAGE}/${CLICK_ACTIVITY}`, package: TEST_PACKAGE }],
    [['click-unresolvable'], { ok: false, error: 'unresolvable' }],
    [
      ['click-not-exported'],
      { ok: false, error: 'not-exported', component: `${TEST_PACKAGE}/${CLICK_ACTIVITY}`, ownerUid: 10100 },
    ],
    [['click-no-default'], { ok: false, error: 'unresolvable' }],
  ])('am start -a VIEW -d URI with faults %j', (faults, expected) => expect(click(faults)).toEqual(expected));

  it('an intent URI with the component resolves explicitly, even without DEFAULT in the filter', () => {
    const uri = `intent://${TEST_PACKAGE}/detail#Intent;scheme=pushscheme;launchFlags=0x4000000;component=${TEST_PACKAGE}/${CLICK_ACTIVITY};end`;
    expect(
      resolveInApp(readComponents(manifestFor('huawei', ['click-no-default'])), parseIntentUriLoose(uri), 1),
    ).toMatchObject({ ok: true });
  });
});

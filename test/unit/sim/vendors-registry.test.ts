// The virtual phone's vendor folders (src/sim/vendors/<id>/) and their registry: every vendor has
// its own entry, its stand-in answers only under its own path, its phones are its own, and the
// lines its SDKs log are exactly the ones the SDKs' sources print (device-facts.md §5) — pinned
// here as a known-answer table, so an edit to a vendor's lines shows up even where the product's
// patterns (which look for the token's shape) would still match.
import { describe, expect, expectTypeOf, it } from 'vitest';
import { IM_IDS, VENDOR_IDS, type VendorId } from '../../../src/shared/vendors';
import { PROVIDERS, type VendorChannel } from '../../../src/shared/types';
import { SIM_IMS, SIM_VENDORS } from '../../../src/sim/vendors/registry';
import type { SimVendor } from '../../../src/sim/vendors/types';
import type { StandinContext, StandinModule } from '../../../src/sim/standins/kit';
import { generateCredentials, standinOf, type StandinCredentials } from '../../../src/sim/standins/server';
import { generateToken, sdkLogSource } from '../../../src/sim/phone/sdk-logs';
import { PROFILES } from '../../../src/sim/profiles';
import { profileFromProps } from '../../../src/sim/profiles/from-props';
import { PUSH_SERVICE_PACKAGES, ROM_ACTIVITIES } from '../../../src/sim/phone/rom';
import { manifestFor } from '../../../src/sim/apks/manifests';

describe('the registry', () => {
  it('has one entry per vendor and IM service of src/shared/vendors.ts, and nothing else', () => {
    expect(Object.keys(SIM_VENDORS).sort()).toEqual([...VENDOR_IDS].sort());
    expect(Object.keys(SIM_IMS).sort()).toEqual([...IM_IDS].sort());
  });

  it('is a Record over the ids: a vendor left out does not compile', () => {
    // @ts-expect-error — `fcm` and the others are missing
    const partial: Record<VendorId, SimVendor> = { xiaomi: SIM_VENDORS.xiaomi };
    expect(Object.keys(partial)).toHaveLength(1);
    // The stand-ins' credentials are typed from each vendor's module, not widened to `unknown`.
    expectTypeOf<StandinCredentials['tencent']['sdkAppId']>().toEqualTypeOf<number>();
    expectTypeOf<StandinCredentials['oppo']['masterSecret']>().toEqualTypeOf<string>();
    expectTypeOf<StandinCredentials['huawei']['clientId']>().toEqualTypeOf<string | undefined>();
  });

  it('the central tables are the vendors’ own facts, in registry order', () => {
    for (const id of VENDOR_IDS) expect(PUSH_SERVICE_PACKAGES[id]).toBe(SIM_VENDORS[id].servicePackages);
    expect(PROFILES).toEqual(VENDOR_IDS.flatMap((id) => SIM_VENDORS[id].profiles));
    for (const id of VENDOR_IDS)
      for (const [family, screens] of Object.entries(SIM_VENDORS[id].romActivities))
        expect(ROM_ACTIVITIES[family as keyof typeof ROM_ACTIVITIES]).toBe(screens);
  });
});

describe('each vendor folder', () => {
  it.each(VENDOR_IDS)('%s: its service is one of its packages, and its phones are its own', (id) => {
    const v = SIM_VENDORS[id];
    expect(v.servicePackages).toContain(v.service.name);
    expect(v.profiles.length).toBeGreaterThan(0);
    for (const p of v.profiles) {
      // A phone lives in the folder of the channel its app registers with…
      expect(p.appChannel).toBe(id);
      // …and a phone of this vendor's ROM, rebuilt from its properties, ships this vendor's service.
      if (p.pushService && v.servicePackages.includes(p.pushService.name))
        expect(v.servicePackages).toContain(profileFromProps(p.props).pushService?.name);
    }
  });

  it.each(VENDOR_IDS)('%s: its ROM rules recognise its own phones', (id) => {
    const own = SIM_VENDORS[id].profiles.filter((p) => SIM_VENDORS[id].servicePackages.includes(p.pushService!.name));
    for (const p of own) {
      const brand = (p.props['ro.product.brand'] ?? '').toLowerCase();
      const manufacturer = (p.props['ro.product.manufacturer'] ?? '').toLowerCase();
      const rom = SIM_VENDORS[id].roms.map((r) => r(p.props, { brand, manufacturer })).find(Boolean);
      // Pixels run plain Android: GMS is theirs without a vendor ROM.
      if (p.family === 'google') expect(rom).toBeUndefined();
      else expect(rom?.family, p.name).toBe(p.family);
    }
  });

  it.each(VENDOR_IDS)(
    '%s: its manifest part names the vendor SDK and drops the app’s component under the fault',
    (id) => {
      const good = manifestFor(id);
      const missing = manifestFor(id, ['manifest-missing-service']);
      expect(missing.length).toBeLessThan(good.length);
      expect(good).not.toBe(manifestFor(id, ['manifest-placeholder']));
    },
  );

  it('token shapes and push-type names are the vendors’ own (no two alike)', () => {
    const shapes = VENDOR_IDS.filter((id) => id !== 'honor').map((id) => generateToken(id, 'same-seed'));
    expect(new Set(shapes).size).toBe(shapes.length);
    const types = VENDOR_IDS.map((id) => SIM_VENDORS[id].easemobType);
    expect(new Set(types).size).toBe(types.length);
    // Honor's SDK is HMS's: the same token shape (device-facts.md §2).
    expect(generateToken('honor', 's')).toMatch(/^IQAAAACy0[\w-]{119}$/);
  });
});

describe('the stand-ins', () => {
  /** The routes a provider's module registers, with a context that records them. */
  function routesOf(m: StandinModule<unknown>): { method: string; re: RegExp }[] {
    const out: { method: string; re: RegExp }[] = [];
    const ctx = {
      cred: {},
      package: 'com.example.chat',
      origin: () => 'http://127.0.0.1:1',
      route: (method: string, re: RegExp) => out.push({ method, re }),
      vendors: SIM_VENDORS,
    } as unknown as StandinContext<unknown>;
    m.routes(ctx);
    return out;
  }

  it.each(PROVIDERS)('%s answers only under its own path, and its URLs point there', (p) => {
    const m = standinOf(p);
    const routes = routesOf(m);
    expect(routes.length).toBeGreaterThan(0);
    for (const r of routes) {
      expect(r.re.source.startsWith(String.raw`^\/${p}\/`), r.re.source).toBe(true);
      for (const other of PROVIDERS.filter((o) => o !== p)) expect(r.re.test(`/${other}/v1/x`)).toBe(false);
    }
    const urls = m.urls('http://h:1');
    for (const u of Object.values(urls)) expect(u).toMatch(new RegExp(`^http://h:1/${p}(/|$)`));
  });

  it('credentials are generated per provider under its key', () => {
    const c = generateCredentials('org.acme.app');
    expect(c.package).toBe('org.acme.app');
    expect(Object.keys(c)).toEqual(['package', ...PROVIDERS.map((p) => standinOf(p).credKey)]);
    expect(c.tencent.sdkAppId).toBeGreaterThanOrEqual(1400000000);
  });
});

// device-facts.md §5.1 (TencentCloud/TIMSDK TUIOfflinePush @ 7f7ee3c: OEMPushSetting.java,
// XiaomiMsgReceiver.java, OPPOPushImpl.java, MEIZUPushReceiver.java, TUIOfflinePushManager.java),
// `{T}` standing for the token. Written out here, not computed, so that each line is checked against
// the source's text.
const TUI: Record<VendorChannel, { token: [string, string, string][]; error: string }> = {
  huawei: {
    token: [
      ['TUIOfflinePush-OEMPushSetting', 'I', 'huawei turnOnPush Complete'],
      ['TUIOfflinePush-OEMPushSetting', 'I', 'huawei get token:{T}'],
    ],
    error: 'onTokenErrorCallBack code = -1, code des = huawei ApiException: 907135000',
  },
  honor: {
    token: [
      ['TUIOfflinePush-OEMPushSetting', 'I', 'Honor turnOn push successfully.'],
      ['TUIOfflinePush-OEMPushSetting', 'I', 'Honor get pushToken {T}'],
    ],
    error: 'onTokenErrorCallBack code = -1, code des = honor ApiException: 8002005',
  },
  xiaomi: {
    token: [
      [
        'TUIOfflinePush-XiaomiMsgReceiver',
        'D',
        'onReceiveRegisterResult is called. command={register}, resultCode={0}, reason={}, category={null}, commandArguments={[{T}]}',
      ],
      ['TUIOfflinePush-XiaomiMsgReceiver', 'D', 'cmd: register | arg: {T} | result: 0 | reason: null'],
      ['TUIOfflinePush-XiaomiMsgReceiver', 'D', 'regId: {T}'],
    ],
    error: 'onTokenErrorCallBack code = -1, code des = xiaomi error code: 70000001',
  },
  oppo: {
    token: [['TUIOfflinePush-OPPOPushImpl', 'I', 'onRegister responseCode: 0 registerID: {T}']],
    error: 'onTokenErrorCallBack code = -1, code des = oppo error code: -2',
  },
  vivo: {
    token: [
      ['TUIOfflinePush-OEMPushSetting', 'I', 'vivo support push: true'],
      ['TUIOfflinePush-OEMPushSetting', 'I', 'vivopush open vivo push success regId = {T}'],
    ],
    error: 'onTokenErrorCallBack code = -1, code des = vivo error code: 101',
  },
  meizu: {
    token: [['TUIOfflinePush-MEIZUPushReceiver', 'I', 'onRegisterStatus token = {T}']],
    error: 'onTokenErrorCallBack code = -1, code des = meizu error code: 110000',
  },
  fcm: {
    token: [['TUIOfflinePush-OEMPushSetting', 'I', 'google fcm getToken = {T}']],
    error: 'onTokenErrorCallBack code = -1, code des = fcm error code: SERVICE_NOT_AVAILABLE',
  },
};
// device-facts.md §5.2: EMPushHelper's push type per channel (Honor's from Easemob's HONORPUSH type).
const EM_TYPE: Record<VendorChannel, string> = {
  huawei: 'HMSPUSH',
  honor: 'HONORPUSH',
  xiaomi: 'MIPUSH',
  oppo: 'OPPOPUSH',
  vivo: 'VIVOPUSH',
  meizu: 'MEIZUPUSH',
  fcm: 'FCM',
};

describe('what the test app logs at start (device-facts.md §5)', () => {
  const lines = (
    channel: VendorChannel,
    imSdk: 'tencent' | 'easemob' | 'vendor-demo',
    token: string | null,
    ok = true,
  ) =>
    sdkLogSource
      .appStartLines({ channel, imSdk, token, package: 'com.example.chat', reportOk: ok })
      .map((l) => [l.tag, l.level, l.message.replace(/^\[\d{4}\/\d\d\/\d\d \d\d:\d\d:\d\d:\d{3}\]: /, '')]);

  it.each(VENDOR_IDS)('%s with TUIOfflinePush: the SDK’s lines, then the IM token report', (id) => {
    const T = generateToken(id, 'lines');
    const exact = TUI[id].token.map(([tag, level, m]) => [tag, level, m.replaceAll('{T}', T)]);
    expect(lines(id, 'vendor-demo', T)).toEqual(exact);
    expect(lines(id, 'tencent', T)).toEqual([
      ...exact,
      [
        'TUIOfflinePush-TUIOfflinePushManager',
        'D',
        `setOfflinePushConfig businessID = ${10000 + T.length} pushToken = ${T}`,
      ],
      ['TUIOfflinePush-TUIOfflinePushManager', 'D', 'setOfflinePushToken success'],
    ]);
    expect(lines(id, 'tencent', T, false).at(-1)).toEqual([
      'TUIOfflinePush-TUIOfflinePushManager',
      'D',
      'setOfflinePushToken err code = 6013 desc = not logged in',
    ]);
    expect(lines(id, 'tencent', null)).toEqual([['TUIOfflinePush-TUIOfflinePushManager', 'E', TUI[id].error]]);
  });

  it.each(VENDOR_IDS)('%s with Easemob: EMPushHelper’s lines with the channel’s push type', (id) => {
    const T = generateToken(id, 'lines');
    const type = EM_TYPE[id];
    const em = (m: string) => ['ONE SDK', 'D', `[EMPushHelper] ${m}`];
    expect(lines(id, 'easemob', T)).toEqual([
      em(`isSupportPush: ${type} - true`),
      em(`EMPushHelper register, prefer push type: ${type}`),
      em(`onReceiveToken: ${type} - ${T}`),
      em('Retry upload after 5s if failed.'),
      em(
        `uploadTokenInternal, token=${T}, url=https://a1.easemob.com:443/com-example-chat/chat/users/alice, notifier name=${type.toLowerCase()}-cert`,
      ),
      em('uploadTokenInternal success.'),
    ]);
    expect(lines(id, 'easemob', null).at(-1)).toEqual(em(`onErrorResponse: ${type} register failed, errorCode: 10006`));
  });
});

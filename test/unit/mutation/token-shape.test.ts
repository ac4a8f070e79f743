// Token shapes and masking at their edges (device-facts.md §5.4 gives the real examples and the
// lengths measured on them): each rule's alternatives, its length bounds on both sides, its
// anchors, and the order in which a vendor is guessed for a bare token.
import { describe, expect, it } from 'vitest';
import { checkTokenShape, guessVendor, maskToken } from '../../../src/main/logs/token-shape';
import type { VendorChannel } from '../../../src/shared/types';

const b64url = (n: number) => 'AbCd0123_-'.repeat(30).slice(0, n);
const FCM = `${'dUHQ1a2b3c4d5e6f7g8h9i'}:APA91b${b64url(134)}`; // 22 + 1 + 140 = 163
const FCM_IID = `eK0LLz43Z_U:APA91b${b64url(134)}`; // 11 + 1 + 140 = 152
const HMS_2019 = '0869379034831543200000121400CN01';
const HMS_NOW = `IQAAAACy0PsqAADxfCrWG3kupbOraeAiYoo9n2B-${b64url(80)}`;
const XIAOMI_64 = 'Tn0uw0uG'.padEnd(59, 'a') + 'fLG3k';
const XIAOMI_44 = 'YZQfRxmx'.padEnd(39, 'b') + 'qT88=';
const OPPO = 'CN_724a57d2233d2363fbdeff46af095155';
const VIVO = '15665456497861102581637';
const MEIZU = 'V5R5b7c02ab47744c6b635e464b527e487802';

describe('checkTokenShape', () => {
  it.each<[VendorChannel, string, boolean]>([
    ['fcm', FCM, true],
    ['fcm', FCM_IID, true],
    ['fcm', `${'a'.repeat(10)}:APA91b${b64url(134)}`, false],
    ['fcm', `${'a'.repeat(23)}:APA91b${b64url(134)}`, false],
    ['fcm', `${'a'.repeat(22)}:APA91b${b64url(119)}`, false],
    ['fcm', `${'a'.repeat(22)}:APA91b${b64url(120)}`, true],
    ['fcm', `${'a'.repeat(22)}:APA91b${b64url(200)}`, true],
    ['fcm', `${'a'.repeat(22)}:APA91b${b64url(201)}`, false],
    ['fcm', `${'a'.repeat(22)}:APA91c${b64url(134)}`, false],
    ['fcm', `x${FCM}!`, false],
    ['huawei', HMS_2019, true],
    ['huawei', HMS_2019.slice(1), false],
    ['huawei', `${HMS_2019}9`, false],
    ['huawei', '0869379034831543200000121400cn01', false],
    ['huawei', HMS_NOW, true],
    ['huawei', `IQAAAA${b64url(89)}`, false],
    ['huawei', `IQAAAA${b64url(90)}`, true],
    ['huawei', `xIQAAAA${b64url(90)}`, false],
    ['honor', HMS_NOW, true],
    ['honor', b64url(60), true],
    ['honor', b64url(59), false],
    ['honor', `${b64url(60)}+`, false],
    ['xiaomi', XIAOMI_64, true],
    ['xiaomi', XIAOMI_44, true],
    ['xiaomi', 'a'.repeat(39), false],
    ['xiaomi', 'a'.repeat(40), true],
    ['xiaomi', 'a'.repeat(70), true],
    ['xiaomi', 'a'.repeat(71), false],
    ['xiaomi', `${'a'.repeat(43)}_`, false],
    ['oppo', OPPO, true],
    ['oppo', OPPO.slice(3), true],
    ['oppo', `SG_CN_${OPPO.slice(3)}`, true],
    ['oppo', OPPO.toUpperCase(), false],
    ['oppo', `${OPPO}0`, false],
    ['oppo', `x${OPPO}`, false],
    ['oppo', `cn_${OPPO.slice(3)}`, false],
    ['vivo', VIVO, true],
    ['vivo', '1'.repeat(20), true],
    ['vivo', '1'.repeat(19), false],
    ['vivo', '1'.repeat(26), true],
    ['vivo', '1'.repeat(27), false],
    ['vivo', `${VIVO}a`, false],
    ['meizu', MEIZU, true],
    ['meizu', `V5${'a'.repeat(30)}`, true],
    ['meizu', `V5${'a'.repeat(29)}`, false],
    ['meizu', `V5${'a'.repeat(60)}`, true],
    ['meizu', `V5${'a'.repeat(61)}`, false],
    ['meizu', `5V${'a'.repeat(40)}`, false],
    ['meizu', `VV${'a'.repeat(40)}`, false],
    ['meizu', `V5${'a'.repeat(40)}-`, false],
  ])('%s %s → %s', (vendor, token, ok) => {
    const r = checkTokenShape(vendor, token);
    expect(r.ok).toBe(ok);
    if (ok) expect(r).toEqual({ ok: true });
  });

  it('an odd shape names the vendor, the length and what was expected', () => {
    expect(checkTokenShape('vivo', '123')).toEqual({
      ok: false,
      note: { key: 'logs.shape.unusual', params: { vendor: 'vivo', length: 3, expected: 'about 23 digits' } },
    });
    expect(checkTokenShape('oppo', 'x').note?.params?.expected).toBe('"CN_" followed by 32 hex digits');
    expect(checkTokenShape('fcm', 'x').note?.params?.expected).toBe('152 or 163 characters, "<id>:APA91b…"');
    expect(checkTokenShape('huawei', 'x').note?.params?.expected).toContain('CN01');
    expect(checkTokenShape('honor', 'x').note?.params?.expected).toContain('IQAAAAC');
    expect(checkTokenShape('xiaomi', 'x').note?.params?.expected).toBe('44 or 64 base64 characters');
    expect(checkTokenShape('meizu', 'x').note?.params?.expected).toContain('starting with a short prefix');
  });

  it('empty, whitespace and oversized tokens; no vendor means any non-garbage token is fine', () => {
    expect(checkTokenShape('fcm', '')).toEqual({ ok: false, note: { key: 'logs.shape.empty' } });
    expect(checkTokenShape(undefined, '')).toEqual({ ok: false, note: { key: 'logs.shape.empty' } });
    expect(checkTokenShape('vivo', '1566545649 7861102581637')).toEqual({
      ok: false,
      note: { key: 'logs.shape.garbage' },
    });
    expect(checkTokenShape(undefined, 'a\tb')).toEqual({ ok: false, note: { key: 'logs.shape.garbage' } });
    expect(checkTokenShape(undefined, 'a'.repeat(4097))).toEqual({ ok: false, note: { key: 'logs.shape.garbage' } });
    expect(checkTokenShape(undefined, 'a'.repeat(4096))).toEqual({ ok: true });
    expect(checkTokenShape(undefined, 'anything-at-all')).toEqual({ ok: true });
  });
});

describe('guessVendor', () => {
  it.each<[string, VendorChannel | undefined]>([
    [FCM, 'fcm'],
    [OPPO, 'oppo'],
    [HMS_2019, 'huawei'],
    [HMS_NOW, 'huawei'],
    [VIVO, 'vivo'],
    [XIAOMI_64, 'xiaomi'],
    [XIAOMI_44, 'xiaomi'],
    [MEIZU, 'meizu'],
    [`V5${'a'.repeat(42)}`, 'xiaomi'], // 44 letters and digits fit both: Xiaomi is asked before Meizu
    ['5874b7465d9eead746bd9374559e010b', 'oppo'],
    ['short', undefined],
  ])('%s → %s', (token, vendor) => expect(guessVendor(token)).toBe(vendor));
});

describe('maskToken', () => {
  it.each([
    ['', '********'],
    ['abcdefghijkl', '********'],
    ['abcdefghijklm', 'abcd********jklm'],
    [VIVO, '1566********1637'],
  ])('%s → %s', (token, masked) => expect(maskToken(token)).toBe(masked));
});

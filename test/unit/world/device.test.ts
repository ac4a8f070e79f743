// Property files and package dumps from the world (test/fixtures/world/props.ts, dumps.ts).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { detect, missingEssentials } from '../../../src/main/device/detect';
import {
  deriveProductProps,
  mergeBuildProps,
  parseBuildProp,
  parseProps,
  partitionOf,
} from '../../../src/main/device/props';
import { notificationGrant, parseDumpsysPackage } from '../../../src/main/device/outputs/package';
import {
  GETPROP_NO_MODEL,
  ODM_BUILD_PROP,
  ONEPLUS6_HYDROGEN,
  ONEPLUS6_OXYGEN,
  PRODUCT_BUILD_PROP,
  SYSTEM_BUILD_PROP,
  VENDOR_BUILD_PROP,
} from '../../fixtures/world/props';
import { NO_RUNTIME_GRANT, UPDATED_SYSTEM_APP } from '../../fixtures/world/dumps';

const files = [SYSTEM_BUILD_PROP, VENDOR_BUILD_PROP, PRODUCT_BUILD_PROP, ODM_BUILD_PROP].map(
  (t) => parseBuildProp(t).props,
);

describe('build.prop files', () => {
  it.each([
    [SYSTEM_BUILD_PROP, 'system'],
    [VENDOR_BUILD_PROP, 'vendor'],
    [PRODUCT_BUILD_PROP, 'product'],
    [ODM_BUILD_PROP, 'odm'],
  ])('tells the partition of a build.prop (%#)', (text, part) => {
    expect(partitionOf(parseBuildProp(text).props)).toBe(part);
  });

  it('derives ro.product.* as init does, whatever order the files are given in', () => {
    for (const order of [files, [...files].reverse()]) {
      const d = detect(mergeBuildProps(order));
      expect(d).toMatchObject({ brand: 'OnePlus', manufacturer: 'OnePlus', model: 'LE2120', device: 'OnePlus9Pro' });
      expect(d.android.sdk).toBe(31);
      expect(d.notes.map((n) => n.key)).toContain('detect.note.derivedProduct');
    }
  });

  it('follows ro.product.property_source_order when the ROM sets it', () => {
    const merged = mergeBuildProps([
      ...files,
      { 'ro.product.property_source_order': 'vendor,product,odm,system_ext,system' },
    ]);
    expect(deriveProductProps(merged).props['ro.product.model']).toBe('OnePlus 9 Pro');
    expect(detect(merged).model).toBe('OnePlus 9 Pro');
  });

  it('a set value of ro.product.X is kept, never derived over', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('brand', 'model', 'device', 'manufacturer', 'name'),
        fc.stringMatching(/^[A-Za-z0-9 ]{1,20}$/),
        (field, v) => {
          const merged = { ...mergeBuildProps(files), [`ro.product.${field}`]: v };
          expect(deriveProductProps(merged).props[`ro.product.${field}`]).toBe(v);
        },
      ),
    );
  });

  it('a dump without ro.product.model is detected, with a note', () => {
    const props = parseProps(GETPROP_NO_MODEL).props;
    expect(missingEssentials(props)).toEqual(['ro.product.model']);
    const d = detect(props);
    expect(d).toMatchObject({ brand: 'Redmi', brandFamily: 'xiaomi', pushChannel: 'xiaomi', model: '' });
    expect(d.notes.map((n) => n.key)).toContain('detect.note.noModel');
  });

  it('HydrogenOS is not OxygenOS', () => {
    expect(detect(ONEPLUS6_HYDROGEN).rom.name).toBe('HydrogenOS');
    expect(detect(ONEPLUS6_OXYGEN).rom.name).toBe('OxygenOS');
  });
});

describe('dumpsys package as phones print it', () => {
  it('reads the first of two Package blocks (the installed update), not the hidden system copy', () => {
    const p = parseDumpsysPackage(UPDATED_SYSTEM_APP, 'com.android.chrome');
    expect(p).toMatchObject({ versionCode: 612509033, targetSdk: 34, versionName: '120.0.6099.144' });
    expect(p.users).toHaveLength(1);
    expect(p.users[0]).toMatchObject({ enabled: 0, stopped: false, lastDisabledCaller: 'com.android.vending' });
  });

  it('enabled=0 is the default state even when lastDisabledCaller is printed', () => {
    const u = parseDumpsysPackage(UPDATED_SYSTEM_APP, 'com.android.chrome').users[0];
    expect(u.enabled >= 2).toBe(false);
  });

  it.each([
    [NO_RUNTIME_GRANT, 'com.example.chat', 33, 'denied'],
    [NO_RUNTIME_GRANT, 'com.example.chat', 32, 'not-needed'],
    [UPDATED_SYSTEM_APP, 'com.android.chrome', 34, 'granted'],
  ] as const)('POST_NOTIFICATIONS state (%#)', (text, pkg, sdk, state) => {
    expect(notificationGrant(parseDumpsysPackage(text, pkg), sdk)).toBe(state);
  });
});

// Huawei phones: HMS Push, and HarmonyOS or EMUI. Honor phones sold before the 2020 split run the
// same ROMs, so Honor's family uses the ROM rule below too (src/main/vendors/honor/detect.ts).
import type { RomContext, RomResult, VendorDetection } from '../types';
import type { Text } from '../../../shared/types';
import { stripPrefix } from '../detect-kit';

/** EMUI, HarmonyOS, Magic UI or MagicOS, from the keys Huawei and Honor images carry. */
export function huaweiFamilyRom({ props, family, manufacturer, release }: RomContext): RomResult | null {
  const notes: Text[] = [];
  const magic = props['ro.build.version.magic'];
  // Honor's own ROM. Huawei images also carry ro.magic.api.version, so only the version key counts.
  if (magic && (family === 'honor' || /honor/i.test(manufacturer))) {
    const version = stripPrefix(magic);
    const major = Number.parseInt(version, 10);
    return {
      name: major >= 7 || /magicos/i.test(magic) ? 'MagicOS' : 'Magic UI',
      version,
      evidence: ['ro.build.version.magic'],
      notes,
    };
  }
  if (props['ro.magic.api.version'] && family === 'huawei') notes.push({ key: 'detect.note.magicKeyOnHuawei' });
  const harmony = props['hw_sc.build.platform.version'];
  if (harmony || props['hw_sc.build.os.enable'] === 'true') {
    return {
      name: 'HarmonyOS',
      version: harmony ?? props['hw_sc.build.os.version'] ?? '',
      evidence: ['hw_sc.build.platform.version'],
      notes,
    };
  }
  const emui = props['ro.build.version.emui'];
  if (emui) {
    if (family === 'honor') notes.push({ key: 'detect.note.honorOnHms' });
    return { name: 'EMUI', version: stripPrefix(emui), evidence: ['ro.build.version.emui'], notes };
  }
  if (magic) return { name: 'MagicOS', version: stripPrefix(magic), evidence: ['ro.build.version.magic'], notes };
  // No ROM key: plain Android, with the note on a Magic key when there was one.
  return notes.length ? { name: 'Android', version: release, evidence: ['ro.build.version.release'], notes } : null;
}

export const detection: VendorDetection = {
  brandOrder: 3,
  // An Honor phone without Honor's own push service (brand honor, maker Huawei) is on HMS.
  channelFor: (b, m) =>
    b.includes('huawei') || m.includes('huawei') || b === 'honor'
      ? b === 'honor'
        ? 'brand:honor-on-hms'
        : 'brand:huawei'
      : null,
  families: [{ family: 'huawei', matches: (b, m) => /huawei/.test(b) || /huawei/.test(m), rom: huaweiFamilyRom }],
};

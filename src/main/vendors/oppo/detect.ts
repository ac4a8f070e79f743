// The OPPO family on HeyTap Push: OPPO (ColorOS), OnePlus (OxygenOS, HydrogenOS, ColorOS in China)
// and realme (realme UI), all on the same ColorOS base (`ro.build.version.oplusrom`).
import type { Text } from '../../../shared/types';
import type { VendorDetection } from '../types';
import { stripPrefix } from '../detect-kit';

/** realme UI releases by Android SDK level, for builds that do not name their version. */
const REALME_UI_BY_SDK: Record<number, string> = {
  29: '1.0',
  30: '2.0',
  31: '3.0',
  32: '3.0',
  33: '4.0',
  34: '5.0',
  35: '6.0',
  36: '7.0',
};

export const detection: VendorDetection = {
  brandOrder: 5,
  channelFor: (b, m) => (/^(oppo|realme|oneplus)$/.test(b) || /^(oppo|realme|oneplus)$/.test(m) ? `brand:${b}` : null),
  families: [
    {
      family: 'oneplus',
      matches: (b, m) => /^oneplus$/.test(b) || /^oneplus$/.test(m),
      rom({ props, model }) {
        const notes: Text[] = [];
        const oplus = props['ro.build.version.oplusrom'];
        const romVersion = props['ro.rom.version'] ?? props['ro.oxygen.version'] ?? '';
        if (/hydrogen|h2os/i.test(romVersion))
          // "H2OS 11.0.7": the version is the number after the name, not every digit (the 2 of H2OS).
          return {
            name: 'HydrogenOS',
            version: /(\d+(?:\.\d+)*)\s*$/.exec(romVersion)?.[1] ?? '',
            evidence: ['ro.rom.version'],
            notes,
          };
        // China OnePlus ROMs before ColorOS (HydrogenOS) also name themselves in the OTA version keys
        // (`ro.build.ota.versionname=OnePlus6Hydrogen_22_…`), with no ro.rom.version.
        const h2Key = [
          'ro.build.ota.versionname',
          'ro.build.version.ota',
          'ro.build.display.full_id',
          'ro.build.display.id',
        ].find((k) => /hydrogen|h2os/i.test(props[k] ?? ''));
        if (h2Key)
          return {
            name: 'HydrogenOS',
            version: /_(\d+(?:\.\d+)+)/.exec(props[h2Key])?.[1] ?? '',
            evidence: [h2Key],
            notes,
          };
        if (oplus) notes.push({ key: 'detect.note.oplusBase', params: { value: oplus } });
        // China OnePlus phones (model P…110) run ColorOS since 2021; the rest run OxygenOS.
        const chinaModel = /^P[A-Z]{2}\d{3}$/.test(model);
        if (chinaModel)
          return {
            name: 'ColorOS',
            version: stripPrefix(oplus),
            evidence: ['ro.product.model', 'ro.build.version.oplusrom'],
            notes,
          };
        const display = props['ro.build.display.id'] ?? '';
        const m = /_(\d+\.\d+\.\d+)/.exec(display);
        const version = /oxygen/i.test(romVersion)
          ? romVersion.replace(/[^\d.]+/g, '')
          : (m?.[1] ?? stripPrefix(oplus));
        return { name: 'OxygenOS', version, evidence: ['ro.product.brand', 'ro.build.display.id'], notes };
      },
    },
    {
      family: 'realme',
      matches: (b, m) => /^realme$/.test(b) || /^realme$/.test(m),
      rom({ props, sdk }) {
        const notes: Text[] = [];
        const own = props['ro.build.version.realmeui'];
        if (props['ro.build.version.oplusrom'])
          notes.push({ key: 'detect.note.oplusBase', params: { value: props['ro.build.version.oplusrom'] } });
        if (own)
          return { name: 'realme UI', version: stripPrefix(own), evidence: ['ro.build.version.realmeui'], notes };
        return { name: 'realme UI', version: REALME_UI_BY_SDK[sdk] ?? '', evidence: ['ro.build.version.sdk'], notes };
      },
    },
    {
      family: 'oppo',
      matches: (b, m) => /^oppo$/.test(b) || /^oppo$/.test(m),
      rom({ props }) {
        const v = props['ro.build.version.oplusrom'] ?? props['ro.build.version.opporom'];
        if (v)
          return {
            name: 'ColorOS',
            version: stripPrefix(v),
            evidence: [props['ro.build.version.oplusrom'] ? 'ro.build.version.oplusrom' : 'ro.build.version.opporom'],
            notes: [],
          };
        const diff = props['ro.rom.different.version'];
        if (diff)
          return {
            name: 'ColorOS',
            version: diff.replace(/^ColorOS\s*/i, ''),
            evidence: ['ro.rom.different.version'],
            notes: [],
          };
        return { name: 'ColorOS', version: '', evidence: [], notes: [] };
      },
    },
  ],
};

// Xiaomi, Redmi and POCO phones: the MiPush channel, and HyperOS or MIUI.
import type { VendorDetection } from '../types';

/** MIUI's `ro.miui.ui.version.name`: `V140` → `14.0`, `V125` → `12.5`, `V12` → `12`, `V9` → `9`. */
function miuiVersion(name: string): string {
  const digits = name.replace(/^V/i, '');
  if (/^\d{3}$/.test(digits)) return `${digits.slice(0, 2)}.${digits[2]}`;
  return digits;
}

export const detection: VendorDetection = {
  brandOrder: 1,
  channelFor: (b, m) => (b === 'xiaomi' || m === 'xiaomi' || /^(redmi|poco)$/.test(b) ? 'brand:xiaomi' : null),
  families: [
    {
      family: 'xiaomi',
      matches: (b, m) => /xiaomi|redmi|poco/.test(b) || /xiaomi|redmi|poco/.test(m),
      // LineageOS & co. on a Xiaomi phone (MIUI keys are often left in vendor.prop).
      customRomNote: { keys: ['ro.miui.ui.version.name'] },
      rom({ props }) {
        const os = props['ro.mi.os.version.name'];
        if (os) {
          const notes = props['ro.miui.ui.version.name'] ? [{ key: 'detect.note.hyperosMiuiKeys' }] : [];
          return { name: 'HyperOS', version: os.replace(/^OS/i, ''), evidence: ['ro.mi.os.version.name'], notes };
        }
        // HyperOS 1 on phones upgraded from MIUI 14 keeps only MIUI keys: code 816+ or an `OS1.…` build.
        const code = Number.parseInt(props['ro.miui.ui.version.code'] ?? '', 10);
        const incremental = props['ro.build.version.incremental'] ?? '';
        if (code >= 816 || /^OS\d/.test(incremental)) {
          const m = /^OS(\d+(?:\.\d+)?)/.exec(incremental);
          return {
            name: 'HyperOS',
            version: m ? m[1] : '',
            evidence: ['ro.miui.ui.version.code', 'ro.build.version.incremental'],
            notes: [{ key: 'detect.note.hyperosMiuiKeys' }],
          };
        }
        const name = props['ro.miui.ui.version.name'];
        if (name) return { name: 'MIUI', version: miuiVersion(name), evidence: ['ro.miui.ui.version.name'], notes: [] };
        return null;
      },
    },
  ],
};

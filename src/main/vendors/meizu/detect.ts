// Meizu phones: Flyme Push and Flyme. Some Meizu builds report the brand as the hash `22c4185e`.
import type { VendorDetection } from '../types';

export const detection: VendorDetection = {
  brandOrder: 4,
  channelFor: (b, m) => (b === 'meizu' || m === 'meizu' || b === '22c4185e' ? 'brand:meizu' : null),
  families: [
    {
      family: 'meizu',
      matches: (b, m) => /^meizu$/.test(b) || /^meizu$/.test(m) || b === '22c4185e',
      rom({ props }) {
        const display = props['ro.flyme.version.id'] ?? props['ro.build.display.id'] ?? '';
        const m = /flyme\s*(?:os\s*)?([\d.]+\w*)/i.exec(display);
        if (m || props['ro.flyme.published'])
          return { name: 'Flyme', version: m?.[1] ?? '', evidence: ['ro.build.display.id'], notes: [] };
        return null;
      },
    },
  ],
};

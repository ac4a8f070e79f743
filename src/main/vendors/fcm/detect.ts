// Every other phone is on FCM (the last in the IM SDKs' brand order); Samsung's and Google's own
// families are named for their ROM and settings screens.
import type { VendorDetection } from '../types';

export const detection: VendorDetection = {
  brandOrder: 7,
  channelFor: () => 'brand:other',
  families: [
    {
      family: 'samsung',
      matches: (b, m) => /^samsung$/.test(b) || /^samsung$/.test(m),
      rom({ props }) {
        // `ro.build.version.oneui=60101` is One UI 6.1(.1): major × 10000 + minor × 100 + patch.
        const raw = Number.parseInt(props['ro.build.version.oneui'] ?? '', 10);
        if (Number.isFinite(raw) && raw > 0) {
          const major = Math.floor(raw / 10000);
          const minor = Math.floor(raw / 100) % 100;
          return { name: 'One UI', version: `${major}.${minor}`, evidence: ['ro.build.version.oneui'], notes: [] };
        }
        return { name: 'One UI', version: '', evidence: [], notes: [] };
      },
    },
    { family: 'google', matches: (b, m) => /^google$/.test(b) || /^google$/.test(m), rom: () => null },
  ],
};

// vivo and iQOO phones: vivo Push, and OriginOS (China) or FuntouchOS (elsewhere).
import type { Text } from '../../../shared/types';
import type { VendorDetection } from '../types';

/** OriginOS releases by Android SDK level, for builds that do not name their version. */
const ORIGINOS_BY_SDK: Record<number, string> = { 30: '1', 31: '2', 32: '2', 33: '3', 34: '4', 35: '5', 36: '6' };

export const detection: VendorDetection = {
  brandOrder: 6,
  channelFor: (b, m) => (b === 'vivo' || m === 'vivo' || b === 'iqoo' ? 'brand:vivo' : null),
  families: [
    {
      family: 'vivo',
      matches: (b, m) => /^(vivo|iqoo)$/.test(b) || /^(vivo|iqoo)$/.test(m),
      rom({ props, model, sdk }) {
        const notes: Text[] = [];
        const osName = props['ro.vivo.os.name'] ?? '';
        const osVersion = props['ro.vivo.os.version'] ?? '';
        const displayId = props['ro.vivo.os.build.display.id'] ?? '';
        const fromDisplay = /originos[_ ]?(\d+(?:\.\d+)?)/i.exec(displayId)?.[1];
        if (/origin/i.test(osName)) {
          return {
            name: 'OriginOS',
            version: fromDisplay ?? ORIGINOS_BY_SDK[sdk] ?? osVersion,
            evidence: ['ro.vivo.os.name'],
            notes,
          };
        }
        // OriginOS phones for China may still say Funtouch (seen on an OriginOS 6 phone). A China
        // model (no overseas flag, `A` suffix) on Android 11+ runs OriginOS.
        const china =
          props['ro.vivo.product.overseas'] === 'no' ||
          (!props['ro.vivo.product.overseas'] && /^V\d{4}[A-Z]*A$/.test(model));
        if (china && sdk >= 30) {
          notes.push({ key: 'detect.note.originosSaysFuntouch' });
          return {
            name: 'OriginOS',
            version: fromDisplay ?? ORIGINOS_BY_SDK[sdk] ?? '',
            evidence: ['ro.vivo.os.name', 'ro.product.model'],
            notes,
          };
        }
        if (osName || displayId) {
          const v = /funtouch(?:os)?[_ ]?(\d+(?:\.\d+)?)/i.exec(displayId)?.[1] ?? osVersion;
          return { name: 'FuntouchOS', version: v, evidence: ['ro.vivo.os.name'], notes };
        }
        return null;
      },
    },
  ],
};

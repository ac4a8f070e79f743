// Honor phones (brand and maker both Honor): Honor Push, and MagicOS (older ones: Huawei's ROMs).
import type { VendorDetection } from '../types';
import { huaweiFamilyRom } from '../huawei/detect';

export const detection: VendorDetection = {
  brandOrder: 2,
  channelFor: (b, m) => (b === 'honor' && m === 'honor' ? 'brand:honor' : null),
  families: [{ family: 'honor', matches: (b) => b === 'honor', rom: huaweiFamilyRom }],
};

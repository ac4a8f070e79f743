// ColorOS (OPPO, realme) and OnePlus security app screens (device-facts.md §6).
import type { FamilyGuide, SettingsScreen } from '../types';

export const screens: SettingsScreen[] = [
  {
    id: 'coloros-startup',
    component: 'com.coloros.safecenter/.permission.startup.StartupAppListActivity',
    exported: true,
    purpose: 'autostart',
    families: ['oppo', 'realme'],
  },
  {
    id: 'oneplus-chain-launch',
    component: 'com.oneplus.security/.chainlaunch.view.ChainLaunchAppListActivity',
    exported: true,
    purpose: 'autostart',
    families: ['oneplus'],
  },
];

/** The families whose ROM switches have their own how-to texts (else the generic text). */
export const guides: FamilyGuide[] = [
  { family: 'oppo', autostart: true, notifications: true },
  { family: 'oneplus', autostart: true, notifications: true },
  { family: 'realme', autostart: true, notifications: true },
];

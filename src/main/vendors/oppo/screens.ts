// ColorOS (OPPO, realme) and OnePlus security app screens (device-facts.md §6).
import type { SettingsScreen } from '../types';

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

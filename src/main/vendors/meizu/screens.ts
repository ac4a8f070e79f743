// Flyme security app screens (device-facts.md §6).
import type { FamilyGuide, SettingsScreen } from '../types';

export const screens: SettingsScreen[] = [
  {
    id: 'meizu-background',
    component: 'com.meizu.safe/.permission.SmartBGActivity',
    exported: true,
    purpose: 'autostart',
    families: ['meizu'],
  },
];

/** The families whose ROM switches have their own how-to texts (else the generic text). */
export const guides: FamilyGuide[] = [{ family: 'meizu', autostart: true, notifications: true }];

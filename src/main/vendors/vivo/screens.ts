// vivo i Manager screens (device-facts.md §6).
import type { FamilyGuide, SettingsScreen } from '../types';

export const screens: SettingsScreen[] = [
  {
    id: 'vivo-background-startup',
    component: 'com.vivo.permissionmanager/.activity.BgStartUpManagerActivity',
    exported: true,
    purpose: 'autostart',
    families: ['vivo'],
  },
];

/** The families whose ROM switches have their own how-to texts (else the generic text). */
export const guides: FamilyGuide[] = [{ family: 'vivo', autostart: true, notifications: true }];

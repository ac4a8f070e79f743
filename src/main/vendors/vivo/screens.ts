// vivo i Manager screens (device-facts.md §6).
import type { SettingsScreen } from '../types';

export const screens: SettingsScreen[] = [
  {
    id: 'vivo-background-startup',
    component: 'com.vivo.permissionmanager/.activity.BgStartUpManagerActivity',
    exported: true,
    purpose: 'autostart',
    families: ['vivo'],
  },
];

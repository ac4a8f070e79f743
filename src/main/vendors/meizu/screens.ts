// Flyme security app screens (device-facts.md §6).
import type { SettingsScreen } from '../types';

export const screens: SettingsScreen[] = [
  {
    id: 'meizu-background',
    component: 'com.meizu.safe/.permission.SmartBGActivity',
    exported: true,
    purpose: 'autostart',
    families: ['meizu'],
  },
];

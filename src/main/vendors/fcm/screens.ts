// Screens of the FCM families' own ROMs: Samsung's Device care (device-facts.md §6).
import type { FamilyGuide, SettingsScreen } from '../types';

export const screens: SettingsScreen[] = [
  {
    id: 'samsung-battery',
    component: 'com.samsung.android.lool/com.samsung.android.sm.ui.battery.BatteryActivity',
    exported: true,
    purpose: 'battery',
    families: ['samsung'],
  },
];

/** The families whose ROM switches have their own how-to texts (else the generic text). */
export const guides: FamilyGuide[] = [{ family: 'samsung', autostart: false, notifications: true }];

// MIUI/HyperOS Security app screens (device-facts.md §6).
import type { FamilyGuide, SettingsScreen } from '../types';

export const screens: SettingsScreen[] = [
  {
    id: 'miui-autostart',
    component: 'com.miui.securitycenter/com.miui.permcenter.autostart.AutoStartManagementActivity',
    exported: true,
    purpose: 'autostart',
    families: ['xiaomi'],
  },
  {
    id: 'miui-power',
    component: 'com.miui.securitycenter/com.miui.powercenter.PowerSettings',
    exported: true,
    purpose: 'battery',
    families: ['xiaomi'],
  },
  {
    id: 'miui-other-permissions',
    component: 'com.miui.securitycenter/com.miui.permcenter.settings.OtherPermissionsActivity',
    exported: false,
    purpose: 'permissions',
    families: ['xiaomi'],
  },
];

/** The families whose ROM switches have their own how-to texts (else the generic text). */
export const guides: FamilyGuide[] = [{ family: 'xiaomi', autostart: true, notifications: true }];

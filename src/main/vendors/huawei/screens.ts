// Huawei Phone Manager screens (device-facts.md §6); Honor phones of the Huawei era have the first.
import type { FamilyGuide, SettingsScreen } from '../types';

export const screens: SettingsScreen[] = [
  {
    id: 'huawei-startup',
    component: 'com.huawei.systemmanager/.appcontrol.activity.StartupAppControlActivity',
    exported: true,
    purpose: 'autostart',
    families: ['huawei', 'honor'],
    minSdk: 26,
  },
  {
    id: 'huawei-startup-awaked',
    component: 'com.huawei.systemmanager/.startupmgr.ui.StartupAwakedAppListActivity',
    exported: false,
    purpose: 'autostart',
    families: ['huawei'],
  },
];

/** The families whose ROM switches have their own how-to texts (else the generic text). */
export const guides: FamilyGuide[] = [{ family: 'huawei', autostart: true, notifications: true }];

// What a vendor ROM ships, as the virtual phone's own facts (device-facts.md §2 and §6), kept apart
// from the product's tables in src/main/device so that a wrong entry there shows up as a
// disagreement with the phone instead of being copied into it.
import type { BrandFamily, VendorChannel } from '../../shared/types';

/** The system packages that carry each push channel (device-facts.md §2). */
export const PUSH_SERVICE_PACKAGES: Record<VendorChannel, readonly string[]> = {
  xiaomi: ['com.xiaomi.xmsf'],
  huawei: ['com.huawei.hwid', 'com.huawei.hwid.tv', 'com.huawei.hwid.car', 'com.huawei.hms'],
  honor: ['com.hihonor.android.pushagent'],
  oppo: ['com.heytap.mcs', 'com.coloros.mcs'],
  vivo: ['com.vivo.pushservice'],
  meizu: ['com.meizu.cloud'],
  fcm: ['com.google.android.gms'],
};

export function isPushServicePackage(name: string): boolean {
  return Object.values(PUSH_SERVICE_PACKAGES).some((list) => list.includes(name));
}

export interface RomActivity {
  /** `pkg/fully.qualified.Class`. */
  component: string;
  /** Whether a caller outside the package (the shell) may start it. */
  exported: boolean;
  /** Lowest SDK whose ROM has it. */
  minSdk?: number;
}

/**
 * The settings activities of each ROM family that people open from a shell to fix background
 * limits (device-facts.md §6: components from AutoStarter and app code, exported state from adb
 * captures — MIUI's OtherPermissionsActivity needs a signature permission, Huawei's
 * StartupAwakedAppListActivity is "not exported from uid 1000").
 */
export const ROM_ACTIVITIES: Partial<Record<BrandFamily, RomActivity[]>> = {
  xiaomi: [
    { component: 'com.miui.securitycenter/com.miui.permcenter.autostart.AutoStartManagementActivity', exported: true },
    { component: 'com.miui.securitycenter/com.miui.powercenter.PowerSettings', exported: true },
    { component: 'com.miui.securitycenter/com.miui.permcenter.permissions.PermissionsEditorActivity', exported: true },
    { component: 'com.miui.securitycenter/com.miui.permcenter.settings.OtherPermissionsActivity', exported: false },
  ],
  huawei: [
    {
      component: 'com.huawei.systemmanager/com.huawei.systemmanager.appcontrol.activity.StartupAppControlActivity',
      exported: true,
      minSdk: 26,
    },
    {
      component: 'com.huawei.systemmanager/com.huawei.systemmanager.startupmgr.ui.StartupAwakedAppListActivity',
      exported: false,
    },
  ],
  oppo: [
    {
      component: 'com.coloros.safecenter/com.coloros.safecenter.permission.startup.StartupAppListActivity',
      exported: true,
    },
  ],
  realme: [
    {
      component: 'com.coloros.safecenter/com.coloros.safecenter.permission.startup.StartupAppListActivity',
      exported: true,
    },
  ],
  oneplus: [
    {
      component: 'com.oneplus.security/com.oneplus.security.chainlaunch.view.ChainLaunchAppListActivity',
      exported: true,
    },
  ],
  vivo: [
    {
      component: 'com.vivo.permissionmanager/com.vivo.permissionmanager.activity.BgStartUpManagerActivity',
      exported: true,
    },
    {
      component: 'com.vivo.permissionmanager/com.vivo.permissionmanager.activity.PurviewTabActivity',
      exported: true,
      minSdk: 26,
    },
  ],
  meizu: [{ component: 'com.meizu.safe/com.meizu.safe.permission.SmartBGActivity', exported: true }],
  samsung: [
    { component: 'com.samsung.android.lool/com.samsung.android.sm.ui.battery.BatteryActivity', exported: true },
  ],
};

/** The ROM activity a component names on a phone of this family and SDK, if the ROM has it. */
export function romActivity(family: BrandFamily, sdk: number, component: string): RomActivity | undefined {
  return ROM_ACTIVITIES[family]?.find((a) => a.component === component && (a.minSdk === undefined || sdk >= a.minSdk));
}

// Settings screens a user (or Push Doctor, through `am start`) can open to fix background and
// notification limits, per ROM family. Components and their exported state come from public
// captures (device-facts.md §6); `exported: false` ones fail from a shell with a SecurityException,
// so the checklist shows them as instructions instead of buttons.
import type { BrandFamily } from '../../shared/types';

export interface SettingsScreen {
  id: string;
  /** `pkg/cls` for an explicit component, absent for a standard Settings action. */
  component?: string;
  /** A standard Settings action (`android.settings.…`). */
  action?: string;
  /** Whether `am start` from the shell can open it. */
  exported: boolean;
  purpose: 'autostart' | 'battery' | 'permissions' | 'notifications' | 'app-details' | 'battery-optimization';
  families: BrandFamily[] | 'all';
  /** Lowest SDK where this screen exists, when known. */
  minSdk?: number;
}

export const SETTINGS_SCREENS: SettingsScreen[] = [
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
  {
    id: 'vivo-background-startup',
    component: 'com.vivo.permissionmanager/.activity.BgStartUpManagerActivity',
    exported: true,
    purpose: 'autostart',
    families: ['vivo'],
  },
  {
    id: 'meizu-background',
    component: 'com.meizu.safe/.permission.SmartBGActivity',
    exported: true,
    purpose: 'autostart',
    families: ['meizu'],
  },
  {
    id: 'samsung-battery',
    component: 'com.samsung.android.lool/com.samsung.android.sm.ui.battery.BatteryActivity',
    exported: true,
    purpose: 'battery',
    families: ['samsung'],
  },
  {
    id: 'app-notification-settings',
    action: 'android.settings.APP_NOTIFICATION_SETTINGS',
    exported: true,
    purpose: 'notifications',
    families: 'all',
    minSdk: 26,
  },
  {
    id: 'app-details',
    action: 'android.settings.APPLICATION_DETAILS_SETTINGS',
    exported: true,
    purpose: 'app-details',
    families: 'all',
  },
  {
    id: 'battery-optimization',
    action: 'android.settings.IGNORE_BATTERY_OPTIMIZATION_SETTINGS',
    exported: true,
    purpose: 'battery-optimization',
    families: 'all',
    minSdk: 23,
  },
];

export function screensFor(family: BrandFamily, sdk: number): SettingsScreen[] {
  return SETTINGS_SCREENS.filter(
    (s) => (s.families === 'all' || s.families.includes(family)) && (s.minSdk === undefined || sdk >= s.minSdk),
  );
}

/** Expands a `pkg/.Cls` short form to `pkg/pkg.Cls`. */
export function fullComponent(component: string): string {
  const [pkg, cls] = component.split('/');
  return `${pkg}/${cls.startsWith('.') ? pkg + cls : cls}`;
}

/** The `am start` arguments that open a screen for a package (as argv, never a shell string). */
export function amStartArgs(screen: SettingsScreen, pkg: string): string[] {
  if (screen.component) {
    const args = ['am', 'start', '-n', screen.component];
    if (screen.purpose === 'permissions') args.push('--es', 'extra_pkgname', pkg);
    return args;
  }
  if (screen.action === 'android.settings.APPLICATION_DETAILS_SETTINGS')
    return ['am', 'start', '-a', screen.action, '-d', `package:${pkg}`];
  if (screen.action === 'android.settings.APP_NOTIFICATION_SETTINGS')
    return ['am', 'start', '-a', screen.action, '--es', 'android.provider.extra.APP_PACKAGE', pkg];
  return ['am', 'start', '-a', screen.action!];
}

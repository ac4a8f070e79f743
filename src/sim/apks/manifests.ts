// The AndroidManifest.xml of the virtual phone's test app, com.example.chat, integrating one push
// channel as the vendor documents (shared/seeds) lay it out, and the broken variants the virtual
// phone's faults need (the mistakes people really make: a service left out, a placeholder left in,
// the vendor demo's package left in a permission or authority, a tap target not exported or not
// matching the console's URI). Each channel's own entries are in src/sim/vendors/<id>/manifest.ts.
import type { VendorChannel } from '../../shared/types';
import type { ManifestCtx } from './manifest-parts';
import { SIM_VENDORS } from '../vendors/registry';

export const TEST_PACKAGE = 'com.example.chat';
/** The package of Tencent's TUIKit demo, which integrators copy names from. */
export const DEMO_PACKAGE = 'com.tencent.qcloud.tim.tuikit';
export const CLICK_SCHEME = 'pushscheme';
export const CLICK_HOST = TEST_PACKAGE;
export const CLICK_PATH = '/detail';
export const CLICK_ACTIVITY = `${TEST_PACKAGE}.chat.ChatActivity`;

export type ManifestFault =
  | 'manifest-missing-service'
  | 'manifest-placeholder'
  | 'manifest-foreign-permission'
  | 'click-not-exported'
  | 'click-no-default'
  | 'click-unresolvable';

export function manifestFor(channel: VendorChannel, faults: readonly string[] = [], pkg = TEST_PACKAGE): string {
  const c: ManifestCtx = {
    pkg,
    own: faults.includes('manifest-foreign-permission') ? DEMO_PACKAGE : pkg,
    missing: faults.includes('manifest-missing-service'),
    placeholder: faults.includes('manifest-placeholder'),
  };
  const part = SIM_VENDORS[channel].manifest(c);
  const clickExported = !faults.includes('click-not-exported');
  const clickPath = faults.includes('click-unresolvable') ? '/conversation' : CLICK_PATH;
  // BROWSABLE without DEFAULT: what people write when they copy a filter meant for web links.
  const clickCategory = faults.includes('click-no-default')
    ? 'android.intent.category.BROWSABLE'
    : 'android.intent.category.DEFAULT';
  return `<?xml version="1.0" encoding="utf-8"?>
<manifest xmlns:android="http://schemas.android.com/apk/res/android"
    package="${pkg}"
    android:versionCode="42"
    android:versionName="4.2.0">

    <uses-sdk android:minSdkVersion="24" android:targetSdkVersion="34" />

    <uses-permission android:name="android.permission.INTERNET" />
    <uses-permission android:name="android.permission.ACCESS_NETWORK_STATE" />
    <uses-permission android:name="android.permission.POST_NOTIFICATIONS" />
    <uses-permission android:name="android.permission.WAKE_LOCK" />
${part.top.join('\n')}

    <application android:name="${pkg}.ChatApplication" android:label="Chat" android:allowBackup="false">
        <activity android:name="${pkg}.MainActivity" android:exported="true">
            <intent-filter>
                <action android:name="android.intent.action.MAIN" />
                <category android:name="android.intent.category.LAUNCHER" />
            </intent-filter>
        </activity>
        <activity android:name="${CLICK_ACTIVITY.replace(TEST_PACKAGE, pkg)}" android:exported="${clickExported}" android:launchMode="singleTask">
            <intent-filter>
                <action android:name="android.intent.action.VIEW" />
                <category android:name="${clickCategory}" />
                <data android:scheme="${CLICK_SCHEME}" android:host="${pkg}" android:path="${clickPath}" />
            </intent-filter>
        </activity>
        <provider android:name="androidx.core.content.FileProvider" android:authorities="${c.own}.fileprovider" android:exported="false" android:grantUriPermissions="true" />
${part.app.filter(Boolean).join('\n')}
    </application>
</manifest>
`;
}

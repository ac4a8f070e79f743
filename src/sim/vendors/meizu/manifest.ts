// The test app's manifest entries for the Flyme Push SDK: its permissions, the app's receiver, the App ID
// (as the vendor's integration guide lays them out, shared/seeds), with the faults' variants.
import type { ManifestCtx, ManifestParts } from '../../apks/manifest-parts';
import { perm, ownPermission, valueOf } from '../../apks/manifest-parts';

export function manifest(c: ManifestCtx): ManifestParts {
  const value = valueOf(c);
  return {
    top: [
      perm('com.meizu.flyme.push.permission.RECEIVE'),
      ownPermission(`${c.own}.push.permission.MESSAGE`, 'signature'),
      perm('com.meizu.c2dm.permission.RECEIVE'),
      ownPermission(`${c.own}.permission.C2D_MESSAGE`, 'signature'),
    ],
    app: [
      c.missing
        ? ''
        : `        <receiver android:name="${c.pkg}.push.MEIZUPushReceiver" android:exported="true">
            <intent-filter>
                <action android:name="com.meizu.flyme.push.intent.MESSAGE" />
                <action android:name="com.meizu.flyme.push.intent.REGISTER.FEEDBACK" />
                <action android:name="com.meizu.flyme.push.intent.UNREGISTER.FEEDBACK" />
                <action android:name="com.meizu.c2dm.intent.REGISTRATION" />
                <action android:name="com.meizu.c2dm.intent.RECEIVE" />
                <category android:name="${c.own}" />
            </intent-filter>
        </receiver>`,
      `        <meta-data android:name="MEIZU_APP_ID" android:value="${value('MZ-123456', 'MZ-xxxx')}" />`,
    ],
  };
}

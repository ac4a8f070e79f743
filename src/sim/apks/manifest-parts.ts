// The pieces each vendor's part of the test app's manifest is written with (src/sim/vendors/<id>/
// manifest.ts); the skeleton around them is in ./manifests.ts.

export interface ManifestCtx {
  pkg: string;
  /** The package written where the app's own package belongs (the demo's, under the foreign fault). */
  own: string;
  missing: boolean;
  placeholder: boolean;
}

/** Lines before `<application>` (permissions) and inside it (components, meta-data; '' = left out). */
export interface ManifestParts {
  top: string[];
  app: string[];
}

export const perm = (name: string) => `    <uses-permission android:name="${name}" />`;
export const ownPermission = (name: string, level: string) =>
  `    <permission android:name="${name}" android:protectionLevel="${level}" />\n${perm(name)}`;
/** The real value, or the placeholder the vendor's sample ships with (under the placeholder fault). */
export const valueOf = (c: ManifestCtx) => (real: string, placeholder: string) => (c.placeholder ? placeholder : real);

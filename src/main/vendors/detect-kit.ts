// Helpers the vendors' ROM rules share (src/main/vendors/<id>/detect.ts).

/** `EmotionUI_10.1.0` → `10.1.0`; `MagicOS_10.0.0` → `10.0.0`; `V14.0.0` → `14.0.0`. */
export function stripPrefix(v: string | undefined): string {
  if (!v) return '';
  return v.replace(/^[A-Za-z ]*_/, '').replace(/^V(?=\d)/, '');
}

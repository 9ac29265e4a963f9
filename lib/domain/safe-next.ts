// Where to go after sign-in (`?next=`). Only same-site relative paths are accepted: an absolute URL,
// a protocol-relative `//host` or a backslash trick (`/\host`, which browsers read as `//host`) would turn
// the sign-in page into an open redirect that hands a freshly signed-in user to a phishing site.
const MAX_LENGTH = 500;

export function safeNextPath(value: unknown): string | null {
  if (typeof value !== 'string' || value.length === 0 || value.length > MAX_LENGTH) return null;
  if (!value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return null;
  // Control characters and backslashes anywhere: browsers strip or reinterpret them, so no check above would hold.
  if (/[\u0000-\u001f\u007f\\]/.test(value)) return null;
  // Parsing against a dummy origin must keep that origin; anything that changes it is not a relative path.
  try {
    const url = new URL(value, 'https://same.invalid');
    if (url.origin !== 'https://same.invalid') return null;
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return null;
  }
}

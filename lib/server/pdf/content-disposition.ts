import 'server-only';

// Content-Disposition for downloads (RFC 6266 with RFC 8187/5987 ext-value). Old clients read the ASCII
// filename="…", current browsers prefer filename*=UTF-8''…, so Japanese names survive. The name comes from user
// data (company and decision titles), so it is made safe first: no path separators, no control characters
// (CR/LF would split the header), and quotes/backslashes never reach the quoted-string.

const MAX_NAME = 150;

/** A file name without directory parts or characters that are unsafe in a header or on common file systems. */
export function safeFileName(name: string): string {
  const cleaned = name
    .normalize('NFC')
    .replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ')
    .replace(/[\\/:*?"<>|]/g, '_')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '');
  const chars = [...cleaned];
  return (chars.length > MAX_NAME ? chars.slice(0, MAX_NAME).join('') : cleaned) || 'download';
}

// RFC 8187 attr-char: ALPHA / DIGIT / "!" / "#" / "$" / "&" / "+" / "-" / "." / "^" / "_" / "`" / "|" / "~"
function encodeExtValue(s: string): string {
  return Array.from(new TextEncoder().encode(s), (b) => {
    const c = String.fromCharCode(b);
    return /[A-Za-z0-9!#$&+\-.^_`|~]/.test(c) ? c : `%${b.toString(16).toUpperCase().padStart(2, '0')}`;
  }).join('');
}

/** `attachment; filename="ascii"; filename*=UTF-8''percent-encoded` for the given file name (with extension). */
export function attachmentHeader(filename: string): string {
  const name = safeFileName(filename);
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 ? name.slice(dot) : '';
  // Non-ASCII characters become '_' in the fallback; a name that was entirely non-ASCII keeps its extension.
  let ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/[%]/g, '_');
  if (/^[_ ]*(\.[A-Za-z0-9]+)?$/.test(ascii)) ascii = `download${extension.replace(/[^\x20-\x7e]/g, '_')}`;
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeExtValue(name)}`;
}

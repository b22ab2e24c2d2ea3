/** The longest file name kept in the ZIP, in characters; longer names lose the middle, not the extension. */
export const MAX_ZIP_NAME = 120;

// Control and bidi characters (`gpj.exe` shown as `exe.jpg`), and what Windows refuses in a file name.
const UNSAFE = /[\p{Cc}\u200e\u200f\u202a-\u202e\u2066-\u2069]/gu;
const FORBIDDEN = /[/\\:*?"<>|]/g;
// Names Windows keeps for devices, whatever their extension: `con.jpg` cannot be unpacked there.
const DEVICE_NAME = /^(con|prn|aux|nul|com\d|lpt\d)(\.|$)/i;

/**
 * One file name made safe as the last part of a ZIP path: no separators (so no `..` step out of the folder), no
 * control characters, no leading dot (hidden file) or trailing dot or space (dropped by Windows), never empty.
 */
export function safeZipName(raw: string): string {
  let name = raw.replace(/\s+/g, ' ').replace(UNSAFE, '').replace(FORBIDDEN, '_').trim();
  name = name.replace(/^\.+/, (dots) => '_'.repeat(dots.length)).replace(/[. ]+$/, '');
  if (DEVICE_NAME.test(name)) name = `_${name}`;
  const characters = [...name];
  if (!characters.length) return 'file';
  if (characters.length <= MAX_ZIP_NAME) return name;
  const extension = /\.[\p{L}\p{N}]{1,10}$/u.exec(name)?.[0] ?? '';
  return characters.slice(0, MAX_ZIP_NAME - extension.length).join('') + extension;
}

/**
 * Safe names for a list of files, in order, each one unique ignoring case (unpacked on a case-insensitive disk two
 * names that differ only in case would overwrite each other): a repeated name gets ` (2)`, ` (3)`… before its extension.
 */
export function uniqueZipNames(raw: readonly string[]): string[] {
  const taken = new Set<string>();
  return raw.map((original) => {
    const name = safeZipName(original);
    const dot = name.lastIndexOf('.');
    const [base, extension] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
    let candidate = name;
    for (let copy = 2; taken.has(candidate.toLowerCase()); copy++) candidate = `${base} (${copy})${extension}`;
    taken.add(candidate.toLowerCase());
    return candidate;
  });
}

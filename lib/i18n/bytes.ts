const MB = 1024 * 1024;
const GB = 1024 * MB;

/** A size as the buyer reads it: megabytes below a gigabyte, gigabytes above, in the page's language. */
export function formatBytes(bytes: number, locale: string): string {
  const [value, unit] = bytes >= GB ? [bytes / GB, 'gigabyte'] : [bytes / MB, 'megabyte'];
  return new Intl.NumberFormat(locale, { style: 'unit', unit, maximumFractionDigits: value < 10 ? 1 : 0 }).format(
    value,
  );
}

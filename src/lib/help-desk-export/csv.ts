/**
 * CSV as RFC 4180 describes it (comma separated, CRLF line ends, fields quoted when they contain a comma,
 * quote or line break; quotes doubled), which every help-desk importer and spreadsheet reads.
 */
const field = (value: string) =>
	/[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;

export function toCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
	return [header, ...rows].map((row) => row.map(field).join(',')).join('\r\n') + '\r\n';
}

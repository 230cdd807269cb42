/**
 * QR code for a URL as SVG path data, built from the `qrcode` library's module matrix. The path holds only
 * numbers and commands, so no text from the URL ever reaches markup.
 */
import { create } from 'qrcode';

export function qrPath(text: string): { size: number; d: string } {
	const { modules } = create(text, { errorCorrectionLevel: 'M' });
	const quiet = 4;
	let d = '';
	for (let row = 0; row < modules.size; row++) {
		for (let col = 0; col < modules.size; col++) {
			if (modules.get(row, col)) d += `M${col + quiet} ${row + quiet}h1v1h-1z`;
		}
	}
	return { size: modules.size + quiet * 2, d };
}

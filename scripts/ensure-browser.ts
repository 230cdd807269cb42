/**
 * Runs before `npm test`: the tests need programs that npm cannot install. Debian's Chromium (test tools may
 * not download their own browser here), poppler-utils (pdfinfo/pdftotext read the printed PDFs) and a Java
 * runtime (the W3C Nu HTML Checker, vnu.jar) and a Japanese font (fonts-noto-cjk: without one, Chromium prints
 * Japanese as empty boxes and the print tests would read nothing back from the PDFs). It finds each, or installs what is missing with one apt-get
 * call when it can, or says exactly what to do.
 */
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const onPath = (command: string) => {
	try {
		execSync(`command -v ${command}`, { stdio: 'ignore', shell: '/bin/sh' });
		return true;
	} catch {
		return false;
	}
};

const hasJapaneseFont = () => {
	try {
		return execSync('fc-list :lang=ja family', { encoding: 'utf8' }).trim() !== '';
	} catch {
		return false;
	}
};

const needs = [
	{
		package: 'chromium',
		present: existsSync(chromium),
		what: `Chromium (at ${chromium}, or set CHROMIUM_PATH)`,
	},
	{
		package: 'poppler-utils',
		present: onPath('pdfinfo') && onPath('pdftotext'),
		what: 'pdfinfo and pdftotext (poppler-utils)',
	},
	{
		package: 'default-jre-headless',
		present: onPath('java'),
		what: 'a Java runtime (for the Nu HTML Checker)',
	},
	{
		package: 'fonts-noto-cjk',
		present: hasJapaneseFont(),
		what: 'a Japanese font (for the print tests)',
	},
].filter((n) => !n.present);

if (needs.length === 0) process.exit(0);

const canApt = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
if (!canApt) {
	console.error(
		`The tests need ${needs.map((n) => n.what).join(', ')}.\nInstall them (Debian/Ubuntu: "sudo apt-get install -y ${needs.map((n) => n.package).join(' ')}").`,
	);
	process.exit(1);
}
const packages = needs.map((n) => n.package).join(' ');
console.log(`Installing ${packages} for the tests (apt-get)…`);
execSync(
	`apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${packages}`,
	{ stdio: 'inherit' },
);

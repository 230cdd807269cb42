/**
 * The browser tests use Debian's Chromium (test tools may not download their own browser here). This runs
 * before `npm test`: it finds Chromium, or installs it with apt-get when it can, or says exactly what to do.
 */
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

if (existsSync(path)) process.exit(0);

const canApt = process.getuid?.() === 0 && existsSync('/usr/bin/apt-get');
if (!canApt) {
	console.error(`Chromium was not found at ${path}.\nInstall it (Debian/Ubuntu: "sudo apt-get install -y chromium") or set CHROMIUM_PATH to a Chromium binary.`);
	process.exit(1);
}
console.log('Installing Debian Chromium for the browser tests (apt-get)…');
execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', { stdio: 'inherit' });

/**
 * How the project's integrations stop a build: Astro's own user-facing error, so the CLI prints the message
 * (which names the file, page or link at fault) and a hint saying how to fix it, the way Astro's errors do.
 */
import { AstroError } from 'astro/errors';

export function buildError(message: string, hint: string): AstroError {
	return new AstroError(message, hint);
}

/**
 * Registers the locale's offline service worker with `workbox-window`, and reports a new version once it is
 * installed and waiting. Nothing reloads by itself: `apply` (called when the agent presses "Reload") lets
 * the waiting worker take over and reloads this tab only.
 */
import { Workbox } from 'workbox-window';

/** A deployment is noticed on the next navigation, every half hour, and whenever the tab comes back. */
const checkEvery = 30 * 60 * 1000;

export async function registerWorker(
	url: string,
	scope: string,
	onUpdate: (apply: () => void) => void,
	/** Aborted when the element that asked leaves the page: the checks and listeners stop with it. */
	signal: AbortSignal,
): Promise<void> {
	const workbox = new Workbox(url, { scope, type: 'classic' });
	let requested = false;
	const apply = () => {
		requested = true;
		// Another tab may already have let the new version take over; then this tab only needs to reload.
		if (registration?.waiting) workbox.messageSkipWaiting();
		else location.reload();
	};
	const onWaiting = () => onUpdate(apply);
	workbox.addEventListener('waiting', onWaiting);
	signal.addEventListener('abort', () => workbox.removeEventListener('waiting', onWaiting));
	// Not workbox's `controlling` event: its isUpdate flag is false when this tab's first visit installed the
	// worker, and this tab must reload whenever it asked for the new version.
	navigator.serviceWorker.addEventListener(
		'controllerchange',
		() => {
			if (requested) location.reload();
		},
		{ signal },
	);
	const registration = await workbox.register();
	const check = () => void workbox.update().catch(() => undefined);
	if (signal.aborted) return;
	const interval = setInterval(check, checkEvery);
	signal.addEventListener('abort', () => clearInterval(interval));
	document.addEventListener(
		'visibilitychange',
		() => document.visibilityState === 'visible' && check(),
		{ signal },
	);
	addEventListener('online', check, { signal });
}

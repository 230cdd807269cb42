// The escalation tree's URL is input from anyone: malformed or hostile answers and anchors are ignored, never
// rendered, and old anchors are forwarded.
import { answer, visibleNode } from './escalation-support';
import { expect, test } from './fixtures';
import { uiStrings } from './support';

test('malformed and hostile hashes and answers leave the page working', async ({ page }) => {
	const t = uiStrings('ro');
	for (const url of [
		'ro/escalation/#%',
		'ro/escalation/#100%',
		'ro/escalation/#%E0%A4%A',
		'ro/escalation/?answers=%#%',
		'ro/escalation/?answers=no,%ZZ,legal-threat#__proto__',
		'ro/escalation/#constructor',
	]) {
		await page.goto(url);
		await expect(visibleNode(page), url).toHaveAttribute('data-node-id', /safety-risk|situation/);
		// Answering, Back and Restart still work.
		if ((await visibleNode(page).getAttribute('data-node-id')) === 'safety-risk')
			await answer(page, 'no');
		await answer(page, 'legal-threat');
		await expect(visibleNode(page)).toHaveAttribute('data-node-id', 'outcome-legal-threat');
		await page.getByRole('button', { name: t['escalation.back']! }).click();
		await expect(visibleNode(page)).toHaveAttribute('data-node-id', 'situation');
		await page.getByRole('button', { name: t['escalation.restart']! }).click();
		await expect(visibleNode(page)).toHaveAttribute('data-node-id', 'safety-risk');
	}
});

test('anchor redirects: an old anchor is forwarded, a malformed one is ignored', async ({
	page,
}) => {
	await page.goto('ja/escalation/#physical-threat');
	await expect(page).toHaveURL(/#safety-risk$/);
	await expect(visibleNode(page)).toHaveAttribute('data-node-id', 'safety-risk');
	for (const hash of ['#%', '#100%', '#__proto__']) {
		await page.goto(`ja/escalation/${hash}`);
		await expect(page).toHaveURL(new RegExp(`${hash.replace('%', '%')}$`));
		await expect(visibleNode(page)).toHaveAttribute('data-node-id', 'safety-risk');
	}
});

test('hostile answers and anchors in the URL are ignored, never rendered', async ({ page }) => {
	let dialog = false;
	page.on('dialog', (d) => {
		dialog = true;
		void d.dismiss();
	});
	await page.goto(
		`es/escalation/?answers=${encodeURIComponent('no,<img src=x onerror=alert(1)>,legal-threat')}#${encodeURIComponent('"><img src=x onerror=alert(2)>')}`,
	);
	// The walk stops at the first answer that does not fit; nothing of the URL reaches the page as HTML.
	await expect(page.locator('[data-node-id]:visible')).toHaveAttribute('data-node-id', 'situation');
	await expect(page.locator('[data-trail-list] li')).toHaveCount(1);
	await expect(page.locator('escalation-tree img')).toHaveCount(0);
	expect(dialog).toBe(false);
});

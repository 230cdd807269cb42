/**
 * App icons for the web app manifest, rendered from public/favicon.svg with sharp at build time, so the
 * icons never drift from the favicon. The maskable icon keeps the symbol inside the 80 % safe zone.
 */
import type { APIRoute } from 'astro';
import sharp from 'sharp';
import favicon from '../../../public/favicon.svg?raw';
import { iconSizes, themeColour } from '../../offline/app-manifest';

export function getStaticPaths() {
	return [
		...iconSizes.map((size) => ({
			params: { icon: `icon-${size}` },
			props: { size, maskable: false },
		})),
		{ params: { icon: 'maskable-512' }, props: { size: 512, maskable: true } },
	];
}

export const GET: APIRoute = async ({ props }) => {
	const { size, maskable } = props as { size: number; maskable: boolean };
	const png = maskable
		? await sharp({ create: { width: size, height: size, channels: 4, background: themeColour } })
				.composite([
					{
						input: await sharp(Buffer.from(favicon), { density: 1200 })
							.resize(Math.round(size * 0.7))
							.png()
							.toBuffer(),
						gravity: 'centre',
					},
				])
				.png()
				.toBuffer()
		: await sharp(Buffer.from(favicon), { density: 1200 }).resize(size).png().toBuffer();
	return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};

/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Astro's Vite config, so unit tests resolve `astro/zod` and the project's modules exactly as the build does.
export default getViteConfig({
	test: {
		include: ['tests/unit/**/*.test.ts'],
		// Several tests read the whole real content tree; on a 2-core CI machine that can pass 5 s. Time is
		// measured by the benchmarks, not here.
		testTimeout: 30_000,
	},
});

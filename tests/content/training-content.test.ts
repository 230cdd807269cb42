/**
 * The content check's training rules: a module's activities add up to its length, activity texts agree with
 * the structure, every activity has a facilitator note in every locale, and role-play kits are complete. Fixtures in tests/fixtures/training/
 * are laid over the shared valid content fixture.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatIssue } from '../../src/lib/content/issues';
import { validateContent } from '../../src/lib/content/validate';
import { activityTexts, minutesInText, splitActivityText } from '../../src/lib/training/activities';
import { fixtures } from '../support/helpers';

const training = resolve(import.meta.dirname, '../fixtures/training');

function check(...overlays: string[]): string[] {
	const dir = mkdtempSync(join(tmpdir(), 'training-'));
	try {
		cpSync(join(fixtures, 'valid'), dir, { recursive: true });
		for (const o of overlays) cpSync(join(training, o), dir, { recursive: true });
		return validateContent(dir, { contentDir: dir, locales: ['ro', 'ja'], sourceLocale: 'ro' }).map(
			formatIssue,
		);
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

describe('training content rules', () => {
	it('the valid training fixture passes', () => {
		expect(check('valid')).toEqual([]);
	});

	it.each([
		[
			'activities-do-not-add-up',
			/training\/modules\.yaml › entry "listening-first" › field "activities": the activities add up to 30 minutes \(listen-in-pairs 10 \+ role-play 15 \+ debrief 5\), but the module says "minutes: 45"/,
		],
		[
			'activity-minutes-differ',
			/training-texts\/ja\.yaml › entry "listening-first" › field "activities\.1": the text gives 3\/20 minutes, but .*modules\.yaml gives the activity "role-play" 15 minutes/,
		],
		[
			'note-missing',
			/training-notes\/ja\.yaml › entry "listening-first" › field "role-play": the facilitator note for activity "role-play" is missing in "ja"[\s\S]*field "debreif": there is no activity "debreif".*Did you mean "debrief"\?/,
		],
		[
			'roleplay-unknown-technique',
			/training\/roleplays\.yaml › entry "late-parcel" › field "checklist\.0\.technique": unknown technique "listenning".*Did you mean "listening"\?/,
		],
		[
			'roleplay-checklist-missing',
			/roleplay-texts\/ja\.yaml › entry "late-parcel" › field "beats": 3 escalation beats, but .*says 2[\s\S]*field "checklist\.apologises": the observer checklist item "apologises" is missing in "ja"/,
		],
		[
			'roleplay-kit-missing',
			/training\/roleplays\.yaml › entry "rude-caller": the scenario "rude-caller" has no role-play kit/,
		],
		[
			'question-answer-out-of-range',
			/training\/knowledge-checks\.yaml › entry "listening-first" › field "questions\.3\.answer": answer 2 does not exist: question "d" has 2 options/,
		],
		[
			'question-options-differ',
			/knowledge-check-texts\/ja\.yaml › entry "listening-first" › field "b\.options": 3 options, but .* says 2/,
		],
		[
			'knowledge-check-missing',
			/training\/knowledge-checks\.yaml › entry "listening-first": the module "listening-first" has no knowledge check/,
		],
		[
			'translated-ids',
			/training-texts\/ja\.yaml › entry "listening-first" › field "scenarios\.late-parcel": the scenario "late-parcel" is missing in "ja"\./,
		],
		[
			'translated-ids',
			/training-texts\/ja\.yaml › entry "listening-first" › field "scenarios\.late-parcle": there is no scenario "late-parcle" in training\/modules\.yaml\. Ids are never translated\. Did you mean "late-parcel"\?/,
		],
		[
			'translated-ids',
			/training-texts\/ja\.yaml › entry "kiku-renshu": there is no module "kiku-renshu" in training\/modules\.yaml\. Ids are never translated\./,
		],
		[
			'activity-text-count',
			/training-texts\/ro\.yaml › entry "listening-first" › field "activities": 1 activity texts, but .* lists 2 activities/,
		],
	])('%s is refused with file, entry and field', (fixture, expected) => {
		const messages = check('valid', `broken/${fixture}`);
		expect(messages.join('\n')).toMatch(expected);
	});
});

describe('activity texts', () => {
	it('pairs own activities with texts in order and leaves shared kinds without one', () => {
		const acts = [
			{ id: 'a', minutes: 5, materials: [] },
			{ id: 'd', minutes: 5, kind: 'debrief' as const, materials: [] },
			{ id: 'b', minutes: 5, materials: [] },
		];
		expect(activityTexts(acts, ['A', 'B'])).toEqual(['A', undefined, 'B']);
	});
	it('reads the name and minutes in every script', () => {
		expect(splitActivityText('Juego de roles (tríos, 20 minutos): se representan').name).toBe(
			'Juego de roles',
		);
		expect(splitActivityText('ロールプレイ（3人組、20分）：観察者').name).toBe('ロールプレイ');
		expect(minutesInText('Παιχνίδι ρόλων (τριάδες, 20 λεπτά): ...')).toEqual([20]);
	});
});

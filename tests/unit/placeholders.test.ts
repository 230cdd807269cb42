import { describe, expect, it } from 'vitest';
import {
	fillPlaceholders,
	malformedBraces,
	parsePlaceholders,
	placeholderKeysOf,
} from '../../src/lib/phrases/placeholders';

describe('placeholders', () => {
	it('parses keys and inline fallbacks', () => {
		expect(parsePlaceholders('Hola {name|}, su pedido {orderNumber}.')).toEqual([
			'Hola ',
			{ key: 'name', fallback: '' },
			', su pedido ',
			{ key: 'orderNumber' },
			'.',
		]);
		expect(placeholderKeysOf('{a} {b} {a|x}')).toEqual(['a', 'b']);
	});
	it('fills values, trimming them', () => {
		expect(fillPlaceholders('Pedido {orderNumber} listo.', { orderNumber: '  A-123 ' })).toBe(
			'Pedido A-123 listo.',
		);
	});
	it('uses the inline fallback when a value is empty', () => {
		expect(fillPlaceholders('{name|お客}様、ありがとうございます。', {})).toBe(
			'お客様、ありがとうございます。',
		);
		expect(
			fillPlaceholders('{supervisorName|Mi supervisor} le atenderá.', { supervisorName: ' ' }),
		).toBe('Mi supervisor le atenderá.');
	});
	it('never leaves a raw placeholder and tidies the sentence when one is dropped', () => {
		expect(fillPlaceholders('Gracias, {name}, por esperar.', {})).toBe('Gracias, por esperar.');
		expect(fillPlaceholders('Gracias {name} por esperar.', {})).toBe('Gracias por esperar.');
		expect(fillPlaceholders('{name}, înțeleg.', {})).toBe('Înțeleg.');
		expect(fillPlaceholders('Pedido {orderNumber}.', {})).not.toMatch(/[{}]/);
	});
	it('uses locale defaults when given', () => {
		expect(fillPlaceholders('Pedido {orderNumber}.', {}, { orderNumber: '—' })).toBe('Pedido —.');
	});
	it('spots broken braces', () => {
		expect(malformedBraces('Pedido {orderNumber.')).toBe(true);
		expect(malformedBraces('Pedido {order number}')).toBe(true);
		expect(malformedBraces('Pedido {orderNumber}')).toBe(false);
	});
});

describe('required placeholders', () => {
	it('asks for every placeholder that has no fallback of its own', async () => {
		const { missingRequired, requiredKeysOf } = await import('../../src/lib/phrases/placeholders');
		expect(missingRequired('Le llamaremos antes de las {time} del {date}.', {})).toEqual([
			'time',
			'date',
		]);
		expect(
			missingRequired('Le llamaremos antes de las {time} del {date}.', {
				time: '17:00',
				date: ' ',
			}),
		).toEqual(['date']);
		expect(missingRequired('Le llamaremos {time|hoy mismo}. Pedido {orderNumber}.', {})).toEqual([
			'orderNumber',
		]);
		expect(
			missingRequired('{name|}, su pedido {orderNumber} sale hoy.', { orderNumber: 'A1' }),
		).toEqual([]);
		expect(requiredKeysOf('{name|}, su pedido {orderNumber} y {orderNumber}.')).toEqual([
			'orderNumber',
		]);
	});
	it('capitalises a value typed at the start of a sentence', async () => {
		const { fillPlaceholders } = await import('../../src/lib/phrases/placeholders');
		expect(fillPlaceholders('{name|}, vă mulțumesc.', { name: 'domnule Popescu' })).toBe(
			'Domnule Popescu, vă mulțumesc.',
		);
		expect(fillPlaceholders('Bine. {name|}, vă ascult.', { name: 'κύριε Νίκο' })).toBe(
			'Bine. Κύριε Νίκο, vă ascult.',
		);
		expect(fillPlaceholders('Gracias, {name|}.', { name: 'señor Gil' })).toBe(
			'Gracias, señor Gil.',
		);
		expect(fillPlaceholders('{name|お客}様', { name: '山田' })).toBe('山田様');
	});
});

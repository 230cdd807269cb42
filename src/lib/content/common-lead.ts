/**
 * Lists whose items all open with the same words ("After this module, participants can …") read better
 * with those words said once. Returns the shared opening (cut at a word or punctuation boundary) and the
 * items without it; no lead when the items do not share one of a useful length.
 */
export function commonLead(
	items: readonly string[],
	minLength = 12,
): { lead: string; items: string[] } {
	if (items.length < 2) return { lead: '', items: [...items] };
	let prefix = items[0]!;
	for (const item of items.slice(1)) {
		let i = 0;
		while (i < prefix.length && i < item.length && prefix[i] === item[i]) i++;
		prefix = prefix.slice(0, i);
	}
	// Cut back to the last boundary: a space, or Japanese punctuation/particle boundary (、 or は).
	const cut = Math.max(prefix.lastIndexOf(' '), prefix.lastIndexOf('、'), prefix.lastIndexOf('は'));
	const lead = cut >= 0 ? prefix.slice(0, cut + 1) : '';
	if (lead.trim().length < minLength) return { lead: '', items: [...items] };
	return { lead: lead.trim(), items: items.map((item) => item.slice(lead.length).trim()) };
}

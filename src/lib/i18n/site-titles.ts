/** The site's name in each locale (Starlight needs it in the config, before the UI strings are loaded). */
export const siteTitles = {
	ro: 'Ghid pentru clienți dificili',
	ja: '困難なお客様対応ガイド',
	ru: 'Трудные клиенты: руководство',
	es: 'Guía de clientes difíciles',
	el: 'Οδηγός για δύσκολους πελάτες',
};

import type { Strings } from '../data.js';

export default {
  articles: 'Artykuły',
  carousel: 'karuzela',
  slide: 'slajd',
  position: '{index} z {count}',
  range: '{first}–{last} z {count}',
  previous: 'Poprzedni',
  next: 'Następny',
  read: 'Czytaj',
  readTitle: 'Czytaj: {title}',
  book: 'Umów wizytę: {name}',
  // Intl.PluralRules('pl'): 1 minuta, 2–4 minuty, 5–21 minut, ½ minuty.
  minutes: { one: '{n} minuta czytania', few: '{n} minuty czytania', many: '{n} minut czytania', other: '{n} minuty czytania' },
  close: 'Zamknij',
  about: 'O autorze',
  more: 'Więcej artykułów: {name}',
  notFound: 'Nie znaleziono artykułu „{slug}”.',
  noArticles: 'Brak artykułów do wyświetlenia.',
  loading: 'Wczytywanie…',
  loadFailed: 'Nie udało się wczytać artykułu. Sprawdź połączenie i spróbuj ponownie.',
  retry: 'Spróbuj ponownie',
  openPage: 'Otwórz jako stronę',
  share: 'Udostępnij',
  copied: 'Skopiowano link',
} satisfies Strings;

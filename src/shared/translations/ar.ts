import type { Strings } from '../data.js';

export default {
  articles: 'مقالات',
  carousel: 'عرض دوّار',
  slide: 'شريحة',
  position: '{index} من {count}',
  range: '{first}–{last} من {count}',
  previous: 'السابق',
  next: 'التالي',
  read: 'قراءة',
  readTitle: 'قراءة: {title}',
  book: 'احجز موعدًا مع {name}',
  // Intl.PluralRules('ar'): zero, one, two, few (3–10), many (11–99), other.
  minutes: {
    zero: '{n} دقيقة قراءة',
    one: 'دقيقة قراءة واحدة',
    two: 'دقيقتا قراءة',
    few: '{n} دقائق قراءة',
    many: '{n} دقيقة قراءة',
    other: '{n} دقيقة قراءة',
  },
  close: 'إغلاق',
  about: 'عن {name}',
  more: 'المزيد من {name}',
  notFound: 'لم يُعثر على المقال "{slug}".',
  noArticles: 'لا توجد مقالات لعرضها.',
  loading: 'جارٍ التحميل…',
  loadFailed: 'تعذّر تحميل المقال. تحقّق من اتصالك وحاول مرة أخرى.',
  retry: 'إعادة المحاولة',
  openPage: 'فتح كصفحة',
  share: 'مشاركة',
  copied: 'تم نسخ الرابط',
} satisfies Strings;

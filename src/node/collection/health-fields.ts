// The fields of a health article in Markdown frontmatter: cover image, review, update and
// content note. The plain-text format has none of them.
import type { ReadFields } from './fields.js';
import type { Article } from './model.js';
import type { Problems } from './problems.js';

/**
 * The cover image, review, update and content note, as written; what one needs of another
 * (an alt text for an image, a reviewer for a review date) is a problem when missing,
 * never filled in.
 */
export function healthFields(article: Article, fm: ReadFields['values'], at: ReadFields['lines'], file: string, problems: Problems): void {
  if (fm.image !== undefined) {
    if (fm.imageAlt === undefined) {
      problems.add(file, at.image!, 'field "image" needs "imageAlt": say what the image shows, or write imageAlt: "" if it is only decoration');
    } else article.image = { name: fm.image, alt: fm.imageAlt, line: at.image! };
  } else if (fm.imageAlt !== undefined) problems.add(file, at.imageAlt!, 'field "imageAlt" without "image": name the image file, or remove the line');
  if (fm.reviewedBy) {
    article.reviewedBy = fm.reviewedBy;
    article.reviewedByLine = at.reviewedBy!;
    if (fm.reviewed) article.reviewed = fm.reviewed;
  } else if (fm.reviewedBy !== undefined) problems.add(file, at.reviewedBy!, 'field "reviewedBy" is empty: name who reviewed the article, or remove the line');
  else if (fm.reviewed) problems.add(file, at.reviewed!, 'field "reviewed" needs "reviewedBy": who reviewed the article');
  if (fm.updated) {
    if (fm.date && fm.updated < fm.date) problems.add(file, at.updated!, `field "updated" (${fm.updated}) is before "date" (${fm.date})`);
    else article.updated = fm.updated;
  }
  if (fm.note) article.note = fm.note;
  else if (fm.note !== undefined) problems.add(file, at.note!, 'field "note" is empty: write the content note, or remove the line');
}

// `practice-articles init`: a starter folder a non-developer can follow. It never
// overwrites a file and never writes through a symlink, dangling or not.
import { closeSync, constants, lstatSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { SeedError } from '../collection/problems.js';

const FILES: Record<string, string> = {
  '001-first-article.txt': `Your article's title goes on the first line

Write the first paragraph here. On the card it becomes the short preview, cut at a sentence if it is long. Leave one empty line between paragraphs.

Write the rest of the article as more paragraphs like this one. Then, after the last paragraph, the line starting with "By" says who wrote it. See HOW-TO.txt in this folder.

By Your Name, Your Credentials. Book with her here:

The title of another article you wrote
`,
  '002-second-article.md': `---
# The lines between the two --- lines describe the article.
# A line starting with # is a note: it is ignored. Remove the # to use a field.
title: A second article, written in Markdown
author: Your Name
# summary: One or two sentences for the card. Without it, the first paragraph is used.
# date: 2026-01-31
# lang: en
# bookingUrl: https://your-scheduler.example/book
# tags: [Couples therapy, Anxiety]   # topics: each gets a page, topics/couples-therapy.html
# image: cover.jpg                   # a photo in this folder, shown on the card and the page
# imageAlt: Two chairs by a window   # what it shows; imageAlt: "" if it is only decoration
# updated: 2026-02-15                # when you last changed the article
# reviewedBy: The Reviewer's Name    # who reviewed it; their credentials from authors.yaml
# reviewed: 2026-02-20               # when they reviewed it
# note: This article discusses grief.   # a content note, shown before the text
# related:
#   - The title of another article you wrote
---

Markdown lets you write **bold** and *italic* text, lists, and [links](https://example.com).

## A heading inside the article

- A list item
- Another list item
`,
  'authors.yaml': `# Details about each author, by the name used in the articles' bylines.
# A line starting with # is a note: it is ignored. Remove the # to use a field.
# Nothing here is required, and nothing is ever made up: what you leave out is not shown.

Your Name:
  # bio: A few sentences about you, shown with your articles.
  # bookingUrl: https://your-scheduler.example/book
  # photo: your-photo.jpg            # a PNG, JPEG or WebP file in this folder
  # shortName: Sam                   # the name on the button: "Book with Sam"
  # credentials: [LMFT, PhD]         # when your bylines don't list them
`,
  'practice.yaml': `# About your practice. Every line is a note until you remove its #.
# Nothing here is required, and nothing is made up: what you leave out is not shown.

# name: Your Practice's Name        # in page titles, link previews and search results
# siteUrl: https://your-site.example/articles/   # where the built folder is published
# bookingUrl: https://your-scheduler.example/book   # for authors without their own
# lang: en                          # the language your articles are written in
# support:                          # shown at the end of every article, and beside a content note
#   text: Your own words: who to call, or where to go, in a crisis
#   url: tel:your-number
`,
  'HOW-TO.txt': `How to write your articles
==========================

Every .txt and .md file in this folder is an article (this file is not: its name starts
with HOW-TO; nor are authors.yaml and practice.yaml). Articles appear in the order of their file names, so number them:
001-..., 002-..., and so on.

A plain-text article (.txt)
---------------------------
1. The first line is the title.
2. Then the paragraphs, with one empty line between them.
3. Then the byline, exactly like this, on its own line:
     By Your Name, LMFT, PhD. Book with her here: https://your-scheduler.example/book
   Use "her", "him" or "them". The booking link is optional: end the line after "here:".
   It must start with https:, http:, mailto: or tel:.
4. After the byline, each line is the title of another article by you. If it is in
   this folder, visitors can open it; you can end the line with a web address where
   it is published, and the card links there.

A Markdown article (.md)
------------------------
Starts with a block of fields between two --- lines (see 002-second-article.md),
then the text: paragraphs, ## headings, lists, **bold**, *italic* and [links](https://...).

Health articles: images, topics, review
---------------------------------------
Markdown articles can say more in their fields (see 002-second-article.md):
  image, imageAlt   a photo in this folder (PNG, JPEG, GIF, WebP or AVIF). imageAlt is
                    required with it: say what it shows, or imageAlt: "" if it is decoration.
                    The build makes small WebP copies and removes the photo's hidden data
                    (such as where it was taken).
  tags              the article's topics; each topic gets a page listing its articles.
  reviewedBy        the name of the clinician who reviewed it; their credentials come
                    from authors.yaml (a reviewer there need not have written an article).
  reviewed, updated dates (YYYY-MM-DD) of the review and of the last change.
  note              a content note, shown before the text ("This article discusses suicide.").

Your practice: practice.yaml
----------------------------
Everything in it is optional. name goes into page titles and search results. siteUrl,
bookingUrl and lang are what build uses unless you give --site-url, --booking-url or --lang.
support (a text, and a link such as tel:988) is shown at the end of every article and
beside a content note. Write only a line you mean: nothing is shown until you do.

Articles you already have on a blog
-----------------------------------
  npx practice-articles import https://your-blog.example/ articles
brings them in from the blog's feed (or from a WordPress export file), one .md file per
published post. Run it again for new posts: files you edited since are kept as they are.

Check and build
---------------
  npx practice-articles check articles      lists every problem, with its file and line
  npx practice-articles dev articles        shows a preview in your browser
  npx practice-articles build articles      writes practice-articles.js and the rest into dist/
`,
};

/** What is at `path` without following a link: 'link', 'folder', 'file', or undefined for nothing. */
function kind(path: string): 'link' | 'folder' | 'file' | undefined {
  try {
    const st = lstatSync(path);
    return st.isSymbolicLink() ? 'link' : st.isDirectory() ? 'folder' : 'file';
  } catch {
    return undefined;
  }
}

export function init(folder: string): number {
  const at = kind(folder);
  if (at === 'link') throw new SeedError(folder, 1, 'is a symbolic link; init writes only into a real folder');
  if (at === 'file') throw new SeedError(folder, 1, 'is a file, not a folder');
  mkdirSync(folder, { recursive: true });
  for (const [name, text] of Object.entries(FILES)) {
    const file = join(folder, name);
    if (kind(file) === 'link') {
      console.log(`  skipped  ${file} (a symbolic link: init never writes through one)`);
      continue;
    }
    let fd: number;
    try {
      // wx: fail if anything is there (a link too, dangling or not); O_NOFOLLOW where the system has it.
      fd = openSync(file, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0), 0o644);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST' && (e as NodeJS.ErrnoException).code !== 'ELOOP') throw e;
      console.log(`  kept     ${file} (it exists already)`);
      continue;
    }
    try {
      writeSync(fd, text);
    } finally {
      closeSync(fd);
    }
    console.log(`  wrote    ${file}`);
  }
  console.log(`
Next:
  1. Open ${join(folder, 'HOW-TO.txt')} and replace the examples with your own articles.
  2. npx practice-articles dev ${folder}      to see them in your browser as you write
  3. npx practice-articles build ${folder}    when you are ready to publish`);
  return 0;
}

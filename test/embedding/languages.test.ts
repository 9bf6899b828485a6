// Every language: the interface follows lang and dir (on the element, an ancestor or
// <html>), right to left mirrors layout, keys and glyphs, and articles in any script build.
import { expect, aTimeout } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { HAILEY, TRUST, all, axeViolations, button, dialog, focused, headings, liveSlides, openPage, slides, until } from '../helpers.js';

const read = (el: Element) => button(el, /^(Read|Leer|Lire|קריאה)/)!;

describe('a right-to-left page (<html lang="he" dir="rtl">)', () => {
  it('shows the carousel in Hebrew, right to left, with no axe violation', async () => {
    const { win, carousel, card, close } = await openPage('/test/pages/rtl.html', 340);
    await until(() => all(carousel, 'section')[0]?.getAttribute('aria-label') === 'מאמרים', 'Hebrew strings arrive');
    const region = all(carousel, 'section')[0]!;
    expect(region.getAttribute('aria-roledescription')).to.equal('קרוסלה');
    expect(slides(carousel).map((s) => [s.getAttribute('aria-roledescription'), s.getAttribute('aria-label')])).to.deep.equal([
      ['שקופית', '1 מתוך 2'],
      ['שקופית', '2 מתוך 2'],
    ]);
    expect(button(carousel, 'הקודם')!.textContent!.trim(), 'glyphs mirrored').to.equal('→');
    expect(button(carousel, 'הבא')!.textContent!.trim()).to.equal('←');
    expect(all(carousel, '[part="booking"]')[0]!.textContent).to.equal('קביעת תור אצל Hailey');
    expect(all(card, '.meta')[0]!.textContent).to.equal('2 דקות קריאה');
    // The first card sits at the right edge of the track; the next one is off to the left.
    const track = all(carousel, '.track')[0]!.getBoundingClientRect();
    const [first, second] = slides(carousel).map((s) => s.getBoundingClientRect());
    expect(Math.abs(first!.right - track.right)).to.be.below(2);
    expect(second!.right).to.be.at.most(first!.left + 1);
    expect(liveSlides(carousel)).to.deep.equal(['1 מתוך 2']);
    expect(await axeViolations(win, carousel)).to.deep.equal([]);
    expect(await axeViolations(win, card)).to.deep.equal([]);
    expect(win.pageErrors).to.deep.equal([]);
    close();
  });

  it('moves to the next slide with ArrowLeft and back with ArrowRight, as the APG mirrors them', async () => {
    const { frame, carousel, close } = await openPage('/test/pages/rtl.html', 340);
    await until(() => read(carousel));
    frame.focus(); // keys go to the focused frame
    read(carousel).focus();
    await until(() => focused(carousel) === read(carousel));
    await sendKeys({ press: 'ArrowLeft' });
    await until(() => liveSlides(carousel)[0] === '2 מתוך 2');
    expect(focused(carousel)!.getAttribute('aria-label')).to.equal('2 מתוך 2');
    const track = all(carousel, '.track')[0]!.getBoundingClientRect();
    await until(() => Math.abs(slides(carousel)[1]!.getBoundingClientRect().right - track.right) < 2, 'the second card slides in from the left');
    await sendKeys({ press: 'ArrowRight' });
    await until(() => liveSlides(carousel)[0] === '1 מתוך 2');
    close();
  });

  it('follows a swipe right to left, and Previous and Next', async () => {
    const { carousel, close } = await openPage('/test/pages/rtl.html', 340);
    await until(() => button(carousel, 'הבא'));
    const track = all(carousel, '.track')[0]!;
    track.scrollBy({ left: -track.clientWidth, behavior: 'instant' }); // a swipe towards the end
    await until(() => liveSlides(carousel)[0] === '2 מתוך 2');
    button(carousel, 'הקודם')!.click();
    await until(() => liveSlides(carousel)[0] === '1 מתוך 2');
    close();
  });

  it('opens the reader in Hebrew; Escape closes it', async () => {
    const { win, carousel, close } = await openPage('/test/pages/rtl.html', 900);
    await until(() => read(carousel));
    read(carousel).click();
    await until(() => dialog(carousel).open);
    expect(button(carousel, 'סגירה')).to.exist;
    expect(all(carousel, 'dialog aside')[0]!.getAttribute('aria-label')).to.equal(`על ${HAILEY}`);
    expect(getComputedStyle(all(carousel, 'dialog .bar')[0]!).direction, 'the reader is right to left').to.equal('rtl');
    expect(getComputedStyle(all(carousel, 'dialog .text')[0]!).direction, 'the English article in it reads left to right').to.equal('ltr');
    expect(await axeViolations(win, carousel)).to.deep.equal([]);
    await sendKeys({ press: 'Escape' });
    await until(() => !dialog(carousel).open);
    close();
  });

  it('opens a linked article once its language has arrived (deep-link, ?article=)', async () => {
    const { card, close } = await openPage(`/test/pages/rtl.html?article=${TRUST}`, 900);
    await until(() => dialog(card).open);
    expect(button(card, 'סגירה'), 'in Hebrew').to.exist;
    close();
  });
});

describe('languages on a page', () => {
  it('shows Spanish inside an element with lang="es" and leaves the page alone', async () => {
    const { doc, close } = await openPage('/test/pages/languages.html');
    const spanish = doc.getElementById('spanish')!;
    await until(() => all(spanish, 'section')[0]?.getAttribute('aria-label') === 'Artículos');
    expect(read(spanish).textContent!.trim()).to.equal('Leer');
    expect(all(spanish, '.meta')[0]!.textContent).to.equal('2 min de lectura');
    expect(headings(spanish).map(([, t]) => t)).to.include(`Más de ${HAILEY}`);
    expect([doc.documentElement.lang, doc.documentElement.dir]).to.deep.equal(['en', '']);
    expect(all(doc.getElementById('page-language')!, 'section')[0]!.getAttribute('aria-label')).to.equal('Articles');
    close();
  });

  it('follows a change of <html lang> and dir live', async () => {
    const { doc, close } = await openPage('/test/pages/languages.html');
    const follower = doc.getElementById('page-language')!;
    doc.documentElement.lang = 'fr';
    await until(() => read(follower)?.textContent!.trim() === 'Lire', 'French');
    expect(all(doc.getElementById('spanish')!, 'section')[0]!.getAttribute('aria-label'), 'its own lang wins').to.equal('Artículos');
    doc.documentElement.dir = 'rtl';
    await until(() => getComputedStyle(all(follower, '.root')[0]!).direction === 'rtl', 'right to left');
    close();
  });

  it('takes the plural forms and digits of the language from Intl', async () => {
    const { doc, close } = await openPage('/test/pages/languages.html');
    const el = doc.getElementById('page-language')!;
    for (const [lang, minutes] of [['pl', '2 minuty czytania'], ['ar', 'دقيقتا قراءة'], ['de', '2 Min. Lesezeit']]) {
      el.setAttribute('lang', lang!);
      await until(() => all(el, '.meta')[0]?.textContent === minutes, `${lang}: ${minutes}`);
    }
    el.setAttribute('lang', 'ar');
    const nf = new Intl.NumberFormat('ar'); // Arabic-Indic or Latin digits, as this engine's CLDR says
    await until(() => slides(el)[0]!.getAttribute('aria-label') === `${nf.format(1)} من ${nf.format(2)}`);
    close();
  });

  it('lets the host override a string, or add a language, without a rebuild', async () => {
    const { win, doc, close } = await openPage('/test/pages/languages.html');
    type WithRegister = CustomElementConstructor & { registerTranslation(lang: string, s: object): void };
    const Carousel = win.customElements.get('practice-articles') as WithRegister;
    Carousel.registerTranslation('en', { read: 'Open' });
    const follower = doc.getElementById('page-language')!;
    await until(() => button(follower, 'Read')?.textContent!.trim() === 'Open');
    Carousel.registerTranslation('sv', { read: 'Läs', articles: 'Artiklar' });
    follower.setAttribute('lang', 'sv');
    await until(() => button(follower, 'Read')?.textContent!.trim() === 'Läs');
    expect(all(follower, 'section')[0]!.getAttribute('aria-label')).to.equal('Artiklar');
    expect(all(follower, '.meta')[0]!.textContent, 'what it does not say stays English').to.equal('2 min read');
    close();
  });
});

describe('articles in any script', () => {
  it('build with readable slugs and show up in the widget, marked with their language', async () => {
    const { win, carousel, card, close } = await openPage('/test/pages/scripts.html');
    await aTimeout(50);
    expect(headings(carousel).map(([, t]) => t)).to.deep.equal(['Η εμπιστοσύνη στις σχέσεις', '信頼関係を築く']);
    expect(all(carousel, '[part="card"]').map((c) => c.getAttribute('lang'))).to.deep.equal(['el', 'ja']);
    expect(headings(card).map(([, t]) => t)).to.deep.equal(['信頼関係を築く']);
    expect(all(card, '[part="bio"]')[0]!.textContent).to.equal('山田 花子');
    expect(all(card, '.avatar')[0]!.textContent).to.equal('山');
    expect(all(card, '.actions')[0]!.getAttribute('lang'), 'the interface around it stays in the page language').to.equal('en');
    read(card).click();
    await until(() => all(card, 'dialog .text p').length === 2);
    expect(all(card, 'dialog .text')[0]!.getAttribute('lang')).to.equal('ja');
    expect(win.pageErrors).to.deep.equal([]);
    close();
  });
});

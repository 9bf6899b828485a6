<?php

/**
 * The command's text rules (src/node/collection/text-rules.ts), in PHP: excerpts, word
 * counts, reading time, short names and initials. Lengths are counted in UTF-16 code
 * units, as JavaScript counts them, so both producers cut a paragraph at the same place.
 * Words and sentences come from ICU (php-intl), as Intl.Segmenter's do; without php-intl,
 * from a documented approximation (approximate_segments).
 *
 * @package PracticeArticles
 */

namespace PracticeArticles;

if (!defined('ABSPATH')) {
    exit;
}

const EXCERPT_MAX = 220;
const WORDS_PER_MINUTE = 200;
// ICU's word rule statuses below 100 (UBRK_WORD_NONE_LIMIT) are spaces and punctuation.
const WORD_NONE_LIMIT = 100;

/**
 * Length in UTF-16 code units, JavaScript's String.length.
 *
 * @param string $text UTF-8 text.
 * @return int
 */
function js_length($text)
{
    return (int) (strlen((string) iconv('UTF-8', 'UTF-16LE', $text)) / 2);
}

/**
 * Text written without spaces between words, where a character carries about two Latin ones.
 *
 * @param string $text UTF-8 text.
 * @return bool
 */
function is_wide($text)
{
    $wide = preg_match_all(
        '/[\x{1100}-\x{11ff}\x{2e80}-\x{a4cf}\x{ac00}-\x{d7af}\x{f900}-\x{faff}\x{ff00}-\x{ffef}]/u',
        $text
    );
    return $wide * 2 > js_length($text);
}

/**
 * Boundaries of an ICU break iterator over $text: [byte offset where a segment ends, its rule status].
 *
 * @param \IntlBreakIterator $iterator A word or sentence iterator.
 * @param string             $text     UTF-8 text.
 * @return \Generator<int, array{int, int}>
 */
function segments($iterator, $text)
{
    if (is_string($iterator)) {
        yield from approximate_segments($iterator, $text);
        return;
    }
    $iterator->setText($text);
    $iterator->first();
    for ($end = $iterator->next(); $end !== \IntlBreakIterator::DONE; $end = $iterator->next()) {
        yield array($end, $iterator->getRuleStatus());
    }
}

/**
 * Without php-intl: words are runs of letters, digits and marks (a word-like status), and
 * a sentence ends after . ! ? or … and the spaces that follow. Close to ICU for languages
 * written with spaces; text without spaces (Japanese, Chinese) counts one word per run.
 *
 * @param string $kind 'word' or 'sentence'.
 * @param string $text UTF-8 text.
 * @return \Generator<int, array{int, int}>
 */
function approximate_segments($kind, $text)
{
    $pattern = $kind === 'word'
        ? '/[\p{L}\p{N}\p{M}]+(?:[\'’.][\p{L}\p{N}]+)*|./su'
        : '/.*?(?:[.!?…]+[\s\x{a0}]*|$)/su';
    preg_match_all($pattern, $text, $matches, PREG_OFFSET_CAPTURE);
    foreach ($matches[0] as list($segment, $offset)) {
        if ($segment !== '') {
            yield array($offset + strlen($segment), preg_match('/^[\p{L}\p{N}]/u', $segment) ? WORD_NONE_LIMIT : 0);
        }
    }
}

/**
 * A word or sentence break iterator: ICU's, or the name of the approximation.
 *
 * @param string $kind 'word' or 'sentence'.
 * @param string $lang The language.
 * @return \IntlBreakIterator|string
 */
function breaker($kind, $lang)
{
    if (!class_exists('IntlBreakIterator')) {
        return $kind;
    }
    return $kind === 'word'
        ? \IntlBreakIterator::createWordInstance($lang)
        : \IntlBreakIterator::createSentenceInstance($lang);
}

/**
 * The first paragraph, whole when short. When long, cut after the last sentence that
 * fits, if that keeps at least half; else at the last word that fits, with an ellipsis.
 *
 * @param string $text A paragraph's plain text.
 * @param string $lang The language, for ICU.
 * @return string
 */
function make_excerpt($text, $lang = 'en')
{
    $limit = is_wide($text) ? EXCERPT_MAX / 2 : EXCERPT_MAX;
    if (js_length($text) <= $limit) {
        return $text;
    }
    $sentence_end = 0;
    $sentence_bytes = 0;
    foreach (segments(breaker('sentence', $lang), $text) as list($end)) {
        $kept = rtrim(substr($text, 0, $end), " \t\n\r\f\v\u{a0}");
        $length = js_length($kept);
        if ($length > $limit) {
            break;
        }
        $sentence_end = $length;
        $sentence_bytes = strlen($kept);
    }
    if ($sentence_end >= $limit / 2) {
        return substr($text, 0, $sentence_bytes);
    }
    $word_bytes = 0;
    foreach (segments(breaker('word', $lang), $text) as list($end, $status)) {
        if (js_length(substr($text, 0, $end)) > $limit) {
            break;
        }
        if ($status >= WORD_NONE_LIMIT) {
            $word_bytes = $end;
        }
    }
    $cut = $word_bytes ? substr($text, 0, $word_bytes) : cut_at_length($text, $limit);
    return preg_replace('/[\s,;:–—-]+$/u', '', $cut) . '…';
}

/**
 * The first $limit UTF-16 code units of $text, never splitting a character.
 *
 * @param string $text  UTF-8 text.
 * @param int    $limit Code units.
 * @return string
 */
function cut_at_length($text, $limit)
{
    $out = '';
    foreach (preg_split('//u', $text, -1, PREG_SPLIT_NO_EMPTY) as $char) {
        if (js_length($out . $char) > $limit) {
            break;
        }
        $out .= $char;
    }
    return $out;
}

/**
 * Words, as ICU (and so Intl.Segmenter) finds them for the language.
 *
 * @param string $text Plain text.
 * @param string $lang The language.
 * @return int
 */
function count_words($text, $lang = 'en')
{
    static $iterators = array();
    if (!isset($iterators[$lang])) {
        $iterators[$lang] = breaker('word', $lang);
    }
    $n = 0;
    foreach (segments($iterators[$lang], $text) as list(, $status)) {
        if ($status >= WORD_NONE_LIMIT) {
            $n++;
        }
    }
    return $n;
}

/**
 * Reading time in whole minutes, at least one.
 *
 * @param int $words Words in the body.
 * @return int
 */
function reading_minutes($words)
{
    // JavaScript's Math.round: halves round up.
    return max(1, (int) floor($words / WORDS_PER_MINUTE + 0.5));
}

/** Scripts whose names put the family name first, where "first word" would be wrong. */
const FAMILY_FIRST = '/[\x{1100}-\x{11ff}\x{3040}-\x{30ff}\x{3400}-\x{9fff}\x{ac00}-\x{d7af}]/u';

/**
 * Name words without honorifics such as "Dr.".
 *
 * @param string $name A display name.
 * @return string[]
 */
function name_words($name)
{
    $words = preg_split('/\s+/u', $name, -1, PREG_SPLIT_NO_EMPTY);
    $plain = array_values(array_filter($words, function ($w) {
        return substr($w, -1) !== '.';
    }));
    return $plain ? $plain : $words;
}

/**
 * The name a booking button speaks to: "Hailey" for "Hailey Oliver".
 *
 * @param string $name A display name.
 * @return string
 */
function short_name($name)
{
    return preg_match(FAMILY_FIRST, $name) ? $name : name_words($name)[0];
}

/**
 * Monogram letters: "HO" for "Hailey Oliver"; one letter for a one-word name.
 *
 * @param string $name A display name.
 * @return string
 */
function initials($name)
{
    if (preg_match(FAMILY_FIRST, $name)) {
        return preg_split('//u', preg_replace('/\s/u', '', $name), -1, PREG_SPLIT_NO_EMPTY)[0];
    }
    $first = function ($word) {
        $letter = preg_match('/\p{L}/u', $word, $m) ? $m[0] : preg_split('//u', $word, -1, PREG_SPLIT_NO_EMPTY)[0];
        return upper($letter);
    };
    $words = name_words($name);
    return count($words) > 1 ? $first($words[0]) . $first($words[count($words) - 1]) : $first($words[0]);
}

/**
 * One character in upper case (ICU, not mbstring, which PHP may lack).
 *
 * @param string $char One character.
 * @return string
 */
function upper($char)
{
    if (!class_exists('IntlChar')) {
        return strtoupper($char);
    }
    return (string) \IntlChar::toupper($char);
}

<?php

/**
 * The markup the block and the shortcodes put on the page: a custom element whose every
 * value has been checked, and escaped on output. Empty values are left out, so the widget
 * falls back to its own defaults (every article, the author's booking link, auto theme).
 *
 * @package PracticeArticles
 */

namespace PracticeArticles;

if (!defined('ABSPATH')) {
    exit;
}

const THEMES = array('auto', 'light', 'dark');
const BOOKING_SCHEMES = array('https', 'http', 'mailto', 'tel');

/**
 * A booking URL the widget will use (https, http, mailto or tel, absolute), or ''.
 *
 * @param mixed $value What a user typed, a block attribute or a shortcode attribute.
 * @return string
 */
function clean_booking_url($value)
{
    if (!is_string($value)) {
        return '';
    }
    // Block attributes of users without unfiltered_html pass through kses, which writes & as &amp;.
    $url = trim(wp_specialchars_decode($value, ENT_QUOTES));
    $scheme = strtolower((string) wp_parse_url($url, PHP_URL_SCHEME));
    if ($url === '' || !in_array($scheme, BOOKING_SCHEMES, true)) {
        return '';
    }
    return esc_url_raw($url, BOOKING_SCHEMES);
}

/**
 * A theme name the widget knows, or $fallback.
 *
 * @param mixed  $value    The value to check.
 * @param string $fallback What to use instead of an unknown value.
 * @return string
 */
function clean_theme($value, $fallback = '')
{
    $theme = is_string($value) ? strtolower(trim($value)) : '';
    return in_array($theme, THEMES, true) ? $theme : $fallback;
}

/**
 * A heading level from 1 to 6; anything else is 2, the widget's default.
 *
 * @param mixed $value The value to check.
 * @return int
 */
function clean_heading_level($value)
{
    $level = is_numeric($value) ? (int) $value : 2;
    return $level >= 1 && $level <= 6 ? $level : 2;
}

/**
 * One article slug (letters and digits of any script, joined by single hyphens), or ''.
 *
 * @param mixed $value The value to check.
 * @return string
 */
function clean_slug($value)
{
    $slug = is_string($value) ? trim($value) : '';
    return preg_match('/^[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*$/u', $slug) ? $slug : '';
}

/**
 * Slugs, in order, without repeats: from a list, or from text separated by spaces or commas.
 *
 * @param mixed $value An array of slugs, or a string.
 * @return string[]
 */
function clean_slugs($value)
{
    if (is_string($value)) {
        $value = preg_split('/[\s,]+/u', $value, -1, PREG_SPLIT_NO_EMPTY);
    }
    if (!is_array($value)) {
        return array();
    }
    $slugs = array_filter(array_map('PracticeArticles\clean_slug', $value));
    return array_values(array_unique($slugs));
}

/**
 * A limit from 1 to 100, or 0 for none.
 *
 * @param mixed $value The value to check.
 * @return int
 */
function clean_limit($value)
{
    $limit = is_numeric($value) ? (int) $value : 0;
    return $limit >= 1 && $limit <= 100 ? $limit : 0;
}

/**
 * The posts a carousel shows: the chosen ones in their order (else all, newest first),
 * then those of the topic, then at most $limit.
 *
 * @param array    $index  The generated articles.
 * @param string[] $chosen Slugs picked in the block, in order.
 * @param string   $topic  A topic slug, or ''.
 * @param int      $limit  At most this many; 0 for all.
 * @return array
 */
function select_articles($index, $chosen, $topic, $limit)
{
    if ($chosen) {
        $by_slug = array_column($index, null, 'slug');
        $index = array_values(array_filter(array_map(function ($slug) use ($by_slug) {
            return isset($by_slug[$slug]) ? $by_slug[$slug] : null;
        }, $chosen)));
    }
    if ($topic !== '') {
        $index = array_values(array_filter($index, function ($a) use ($topic) {
            return in_array($topic, $a['topics'], true);
        }));
    }
    return $limit ? array_slice($index, 0, $limit) : $index;
}

/**
 * The server-rendered list inside the element: titles linked to their posts, and
 * excerpts, for crawlers and visitors without JavaScript. The widget's shadow tree,
 * which has no slot, hides it once the script runs.
 *
 * @param array $articles Generated articles.
 * @return string
 */
function fallback_list($articles)
{
    $html = '<ul class="practice-articles-fallback">';
    foreach ($articles as $a) {
        $html .= '<li><a href="' . esc_url($a['url']) . '">' . esc_html($a['title']) . '</a>';
        if ($a['excerpt'] !== '') {
            $html .= '<p>' . esc_html($a['excerpt']) . '</p>';
        }
        $html .= '</li>';
    }
    return $html . '</ul>';
}

/**
 * The widget's markup for one block or shortcode. It enqueues the script too.
 *
 * @param array  $options  variant ('carousel' or 'card'), articles, article, topic, limit,
 *                         booking_url, theme and heading_level, unchecked.
 * @param string $wrapper  Extra attributes for the element, already escaped
 *                         (the block's wrapper attributes).
 * @return string '' for a card with no article, or when there is nothing to show.
 */
function embed($options, $wrapper = '')
{
    $bundle = bundle();
    if (!$bundle || generating()) {
        return '';
    }
    $settings = settings();
    $posts = $bundle['source'] === 'posts';
    $card = isset($options['variant']) && $options['variant'] === 'card';
    $booking = clean_booking_url(isset($options['booking_url']) ? $options['booking_url'] : '');
    $theme = clean_theme(isset($options['theme']) ? $options['theme'] : '');
    $level = clean_heading_level(isset($options['heading_level']) ? $options['heading_level'] : 2);
    $topic = clean_slug(isset($options['topic']) ? $options['topic'] : '');
    $limit = clean_limit(isset($options['limit']) ? $options['limit'] : 0);

    $attributes = array();
    $shown = array();
    if ($card) {
        $attributes['article'] = clean_slug(isset($options['article']) ? $options['article'] : '');
        if ($attributes['article'] === '') {
            return '';
        }
        $shown = $posts ? select_articles(articles(), array($attributes['article']), '', 1) : array();
        if ($posts && !$shown) {
            return '';
        }
    } else {
        $chosen = clean_slugs(isset($options['articles']) ? $options['articles'] : '');
        if ($posts) {
            // The server picks, so the widget needs no topic rule of its own for posts.
            $shown = select_articles(articles(), $chosen, $topic, $limit);
            if (!$shown) {
                return '';
            }
            $chosen = $chosen || $topic !== '' || $limit ? array_column($shown, 'slug') : array();
        } else {
            $attributes['topic'] = $topic;
            $attributes['limit'] = $limit ? (string) $limit : '';
        }
        $attributes['articles'] = implode(' ', $chosen);
    }
    // For posts the site's default is in each author's data, after their own link.
    $attributes['booking-url'] = $booking !== '' || $posts ? $booking : $settings['booking_url'];
    $theme = $theme !== '' ? $theme : $settings['theme'];
    $attributes['theme'] = $theme === 'auto' ? '' : $theme;
    $attributes['heading-level'] = $level === 2 ? '' : (string) $level;

    enqueue();
    $tag = $card ? 'practice-article-card' : 'practice-articles';
    $html = '<' . $tag . ($wrapper !== '' ? ' ' . $wrapper : '');
    foreach ($attributes as $name => $value) {
        if ($value === '') {
            continue;
        }
        $escaped = $name === 'booking-url' ? esc_url($value, BOOKING_SCHEMES) : esc_attr($value);
        $html .= ' ' . $name . '="' . $escaped . '"';
    }
    // One line, no blank lines: nothing for wpautop to wrap, were a theme to run it again.
    return $html . '>' . ($shown ? fallback_list($shown) : '') . '</' . $tag . '>';
}

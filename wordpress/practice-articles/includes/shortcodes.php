<?php

/**
 * [practice_articles] and [practice_article_card], for the classic editor.
 *
 * WordPress runs wpautop before shortcodes (priority 10 against 11) and unwraps a shortcode
 * that stands on its own line, so the widget is never inside a <p>, and its one-line
 * markup gives wpautop nothing to change.
 *
 * @package PracticeArticles
 */

namespace PracticeArticles;

if (!defined('ABSPATH')) {
    exit;
}

const SHORTCODE_DEFAULTS = array(
    'articles' => '',
    'article' => '',
    'topic' => '',
    'limit' => '',
    'booking_url' => '',
    'theme' => '',
    'heading_level' => '2',
);

/** Registers both shortcodes. */
function register_shortcodes()
{
    add_shortcode('practice_articles', 'PracticeArticles\carousel_shortcode');
    add_shortcode('practice_article_card', 'PracticeArticles\card_shortcode');
}

/**
 * [practice_articles articles="slug slug" topic="slug" limit="6" booking_url="…" theme="dark" heading_level="3"]
 *
 * @param array|string $atts Shortcode attributes ('' when there are none).
 * @return string
 */
function carousel_shortcode($atts)
{
    $options = shortcode_atts(SHORTCODE_DEFAULTS, $atts, 'practice_articles');
    $options['variant'] = 'carousel';
    return embed($options);
}

/**
 * [practice_article_card article="slug" booking_url="…" theme="dark" heading_level="3"]
 *
 * @param array|string $atts Shortcode attributes ('' when there are none).
 * @return string
 */
function card_shortcode($atts)
{
    $options = shortcode_atts(SHORTCODE_DEFAULTS, $atts, 'practice_article_card');
    $options['variant'] = 'card';
    return embed($options);
}

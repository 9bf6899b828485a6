<?php

/**
 * The "Practice articles" block: a carousel or a single card, rendered on the server.
 *
 * The post stores only the block's comment and its attributes, never the widget's markup,
 * so kses has nothing to strip for Authors and Contributors (users without unfiltered_html).
 *
 * @package PracticeArticles
 */

namespace PracticeArticles;

if (!defined('ABSPATH')) {
    exit;
}

const BLOCK_NAME = 'practice-articles/articles';
const EDITOR_HANDLE = 'practice-articles-editor';

/** Registers the block from block/block.json, with its editor script and its data. */
function register_block()
{
    wp_register_script(
        EDITOR_HANDLE,
        PRACTICE_ARTICLES_URL . 'block/editor.js',
        array('wp-blocks', 'wp-block-editor', 'wp-components', 'wp-element', 'wp-i18n'),
        VERSION,
        false
    );
    wp_set_script_translations(EDITOR_HANDLE, 'practice-articles');
    register_block_type(
        PRACTICE_ARTICLES_DIR . 'block',
        array('render_callback' => 'PracticeArticles\render_block')
    );
}

/** Gives the editor script the articles to choose from, the widget's URL and the site defaults. */
function editor_data()
{
    $bundle = bundle();
    $settings = settings();
    $data = array(
        'articles' => articles(),
        'script' => add_query_arg('ver', $bundle['version'], $bundle['url'] . 'practice-articles.js'),
        'ownBundle' => $bundle['own'],
        'defaults' => array(
            'bookingUrl' => $settings['booking_url'],
            'theme' => $settings['theme'],
        ),
    );
    wp_add_inline_script(EDITOR_HANDLE, 'var practiceArticlesEditor = ' . wp_json_encode($data) . ';', 'before');
}

/**
 * Renders the block on the page.
 *
 * @param array $attributes The block's attributes, checked against block.json.
 * @return string
 */
function render_block($attributes)
{
    $options = array(
        'variant' => isset($attributes['variant']) ? $attributes['variant'] : 'carousel',
        'articles' => isset($attributes['articles']) ? $attributes['articles'] : array(),
        'article' => isset($attributes['article']) ? $attributes['article'] : '',
        'booking_url' => isset($attributes['bookingUrl']) ? $attributes['bookingUrl'] : '',
        'theme' => isset($attributes['theme']) ? $attributes['theme'] : '',
        'heading_level' => isset($attributes['headingLevel']) ? $attributes['headingLevel'] : 2,
    );
    return embed($options, get_block_wrapper_attributes());
}

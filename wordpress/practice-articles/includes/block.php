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

/**
 * Gives the editor script the articles and topics to choose from, the widget's URL and the
 * site defaults. JSON_HEX_TAG and JSON_HEX_AMP: a title holding "</script>" (from an
 * uploaded build) can't end the script element.
 */
function editor_data()
{
    $bundle = bundle();
    $settings = settings();
    $data = array(
        'articles' => array_map(function ($a) {
            $keys = array('slug', 'title', 'author', 'hasText', 'topics');
            return array_intersect_key($a, array_flip($keys));
        }, articles()),
        'topics' => topics(),
        'source' => $settings['source'],
        'script' => $bundle ? add_query_arg('ver', $bundle['version'], $bundle['url'] . 'practice-articles.js') : '',
        'ownBundle' => $bundle && $bundle['own'],
        'defaults' => array(
            'bookingUrl' => $settings['booking_url'],
            'theme' => $settings['theme'],
        ),
    );
    $json = wp_json_encode($data, JSON_HEX_TAG | JSON_HEX_AMP);
    wp_add_inline_script(EDITOR_HANDLE, 'var practiceArticlesEditor = ' . $json . ';', 'before');
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
        'topic' => isset($attributes['topic']) ? $attributes['topic'] : '',
        'limit' => isset($attributes['limit']) ? $attributes['limit'] : 0,
        'booking_url' => isset($attributes['bookingUrl']) ? $attributes['bookingUrl'] : '',
        'theme' => isset($attributes['theme']) ? $attributes['theme'] : '',
        'heading_level' => isset($attributes['headingLevel']) ? $attributes['headingLevel'] : 2,
    );
    return embed($options, get_block_wrapper_attributes());
}

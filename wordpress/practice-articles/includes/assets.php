<?php

/**
 * The widget bundle: where it comes from, which articles it holds, and how it is loaded.
 *
 * The plugin ships the bundle that `npm run build` makes (bundle/). A site owner can
 * replace it with one built from their own articles (`npx practice-articles build`) by
 * uploading that output folder to wp-content/uploads/practice-articles/.
 *
 * @package PracticeArticles
 */

namespace PracticeArticles;

if (!defined('ABSPATH')) {
    exit;
}

const SCRIPT_HANDLE = 'practice-articles';
const UPLOADS_FOLDER = 'practice-articles';

/**
 * The bundle in use: the site owner's own, if uploaded, or the one the plugin ships.
 *
 * @return array{dir: string, url: string, version: string, own: bool}
 */
function bundle()
{
    static $bundle = null;
    if ($bundle !== null) {
        return $bundle;
    }
    // false: don't create the uploads folder just by looking.
    $uploads = wp_upload_dir(null, false);
    if (empty($uploads['error'])) {
        $dir = trailingslashit($uploads['basedir']) . UPLOADS_FOLDER . '/';
        $script = $dir . 'practice-articles.js';
        if (is_file($script) && is_readable($script)) {
            $bundle = array(
                'dir' => $dir,
                'url' => trailingslashit($uploads['baseurl']) . UPLOADS_FOLDER . '/',
                // The file's time: browsers fetch a new upload at once.
                'version' => (string) filemtime($script),
                'own' => true,
            );
            return $bundle;
        }
    }
    $bundle = array(
        'dir' => PRACTICE_ARTICLES_DIR . 'bundle/',
        'url' => PRACTICE_ARTICLES_URL . 'bundle/',
        'version' => VERSION,
        'own' => false,
    );
    return $bundle;
}

/**
 * The articles the bundle holds, from its articles.json: slug, title, author, hasText.
 *
 * @return array<int, array{slug: string, title: string, author: string, hasText: bool}>
 */
function articles()
{
    static $articles = null;
    if ($articles !== null) {
        return $articles;
    }
    $articles = array();
    $file = bundle()['dir'] . 'articles.json';
    $json = is_readable($file) ? file_get_contents($file) : false;
    $list = is_string($json) ? json_decode($json, true) : null;
    if (!is_array($list)) {
        return $articles;
    }
    foreach ($list as $item) {
        if (!is_array($item) || !isset($item['slug'], $item['title']) || !is_string($item['slug'])) {
            continue;
        }
        $articles[] = array(
            'slug' => $item['slug'],
            'title' => (string) $item['title'],
            'author' => isset($item['author']) ? (string) $item['author'] : '',
            'hasText' => !empty($item['hasText']),
        );
    }
    return $articles;
}

/**
 * Registers the widget script (enqueued only where a block or shortcode uses it) and the
 * small style that reserves the widget's height until the script has defined it.
 */
function register_assets()
{
    $bundle = bundle();
    // In the head when a page is known to use it early; a late enqueue lands in the footer.
    wp_register_script(SCRIPT_HANDLE, $bundle['url'] . 'practice-articles.js', array(), $bundle['version'], false);
    wp_register_style(SCRIPT_HANDLE, false, array(), VERSION);
    wp_add_inline_style(
        SCRIPT_HANDLE,
        'practice-articles:not(:defined){display:block;min-height:22rem}'
        . 'practice-article-card:not(:defined){display:block;min-height:18rem}'
    );
}

/** Enqueues the widget: WordPress prints it once however many widgets a page has. */
function enqueue()
{
    wp_enqueue_script(SCRIPT_HANDLE);
    wp_enqueue_style(SCRIPT_HANDLE);
}

/**
 * On a single post or page that uses the block or a shortcode, enqueues the widget before
 * the head is printed. Anywhere else (widgets, archives, reusable blocks) rendering it
 * enqueues it, and WordPress prints it in the footer.
 */
function enqueue_when_used()
{
    if (!is_singular()) {
        return;
    }
    $post = get_post();
    if (!$post) {
        return;
    }
    if (
        has_block(BLOCK_NAME, $post)
        || has_shortcode($post->post_content, 'practice_articles')
        || has_shortcode($post->post_content, 'practice_article_card')
    ) {
        enqueue();
    }
}

/**
 * Adds `defer` to the widget's script tag. WordPress 6.1 has no loading strategy for
 * scripts (6.3 added one), and the widget upgrades its elements whenever it runs.
 *
 * @param string $tag    The script tag WordPress is about to print.
 * @param string $handle The script's handle.
 * @return string
 */
function defer_script($tag, $handle)
{
    if ($handle !== SCRIPT_HANDLE || preg_match('/<script[^>]*\sdefer[\s=>]/', $tag)) {
        return $tag;
    }
    return (string) preg_replace('/<script(?=[^>]*\ssrc=)/', '<script defer', $tag, 1);
}

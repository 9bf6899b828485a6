<?php

/**
 * The widget bundle: where it comes from, which articles it holds, and how it is loaded.
 *
 * By default the script is made from the site's own posts (producer.php). The plugin
 * also ships the bundle that `npm run build` makes (bundle/), with the example articles,
 * and a site owner can use one built with the command instead.
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
 * The bundle in use, from Settings → "Where the articles come from": the script made
 * from this site's posts, the folder built with the command and uploaded to
 * wp-content/uploads/practice-articles/, or the example articles the plugin ships.
 *
 * @return array{dir: string, url: string, version: string, own: bool, source: string}|null
 *   null when that source has nothing yet (no upload, or no posts generated yet).
 */
function bundle()
{
    static $bundle = false;
    if ($bundle !== false) {
        return $bundle;
    }
    $source = settings()['source'];
    $bundle = null;
    if ($source === 'posts') {
        $generated = generated();
        $folder = posts_folder();
        if ($generated && $folder) {
            $bundle = array('version' => $generated['version'], 'own' => true, 'source' => $source) + $folder;
        }
        return $bundle;
    }
    if ($source === 'command') {
        // false: don't create the uploads folder just by looking.
        $uploads = wp_upload_dir(null, false);
        $dir = trailingslashit($uploads['basedir']) . UPLOADS_FOLDER . '/';
        $script = $dir . 'practice-articles.js';
        if (empty($uploads['error']) && is_file($script) && is_readable($script)) {
            $bundle = array(
                'dir' => $dir,
                'url' => trailingslashit($uploads['baseurl']) . UPLOADS_FOLDER . '/',
                // The file's time: browsers fetch a new upload at once.
                'version' => (string) filemtime($script),
                'own' => true,
                'source' => $source,
            );
        }
        return $bundle;
    }
    $bundle = array(
        'dir' => PRACTICE_ARTICLES_DIR . 'bundle/',
        'url' => PRACTICE_ARTICLES_URL . 'bundle/',
        'version' => VERSION,
        'own' => false,
        'source' => 'examples',
    );
    return $bundle;
}

/**
 * The articles the bundle holds: slug, title, author, hasText, and for posts also
 * excerpt, url (the permalink) and topics (slugs). From the posts' generated index, or
 * from the bundle's articles.json.
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
    $bundle = bundle();
    if (!$bundle) {
        return $articles;
    }
    if ($bundle['source'] === 'posts') {
        $articles = posts_index()['articles'];
        return $articles;
    }
    $file = $bundle['dir'] . 'articles.json';
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
 * The topics of the posts: [slug, name] pairs (categories and tags).
 *
 * @return array<int, array{0: string, 1: string}>
 */
function topics()
{
    $bundle = bundle();
    return $bundle && $bundle['source'] === 'posts' ? posts_index()['topics'] : array();
}

/**
 * Registers the widget script (enqueued only where a block or shortcode uses it) and the
 * small style that reserves the widget's height until the script has defined it.
 */
function register_assets()
{
    $bundle = bundle();
    if (!$bundle) {
        return;
    }
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
    if (!wp_script_is(SCRIPT_HANDLE, 'registered')) {
        return;
    }
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

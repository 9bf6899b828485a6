<?php

/**
 * The pieces of an article the producer (producer.php) takes from WordPress: plain text,
 * the blocks' text (for words and excerpts, as the command's walker makes it), the cover
 * image with WordPress's own sizes, dates, topics, and the interface languages.
 *
 * @package PracticeArticles
 */

namespace PracticeArticles;

if (!defined('ABSPATH')) {
    exit;
}

/**
 * Plain text: tags stripped, entities decoded once, whitespace collapsed.
 *
 * @param string $html Text that WordPress filtered for HTML (titles, excerpts).
 * @return string
 */
function plain_text($html)
{
    $text = html_entity_decode(wp_strip_all_tags((string) $html), ENT_QUOTES | ENT_HTML5, 'UTF-8');
    return trim((string) preg_replace('/\s+/u', ' ', $text));
}

/**
 * The plain text of each block, as the command's walker makes it (words, excerpts).
 *
 * @param array $blocks Blocks.
 * @return string[]
 */
function block_texts($blocks)
{
    return array_map('PracticeArticles\block_text', $blocks);
}

/**
 * One block's plain text.
 *
 * @param mixed $block A Block or Inline value.
 * @return string
 */
function block_text($block)
{
    if (is_string($block)) {
        return $block;
    }
    switch ($block[0]) {
        case 'h':
            return implode('', array_map('PracticeArticles\block_text', $block[2]));
        case 'a':
            return implode('', array_map('PracticeArticles\block_text', $block[2]));
        case 'ul':
        case 'ol':
            return implode("\n", array_map(function ($item) {
                return implode('', array_map('PracticeArticles\block_text', $item));
            }, $block[1]));
        case 'q':
            return implode("\n", array_map('PracticeArticles\block_text', $block[1]));
        default:
            return implode('', array_map('PracticeArticles\block_text', $block[1]));
    }
}

/**
 * Whether WordPress knows an image's size: not when making its metadata failed (a large
 * upload that ran out of time or memory, or a file added without it). Without a size, the
 * widget would draw it 0 pixels wide.
 *
 * @param int $id The attachment.
 * @return bool
 */
function known_size($id)
{
    $meta = wp_get_attachment_metadata($id);
    return is_array($meta) && !empty($meta['width']) && !empty($meta['height']);
}

/**
 * A featured image as a CoverImage: WordPress's own sizes of it (its srcset), smallest first.
 *
 * @param int $id The attachment.
 * @return array|null
 */
function cover_image($id)
{
    $full = $id && known_size($id) ? wp_get_attachment_image_src($id, 'full') : false;
    if (!$full || !wp_attachment_is_image($id)) {
        return null;
    }
    $variants = array();
    $srcset = (string) wp_get_attachment_image_srcset($id, 'full');
    foreach (array_filter(array_map('trim', explode(',', $srcset))) as $candidate) {
        if (preg_match('/^(\S+)\s+(\d+)w$/', $candidate, $m)) {
            $variants[(int) $m[2]] = array(esc_url_raw($m[1]), (int) $m[2]);
        }
    }
    if (!$variants) {
        $variants[(int) $full[1]] = array(esc_url_raw($full[0]), (int) $full[1]);
    }
    ksort($variants);
    $largest = max(array_keys($variants));
    $height = (int) round($full[2] * $largest / max(1, $full[1]));
    return array(
        'variants' => array_values($variants),
        'width' => $largest,
        'height' => max(1, $height),
        'alt' => plain_text((string) get_post_meta($id, '_wp_attachment_image_alt', true)),
    );
}

/**
 * A date as YYYY-MM-DD, from a MySQL date in the site's time zone.
 *
 * @param string $mysql "2024-05-01 10:00:00".
 * @return string
 */
function day($mysql)
{
    return substr((string) $mysql, 0, 10);
}

/**
 * A post's topics: the terms of its type's topic taxonomies (categories and tags for
 * posts), the default "Uncategorized" left out.
 *
 * @param \WP_Post $item The post.
 * @return \WP_Term[]
 */
function post_terms($item)
{
    $terms = array();
    foreach (topic_taxonomies($item->post_type) as $taxonomy) {
        $found = get_the_terms($item, $taxonomy);
        foreach (is_array($found) ? $found : array() as $term) {
            if (!($taxonomy === 'category' && $term->slug === 'uncategorized')) {
                $terms[] = $term;
            }
        }
    }
    return $terms;
}

/**
 * Interface languages: English is in the widget; the others are the files the plugin ships
 * beside its example bundle, fetched on first use from there.
 *
 * @return array{strings: object, locales: string[], i18n: string}
 */
function translations()
{
    $locales = array();
    $folder = '';
    foreach (glob(PRACTICE_ARTICLES_DIR . 'bundle/i18n/*/*.json') ?: array() as $file) {
        $folder = basename(dirname($file));
        $locales[] = basename($file, '.json');
    }
    sort($locales);
    return array(
        'strings' => new \stdClass(),
        'locales' => $locales,
        'i18n' => PRACTICE_ARTICLES_URL . 'bundle/i18n/' . $folder . '/',
    );
}

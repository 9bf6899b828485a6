<?php

/**
 * "Posts of this site": published, public posts as the collection data the command makes
 * (src/shared/data.ts, checked against src/shared/collection.schema.json), written into
 * uploads as the widget's script plus one body file per article, fetched on Read.
 *
 * It runs when content changes (hooks.php), never on a visitor's request. Only posts
 * that anyone may read take part: published, no password, a public post type, this site.
 *
 * @package PracticeArticles
 */

namespace PracticeArticles;

if (!defined('ABSPATH')) {
    exit;
}

const POSTS_FOLDER = 'practice-articles-posts';
const GENERATED_OPTION = 'practice_articles_generated';
const MAX_ARTICLES = 500;

// While generating, the plugin's own blocks and shortcodes inside posts render nothing.
$GLOBALS['practice_articles_generating'] = false;

/**
 * Whether the producer is running (so an embedded widget must not render inside a body).
 *
 * @return bool
 */
function generating()
{
    return !empty($GLOBALS['practice_articles_generating']);
}

/**
 * The posts that may reach a visitor, newest first, as WordPress lists them.
 *
 * @return \WP_Post[]
 */
function public_posts()
{
    $query = new \WP_Query(array(
        'post_type' => 'post',
        'post_status' => 'publish',
        'has_password' => false,
        'posts_per_page' => MAX_ARTICLES,
        'orderby' => 'date',
        'order' => 'DESC',
        'ignore_sticky_posts' => true,
        'no_found_rows' => true,
    ));
    return array_values(array_filter($query->posts, function ($post) {
        // Again, post by post: a filter on the query must not let a hidden post through.
        return $post->post_status === 'publish' && $post->post_password === ''
            && is_post_publicly_viewable($post);
    }));
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
 * A featured image as a CoverImage: WordPress's own sizes of it (its srcset), smallest first.
 *
 * @param int $id The attachment.
 * @return array|null
 */
function cover_image($id)
{
    $full = $id ? wp_get_attachment_image_src($id, 'full') : false;
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
 * The collection: the data for the script, and the bodies (by file name) it refers to.
 *
 * @return array{data: array, bodies: array<string, string>, index: array}
 */
function collect()
{
    $GLOBALS['practice_articles_generating'] = true;
    $lang = substr(str_replace('_', '-', get_locale()), 0, 2);
    $html = new HtmlBlocks(home_url('/'));
    $settings = settings();
    $authors = array();
    $author_index = array();
    $topics = array();
    $topic_index = array();
    $articles = array();
    $bodies = array();
    $index = array();
    global $post;
    $original = $post;
    try {
        foreach (public_posts() as $item) {
            $title = plain_text(get_the_title($item));
            $slug = rawurldecode($item->post_name);
            if ($title === '' || $slug === '' || preg_match('/[\s\/?#]/u', $slug)) {
                continue;
            }
            if (!isset($author_index[$item->post_author])) {
                $author = author((int) $item->post_author, $settings['booking_url']);
                if ($author === null) {
                    continue;
                }
                $author_index[$item->post_author] = count($authors);
                $authors[] = $author;
            }
            // The_content's filters read the global post.
            $post = $item; // phpcs:ignore WordPress.WP.GlobalVariablesOverride.Prohibited
            setup_postdata($item);
            $html->partial = false;
            $body = $html->blocks(apply_filters('the_content', $item->post_content));
            $texts = block_texts($body);
            $words = 0;
            foreach ($texts as $text) {
                $words += count_words($text, $lang);
            }
            $own = has_excerpt($item) ? plain_text($item->post_excerpt) : '';
            $first = null;
            foreach ($body as $i => $block) {
                if (is_string($block) || $block[0] === 'p') {
                    $first = $texts[$i];
                    break;
                }
            }
            $excerpt = $own !== '' ? $own : ($first !== null ? make_excerpt($first, $lang) : '');
            $slugs = array();
            $article_topics = array();
            foreach (post_terms($item) as $term) {
                $key = rawurldecode($term->slug);
                if (!isset($topic_index[$key])) {
                    $topic_index[$key] = count($topics);
                    $topics[] = array($key, plain_text($term->name));
                }
                $article_topics[] = $topic_index[$key];
                $slugs[] = $key;
            }
            $article = array('slug' => $slug, 'title' => $title, 'author' => $author_index[$item->post_author]);
            if ($article_topics) {
                $article['topics'] = $article_topics;
            }
            if ($excerpt !== '') {
                $article['excerpt'] = $excerpt;
            }
            $article['url'] = get_permalink($item);
            if ($body) {
                $json = wp_json_encode($body, JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE);
                $file = 'bodies/' . substr(hash('sha256', $json), 0, 10) . '.json';
                $bodies[$file] = $json;
                $article += array('minutes' => reading_minutes($words), 'words' => $words, 'src' => $file);
                $image = cover_image((int) get_post_thumbnail_id($item));
                if ($image) {
                    $article['image'] = $image;
                }
                $article['date'] = day($item->post_date);
                if (day($item->post_modified) !== $article['date']) {
                    $article['updated'] = day($item->post_modified);
                }
                if ($html->partial) {
                    $article['partial'] = true;
                }
            }
            $articles[] = $article;
            $index[] = array(
                'slug' => $slug,
                'title' => $title,
                'author' => $authors[$article['author']]['name'],
                'hasText' => (bool) $body,
                'excerpt' => $excerpt,
                'url' => $article['url'],
                'topics' => $slugs,
            );
        }
    } finally {
        $post = $original; // phpcs:ignore WordPress.WP.GlobalVariablesOverride.Prohibited -- restored.
        wp_reset_postdata();
        $GLOBALS['practice_articles_generating'] = false;
    }
    $data = array('authors' => $authors, 'articles' => $articles);
    if ($topics) {
        $data['topics'] = $topics;
    }
    $data += translations();
    return array('data' => $data, 'bodies' => $bodies, 'index' => array('articles' => $index, 'topics' => $topics));
}

/**
 * A post's categories and tags, the default "Uncategorized" left out.
 *
 * @param \WP_Post $item The post.
 * @return \WP_Term[]
 */
function post_terms($item)
{
    $terms = array();
    foreach (array('category', 'post_tag') as $taxonomy) {
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

<?php

/**
 * "Posts of this site": published, public posts as the collection data the command makes
 * (src/shared/data.ts, checked against src/shared/collection.schema.json), written into
 * uploads as the widget's script plus one body file per article, fetched on Read.
 *
 * It runs when content changes (hooks.php), never on a visitor's request. Only posts
 * that anyone may read take part: published, no password, the public post type chosen in
 * Settings (settings-posts.php), this site.
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
 * While generating, every query is a visitor's: published and without a password (media:
 * attached), whatever the request that regenerates is (an administrator's, in wp-admin,
 * where WordPress's queries also take drafts, pending and scheduled posts). A Query Loop
 * block or another plugin's shortcode inside a post must not list a hidden post.
 *
 * @param \WP_Query $query A query about to run.
 */
function visitor_query($query)
{
    if (!generating()) {
        return;
    }
    $types = (array) $query->get('post_type');
    if ($types === array('attachment')) {
        $query->set('post_status', 'inherit');
        return;
    }
    $query->set('post_status', 'publish');
    $query->set('has_password', false);
}

/**
 * While generating, a post with a password needs it, whatever cookie the request carries.
 *
 * @param bool          $required Whether WordPress asks for the password.
 * @param \WP_Post|null $item     The post.
 * @return bool
 */
function visitor_password_required($required, $item)
{
    return $required || (generating() && $item instanceof \WP_Post && $item->post_password !== '');
}

/**
 * The posts that may reach a visitor, newest first, as WordPress lists them: of the post
 * type chosen in Settings, and of its category (or other term) when one is chosen.
 *
 * @return \WP_Post[]
 */
function public_posts()
{
    $settings = settings();
    $type = $settings['post_type'];
    $only = filter_query($type, $settings['filter']);
    // A type that is gone or no longer public, or a term no longer of it: nothing, not some other set.
    if ($only === null || clean_post_type($type) === '') {
        return array();
    }
    $query = new \WP_Query(array(
        'post_type' => $type,
        'post_status' => 'publish',
        'has_password' => false,
        'posts_per_page' => MAX_ARTICLES,
        'orderby' => 'date',
        'order' => 'DESC',
        'ignore_sticky_posts' => true,
        'no_found_rows' => true,
    ) + $only);
    return array_values(array_filter($query->posts, function ($post) use ($type) {
        // Again, post by post: a filter on the query must not let a hidden post through.
        return $post->post_type === $type && $post->post_status === 'publish' && $post->post_password === ''
            && is_post_publicly_viewable($post);
    }));
}

/**
 * The collection: the data for the script, and the bodies (by file name) it refers to.
 *
 * @return array{data: array, bodies: array<string, string>, index: array}
 */
function collect()
{
    // Rendered as a visitor sees it: no user (so no private post, no "Log out" link with a
    // nonce, nothing a shortcode shows to members only), and only public posts in any query.
    $user = get_current_user_id();
    wp_set_current_user(0);
    add_action('pre_get_posts', 'PracticeArticles\visitor_query', PHP_INT_MAX);
    add_filter('post_password_required', 'PracticeArticles\visitor_password_required', PHP_INT_MAX, 2);
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
        remove_action('pre_get_posts', 'PracticeArticles\visitor_query', PHP_INT_MAX);
        remove_filter('post_password_required', 'PracticeArticles\visitor_password_required', PHP_INT_MAX);
        wp_set_current_user($user);
    }
    $data = array('authors' => $authors, 'articles' => $articles);
    if ($topics) {
        $data['topics'] = $topics;
    }
    $data += translations();
    return array('data' => $data, 'bodies' => $bodies, 'index' => array('articles' => $index, 'topics' => $topics));
}

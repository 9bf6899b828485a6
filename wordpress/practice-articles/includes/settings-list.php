<?php

/**
 * Settings → Practice articles, below the form: which articles the widget holds, where
 * they come from, and the shortcode for each one's card.
 *
 * @package PracticeArticles
 */

namespace PracticeArticles;

if (!defined('ABSPATH')) {
    exit;
}

/**
 * The shortcode that shows one article's card.
 *
 * @param string $slug The article's slug.
 * @return string
 */
function card_shortcode_text($slug)
{
    return '[practice_article_card article="' . $slug . '"]';
}

/** Which articles the widget holds, with the shortcode for each card. */
function render_articles()
{
    $bundle = bundle();
    $record = get_option(GENERATED_OPTION);
    if (!$bundle && settings()['source'] === 'posts' && is_array($record) && isset($record['failed'])) {
        $source = sprintf(
            /* translators: %s: a folder, e.g. wp-content/uploads/practice-articles-posts/ */
            __('The widget\'s files could not be written into %s, so the widget is hidden.', 'practice-articles'),
            (string) $record['failed']
        ) . ' ' . __('WordPress must be able to write there; then save this page.', 'practice-articles');
    } elseif (!$bundle) {
        $source = settings()['source'] === 'posts'
            ? __('No script has been made from your posts yet: publish a post, or save this page.', 'practice-articles')
            : __('No folder built with the command is in wp-content/uploads/practice-articles/.', 'practice-articles');
    } elseif ($bundle['source'] === 'posts') {
        $source = sprintf(
            /* translators: 1: number of posts, 2: seconds */
            __('Your published posts: %1$d, made into the widget\'s script in %2$s s.', 'practice-articles'),
            count(articles()),
            is_array($record) ? number_format_i18n($record['seconds'], 2) : '?'
        );
    } elseif ($bundle['own']) {
        $source = __('Your own articles, from wp-content/uploads/practice-articles/.', 'practice-articles');
    } else {
        $source = __('The articles that come with the plugin.', 'practice-articles')
            . ' ' . __('To show your own, see "How do I show my own articles" in readme.txt.', 'practice-articles');
    }
    ?>
<h2><?php esc_html_e('Articles', 'practice-articles'); ?></h2>
<p><?php echo esc_html($source); ?></p>
<table class="widefat striped">
    <thead>
        <tr>
            <th scope="col"><?php esc_html_e('Title', 'practice-articles'); ?></th>
            <th scope="col"><?php esc_html_e('Author', 'practice-articles'); ?></th>
            <th scope="col"><?php esc_html_e('Shortcode for one card', 'practice-articles'); ?></th>
        </tr>
    </thead>
    <tbody>
        <?php foreach (articles() as $article) : ?>
            <tr>
                <td><?php echo esc_html($article['title']); ?></td>
                <td><?php echo esc_html($article['author']); ?></td>
                <td><code><?php echo esc_html(card_shortcode_text($article['slug'])); ?></code></td>
            </tr>
        <?php endforeach; ?>
    </tbody>
</table>
<p>
    <?php esc_html_e('Every article, as a carousel:', 'practice-articles'); ?>
    <code>[practice_articles]</code>
</p>
    <?php
}

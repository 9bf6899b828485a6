<?php

/**
 * Deleting the plugin deletes what it made: its options, the script and body files it
 * generated from the posts, its cron event and the profile fields it added to users.
 * Posts keep their blocks (which then show nothing) and their shortcodes (which then
 * show as text) until the plugin is back. A folder uploaded to
 * wp-content/uploads/practice-articles/ is the owner's, and stays.
 *
 * @package PracticeArticles
 */

if (!defined('WP_UNINSTALL_PLUGIN')) {
    exit;
}

delete_option('practice_articles_settings');
delete_option('practice_articles_generated');
delete_option('practice_articles_index');
wp_clear_scheduled_hook('practice_articles_regenerate');

foreach (array('credentials', 'booking_url', 'short_name', 'photo') as $practice_articles_field) {
    delete_metadata('user', 0, 'practice_articles_' . $practice_articles_field, '', true);
}

$practice_articles_uploads = wp_upload_dir(null, false);
if (empty($practice_articles_uploads['error'])) {
    $practice_articles_dir = trailingslashit($practice_articles_uploads['basedir']) . 'practice-articles-posts';
    foreach (glob($practice_articles_dir . '/bodies/*') ?: array() as $practice_articles_file) {
        wp_delete_file($practice_articles_file);
    }
    foreach (glob($practice_articles_dir . '/*') ?: array() as $practice_articles_file) {
        wp_delete_file($practice_articles_file);
    }
    foreach (array($practice_articles_dir . '/bodies', $practice_articles_dir) as $practice_articles_folder) {
        if (is_dir($practice_articles_folder)) {
            rmdir($practice_articles_folder);
        }
    }
}

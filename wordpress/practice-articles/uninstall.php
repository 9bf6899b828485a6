<?php

/**
 * Deleting the plugin deletes what it made: its options, the script and body files it
 * generated from the posts and its cron events (on every site of a network), and the
 * profile fields it added to users.
 * Posts keep their blocks (which then show nothing) and their shortcodes (which then
 * show as text) until the plugin is back. A folder uploaded to
 * wp-content/uploads/practice-articles/ is the owner's, and stays.
 *
 * @package PracticeArticles
 */

if (!defined('WP_UNINSTALL_PLUGIN')) {
    exit;
}

/**
 * Deletes the current site's options, cron event and generated files.
 */
function practice_articles_uninstall_site()
{
    delete_option('practice_articles_settings');
    delete_option('practice_articles_generated');
    delete_option('practice_articles_index');
    wp_clear_scheduled_hook('practice_articles_regenerate');
    wp_clear_scheduled_hook('practice_articles_regenerate_once');
    // The photo is per site on a network (profile.php's photo_key): users are shared, their keys are not.
    if (is_multisite()) {
        delete_metadata('user', 0, $GLOBALS['wpdb']->get_blog_prefix() . 'practice_articles_photo', '', true);
    }

    $uploads = wp_upload_dir(null, false);
    if (!empty($uploads['error'])) {
        return;
    }
    $dir = trailingslashit($uploads['basedir']) . 'practice-articles-posts';
    // Every file, hidden ones too (a .DS_Store an FTP client left): the folder is the plugin's.
    foreach (array($dir . '/bodies', $dir) as $folder) {
        if (!is_dir($folder)) {
            continue;
        }
        foreach (scandir($folder) ?: array() as $name) {
            if (is_file($folder . '/' . $name)) {
                wp_delete_file($folder . '/' . $name);
            }
        }
        // A folder someone else put inside stays, and so does this one, without a warning.
        if (count(scandir($folder) ?: array()) <= 2) {
            rmdir($folder);
        }
    }
}

// On a network, every site has its own options and files; users (and their meta) are shared.
if (is_multisite()) {
    foreach (get_sites(array('fields' => 'ids', 'number' => 0)) as $practice_articles_site) {
        switch_to_blog($practice_articles_site);
        practice_articles_uninstall_site();
        restore_current_blog();
    }
} else {
    practice_articles_uninstall_site();
}

foreach (array('credentials', 'booking_url', 'short_name', 'photo') as $practice_articles_field) {
    delete_metadata('user', 0, 'practice_articles_' . $practice_articles_field, '', true);
}

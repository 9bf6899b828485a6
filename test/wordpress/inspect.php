<?php

/**
 * What the tests need to see or break inside the throwaway WordPress that no screen shows,
 * loaded as scripts/wordpress/wp.php loads it:
 *
 *   php inspect.php SITE_FOLDER COMMAND '{"json": "arguments"}'
 *
 * cron:            runs the site's due cron events, as wp-cron.php does (the test server's
 *                  router defines ABSPATH, which keeps wp-cron.php from loading WordPress).
 * slow-regenerate: regenerates, with the first post's text taking "seconds" longer to
 *                  make, after touching "marker": the window in which another request can
 *                  change a post that this one has already collected.
 * forget-metadata: deletes an attachment's metadata, as when WordPress ran out of time or
 *                  memory making it for a large upload.
 * switched-save:   as a network plugin or admin code does, as the Administrator: switches
 *                  to each change's "site" (a blog ID), gives its "post" a "status", and
 *                  switches back; the request's own site is the one "path" picks.
 * user-meta:       sets (or, with "value" null, deletes) a user meta key of "user", as an
 *                  older version of the plugin left it.
 * leftovers:       everything of the plugin's still in the database, on every site of a
 *                  network: options, user meta, cron events (with WordPress loaded without
 *                  plugins: SHORTINIT).
 *
 * Prints one line of JSON.
 *
 * @package PracticeArticles
 */

ini_set('display_errors', 'stderr');

$site = rtrim($argv[1], '/');
$command = $argv[2];
$args = $argc > 3 ? json_decode($argv[3], true) : array();
preg_match('#^// The site: http://([^/\s]+)#m', (string) file_get_contents($site . '/wp-config.php'), $home);
$_SERVER['HTTP_HOST'] = $home[1];
// On a network, the path picks the site ("/site2/").
$_SERVER['REQUEST_URI'] = isset($args['path']) ? $args['path'] : '/';
$_SERVER['SERVER_PROTOCOL'] = 'HTTP/1.1';
define('ABSPATH', $site . '/');
// Leftovers are looked for without loading the plugin, which would schedule its event again.
if ($command === 'leftovers') {
    define('SHORTINIT', true);
}
require ABSPATH . 'wp-load.php';

switch ($command) {
    case 'cron':
        // wp-cron.php ends with die().
        register_shutdown_function(function () {
            echo wp_json_encode(true), "\n";
        });
        include ABSPATH . 'wp-cron.php';
        break;

    case 'slow-regenerate':
        add_filter('the_content', function ($content) use ($args) {
            static $slept = false;
            if (!$slept && PracticeArticles\generating()) {
                $slept = true;
                touch($args['marker']);
                sleep((int) $args['seconds']);
            }
            return $content;
        }, 1);
        echo wp_json_encode(PracticeArticles\regenerate() !== null), "\n";
        break;

    case 'forget-metadata':
        echo wp_json_encode(delete_post_meta((int) $args['id'], '_wp_attachment_metadata')), "\n";
        break;

    case 'switched-save':
        wp_set_current_user(1);
        $saved = array();
        foreach ($args['changes'] as $change) {
            switch_to_blog((int) $change['site']);
            $saved[] = wp_update_post(array('ID' => (int) $change['post'], 'post_status' => $change['status']), true);
            restore_current_blog();
        }
        // The regeneration runs after this, at shutdown, as at the end of a request.
        echo wp_json_encode(array('site' => get_current_blog_id(), 'saved' => $saved)), "\n";
        break;

    case 'user-meta':
        if ($args['value'] === null) {
            delete_user_meta((int) $args['user'], $args['key']);
        } else {
            update_user_meta((int) $args['user'], $args['key'], $args['value']);
        }
        echo wp_json_encode(get_user_meta((int) $args['user'], $args['key'], true)), "\n";
        break;

    case 'leftovers':
        global $wpdb;
        // On a network, the photo's key starts with the site's table prefix (wp_2_practice_articles_photo).
        $like = '%' . $wpdb->esc_like('practice_articles') . '%';
        $sites = is_multisite() ? array_map('intval', $wpdb->get_col("SELECT blog_id FROM $wpdb->blogs")) : array(1);
        $options = array();
        $events = array();
        foreach ($sites as $id) {
            $table = $wpdb->get_blog_prefix($id) . 'options';
            foreach ($wpdb->get_col($wpdb->prepare("SELECT option_name FROM $table WHERE option_name LIKE %s", $like)) as $name) {
                $options[] = $name;
            }
            $cron = maybe_unserialize($wpdb->get_var("SELECT option_value FROM $table WHERE option_name = 'cron'"));
            foreach (is_array($cron) ? $cron : array() as $hooks) {
                foreach (is_array($hooks) ? array_keys($hooks) : array() as $hook) {
                    if (strpos($hook, 'practice_articles') === 0) {
                        $events[] = $hook;
                    }
                }
            }
        }
        echo wp_json_encode(array(
            'options' => $options,
            'usermeta' => $wpdb->get_col($wpdb->prepare("SELECT meta_key FROM $wpdb->usermeta WHERE meta_key LIKE %s", $like)),
            'events' => $events,
        )), "\n";
        break;

    default:
        fwrite(STDERR, 'unknown command: ' . $command . "\n");
        exit(1);
}

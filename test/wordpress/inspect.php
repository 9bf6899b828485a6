<?php

/**
 * What the tests need to see or break inside the throwaway WordPress that no screen shows,
 * loaded as scripts/wordpress/wp.php loads it:
 *
 *   php inspect.php SITE_FOLDER COMMAND '{"json": "arguments"}'
 *
 * forget-metadata: deletes an attachment's metadata, as when WordPress ran out of time or
 *                  memory making it for a large upload.
 * leftovers:       everything of the plugin's still in the database: options, user meta,
 *                  cron events (with WordPress loaded without plugins: SHORTINIT).
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
$_SERVER['REQUEST_URI'] = '/';
$_SERVER['SERVER_PROTOCOL'] = 'HTTP/1.1';
define('ABSPATH', $site . '/');
// Leftovers are looked for without loading the plugin, which would schedule its event again.
if ($command === 'leftovers') {
    define('SHORTINIT', true);
}
require ABSPATH . 'wp-load.php';

switch ($command) {
    case 'forget-metadata':
        echo wp_json_encode(delete_post_meta((int) $args['id'], '_wp_attachment_metadata')), "\n";
        break;

    case 'leftovers':
        global $wpdb;
        $like = $wpdb->esc_like('practice_articles') . '%';
        $events = array();
        $cron = get_option('cron');
        foreach (is_array($cron) ? $cron : array() as $hooks) {
            foreach (is_array($hooks) ? array_keys($hooks) : array() as $hook) {
                if (strpos($hook, 'practice_articles') === 0) {
                    $events[] = $hook;
                }
            }
        }
        echo wp_json_encode(array(
            'options' => $wpdb->get_col($wpdb->prepare("SELECT option_name FROM $wpdb->options WHERE option_name LIKE %s", $like)),
            'usermeta' => $wpdb->get_col($wpdb->prepare("SELECT meta_key FROM $wpdb->usermeta WHERE meta_key LIKE %s", $like)),
            'events' => $events,
        )), "\n";
        break;

    default:
        fwrite(STDERR, 'unknown command: ' . $command . "\n");
        exit(1);
}

<?php

/**
 * Drives the throwaway WordPress from the command line (there is no wp-cli here):
 *
 *   php wp.php SITE_FOLDER COMMAND '{"json": "arguments"}'
 *
 * install: creates the tables, the site and its administrator.
 * users:   creates users with the given roles.
 * nonce:   a nonce for a logged-in session, as WordPress would print it in a form.
 * post:    a post's stored content, as it is in the database.
 * bulk:    many published posts at once (for the scale test), then one regeneration.
 * regenerate: makes the posts' script now; prints how long it took.
 * text:    the plugin's excerpt and word count of each text (to compare with the command's).
 * uninstall: runs the plugin's uninstall.php, as deleting it from Plugins does.
 * scheduled: whether this site has the plugin's daily regeneration event.
 * network: makes the single site the main site of a subdirectory network (its tables).
 * site:    adds a site to the network, with the given administrator.
 *
 * On a network, the argument "path" ("/site2/") says which site a command runs on.
 *
 * Prints one line of JSON.
 *
 * @package PracticeArticles
 */

ini_set('display_errors', 'stderr');

if ($argc < 3) {
    fwrite(STDERR, "usage: php wp.php SITE_FOLDER COMMAND [JSON]\n");
    exit(2);
}
$site = rtrim($argv[1], '/');
$command = $argv[2];
$args = $argc > 3 ? json_decode($argv[3], true) : array();

$config = file_get_contents($site . '/wp-config.php');
// WordPress reads the host from the request; here, from the site's own address. On a
// network, the path picks the site ("/site2/").
preg_match('#^// The site: http://([^/\s]+)#m', (string) $config, $home);
$_SERVER['HTTP_HOST'] = $home[1];
$_SERVER['REQUEST_URI'] = isset($args['path']) ? $args['path'] : '/';
$_SERVER['SERVER_PROTOCOL'] = 'HTTP/1.1';

define('ABSPATH', $site . '/');
if ($command === 'install') {
    define('WP_INSTALLING', true);
}
require ABSPATH . 'wp-load.php';

/**
 * Prints the result and stops.
 *
 * @param mixed $result Anything wp_json_encode takes.
 */
function done($result)
{
    echo wp_json_encode($result), "\n";
    exit(0);
}

/**
 * Prints the error and stops with status 1.
 *
 * @param string $message What went wrong.
 */
function fail($message)
{
    fwrite(STDERR, $message . "\n");
    exit(1);
}

switch ($command) {
    case 'install':
        require_once ABSPATH . 'wp-admin/includes/upgrade.php';
        $admin = $args['admin'];
        $result = wp_install($args['title'], $admin['login'], $admin['email'], false, '', $admin['password']);
        if (is_wp_error($result)) {
            fail($result->get_error_message());
        }
        if (isset($args['url'])) {
            // A network's main site: no WP_HOME in wp-config.php, so the address is an option.
            update_option('home', $args['url']);
            update_option('siteurl', $args['url']);
        }
        update_option('permalink_structure', '');
        // WordPress's own comment avatars come from Gravatar, another host, which this
        // offline site can't reach: the pages' console must show the plugin's errors only.
        update_option('show_avatars', '0');
        switch_theme($args['theme']);
        done(array('version' => get_bloginfo('version'), 'theme' => get_stylesheet()));
        break;

    case 'users':
        $ids = array();
        foreach ($args as $user) {
            $id = wp_insert_user(array(
                'user_login' => $user['login'],
                'user_pass' => $user['password'],
                'user_email' => $user['login'] . '@example.com',
                'display_name' => $user['name'],
                'role' => $user['role'],
            ));
            if (is_wp_error($id)) {
                fail($user['login'] . ': ' . $id->get_error_message());
            }
            $ids[$user['login']] = $id;
        }
        done($ids);
        break;

    case 'nonce':
        // The session token comes from the logged-in cookie, as in the browser's request.
        $user = get_user_by('login', $args['login']);
        $_COOKIE[LOGGED_IN_COOKIE] = $args['cookie'];
        wp_set_current_user($user->ID);
        done(wp_create_nonce($args['action']));
        break;

    case 'post':
        $post = get_post((int) $args['id']);
        done($post ? array('content' => $post->post_content, 'status' => $post->post_status) : null);
        break;

    case 'bulk':
        // One regeneration for the lot, not one per post.
        remove_action('save_post', 'PracticeArticles\\post_changed');
        remove_action('transition_post_status', 'PracticeArticles\\status_changed', 10);
        $ids = array();
        for ($i = 0; $i < (int) $args['count']; $i++) {
            $id = wp_insert_post(array(
                'post_title' => sprintf($args['title'], $i + 1),
                'post_content' => $args['contents'][$i % count($args['contents'])],
                'post_status' => 'publish',
                'post_author' => (int) $args['author'],
                'post_date' => gmdate('Y-m-d H:i:s', strtotime($args['before']) - 60 * ($i + 1)),
            ), true);
            if (is_wp_error($id)) {
                fail($id->get_error_message());
            }
            $ids[] = $id;
        }
        done($ids);
        break;

    case 'regenerate':
        $started = microtime(true);
        $record = PracticeArticles\regenerate();
        done($record ? array(
            'seconds' => microtime(true) - $started,
            'bytes' => $record['bytes'],
            'articles' => $record['articles'],
        ) : null);
        break;

    case 'text':
        done(array_map(function ($text) {
            return array(PracticeArticles\make_excerpt($text, 'en'), PracticeArticles\count_words($text, 'en'));
        }, $args['texts']));
        break;

    case 'scheduled':
        // The plugin's CRON_HOOK, by name: this reads the site's schedule, loaded plugin or not.
        done(false !== wp_next_scheduled('practice_articles_regenerate'));
        break;

    case 'uninstall':
        define('WP_UNINSTALL_PLUGIN', 'practice-articles/practice-articles.php');
        include WP_PLUGIN_DIR . '/practice-articles/uninstall.php';
        done(true);
        break;

    case 'network':
        // What Tools → Network Setup does, before wp-config.php gets the MULTISITE lines.
        require_once ABSPATH . 'wp-admin/includes/upgrade.php';
        define('WP_INSTALLING_NETWORK', true);
        // As wp-admin/network.php does: a single site's $wpdb has no names for these tables.
        foreach ($wpdb->tables('ms_global') as $table => $prefixed) {
            $wpdb->$table = $prefixed;
        }
        install_network();
        $result = populate_network(1, $_SERVER['HTTP_HOST'], get_option('admin_email'), $args['title'], '/', false);
        if (is_wp_error($result)) {
            fail($result->get_error_message());
        }
        // populate_network sets /blog/ permalinks; the tests use plain ones on every site.
        update_option('permalink_structure', '');
        done(true);
        break;

    case 'site':
        $user = get_user_by('login', $args['admin']);
        // A network's domain has no port in WordPress's rules (it cleans the ":" out as it
        // does for a user name); this loopback site's address has one, as the network has.
        add_filter('sanitize_user', function ($clean, $raw) {
            return $raw === $_SERVER['HTTP_HOST'] ? $raw : $clean;
        }, 10, 2);
        $id = wpmu_create_blog($_SERVER['HTTP_HOST'], $args['slug'], $args['title'], $user->ID);
        if (is_wp_error($id)) {
            fail($id->get_error_message());
        }
        switch_to_blog($id);
        update_option('permalink_structure', '');
        update_option('show_avatars', '0');
        restore_current_blog();
        done(array('id' => $id, 'url' => get_home_url($id)));
        break;

    default:
        fail('unknown command: ' . $command);
}

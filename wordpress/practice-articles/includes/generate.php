<?php

/**
 * Writes what the producer collects into uploads/practice-articles-posts/: the widget's
 * script (the prebuilt template the zip ships in runtime/, with the data in front of it,
 * exactly as src/node/emit/bundle.ts's classicScript writes it) and the body files.
 * Files of posts that are no longer public are deleted at once.
 *
 * Regeneration follows every change that can alter what a visitor sees, once per
 * request, at its end; never on a visitor's page view.
 *
 * @package PracticeArticles
 */

namespace PracticeArticles;

if (!defined('ABSPATH')) {
    exit;
}

const CRON_HOOK = 'practice_articles_regenerate';
/** The posts' titles, excerpts, permalinks and topics: read only where a widget or the editor needs them. */
const INDEX_OPTION = 'practice_articles_index';
/** How long a regeneration waits for another one on the same site to finish. */
const LOCK_SECONDS = 30;

/**
 * The data as a JS expression, byte for byte as bundle.ts's dataExpression: JSON.parse of
 * a single-quoted string, with \, ' and < escaped (no "</script" even when inlined).
 *
 * @param array $data The collection data.
 * @return string
 */
function data_expression($data)
{
    $json = (string) wp_json_encode(
        $data,
        JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE | JSON_UNESCAPED_LINE_TERMINATORS
    );
    return "JSON.parse('" . str_replace(array('\\', "'", '<'), array('\\\\', "\\'", '\\x3c'), $json) . "')";
}

/**
 * The classic script, as bundle.ts's classicScript: a UTF-8 byte order mark (so a page in
 * another encoding still reads the script as UTF-8), then one block, skipped when the
 * elements are already defined.
 *
 * @param string $template The prebuilt widget (runtime/practice-articles.js).
 * @param array  $data     The collection data.
 * @return string
 */
function classic_script($template, $data)
{
    return "\xEF\xBB\xBF" . 'if(!customElements.get("practice-articles")){const __practiceArticles='
        . data_expression($data) . ";\n" . trim($template) . "\n}\n";
}

/**
 * The folder the posts' script and bodies live in, and its URL.
 *
 * @return array{dir: string, url: string}|null null when uploads are not writable.
 */
function posts_folder()
{
    $uploads = wp_upload_dir(null, false);
    if (!empty($uploads['error'])) {
        return null;
    }
    return array(
        'dir' => trailingslashit($uploads['basedir']) . POSTS_FOLDER . '/',
        'url' => trailingslashit($uploads['baseurl']) . POSTS_FOLDER . '/',
    );
}

/**
 * Writes a file whole or not at all: into a temporary name, then renamed into place.
 * A folder that can't be written is a refusal, not a PHP warning on the page.
 *
 * @param string $path    Where.
 * @param string $content What.
 * @return bool
 */
function write_file($path, $content)
{
    if (!wp_is_writable(dirname($path)) || is_dir($path)) {
        return false;
    }
    $tmp = $path . '.' . wp_generate_password(8, false) . '.tmp';
    if (file_put_contents($tmp, $content) !== strlen($content) || !rename($tmp, $path)) {
        wp_delete_file($tmp);
        return false;
    }
    return true;
}

/**
 * Deletes the posts' script and bodies where it can, and forgets them, so that no page
 * refers to them: they may hold a post that is no longer public.
 *
 * @param array|null $record What GENERATED_OPTION records instead: a failure, or nothing.
 */
function forget_generated($record)
{
    $folder = posts_folder();
    if ($folder) {
        $paths = glob($folder['dir'] . 'bodies/*') ?: array();
        $paths[] = $folder['dir'] . 'practice-articles.js';
        foreach ($paths as $path) {
            wp_delete_file($path);
        }
    }
    delete_option(INDEX_OPTION);
    if ($record === null) {
        delete_option(GENERATED_OPTION);
    } else {
        update_option(GENERATED_OPTION, $record, true);
    }
}

/**
 * A regeneration that could not finish: the last script may show a post that has been
 * made private or trashed since, so it is not used any more; Settings says why.
 *
 * @param string $folder The folder that could not be written.
 * @return null
 */
function generation_failed($folder)
{
    forget_generated(array('failed' => $folder, 'when' => time()));
    return null;
}

/**
 * One regeneration at a time per site, in the order they start: a request that collected
 * the posts before another request made one private must not write after it. A database
 * lock (MySQL and MariaDB's GET_LOCK); where the database has none, no lock.
 *
 * @param bool $take true to wait for the lock (at most LOCK_SECONDS), false to let it go.
 * @return bool Whether the lock is held (or the database has no locks).
 */
function generation_lock($take)
{
    global $wpdb;
    $name = 'practice_articles_' . substr(hash('sha256', DB_NAME . '|' . $wpdb->get_blog_prefix()), 0, 20);
    // A database without these functions (an SQLite drop-in) answers with an error: no lock, and no message.
    $quiet = $wpdb->suppress_errors(true);
    if (!$take) {
        $wpdb->query($wpdb->prepare('SELECT RELEASE_LOCK(%s)', $name));
        $wpdb->suppress_errors($quiet);
        return false;
    }
    $got = $wpdb->get_var($wpdb->prepare('SELECT GET_LOCK(%s, %d)', $name, LOCK_SECONDS));
    $wpdb->suppress_errors($quiet);
    return $got === null || (string) $got === '1';
}

/**
 * Asks WordPress's cron to regenerate a site once, soon: in a request of that site's own.
 *
 * @param int $site The site (blog ID); 0 for the one WordPress is on.
 */
function regenerate_soon($site = 0)
{
    $other = $site && $site !== get_current_blog_id();
    if ($other) {
        switch_to_blog($site);
    }
    if (!wp_next_scheduled(CRON_HOOK . '_once')) {
        wp_schedule_single_event(time(), CRON_HOOK . '_once');
    }
    if ($other) {
        restore_current_blog();
    }
}

/**
 * Collects the posts and writes the script and bodies; deletes stale bodies.
 *
 * @return array|null What the option records (version, bytes, seconds, articles), or null on failure.
 */
function regenerate()
{
    if (!generation_lock(true)) {
        // Another one ran for that long: this one's changes go to cron rather than race it.
        regenerate_soon();
        return null;
    }
    try {
        return regenerate_locked();
    } finally {
        generation_lock(false);
    }
}

/**
 * regenerate(), with the lock held.
 *
 * @return array|null
 */
function regenerate_locked()
{
    $started = microtime(true);
    $folder = posts_folder();
    $template = PRACTICE_ARTICLES_DIR . 'runtime/practice-articles.js';
    if (!$folder) {
        return generation_failed('wp-content/uploads/');
    }
    $where = 'wp-content/uploads/' . POSTS_FOLDER . '/';
    if (
        !is_readable($template) || !wp_mkdir_p($folder['dir'] . 'bodies')
        || !wp_is_writable($folder['dir']) || !wp_is_writable($folder['dir'] . 'bodies')
    ) {
        return generation_failed($where);
    }
    $collected = collect();
    $script = classic_script((string) file_get_contents($template), $collected['data']);
    foreach ($collected['bodies'] as $file => $json) {
        if (!is_file($folder['dir'] . $file) && !write_file($folder['dir'] . $file, $json)) {
            return generation_failed($where);
        }
    }
    if (!write_file($folder['dir'] . 'practice-articles.js', $script)) {
        return generation_failed($where);
    }
    foreach (glob($folder['dir'] . 'bodies/*') ?: array() as $path) {
        if (!isset($collected['bodies']['bodies/' . basename($path)])) {
            wp_delete_file($path);
        }
    }
    update_option(INDEX_OPTION, $collected['index'], false);
    // Small, and read on every page that may show the widget: autoloaded.
    $record = array(
        'version' => substr(hash('sha256', $script), 0, 10),
        'bytes' => strlen($script),
        'seconds' => round(microtime(true) - $started, 3),
        'articles' => count($collected['index']['articles']),
    );
    update_option(GENERATED_OPTION, $record, true);
    // A site of a network the plugin was activated for has had no activation of its own.
    if (!wp_next_scheduled(CRON_HOOK)) {
        wp_schedule_event(time() + DAY_IN_SECONDS, 'daily', CRON_HOOK);
    }
    return $record;
}

/**
 * The sites whose regeneration is due at the end of this request, by blog ID: a change is
 * made on the site WordPress is on when it happens, which on a network is not always the
 * request's own (switch_to_blog in a network plugin or admin code saving another site's post).
 */
$GLOBALS['practice_articles_due'] = array();

/**
 * On a network, whether the plugin is active on the site WordPress is on: it may be active
 * on the request's own site only, and a site without it has no script to keep fresh.
 *
 * @return bool
 */
function active_on_site()
{
    $file = plugin_basename(PRACTICE_ARTICLES_DIR . 'practice-articles.php');
    $network = get_site_option('active_sitewide_plugins', array());
    return in_array($file, (array) get_option('active_plugins', array()), true)
        || (is_array($network) && isset($network[$file]));
}

/**
 * Regenerates once per site, at the end of the request, however many changes it made: the
 * site WordPress is on now, by its own settings.
 */
function schedule_regeneration()
{
    $site = get_current_blog_id();
    // Other sources don't use it; choosing "Posts of this site" regenerates.
    if (isset($GLOBALS['practice_articles_due'][$site]) || settings()['source'] !== 'posts') {
        return;
    }
    // ms_is_switched() is a network's only.
    if (is_multisite() && ms_is_switched() && !active_on_site()) {
        return;
    }
    $GLOBALS['practice_articles_due'][$site] = true;
    add_action('shutdown', 'PracticeArticles\regenerate_now', 0);
}

/**
 * The shutdown hook: regenerates the request's own site if it is due. Another site changed
 * while this request had switched to it is not made here, where this request's plugins,
 * theme and URLs are loaded (a plugin of that site's own that hides text would not run, and
 * its URLs would name this site's host): under that site's lock its files are deleted, so
 * nothing it changed stays out (the widget is hidden meanwhile), and its next cron run, a
 * request of its own, makes them again.
 */
function regenerate_now()
{
    $due = array_keys((array) $GLOBALS['practice_articles_due']);
    $GLOBALS['practice_articles_due'] = array();
    foreach ($due as $site) {
        if ((int) $site === get_current_blog_id()) {
            regenerate();
            continue;
        }
        switch_to_blog((int) $site);
        try {
            // Past the lock's wait, deleted anyway: stale files are the one thing to avoid.
            $locked = generation_lock(true);
            forget_generated(null);
            if ($locked) {
                generation_lock(false);
            }
            regenerate_soon();
        } finally {
            restore_current_blog();
        }
    }
}

/**
 * save_post and deleted_post: a post, a medium or a reusable block changed (trashed too).
 *
 * @param int $id The post.
 */
function post_changed($id)
{
    $type = get_post_type($id);
    // A reusable block (wp_block) is part of every post that shows it, on the reader too.
    if (!in_array($type, array(settings()['post_type'], 'attachment', 'wp_block', false), true)) {
        return;
    }
    // A save that leaves a post unpublished changes nothing a visitor sees: the auto-draft
    // that every "Add New" makes, a draft or pending post saved again, a private one. Going
    // to or from published passes through status_changed. But a page's slug is in its
    // published children's addresses, whatever its own status.
    $children = array('post_parent' => $id, 'post_type' => $type, 'numberposts' => 1, 'fields' => 'ids');
    if (
        $type === settings()['post_type'] && doing_action('save_post') && get_post_status($id) !== 'publish'
        && !(is_post_type_hierarchical($type) && get_children($children))
    ) {
        return;
    }
    schedule_regeneration();
}

/**
 * transition_post_status: published, unpublished, scheduled going live, trashed.
 *
 * @param string   $new  The new status.
 * @param string   $old  The old status.
 * @param \WP_Post $item The post.
 */
function status_changed($new, $old, $item)
{
    if (($new === 'publish' || $old === 'publish') && $item->post_type === settings()['post_type']) {
        schedule_regeneration();
    }
}

/** Adds the hooks that keep the posts' script fresh, and a daily cron event as a safety net. */
function add_regeneration_hooks()
{
    add_action('save_post', 'PracticeArticles\post_changed');
    add_action('deleted_post', 'PracticeArticles\post_changed');
    add_action('edit_attachment', 'PracticeArticles\post_changed');
    add_action('transition_post_status', 'PracticeArticles\status_changed', 10, 3);
    add_action('profile_update', 'PracticeArticles\user_changed');
    add_action('deleted_user', 'PracticeArticles\user_changed');
    foreach (array('edited_term', 'delete_term', 'switch_theme') as $hook) {
        add_action($hook, 'PracticeArticles\schedule_regeneration');
    }
    add_action('edit_terms', 'PracticeArticles\term_editing', 10, 2);
    add_action('edited_term', 'PracticeArticles\term_edited', 10, 3);
    add_action('update_option_permalink_structure', 'PracticeArticles\schedule_regeneration');
    add_action('update_option_' . OPTION, 'PracticeArticles\schedule_regeneration');
    add_action(CRON_HOOK, 'PracticeArticles\regenerate');
    add_action(CRON_HOOK . '_once', 'PracticeArticles\regenerate');
}

/** Activation: generate at once, and schedule the daily run. */
function activate()
{
    regenerate();
    if (!wp_next_scheduled(CRON_HOOK)) {
        wp_schedule_event(time() + DAY_IN_SECONDS, 'daily', CRON_HOOK);
    }
}

/**
 * Deactivation: stop the daily run and delete the generated files, which nothing would
 * keep fresh (a post made private while the plugin is off would stay in them); on a
 * network-wide deactivation, on every site, since each site made its own.
 *
 * @param bool $network_wide Whether the plugin is deactivated for the whole network.
 */
function deactivate($network_wide = false)
{
    // Nothing keeps the files fresh while the plugin is off: they go, and activation remakes them.
    if (!$network_wide || !is_multisite()) {
        unset($GLOBALS['practice_articles_due'][get_current_blog_id()]);
        deactivate_site();
        return;
    }
    $GLOBALS['practice_articles_due'] = array();
    foreach (get_sites(array('fields' => 'ids', 'number' => 0)) as $site) {
        switch_to_blog($site);
        deactivate_site();
        restore_current_blog();
    }
}

/** Deactivation on the current site: no daily run, and no generated files left to go stale. */
function deactivate_site()
{
    // A regeneration already running (cron, another request) finishes first, then its files go too.
    $locked = generation_lock(true);
    try {
        wp_clear_scheduled_hook(CRON_HOOK);
        wp_clear_scheduled_hook(CRON_HOOK . '_once');
        forget_generated(null);
    } finally {
        if ($locked) {
            generation_lock(false);
        }
    }
}

/**
 * The posts' index: articles (slug, title, author, hasText, excerpt, url, topics) and topics.
 *
 * @return array{articles: array, topics: array}
 */
function posts_index()
{
    $index = get_option(INDEX_OPTION);
    if (!is_array($index) || !isset($index['articles'], $index['topics'])) {
        return array('articles' => array(), 'topics' => array());
    }
    return $index;
}

/**
 * The posts' script's record (version, size, time taken), or null before the
 * first generation. A missing script asks cron to make it; the visitor's request doesn't.
 *
 * @return array|null
 */
function generated()
{
    $record = get_option(GENERATED_OPTION);
    $folder = posts_folder();
    $made = is_array($record) && isset($record['version']);
    if (!$made || !$folder || !is_file($folder['dir'] . 'practice-articles.js')) {
        regenerate_soon();
        return null;
    }
    return $record;
}

<?php

/**
 * Deleting the plugin deletes its one option. Posts keep their blocks (which then show
 * nothing) and their shortcodes (which then show as text) until the plugin is back.
 *
 * @package PracticeArticles
 */

if (!defined('WP_UNINSTALL_PLUGIN')) {
    exit;
}

delete_option('practice_articles_settings');

<?php

/**
 * Where the plugin is, and the hooks that wire it into WordPress.
 *
 * @package PracticeArticles
 */

namespace PracticeArticles;

if (!defined('ABSPATH')) {
    exit;
}

/** The plugin's version: the readme's Stable tag and package.json's version say the same. */
const VERSION = '0.1.0';

/**
 * Defines where the plugin lives and adds its hooks.
 *
 * @param string $file The plugin's main file.
 */
function boot($file)
{
    define('PRACTICE_ARTICLES_DIR', plugin_dir_path($file));
    define('PRACTICE_ARTICLES_URL', plugin_dir_url($file));

    add_action('init', 'PracticeArticles\register_assets', 5);
    add_action('init', 'PracticeArticles\register_block');
    add_action('init', 'PracticeArticles\register_shortcodes');
    add_action('enqueue_block_editor_assets', 'PracticeArticles\editor_data');
    add_action('wp_enqueue_scripts', 'PracticeArticles\enqueue_when_used');
    add_filter('script_loader_tag', 'PracticeArticles\defer_script', 10, 2);
    add_action('admin_menu', 'PracticeArticles\add_settings_page');
    add_action('admin_post_practice_articles_save', 'PracticeArticles\save_settings');
    add_filter('plugin_action_links_' . plugin_basename($file), 'PracticeArticles\settings_link');
    add_regeneration_hooks();
    add_profile_hooks();
    register_activation_hook($file, 'PracticeArticles\activate');
    register_deactivation_hook($file, 'PracticeArticles\deactivate');
}

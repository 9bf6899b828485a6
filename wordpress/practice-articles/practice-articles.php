<?php

/**
 * Plugin Name:       Practice Articles
 * Description:       Your therapists' articles as an accessible card carousel or one card, with a booking button.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * Author:            practice-articles
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       practice-articles
 *
 * @package PracticeArticles
 */

if (!defined('ABSPATH')) {
    exit;
}

require_once __DIR__ . '/includes/plugin.php';
require_once __DIR__ . '/includes/assets.php';
require_once __DIR__ . '/includes/embed.php';
require_once __DIR__ . '/includes/block.php';
require_once __DIR__ . '/includes/shortcodes.php';
require_once __DIR__ . '/includes/settings.php';
require_once __DIR__ . '/includes/settings-list.php';
require_once __DIR__ . '/includes/settings-posts.php';
require_once __DIR__ . '/includes/text-rules.php';
require_once __DIR__ . '/includes/html-inlines.php';
require_once __DIR__ . '/includes/html-blocks.php';
require_once __DIR__ . '/includes/article-fields.php';
require_once __DIR__ . '/includes/producer.php';
require_once __DIR__ . '/includes/generate.php';
require_once __DIR__ . '/includes/profile.php';

PracticeArticles\boot(__FILE__);

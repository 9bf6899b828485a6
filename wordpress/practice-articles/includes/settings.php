<?php

/**
 * Settings → Practice articles: where the articles come from (for posts, which post type and
 * category: settings-posts.php), and the site's default booking URL and theme, which blocks
 * and shortcodes use unless they set their own. Only users who can manage options may see or
 * save it; the form carries a nonce; every value is checked on the way in and escaped on
 * the way out.
 *
 * @package PracticeArticles
 */

namespace PracticeArticles;

if (!defined('ABSPATH')) {
    exit;
}

const OPTION = 'practice_articles_settings';
const SETTINGS_PAGE = 'practice-articles';
const SAVE_ACTION = 'practice_articles_save';
const NONCE_FIELD = 'practice_articles_nonce';
/** Where the articles come from; the first is the default. */
const SOURCES = array('posts', 'command', 'examples');

/**
 * The saved settings, checked again on the way out.
 *
 * The post type and filter are checked against what is registered where posts are
 * collected (producer.php), not here: this runs before other plugins register theirs.
 *
 * @return array{booking_url: string, theme: string, source: string, post_type: string, filter: string}
 */
function settings()
{
    $saved = get_option(OPTION, array());
    $saved = is_array($saved) ? $saved : array();
    $type = isset($saved['post_type']) && is_string($saved['post_type']) ? sanitize_key($saved['post_type']) : '';
    return array(
        'booking_url' => clean_booking_url(isset($saved['booking_url']) ? $saved['booking_url'] : ''),
        'theme' => clean_theme(isset($saved['theme']) ? $saved['theme'] : '', 'auto'),
        'source' => clean_source(isset($saved['source']) ? $saved['source'] : ''),
        'post_type' => $type !== '' ? $type : 'post',
        'filter' => isset($saved['filter']) && is_string($saved['filter']) ? $saved['filter'] : '',
    );
}

/**
 * A source of articles, or the default: the site's own posts.
 *
 * @param mixed $value The value to check.
 * @return string
 */
function clean_source($value)
{
    return in_array($value, SOURCES, true) ? $value : SOURCES[0];
}

/** Adds Settings → Practice articles for users who can manage options. */
function add_settings_page()
{
    add_options_page(
        __('Practice articles', 'practice-articles'),
        __('Practice articles', 'practice-articles'),
        'manage_options',
        SETTINGS_PAGE,
        'PracticeArticles\render_settings_page'
    );
}

/**
 * A "Settings" link beside Deactivate on the Plugins screen.
 *
 * @param string[] $links The plugin's action links.
 * @return string[]
 */
function settings_link($links)
{
    $url = admin_url('options-general.php?page=' . SETTINGS_PAGE);
    array_unshift($links, '<a href="' . esc_url($url) . '">' . esc_html__('Settings', 'practice-articles') . '</a>');
    return $links;
}

/** Saves the form (admin-post.php): capability, then nonce, then each value checked. */
function save_settings()
{
    if (!current_user_can('manage_options')) {
        wp_die(
            esc_html__('Sorry, you are not allowed to change the practice articles settings.', 'practice-articles'),
            '',
            array('response' => 403)
        );
    }
    check_admin_referer(SAVE_ACTION, NONCE_FIELD);
    $saved = settings();

    $typed = isset($_POST['booking_url']) ? sanitize_text_field(wp_unslash($_POST['booking_url'])) : '';
    $theme = isset($_POST['theme']) ? sanitize_key(wp_unslash($_POST['theme'])) : '';
    // A form without the field keeps the saved source.
    $source = isset($_POST['source']) ? clean_source(sanitize_key(wp_unslash($_POST['source']))) : $saved['source'];
    $booking = clean_booking_url($typed);
    $notice = 'saved';
    if ($typed !== '' && $booking === '') {
        // Keep the URL that works rather than save one the widget would drop.
        $booking = $saved['booking_url'];
        $notice = 'invalid-url';
    }
    $theme = clean_theme($theme, 'auto');
    // A post type that is not public, or a term not of that type, is refused: the old choice stays.
    $type = isset($_POST['post_type'])
        ? clean_post_type(sanitize_key(wp_unslash($_POST['post_type'])))
        : $saved['post_type'];
    $typed_filter = isset($_POST['filter']) ? sanitize_text_field(wp_unslash($_POST['filter'])) : $saved['filter'];
    $filter = clean_filter($typed_filter, $type !== '' ? $type : $saved['post_type']);
    if ($type === '' || $filter === null) {
        $type = $saved['post_type'];
        $filter = $saved['filter'];
        $notice = 'invalid-posts';
    }
    update_option(OPTION, array(
        'booking_url' => $booking,
        'theme' => $theme,
        'source' => $source,
        'post_type' => $type,
        'filter' => $filter,
    ));
    // Also when nothing changed: "Save" is how an owner asks for a fresh script.
    schedule_regeneration();

    $back = add_query_arg(
        array('page' => SETTINGS_PAGE, 'practice-articles-notice' => $notice),
        admin_url('options-general.php')
    );
    wp_safe_redirect($back);
    exit;
}

/** The notice after a save, from the redirect's query argument. */
function render_notice()
{
    // Only picks which fixed message to show; nothing is saved from it.
    $notice = isset($_GET['practice-articles-notice'])
        ? sanitize_key(wp_unslash($_GET['practice-articles-notice']))
        : '';
    if ($notice === 'saved') {
        $class = 'notice-success';
        $text = __('Settings saved.', 'practice-articles');
    } elseif ($notice === 'invalid-url') {
        $class = 'notice-error';
        $text = __(
            'The booking URL was not saved: it must start with https://, http://, mailto: or tel:.',
            'practice-articles'
        );
    } elseif ($notice === 'invalid-posts') {
        $class = 'notice-error';
        $text = __(
            'The post type and category were not saved: choose a public post type, and a category or tag of it.',
            'practice-articles'
        );
    } else {
        return;
    }
    echo '<div class="notice ' . esc_attr($class) . '"><p>' . esc_html($text) . '</p></div>';
}

/** Settings → Practice articles. */
function render_settings_page()
{
    if (!current_user_can('manage_options')) {
        return;
    }
    ?>
<div class="wrap">
    <h1><?php echo esc_html(get_admin_page_title()); ?></h1>
    <?php render_notice(); ?>
    <p><?php esc_html_e('Blocks and shortcodes use these unless they set their own.', 'practice-articles'); ?></p>
    <?php render_form(settings()); ?>
    <?php render_articles(); ?>
</div>
    <?php
}

/**
 * The form: booking URL and theme, posted to admin-post.php with a nonce.
 *
 * @param array{booking_url: string, theme: string, source: string, post_type: string, filter: string} $settings
 *   The saved settings.
 */
function render_form($settings)
{
    $sources = array(
        'posts' => __('Posts of this site: the published posts chosen below, newest first', 'practice-articles'),
        'command' => __(
            'Articles built with the command, uploaded to wp-content/uploads/practice-articles/',
            'practice-articles'
        ),
        'examples' => __('The example articles, for trying the plugin out', 'practice-articles'),
    );
    $themes = array(
        'auto' => __('Auto: dark when the visitor prefers it and your theme supports it', 'practice-articles'),
        'light' => __('Light', 'practice-articles'),
        'dark' => __('Dark', 'practice-articles'),
    );
    $help = __('Where every "Book with …" button goes: https://…, mailto:… or tel:….', 'practice-articles')
        . ' ' . __('Leave it empty to use each author\'s own booking link.', 'practice-articles')
        . ' ' . __(
            'With posts of this site, an author\'s own booking URL (on their profile) comes first.',
            'practice-articles'
        );
    ?>
<form method="post" action="<?php echo esc_url(admin_url('admin-post.php')); ?>">
    <input type="hidden" name="action" value="<?php echo esc_attr(SAVE_ACTION); ?>">
    <?php wp_nonce_field(SAVE_ACTION, NONCE_FIELD); ?>
    <table class="form-table" role="presentation">
        <tr>
            <th scope="row"><?php esc_html_e('Where the articles come from', 'practice-articles'); ?></th>
            <td>
                <fieldset>
                    <legend class="screen-reader-text">
                        <?php esc_html_e('Where the articles come from', 'practice-articles'); ?>
                    </legend>
                    <?php foreach ($sources as $value => $label) : ?>
                        <label>
                            <input type="radio" name="source" value="<?php echo esc_attr($value); ?>"
                                <?php checked($settings['source'], $value); ?>>
                            <?php echo esc_html($label); ?>
                        </label><br>
                    <?php endforeach; ?>
                </fieldset>
            </td>
        </tr>
        <?php render_post_rows($settings); ?>
        <tr>
            <th scope="row">
                <label for="practice-articles-booking-url">
                    <?php esc_html_e('Booking URL', 'practice-articles'); ?>
                </label>
            </th>
            <td>
                <input type="url" class="regular-text code" id="practice-articles-booking-url" name="booking_url"
                    value="<?php echo esc_attr($settings['booking_url']); ?>"
                    aria-describedby="practice-articles-booking-url-help">
                <p class="description" id="practice-articles-booking-url-help"><?php echo esc_html($help); ?></p>
            </td>
        </tr>
        <tr>
            <th scope="row"><?php esc_html_e('Theme', 'practice-articles'); ?></th>
            <td>
                <fieldset>
                    <legend class="screen-reader-text"><?php esc_html_e('Theme', 'practice-articles'); ?></legend>
                    <?php foreach ($themes as $value => $label) : ?>
                        <label>
                            <input type="radio" name="theme" value="<?php echo esc_attr($value); ?>"
                                <?php checked($settings['theme'], $value); ?>>
                            <?php echo esc_html($label); ?>
                        </label><br>
                    <?php endforeach; ?>
                </fieldset>
            </td>
        </tr>
    </table>
    <?php submit_button(); ?>
</form>
    <?php
}

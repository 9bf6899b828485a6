<?php

/**
 * Four fields on the user profile screen, for the author's card and reader: credentials,
 * booking URL, short name and a photo from the media library (never Gravatar: no request
 * to another host). A user edits their own; someone else's needs edit_users.
 *
 * @package PracticeArticles
 */

namespace PracticeArticles;

if (!defined('ABSPATH')) {
    exit;
}

const PROFILE_NONCE = 'practice_articles_profile_nonce';
const PROFILE_ACTION = 'practice_articles_profile';
const META = array(
    'credentials' => 'practice_articles_credentials',
    'booking_url' => 'practice_articles_booking_url',
    'short_name' => 'practice_articles_short_name',
    'photo' => 'practice_articles_photo',
);

/**
 * The user meta key of the photo on this site. A photo is an attachment ID, and each site
 * of a network has its own media library: the same ID is another image there. So on a
 * network the key carries the site's table prefix, as WordPress's own per-site user
 * options do; the other three fields are the person's, on every site.
 *
 * @return string
 */
function photo_key()
{
    global $wpdb;
    return is_multisite() ? $wpdb->get_blog_prefix() . META['photo'] : META['photo'];
}

/**
 * The user's photo on this site: an image of its media library, or 0. A photo chosen before
 * the key was per site (under the plain key, which every site reads) is moved first to the
 * key of the one site it belongs to (migrate_photo()).
 *
 * @param int $user_id The user.
 * @return int
 */
function photo($user_id)
{
    $key = photo_key();
    if (is_multisite() && get_user_meta($user_id, $key, true) === '') {
        migrate_photo($user_id);
    }
    return clean_photo(get_user_meta($user_id, $key, true));
}

/**
 * Moves a photo saved under the old, shared key to the per-site key of the site whose media
 * library holds it, once, and deletes the old key: the decision is made while the libraries
 * are as they were, and no site looks for it again. The site it is given to, if not this
 * one, remakes its data at its next cron run.
 *
 * @param int $user_id The user.
 */
function migrate_photo($user_id)
{
    global $wpdb;
    $old = get_user_meta($user_id, META['photo'], true);
    if ($old === '') {
        return;
    }
    $site = is_numeric($old) && (int) $old > 0 ? photo_site((int) $old, $user_id) : 0;
    if ($site) {
        // Unless a photo was chosen there since.
        add_user_meta($user_id, $wpdb->get_blog_prefix($site) . META['photo'], (int) $old, true);
    }
    delete_user_meta($user_id, META['photo']);
    if ($site && $site !== get_current_blog_id()) {
        regenerate_soon($site);
    }
}

/**
 * The site of the network whose media library an old photo's attachment ID is from, or 0
 * when that is not known. The user chose it on one site, from that site's library, and the
 * same ID may be an image on others: it is the one site where the ID is an image; where it
 * is one on several, the one site where this user uploaded it; otherwise none, since a
 * photo shown on the wrong site is another person's image.
 *
 * @param int $id      The attachment ID.
 * @param int $user_id The user.
 * @return int
 */
function photo_site($id, $user_id)
{
    global $wpdb;
    $images = array();
    $uploaded = array();
    foreach (get_sites(array('fields' => 'ids', 'number' => 0)) as $site) {
        $table = $wpdb->get_blog_prefix($site) . 'posts';
        $author = $wpdb->get_var($wpdb->prepare(
            "SELECT post_author FROM $table WHERE ID = %d AND post_type = 'attachment' AND post_mime_type LIKE %s",
            $id,
            $wpdb->esc_like('image/') . '%'
        ));
        if ($author === null) {
            continue;
        }
        $images[] = (int) $site;
        if ((int) $author === (int) $user_id) {
            $uploaded[] = (int) $site;
        }
    }
    if (count($images) === 1) {
        return $images[0];
    }
    return count($uploaded) === 1 ? $uploaded[0] : 0;
}

/**
 * One line of text, at most 100 characters.
 *
 * @param mixed $value The value to check.
 * @return string
 */
function clean_line($value)
{
    $line = is_string($value) ? sanitize_text_field($value) : '';
    return preg_replace('/^(.{0,100}).*$/us', '$1', $line);
}

/**
 * The ID of an image in the media library, or 0.
 *
 * @param mixed $value The value to check.
 * @return int
 */
function clean_photo($value)
{
    $id = is_numeric($value) ? (int) $value : 0;
    return $id > 0 && wp_attachment_is_image($id) ? $id : 0;
}

/**
 * Whether the current user may change a user's fields.
 *
 * @param bool   $allowed  Ignored.
 * @param string $meta_key Ignored.
 * @param int    $user_id  The user whose meta it is.
 * @return bool
 */
function can_edit_meta($allowed, $meta_key, $user_id)
{
    return current_user_can('edit_user', (int) $user_id);
}

/** Registers the fields as user meta, each with its sanitize callback. */
function register_profile_meta()
{
    $callbacks = array(
        'credentials' => 'PracticeArticles\clean_line',
        'booking_url' => 'PracticeArticles\clean_booking_url',
        'short_name' => 'PracticeArticles\clean_line',
        'photo' => 'PracticeArticles\clean_photo',
    );
    foreach (META as $field => $key) {
        register_meta('user', $key, array(
            'type' => $field === 'photo' ? 'integer' : 'string',
            'single' => true,
            'sanitize_callback' => $callbacks[$field],
            'auth_callback' => 'PracticeArticles\can_edit_meta',
            'show_in_rest' => false,
        ));
    }
}

/**
 * A user as an author of the collection (AuthorData), or null for no such user.
 *
 * @param int    $id      The user.
 * @param string $booking The site's default booking URL, for an author without one.
 * @return array|null
 */
function author($id, $booking)
{
    $user = get_userdata($id);
    if (!$user) {
        return null;
    }
    $name = plain_text($user->display_name);
    $name = $name !== '' ? $name : plain_text($user->user_login);
    $creds = clean_line(get_user_meta($id, META['credentials'], true));
    $short = clean_line(get_user_meta($id, META['short_name'], true));
    $url = clean_booking_url(get_user_meta($id, META['booking_url'], true));
    $url = $url !== '' ? $url : $booking;
    $author = array('name' => $name);
    if ($creds !== '') {
        $author['creds'] = $creds;
    }
    $author['short'] = $short !== '' ? $short : short_name($name);
    $author['initials'] = initials($name);
    if ($url !== '') {
        $author['url'] = $url;
    }
    $bio = (new HtmlBlocks(home_url('/')))->blocks(wpautop((string) $user->description));
    if ($bio) {
        $author['bio'] = $bio;
    }
    $photo = photo($id);
    $src = $photo && known_size($photo) ? wp_get_attachment_image_src($photo, 'thumbnail') : false;
    if ($src) {
        $author['photo'] = array('src' => esc_url_raw($src[0]), 'width' => (int) $src[1], 'height' => (int) $src[2]);
    }
    return $author;
}

/**
 * The fields, on Profile and on Edit User.
 *
 * @param \WP_User $user The user being edited.
 */
function render_profile_fields($user)
{
    if (!current_user_can('edit_user', $user->ID)) {
        return;
    }
    wp_enqueue_media();
    wp_enqueue_script(
        'practice-articles-profile',
        PRACTICE_ARTICLES_URL . 'block/profile.js',
        array('media-editor'),
        VERSION,
        true
    );
    $photo = photo($user->ID);
    $fields = array(
        'credentials' => array(
            __('Credentials', 'practice-articles'),
            __('As they follow your name, e.g. "MA, LMFT".', 'practice-articles'),
            'text',
        ),
        'booking_url' => array(
            __('Booking URL', 'practice-articles'),
            __('Where "Book with …" goes: https://…, mailto:… or tel:….', 'practice-articles'),
            'url',
        ),
        'short_name' => array(
            __('Short name', 'practice-articles'),
            __('The name the booking button uses, e.g. "Book with Sam". Empty: your first name.', 'practice-articles'),
            'text',
        ),
    );
    echo '<h2>' . esc_html__('Practice articles', 'practice-articles') . '</h2>';
    wp_nonce_field(PROFILE_ACTION, PROFILE_NONCE);
    echo '<table class="form-table" role="presentation">';
    foreach ($fields as $field => list($label, $help, $type)) {
        $id = 'practice-articles-' . str_replace('_', '-', $field);
        echo '<tr><th scope="row"><label for="' . esc_attr($id) . '">' . esc_html($label) . '</label></th><td>'
            . '<input type="' . esc_attr($type) . '" class="regular-text" id="' . esc_attr($id) . '"'
            . ' name="practice_articles_' . esc_attr($field) . '"'
            . ' value="' . esc_attr((string) get_user_meta($user->ID, META[$field], true)) . '"'
            . ' aria-describedby="' . esc_attr($id) . '-help">'
            . '<p class="description" id="' . esc_attr($id) . '-help">' . esc_html($help) . '</p></td></tr>';
    }
    echo '<tr><th scope="row"><label for="practice-articles-photo">'
        . esc_html__('Profile photo', 'practice-articles') . '</label></th><td>'
        . '<span id="practice-articles-photo-preview">'
        . ($photo ? wp_get_attachment_image($photo, 'thumbnail') : '') . '</span>'
        . '<input type="number" min="0" class="small-text" name="practice_articles_photo" id="practice-articles-photo"'
        . ' value="' . esc_attr($photo ? (string) $photo : '') . '" aria-describedby="practice-articles-photo-help"> '
        . '<button type="button" class="button" id="practice-articles-photo-choose">'
        . esc_html__('Choose from the media library', 'practice-articles') . '</button>'
        . '<p class="description" id="practice-articles-photo-help">'
        . esc_html__('An image from this site\'s media library (its ID). Not Gravatar.', 'practice-articles')
        . '</p></td></tr></table>';
}

/**
 * Saves the fields: the capability, then the nonce, then each value through its sanitize callback.
 *
 * @param int $user_id The user being saved.
 */
function save_profile_fields($user_id)
{
    if (!current_user_can('edit_user', $user_id)) {
        return;
    }
    $nonce = isset($_POST[PROFILE_NONCE]) ? sanitize_text_field(wp_unslash($_POST[PROFILE_NONCE])) : '';
    if (!wp_verify_nonce($nonce, PROFILE_ACTION)) {
        return;
    }
    foreach (META as $field => $key) {
        $name = 'practice_articles_' . $field;
        if (!isset($_POST[$name])) {
            continue;
        }
        // sanitize_meta() runs the field's registered sanitize_callback on update.
        $value = sanitize_meta($key, wp_unslash($_POST[$name]), 'user');
        $key = $field === 'photo' ? photo_key() : $key;
        if ($value === '' || $value === 0) {
            delete_user_meta($user_id, $key);
        } else {
            update_user_meta($user_id, $key, $value);
        }
    }
    schedule_regeneration();
}

/**
 * profile_update and deleted_user: this site's data is made again at the end of the
 * request; on a network, every other site the user belongs to remakes its own at its next
 * cron run, so a changed name, bio or credential (one given up, say) shows nowhere for long.
 *
 * @param int $user_id The user.
 */
function user_changed($user_id)
{
    schedule_regeneration();
    if (!is_multisite()) {
        return;
    }
    $here = get_current_blog_id();
    foreach (array_keys(get_blogs_of_user((int) $user_id)) as $site) {
        if ((int) $site === $here) {
            continue;
        }
        regenerate_soon((int) $site);
    }
}

/** Adds the profile hooks. */
function add_profile_hooks()
{
    add_action('init', 'PracticeArticles\register_profile_meta');
    add_action('show_user_profile', 'PracticeArticles\render_profile_fields');
    add_action('edit_user_profile', 'PracticeArticles\render_profile_fields');
    add_action('personal_options_update', 'PracticeArticles\save_profile_fields');
    add_action('edit_user_profile_update', 'PracticeArticles\save_profile_fields');
}

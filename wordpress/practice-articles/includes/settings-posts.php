<?php

/**
 * Settings → Practice articles, for "Posts of this site": which post type the articles are
 * (public post types only; posts by default) and whether only the posts of one category,
 * tag or other term of that type are taken (every post by default). Both are checked on
 * the way in (save_settings) and again where posts are collected (producer.php).
 *
 * @package PracticeArticles
 */

namespace PracticeArticles;

if (!defined('ABSPATH')) {
    exit;
}

/** At most this many terms per taxonomy in the "Only posts in" list. */
const MAX_FILTER_TERMS = 500;

/**
 * The post types whose items can be articles: public ones, media left out.
 *
 * @return array<string, string> Name => label.
 */
function selectable_post_types()
{
    $types = array();
    foreach (get_post_types(array('public' => true), 'objects') as $name => $type) {
        if ($name !== 'attachment') {
            $types[$name] = $type->labels->singular_name;
        }
    }
    return $types;
}

/**
 * A post type the articles may come from, or '' when it is not one.
 *
 * @param mixed $value The value to check.
 * @return string
 */
function clean_post_type($value)
{
    return is_string($value) && isset(selectable_post_types()[$value]) ? $value : '';
}

/**
 * The taxonomies whose terms are a post type's topics: public ones with a screen
 * (categories and tags for posts; not post formats).
 *
 * @param string $post_type A post type.
 * @return string[]
 */
function topic_taxonomies($post_type)
{
    $names = array();
    foreach (get_object_taxonomies($post_type, 'objects') as $name => $taxonomy) {
        if ($taxonomy->public && $taxonomy->show_ui) {
            $names[] = $name;
        }
    }
    return $names;
}

/**
 * "taxonomy:term-slug" split in two, or null for '' (every post) and anything malformed.
 *
 * @param string $filter The saved filter.
 * @return array{0: string, 1: string}|null
 */
function split_filter($filter)
{
    $parts = explode(':', (string) $filter, 2);
    return count($parts) === 2 && $parts[0] !== '' && $parts[1] !== '' ? $parts : null;
}

/**
 * A filter for the post type: '' for every post, "taxonomy:term-slug" for a term that
 * exists in one of its topic taxonomies, or null when it is neither.
 *
 * @param mixed  $value     The value to check.
 * @param string $post_type The chosen post type.
 * @return string|null
 */
function clean_filter($value, $post_type)
{
    if ($value === '' || $value === null) {
        return '';
    }
    $parts = is_string($value) ? split_filter($value) : null;
    if (!$parts || !in_array($parts[0], topic_taxonomies($post_type), true)) {
        return null;
    }
    $term = get_term_by('slug', $parts[1], $parts[0]);
    return $term ? $parts[0] . ':' . $term->slug : null;
}

/**
 * The WP_Query arguments that take only the filter's posts, or null when the saved filter
 * no longer fits the post type (then no post is taken, rather than some other set).
 *
 * @param string $post_type The post type.
 * @param string $filter    The saved filter.
 * @return array|null
 */
function filter_query($post_type, $filter)
{
    if ($filter === '') {
        return array();
    }
    $parts = split_filter($filter);
    if (!$parts || !in_array($parts[0], topic_taxonomies($post_type), true)) {
        return null;
    }
    return array('tax_query' => array(array(
        'taxonomy' => $parts[0],
        'field' => 'slug',
        'terms' => array($parts[1]),
        'include_children' => true,
    )));
}

/**
 * The choices for "Only posts in": each topic taxonomy of each selectable post type,
 * with its terms that have posts.
 *
 * @return array<string, array<string, string>> Group label => (value => term name).
 */
function filter_choices()
{
    $groups = array();
    foreach (selectable_post_types() as $type => $type_label) {
        foreach (topic_taxonomies($type) as $name) {
            $terms = get_terms(array('taxonomy' => $name, 'hide_empty' => true, 'number' => MAX_FILTER_TERMS));
            if (is_wp_error($terms) || !$terms) {
                continue;
            }
            /* translators: 1: a taxonomy, e.g. "Categories"; 2: a post type, e.g. "Post" */
            $group = sprintf(__('%1$s (%2$s)', 'practice-articles'), get_taxonomy($name)->labels->name, $type_label);
            foreach ($terms as $term) {
                $groups[$group][$name . ':' . $term->slug] = $term->name;
            }
        }
    }
    return $groups;
}

/**
 * Option elements, escaped, with the current value selected.
 *
 * @param array<string, string> $choices Value => label.
 * @param string                $current The saved value.
 * @return string
 */
function option_tags($choices, $current)
{
    $html = '';
    foreach ($choices as $value => $label) {
        $html .= '<option value="' . esc_attr($value) . '"' . selected($current, (string) $value, false) . '>'
            . esc_html($label) . '</option>';
    }
    return $html;
}

/**
 * One row of the form: a labelled select and its description, all escaped.
 *
 * @param string $name        The field's name.
 * @param string $label       Its label.
 * @param string $options     Its option tags, escaped (option_tags).
 * @param string $description What it does.
 */
function select_row($name, $label, $options, $description)
{
    $id = 'practice-articles-' . str_replace('_', '-', $name);
    echo '<tr><th scope="row"><label for="' . esc_attr($id) . '">' . esc_html($label) . '</label></th><td>'
        . '<select id="' . esc_attr($id) . '" name="' . esc_attr($name) . '">' . $options . '</select>'
        . '<p class="description">' . esc_html($description) . '</p></td></tr>';
}

/**
 * The form's rows for the post type and the filter.
 *
 * @param array{post_type: string, filter: string} $settings The saved settings.
 */
function render_post_rows($settings)
{
    select_row(
        'post_type',
        __('Post type', 'practice-articles'),
        option_tags(selectable_post_types(), $settings['post_type']),
        __('With posts of this site, its published, public items are the articles.', 'practice-articles')
    );
    $filters = option_tags(array('' => __('Every category', 'practice-articles')), $settings['filter']);
    foreach (filter_choices() as $group => $choices) {
        $filters .= '<optgroup label="' . esc_attr($group) . '">' . option_tags($choices, $settings['filter'])
            . '</optgroup>';
    }
    select_row(
        'filter',
        __('Only posts in', 'practice-articles'),
        $filters,
        __('A category, tag or other term of the post type above, with its subcategories.', 'practice-articles')
    );
}

/**
 * edit_terms, before a term is saved: remembers it if it is the one "Only posts in" names,
 * since the setting names it by its slug.
 *
 * @param int    $term_id  The term.
 * @param string $taxonomy Its taxonomy.
 */
function term_editing($term_id, $taxonomy)
{
    $parts = split_filter(settings()['filter']);
    $term = $parts && $parts[0] === $taxonomy ? get_term((int) $term_id, $taxonomy) : null;
    $GLOBALS['practice_articles_filter_term'] = $term instanceof \WP_Term && $term->slug === $parts[1]
        ? (int) $term_id
        : 0;
}

/**
 * edited_term: when the term "Only posts in" names has a new slug, the setting follows it,
 * rather than name a term that is gone and leave every widget empty.
 *
 * @param int    $term_id  The term.
 * @param int    $tt_id    Its term taxonomy ID (unused).
 * @param string $taxonomy Its taxonomy.
 */
function term_edited($term_id, $tt_id, $taxonomy)
{
    $remembered = isset($GLOBALS['practice_articles_filter_term']) ? $GLOBALS['practice_articles_filter_term'] : 0;
    if (!$remembered || $remembered !== (int) $term_id) {
        return;
    }
    $GLOBALS['practice_articles_filter_term'] = 0;
    $term = get_term((int) $term_id, $taxonomy);
    $saved = get_option(OPTION, array());
    if ($term instanceof \WP_Term && is_array($saved)) {
        // update_option_practice_articles_settings remakes the articles.
        update_option(OPTION, array('filter' => $taxonomy . ':' . $term->slug) + $saved);
    }
}

<?php

/**
 * A post's rendered content (after blocks and shortcodes) as the widget's blocks:
 * paragraphs, headings, lists, quotes, emphasis, code and links. Parsed with libxml's
 * HTML parser, so entities are decoded exactly once. What the reader can't show
 * (embeds, galleries, tables, forms, media) is left out, and the article is marked
 * partial, so the reader says so and links to the post.
 *
 * @package PracticeArticles
 */

namespace PracticeArticles;

if (!defined('ABSPATH')) {
    exit;
}

/** Elements whose content the reader can't show: dropped, and the article is partial. */
const UNSHOWABLE = array(
    'table', 'form', 'iframe', 'video', 'audio', 'object', 'embed', 'canvas', 'svg', 'math',
    'input', 'select', 'textarea', 'button', 'picture', 'map', 'dialog', 'details',
);
/** Elements that are never the author's words: dropped quietly. */
const IGNORED = array('script', 'style', 'noscript', 'template', 'hr', 'br', 'link', 'meta');
/** Classes of WordPress blocks the reader can't show. */
const UNSHOWABLE_CLASSES = '/(?:^|\s)wp-block-(?:embed|gallery|table|video|audio|file|media-text|search|calendar'
    . '|rss|latest-comments|archives)(?:\s|$)/';
const INLINE_TAGS = array(
    'a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'code', 'data', 'del', 'dfn', 'em', 'i', 'ins', 'kbd', 'mark',
    'q', 's', 'samp', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var', 'wbr', 'img', 'br', 'label',
);
const LINK_SCHEMES = array('https', 'http', 'mailto', 'tel');
/** Lists and quotes nested deeper than this are flattened, never a deep recursion. */
const MAX_DEPTH = 20;

/** Turns rendered HTML into blocks; remembers whether anything was left out. */
final class HtmlBlocks
{
    use HtmlInlines;

    /**
     * Something the reader can't show was left out.
     *
     * @var bool
     */
    public $partial = false;

    /**
     * The site's origin, for links written as "/path".
     *
     * @var string
     */
    private $origin;

    /**
     * Makes a converter for the site at $home.
     *
     * @param string $home The site's home URL.
     */
    public function __construct($home)
    {
        $parts = wp_parse_url($home);
        $this->origin = $parts['scheme'] . '://' . $parts['host'] . (isset($parts['port']) ? ':' . $parts['port'] : '');
    }

    /**
     * The blocks of an HTML fragment.
     *
     * @param string $html Rendered post content or bio.
     * @return array
     */
    public function blocks($html)
    {
        if (trim($html) === '') {
            return array();
        }
        $doc = new \DOMDocument();
        $previous = libxml_use_internal_errors(true);
        $doc->loadHTML(
            '<!DOCTYPE html><html><head><meta charset="utf-8"></head><body>' . $html . '</body></html>',
            LIBXML_NONET | LIBXML_COMPACT | LIBXML_NOERROR | LIBXML_NOWARNING
        );
        libxml_clear_errors();
        libxml_use_internal_errors($previous);
        $body = $doc->getElementsByTagName('body')->item(0);
        return $body ? $this->childrenBlocks($body, 0) : array();
    }

    /**
     * The blocks of an element's children; loose inline content becomes paragraphs.
     *
     * @param \DOMNode $parent The container.
     * @param int      $depth  Nesting of lists and quotes so far.
     * @return array
     */
    private function childrenBlocks($parent, $depth)
    {
        $blocks = array();
        $run = array();
        foreach ($parent->childNodes as $node) {
            if ($this->isInline($node)) {
                $run[] = $node;
                continue;
            }
            $this->flush($run, $blocks);
            $run = array();
            foreach ($this->block($node, $depth) as $block) {
                $blocks[] = $block;
            }
        }
        $this->flush($run, $blocks);
        return $blocks;
    }

    /**
     * Whether a node is text or an inline element.
     *
     * @param \DOMNode $node A child node.
     * @return bool
     */
    private function isInline($node)
    {
        return $node instanceof \DOMText
            || ($node instanceof \DOMElement && in_array(strtolower($node->nodeName), INLINE_TAGS, true));
    }

    /**
     * Adds the paragraph that a run of inline nodes makes, if it holds any text.
     *
     * @param \DOMNode[] $run    Inline nodes.
     * @param array      $blocks Where the paragraph goes.
     */
    private function flush($run, &$blocks)
    {
        if ($run) {
            $paragraph = $this->paragraph($this->inlines($run));
            if ($paragraph !== null) {
                $blocks[] = $paragraph;
            }
        }
    }

    /**
     * A block element as zero or more blocks.
     *
     * @param \DOMNode $node  The element.
     * @param int      $depth Nesting of lists and quotes so far.
     * @return array
     */
    private function block($node, $depth)
    {
        if (!$node instanceof \DOMElement) {
            return array();
        }
        $tag = strtolower($node->nodeName);
        if (in_array($tag, IGNORED, true)) {
            return array();
        }
        if (in_array($tag, UNSHOWABLE, true) || preg_match(UNSHOWABLE_CLASSES, $node->getAttribute('class'))) {
            $this->partial = true;
            return array();
        }
        if (in_array($tag, array('p', 'pre', 'address', 'figcaption', 'dt', 'dd'), true)) {
            $inlines = $this->inlines(iterator_to_array($node->childNodes));
            if ($tag === 'pre' && $inlines) {
                $inlines = array(array('code', $inlines));
            }
            $paragraph = $this->paragraph($inlines);
            return $paragraph === null ? array() : array($paragraph);
        }
        if (preg_match('/^h([1-6])$/', $tag, $m)) {
            $inlines = $this->trim($this->inlines(iterator_to_array($node->childNodes)));
            return $inlines ? array(array('h', max(1, min(5, (int) $m[1] - 1)), $inlines)) : array();
        }
        if ($tag === 'ul' || $tag === 'ol') {
            $items = $this->items($node, $depth);
            return $items ? array(array($tag, $items)) : array();
        }
        if ($tag === 'blockquote') {
            if ($depth >= MAX_DEPTH) {
                return $this->childrenBlocks($node, $depth);
            }
            $inner = $this->childrenBlocks($node, $depth + 1);
            return $inner ? array(array('q', $inner)) : array();
        }
        // Containers (groups, columns, figures of text): their content counts.
        return $this->childrenBlocks($node, $depth);
    }

    /**
     * A list's items, each as inlines; a nested list's items follow its parent item.
     *
     * @param \DOMElement $list  A ul or ol.
     * @param int         $depth Nesting so far.
     * @return array
     */
    private function items($list, $depth)
    {
        $items = array();
        foreach ($list->childNodes as $li) {
            if (!$li instanceof \DOMElement || strtolower($li->nodeName) !== 'li') {
                continue;
            }
            $own = array();
            $nested = array();
            foreach ($li->childNodes as $child) {
                $name = $child instanceof \DOMElement ? strtolower($child->nodeName) : '';
                if (($name === 'ul' || $name === 'ol') && $depth < MAX_DEPTH) {
                    $nested = array_merge($nested, $this->items($child, $depth + 1));
                } elseif ($name === 'p' || $this->isInline($child)) {
                    $own[] = $name === 'p' ? iterator_to_array($child->childNodes) : array($child);
                } else {
                    $this->block($child, $depth); // only to notice what is left out
                }
            }
            $inlines = $this->trim($this->inlines(array_merge(array(), ...$own)));
            if ($inlines) {
                $items[] = $inlines;
            }
            $items = array_merge($items, $nested);
        }
        return $items;
    }

    /**
     * A paragraph: a plain string when it has no markup, like the command's.
     *
     * @param array $inlines Its content.
     * @return string|array|null null when it holds no text.
     */
    private function paragraph($inlines)
    {
        $inlines = $this->trim($inlines);
        if (!$inlines) {
            return null;
        }
        return count($inlines) === 1 && is_string($inlines[0]) ? $inlines[0] : array('p', $inlines);
    }

    /**
     * Inlines without leading or trailing whitespace, and without empty strings.
     *
     * @param array $inlines Inline values.
     * @return array
     */
    private function trim($inlines)
    {
        if ($inlines && is_string($inlines[0])) {
            $inlines[0] = ltrim($inlines[0]);
        }
        $last = count($inlines) - 1;
        if ($last >= 0 && is_string($inlines[$last])) {
            $inlines[$last] = rtrim($inlines[$last]);
        }
        return array_values(array_filter($inlines, function ($i) {
            return $i !== '';
        }));
    }
}

<?php

/**
 * Inline content for HtmlBlocks (html-blocks.php): text with collapsed whitespace,
 * emphasis, strong, code, and links the widget accepts; images and widgets inside a
 * paragraph are left out, and mark the article partial when they carried content.
 *
 * @package PracticeArticles
 */

namespace PracticeArticles;

if (!defined('ABSPATH')) {
    exit;
}

/** The inline half of HtmlBlocks. */
trait HtmlInlines
{
    /**
     * Inline nodes as Inline values: whitespace collapsed, neighbouring text merged.
     *
     * @param \DOMNode[] $nodes Nodes.
     * @param int        $depth Nesting of inline elements so far.
     * @return array
     */
    private function inlines($nodes, $depth = 0)
    {
        $out = array();
        foreach ($nodes as $node) {
            foreach ($this->inline($node, $depth) as $piece) {
                $last = count($out) - 1;
                if (is_string($piece) && $last >= 0 && is_string($out[$last])) {
                    $out[$last] = preg_replace('/\s+/u', ' ', $out[$last] . $piece);
                } else {
                    $out[] = $piece;
                }
            }
        }
        return $out;
    }

    /**
     * One inline node.
     *
     * @param \DOMNode $node  Text or an element.
     * @param int      $depth Nesting so far.
     * @return array
     */
    private function inline($node, $depth)
    {
        if ($node instanceof \DOMText) {
            $text = preg_replace('/\s+/u', ' ', $node->nodeValue);
            return $text === '' ? array() : array($text);
        }
        if (!$node instanceof \DOMElement) {
            return array();
        }
        $tag = strtolower($node->nodeName);
        if ($tag === 'br' || $tag === 'wbr') {
            return $tag === 'br' ? array(' ') : array();
        }
        if ($tag === 'img') {
            if (trim($node->getAttribute('alt')) !== '') {
                $this->partial = true;
            }
            return array();
        }
        if (in_array($tag, IGNORED, true)) {
            return array();
        }
        if (in_array($tag, UNSHOWABLE, true)) {
            $this->partial = true;
            return array();
        }
        $kids = $depth < MAX_DEPTH
            ? $this->inlines(iterator_to_array($node->childNodes), $depth + 1)
            : array($node->textContent);
        if (!$kids) {
            return array();
        }
        if ($tag === 'em' || $tag === 'i') {
            return array(array('em', $kids));
        }
        if ($tag === 'strong' || $tag === 'b') {
            return array(array('strong', $kids));
        }
        if ($tag === 'code' || $tag === 'kbd' || $tag === 'samp') {
            return array(array('code', $kids));
        }
        if ($tag === 'a') {
            $url = $this->link($node->getAttribute('href'));
            return $url === '' ? $kids : array(array('a', $url, $kids));
        }
        return $kids;
    }

    /**
     * A link target the widget accepts (absolute https, http, mailto, tel), or ''.
     *
     * @param string $href The href as written.
     * @return string
     */
    private function link($href)
    {
        $href = trim($href);
        if (strpos($href, '/') === 0 && strpos($href, '//') !== 0) {
            $href = $this->origin . $href;
        }
        $scheme = strtolower((string) wp_parse_url($href, PHP_URL_SCHEME));
        if (!in_array($scheme, LINK_SCHEMES, true) || preg_match('/[\x00-\x20]/', $href)) {
            return '';
        }
        return esc_url_raw($href, LINK_SCHEMES);
    }
}

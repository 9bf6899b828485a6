<?php

/**
 * Router for PHP's built-in server (php -S 127.0.0.1:PORT -t SITE router.php).
 *
 * Static files are served as they are; PHP files run as WordPress's own entry points; any
 * other path goes to index.php. On a network, a site's subfolder leads to the same
 * files. ABSPATH is the site folder, whose wp-config.php belongs
 * to this throwaway site, while its wp-admin/ and wp-includes/ link to the packaged
 * WordPress (PHP resolves links, so WordPress would otherwise look beside the originals).
 *
 * @package PracticeArticles
 */

$root = rtrim($_SERVER['DOCUMENT_ROOT'], '/');
define('ABSPATH', $root . '/');

$path = rawurldecode((string) strtok($_SERVER['REQUEST_URI'], '?'));
if (strpos($path, '..') !== false || strpos($path, "\0") !== false) {
    http_response_code(400);
    return true;
}
$file = $root . $path;
// A network's sites in subfolders (/site2/wp-admin/…, /site2/wp-login.php): WordPress's
// own files, as the rewrite rules WordPress gives for a subdirectory network say.
$shared = '#^/[_0-9a-zA-Z-]+(/wp-(?:content|admin|includes)(?:/.*)?|/[^/]+\.php)$#';
$asked = $path;
if (!file_exists($file) && preg_match($shared, $path, $match) && file_exists($root . $match[1])) {
    $path = $match[1];
    $file = $root . $path;
}
if (is_dir($file)) {
    if (substr($path, -1) !== '/') {
        $query = empty($_SERVER['QUERY_STRING']) ? '' : '?' . $_SERVER['QUERY_STRING'];
        http_response_code(301);
        // phpcs:ignore Generic.PHP.ForbiddenFunctions.Found -- WordPress is not loaded here.
        header('Location: ' . $asked . '/' . $query);
        return true;
    }
    $path .= 'index.php';
    $file .= 'index.php';
}
if (is_file($file) && substr($file, -4) !== '.php') {
    if ($path === $asked) {
        return false; // the server sends it
    }
    // A shared file asked for under a site's subfolder: the server would look for the path as asked.
    $types = array(
        'js' => 'text/javascript', 'css' => 'text/css', 'json' => 'application/json', 'svg' => 'image/svg+xml',
        'png' => 'image/png', 'jpg' => 'image/jpeg', 'jpeg' => 'image/jpeg', 'gif' => 'image/gif',
        'webp' => 'image/webp', 'woff2' => 'font/woff2', 'woff' => 'font/woff', 'ttf' => 'font/ttf',
    );
    $extension = strtolower(pathinfo($file, PATHINFO_EXTENSION));
    // phpcs:ignore Generic.PHP.ForbiddenFunctions.Found -- WordPress is not loaded here.
    header('Content-Type: ' . (isset($types[$extension]) ? $types[$extension] : 'application/octet-stream'));
    readfile($file);
    return true;
}
if (!is_file($file)) {
    $path = '/index.php';
    $file = $root . $path;
}
$_SERVER['SCRIPT_NAME'] = $path;
$_SERVER['PHP_SELF'] = $path;
$_SERVER['SCRIPT_FILENAME'] = $file;
chdir(dirname($file));
require $file;

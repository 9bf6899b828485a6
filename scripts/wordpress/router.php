<?php

/**
 * Router for PHP's built-in server (php -S 127.0.0.1:PORT -t SITE router.php).
 *
 * Static files are served as they are; PHP files run as WordPress's own entry points; any
 * other path goes to index.php. ABSPATH is the site folder, whose wp-config.php belongs
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
if (is_dir($file)) {
    if (substr($path, -1) !== '/') {
        $query = empty($_SERVER['QUERY_STRING']) ? '' : '?' . $_SERVER['QUERY_STRING'];
        http_response_code(301);
        // phpcs:ignore Generic.PHP.ForbiddenFunctions.Found -- WordPress is not loaded here.
        header('Location: ' . $path . '/' . $query);
        return true;
    }
    $path .= 'index.php';
    $file .= 'index.php';
}
if (is_file($file) && substr($file, -4) !== '.php') {
    return false;
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

// Adds the host stylesheet named in ?css= before the widget loads.
const sheets = {
  bootstrap: '/node_modules/bootstrap/dist/css/bootstrap.min.css',
  tailwind: '/node_modules/tailwindcss/preflight.css',
  aggressive: '/test/pages/aggressive.css',
  large: '/test/pages/large.css',
};
const link = document.createElement('link');
link.rel = 'stylesheet';
link.href = sheets[new URLSearchParams(location.search).get('css')];
document.head.append(link);

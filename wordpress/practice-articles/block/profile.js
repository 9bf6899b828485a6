/*
 * The profile photo field: "Choose from the media library" opens WordPress's media
 * frame and puts the chosen image's ID into the field. Without JavaScript, the ID can
 * be typed.
 */
(function (wp) {
  'use strict';
  var button = document.getElementById('practice-articles-photo-choose');
  var field = document.getElementById('practice-articles-photo');
  var preview = document.getElementById('practice-articles-photo-preview');
  if (!button || !field || !wp || !wp.media) return;
  var frame;
  button.addEventListener('click', function () {
    frame = frame || wp.media({ title: button.textContent, library: { type: 'image' }, multiple: false });
    frame.off('select').on('select', function () {
      var image = frame.state().get('selection').first().toJSON();
      field.value = String(image.id);
      var sizes = image.sizes || {};
      var chosen = sizes.thumbnail || sizes.full;
      preview.textContent = '';
      if (chosen) {
        var img = document.createElement('img');
        img.src = chosen.url;
        img.width = chosen.width;
        img.height = chosen.height;
        img.alt = '';
        preview.appendChild(img);
      }
    });
    frame.open();
  });
})(window.wp);

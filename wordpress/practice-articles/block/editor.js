/*
 * The "Practice articles" block in the editor. Plain script, no build step: it uses the
 * wp.* globals that WordPress loads as this script's dependencies.
 *
 * The editor shows the real widget as the preview. The post saves no markup (save returns
 * null); the server renders the block, so kses cannot strip it for Authors.
 */
(function (wp, data) {
  'use strict';

  var el = wp.element.createElement;
  var useEffect = wp.element.useEffect;
  var useRef = wp.element.useRef;
  var __ = wp.i18n.__;
  var sprintf = wp.i18n.sprintf;
  var be = wp.blockEditor;
  var c = wp.components;

  var articles = data.articles || [];
  var topics = data.topics || [];
  var defaults = data.defaults || {};
  var fromPosts = data.source === 'posts';
  var BOOKING = /^(https?:\/\/[^\s]+|mailto:[^\s]+|tel:[^\s]+)$/i;

  function titleOf(slug) {
    for (var i = 0; i < articles.length; i++) {
      if (articles[i].slug === slug) return articles[i].title;
    }
    /* translators: %s: an article slug that the current bundle does not have */
    return sprintf(__('%s (not in your articles)', 'practice-articles'), slug);
  }

  function optionLabel(article) {
    /* translators: %s: article title. A title-only entry has no text to read, only a card. */
    return article.hasText ? article.title : sprintf(__('%s (title only)', 'practice-articles'), article.title);
  }

  /*
   * Loads the widget into the document that shows the block. The post editor of
   * WordPress 6.1 is that page itself; the site editor (and later post editors) draw
   * blocks in an iframe, which has its own custom element registry.
   */
  function loadWidget(doc) {
    if (!doc || !doc.defaultView || doc.defaultView.customElements.get('practice-articles')) return;
    if (doc.querySelector('script[data-practice-articles]')) return;
    var script = doc.createElement('script');
    script.src = data.script;
    script.setAttribute('data-practice-articles', '');
    doc.head.appendChild(script);
  }

  function ArticlePicker(props) {
    var chosen = props.value;
    var move = function (from, to) {
      var next = chosen.slice();
      next.splice(to, 0, next.splice(from, 1)[0]);
      props.onChange(next);
    };
    var remaining = articles.filter(function (a) {
      return chosen.indexOf(a.slug) === -1;
    });
    return el(
      'div',
      { className: 'practice-articles-picker' },
      chosen.length
        ? el(
            'ol',
            { style: { paddingInlineStart: '1.5em', margin: '0 0 1em' } },
            chosen.map(function (slug, i) {
              var title = titleOf(slug);
              return el(
                'li',
                { key: slug, style: { marginBottom: '0.5em' } },
                el('span', null, title),
                el(
                  'span',
                  { style: { display: 'flex', gap: '4px', marginTop: '2px' } },
                  el(c.Button, {
                    icon: 'arrow-up-alt2',
                    isSmall: true,
                    disabled: i === 0,
                    /* translators: %s: article title */
                    label: sprintf(__('Move “%s” up', 'practice-articles'), title),
                    onClick: function () {
                      move(i, i - 1);
                    },
                  }),
                  el(c.Button, {
                    icon: 'arrow-down-alt2',
                    isSmall: true,
                    disabled: i === chosen.length - 1,
                    /* translators: %s: article title */
                    label: sprintf(__('Move “%s” down', 'practice-articles'), title),
                    onClick: function () {
                      move(i, i + 1);
                    },
                  }),
                  el(c.Button, {
                    icon: 'no-alt',
                    isSmall: true,
                    /* translators: %s: article title */
                    label: sprintf(__('Remove “%s”', 'practice-articles'), title),
                    onClick: function () {
                      props.onChange(chosen.filter(function (s) {
                        return s !== slug;
                      }));
                    },
                  })
                )
              );
            })
          )
        : el('p', null, sprintf(
            /* translators: %d: number of articles */
            __('All %d articles, in their own order. Add articles below to pick some and set their order.', 'practice-articles'),
            articles.length
          )),
      remaining.length
        ? el(c.SelectControl, {
            label: __('Add an article', 'practice-articles'),
            value: '',
            options: [{ label: __('Choose an article…', 'practice-articles'), value: '' }].concat(
              remaining.map(function (a) {
                return { label: optionLabel(a), value: a.slug };
              })
            ),
            onChange: function (slug) {
              if (slug) props.onChange(chosen.concat([slug]));
            },
          })
        : null,
      chosen.length
        ? el(c.Button, {
            variant: 'link',
            onClick: function () {
              props.onChange([]);
            },
          }, __('Show all articles', 'practice-articles'))
        : null
    );
  }

  function ArticleSelect(props) {
    return el(c.SelectControl, {
      label: __('Article', 'practice-articles'),
      value: props.value,
      options: [{ label: __('Choose an article…', 'practice-articles'), value: '' }].concat(
        articles.map(function (a) {
          return { label: optionLabel(a), value: a.slug };
        })
      ),
      onChange: props.onChange,
    });
  }

  function themeName(theme) {
    return { auto: __('Auto', 'practice-articles'), light: __('Light', 'practice-articles'), dark: __('Dark', 'practice-articles') }[theme] || theme;
  }

  function Sidebar(props) {
    var a = props.attributes;
    var set = props.setAttributes;
    var card = a.variant === 'card';
    var url = (a.bookingUrl || '').trim();
    return el(
      be.InspectorControls,
      null,
      el(
        c.PanelBody,
        { title: card ? __('Article', 'practice-articles') : __('Articles', 'practice-articles') },
        el(c.RadioControl, {
          label: __('Show', 'practice-articles'),
          selected: card ? 'card' : 'carousel',
          options: [
            { label: __('A carousel of articles', 'practice-articles'), value: 'carousel' },
            { label: __('One article card', 'practice-articles'), value: 'card' },
          ],
          onChange: function (variant) {
            set({ variant: variant });
          },
        }),
        card
          ? el(ArticleSelect, { value: a.article, onChange: function (slug) { set({ article: slug }); } })
          : el(ArticlePicker, { value: a.articles || [], onChange: function (list) { set({ articles: list }); } }),
        card ? null : el(c.SelectControl, {
          label: __('Topic', 'practice-articles'),
          help: __('Only the posts in this category or with this tag.', 'practice-articles'),
          value: a.topic || '',
          options: [{ label: __('Every topic', 'practice-articles'), value: '' }].concat(
            topics.map(function (t) {
              return { label: t[1], value: t[0] };
            })
          ),
          onChange: function (topic) {
            set({ topic: topic });
          },
        }),
        card ? null : el(c.RangeControl, {
          label: __('At most this many articles', 'practice-articles'),
          help: __('0 shows them all.', 'practice-articles'),
          value: a.limit || 0,
          min: 0,
          max: 100,
          onChange: function (limit) {
            set({ limit: limit || 0 });
          },
        })
      ),
      el(
        c.PanelBody,
        { title: __('Booking and look', 'practice-articles') },
        el(c.TextControl, {
          label: __('Booking URL', 'practice-articles'),
          type: 'url',
          value: a.bookingUrl,
          onChange: function (value) {
            set({ bookingUrl: value });
          },
          help: defaults.bookingUrl
            /* translators: %s: the site's default booking URL */
            ? sprintf(__('Leave empty to use the site default: %s', 'practice-articles'), defaults.bookingUrl)
            : __('Leave empty to use each author\'s own booking link. A site default can be set in Settings → Practice articles.', 'practice-articles'),
        }),
        url && !BOOKING.test(url)
          ? el(c.Notice, { status: 'warning', isDismissible: false },
              __('This link will not be used: it must start with https://, http://, mailto: or tel:.', 'practice-articles'))
          : null,
        el(c.SelectControl, {
          label: __('Theme', 'practice-articles'),
          value: a.theme,
          options: [
            /* translators: %s: the site's default theme (Auto, Light or Dark) */
            { label: sprintf(__('Site default (%s)', 'practice-articles'), themeName(defaults.theme || 'auto')), value: '' },
            { label: __('Auto (follows the visitor when your theme supports dark)', 'practice-articles'), value: 'auto' },
            { label: __('Light', 'practice-articles'), value: 'light' },
            { label: __('Dark', 'practice-articles'), value: 'dark' },
          ],
          onChange: function (value) {
            set({ theme: value });
          },
        }),
        el(c.SelectControl, {
          label: __('Heading level of article titles', 'practice-articles'),
          help: __('Under the page title (H1), use H2; under an H2 section, use H3.', 'practice-articles'),
          value: String(a.headingLevel || 2),
          options: [1, 2, 3, 4, 5, 6].map(function (n) {
            /* translators: %d: heading level */
            return { label: sprintf(__('Heading %d', 'practice-articles'), n), value: String(n) };
          }),
          onChange: function (value) {
            set({ headingLevel: parseInt(value, 10) });
          },
        })
      )
    );
  }

  /* The posts a carousel shows, as the server picks them (embed.php select_articles). */
  function selected(a) {
    var chosen = a.articles || [];
    if (!chosen.length && !a.topic && !a.limit) return undefined;
    var list = chosen.length
      ? chosen.map(function (slug) {
          return articles.filter(function (x) { return x.slug === slug; })[0];
        }).filter(Boolean)
      : articles;
    if (a.topic) {
      list = list.filter(function (x) {
        return (x.topics || []).indexOf(a.topic) !== -1;
      });
    }
    if (a.limit) list = list.slice(0, a.limit);
    return list.map(function (x) { return x.slug; }).join(' ');
  }

  /* The widget's attributes, as the server will render them. */
  function widgetAttributes(a) {
    var url = (a.bookingUrl || '').trim();
    // For posts, the site default is in each author's data, after their own link.
    var booking = BOOKING.test(url) ? url : fromPosts ? undefined : defaults.bookingUrl;
    var theme = a.theme || defaults.theme;
    var attrs = {
      'booking-url': booking || undefined,
      theme: theme && theme !== 'auto' ? theme : undefined,
      'heading-level': a.headingLevel && a.headingLevel !== 2 ? String(a.headingLevel) : undefined,
    };
    if (a.variant === 'card') attrs.article = a.article;
    else if (fromPosts) attrs.articles = selected(a);
    else {
      attrs.articles = (a.articles || []).length ? a.articles.join(' ') : undefined;
      attrs.topic = a.topic || undefined;
      attrs.limit = a.limit ? String(a.limit) : undefined;
    }
    return attrs;
  }

  function Preview(props) {
    var ref = useRef(null);
    useEffect(function () {
      loadWidget(ref.current && ref.current.ownerDocument);
    }, []);
    var tag = props.attributes.variant === 'card' ? 'practice-article-card' : 'practice-articles';
    return el(tag, Object.assign({ ref: ref }, widgetAttributes(props.attributes)));
  }

  function Edit(props) {
    var a = props.attributes;
    var blockProps = be.useBlockProps();
    var content = a.variant === 'card' && !a.article
      ? el(
          c.Placeholder,
          {
            icon: 'id-alt',
            label: __('Practice article card', 'practice-articles'),
            instructions: __('Choose the article to show.', 'practice-articles'),
          },
          el(ArticleSelect, { value: '', onChange: function (slug) { props.setAttributes({ article: slug }); } })
        )
      : el(Preview, { attributes: a });
    return el('div', blockProps, el(Sidebar, props), content);
  }

  wp.blocks.registerBlockType('practice-articles/articles', {
    edit: Edit,
    save: function () {
      return null;
    },
    variations: [
      {
        name: 'carousel',
        title: __('Practice articles', 'practice-articles'),
        description: __('A carousel of your articles, each card with its author and a booking button.', 'practice-articles'),
        icon: 'slides',
        attributes: { variant: 'carousel' },
        isDefault: true,
        scope: ['inserter', 'transform'],
        isActive: function (a) {
          return a.variant !== 'card';
        },
      },
      {
        name: 'card',
        title: __('Practice article card', 'practice-articles'),
        description: __('One article as a card, with its author and a booking button.', 'practice-articles'),
        icon: 'id-alt',
        attributes: { variant: 'card' },
        scope: ['inserter', 'transform'],
        isActive: function (a) {
          return a.variant === 'card';
        },
      },
    ],
  });
})(window.wp, window.practiceArticlesEditor || {});

// The host configures the elements with properties, then loads the widget late, as an async script would.
const carousel = document.querySelector('practice-articles');
carousel.bookingUrl = 'https://clinic.example/late';
carousel.headingLevel = 3;
document.querySelector('practice-article-card').bookingUrl = 'tel:+15555550100';
setTimeout(() => {
  const s = document.createElement('script');
  s.async = true;
  s.src = '/dist/practice-articles.js';
  document.head.append(s);
}, 50);

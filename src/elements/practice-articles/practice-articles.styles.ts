import { css } from '../../internal/css.js';

export default css`
  .track {
    display: flex;
    gap: 1em;
    overflow-x: auto;
    scroll-snap-type: x mandatory;
    overscroll-behavior-x: contain;
    scrollbar-width: none; /* every engine since Safari 18.2: no ::-webkit-scrollbar rule needed */
  }
  /* The widget's only motion, unless the visitor asked for less. */
  @media (prefers-reduced-motion: no-preference) {
    .track {
      scroll-behavior: smooth;
    }
  }
  .slide {
    flex: 1 0 100%;
    scroll-snap-align: start;
    border-radius: var(--_r);
  }
  /* Inset, so the scroll container does not clip it. */
  .slide:focus-visible {
    outline-offset: -3px;
  }
  @container (min-width: 36em) {
    .slide {
      flex-basis: calc(50% - 0.5em);
    }
  }
  @container (min-width: 56em) {
    .slide {
      flex-basis: calc((100% - 2em) / 3);
    }
  }
  .nav {
    display: flex;
    flex-flow: wrap;
    align-items: center;
    justify-content: center;
    gap: 1em;
    margin-top: 1em;
  }
  .nav p {
    padding: 0 0.75em;
    border-radius: var(--_r);
    background: var(--_s);
  }
`;

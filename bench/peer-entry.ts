// The peer for the benchmark: Shoelace's carousel, bundled into one classic script
// like ours, so both pages load the same way (one file, no module graph).
import '@shoelace-style/shoelace/dist/components/carousel/carousel.js';
import '@shoelace-style/shoelace/dist/components/carousel-item/carousel-item.js';

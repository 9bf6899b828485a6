// Entry of the classic script: registers both elements and leaves no global behind.
import './index.js';

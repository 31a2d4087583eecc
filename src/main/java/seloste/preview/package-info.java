/**
 * The local preview: a web server on the loopback interface that serves the output folder and reloads
 * the page after each rebuild, and a watcher that notices when sources or templates change.
 */
package seloste.preview;

/**
 * Reads YAML source files into the model. Values are read from the composed node tree, so their
 * types come from the source format and never from YAML's implicit typing, and every value keeps
 * its file, line and column. Problems are collected, never thrown.
 */
package seloste.load;

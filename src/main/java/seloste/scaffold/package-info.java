/**
 * Scaffolds for {@code seloste init}: a controller file and a first notice that load cleanly and hold
 * {@code TODO} placeholders, which the {@code text.todo} rule reports until they are written.
 */
package seloste.scaffold;

/**
 * JSON Schemas (draft 2020-12) of the source files, built from the model so that they list exactly the
 * keys and keywords the loader accepts. Editors use them for completion and hover help; the build
 * publishes them beside the notices.
 */
package seloste.schema;

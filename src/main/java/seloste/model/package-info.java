/**
 * The privacy-notice model: immutable records and enums, with no library imports. Every record
 * carries the {@link seloste.model.Origin} of the YAML it was read from.
 */
package seloste.model;

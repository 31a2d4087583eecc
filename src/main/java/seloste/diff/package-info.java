/**
 * The material changes between two versions of the notices: what a controller weighs when deciding
 * whether data subjects must be told of a change (new or removed purposes, changed legal bases, new
 * recipients, transfers and data categories, changed retention), and the text that lists them in
 * Finnish, Swedish or English.
 */
package seloste.diff;

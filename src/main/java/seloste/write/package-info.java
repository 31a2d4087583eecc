/** The only code that writes the output folder: all files of a build are staged, then swapped in whole. */
package seloste.write;

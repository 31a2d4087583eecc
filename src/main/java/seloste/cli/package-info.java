/** The command line: the only code that prints or chooses an exit code. */
package seloste.cli;

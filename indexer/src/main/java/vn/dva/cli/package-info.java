/** The dva command line (picocli): one subcommand per stage. */
package vn.dva.cli;

/**
 * The Charter layout as reusable ArchUnit rules: see {@link
 * dev.charter.testkit.architecture.CharterArchitecture}.
 */
package dev.charter.testkit.architecture;

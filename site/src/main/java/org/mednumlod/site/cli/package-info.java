/**
 * The command line of {@code ./mednum-lod} besides {@code serve} ({@link org.mednumlod.site.Launcher} dispatches):
 * {@code publish}, {@code rollback}, {@code convert} and {@code validate}, their options read by picocli
 * ({@link org.mednumlod.site.cli.Cli}: French errors, French help), their settings bound as the server binds them
 * ({@link org.mednumlod.site.SitePropertiesBinder}), their paths relative to where the user stands.
 *
 * <p>Public types: the {@link org.mednumlod.site.cli.Subcommand}s ({@link org.mednumlod.site.cli.PublishCommand},
 * {@link org.mednumlod.site.cli.RollbackCommand}, {@link org.mednumlod.site.cli.ConvertCommand},
 * {@link org.mednumlod.site.cli.ValidateCommand}), {@link org.mednumlod.site.cli.Cli} and
 * {@link org.mednumlod.site.cli.UsageException} (exit code 2); the reports they write are package-private.
 */
package org.mednumlod.site.cli;

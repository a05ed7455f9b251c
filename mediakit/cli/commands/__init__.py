"""One module per subcommand; see ``mediakit.cli.main``."""

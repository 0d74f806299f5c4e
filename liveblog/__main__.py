"""``python -m liveblog`` runs the command line."""

from liveblog.cli import main

main()

"""CLI sub-commands: one module each, exposing `register(subparsers)`.

`register` adds an argparse parser whose `func` default runs the command and returns the exit
status. Modules must import heavy dependencies inside the command function, not at import time,
so that `marsad --help` and `marsad analyze` start fast.
"""

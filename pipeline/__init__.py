"""French news analysis -> dated event timeline and actor graph."""

__version__ = "0.1.0"

"""OrderDesk: the telephone order desk of a wholesale food distributor."""

__version__ = "0.1.0"

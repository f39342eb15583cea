"""archiver: turn news articles into preservation packages."""

__version__ = "0.1.0"

"""MediaDesk: a desktop workbench for government press officers."""

__version__ = "0.1.0"
APP_NAME = "MediaDesk"

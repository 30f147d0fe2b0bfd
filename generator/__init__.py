"""event-briefings: turn news articles into an analyst's briefing site."""

__version__ = "0.1.0"

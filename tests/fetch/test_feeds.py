"""Feeds are untrusted XML: links of RSS and Atom items, entity declarations refused."""

from __future__ import annotations

import pytest

from pipeline.fetch.feeds import FeedError, feed_links
from tests.web_pages import ATOM, BILLION_LAUGHS, RSS


def test_rss_item_links_in_order_each_once():
    links = feed_links(RSS.format(base="https://exemple.fr").encode(), "https://exemple.fr/fil.rss")
    assert links == ["https://exemple.fr/articles/rome.html", "https://exemple.fr/articles/geneve.html"]


def test_atom_relative_links_are_resolved_against_the_feed():
    assert feed_links(ATOM.encode(), "https://exemple.fr/fils/fil.atom") == ["https://exemple.fr/articles/geneve.html"]


@pytest.mark.parametrize(
    "data, message",
    [
        (BILLION_LAUGHS.encode(), "feed refused: it declares XML entities"),
        (
            b'<?xml version="1.0"?><!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><rss><channel>'
            b"<title>&x;</title></channel></rss>",
            "feed refused: it declares XML entities",
        ),
        (b"<html><p>Pas un flux</html>", "not an RSS or Atom feed: the response is not XML"),
        (b'<?xml version="1.0"?><liste><element/></liste>', "not an RSS or Atom feed: XML, but no channel"),
    ],
)
def test_bad_feeds_are_refused(data, message):
    with pytest.raises(FeedError, match=message):
        feed_links(data, "https://exemple.fr/fil")

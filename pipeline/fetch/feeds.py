"""RSS and Atom feeds -> the links of their items.

A feed is untrusted XML. It is first parsed by defusedxml, which refuses entity declarations
(the billion-laughs attack expands a few nested entities into gigabytes) and external references;
only a feed that passes is handed to feedparser, which knows the many RSS and Atom dialects.
"""

from __future__ import annotations

from urllib.parse import urljoin


class FeedError(Exception):
    """Why a feed gives no links."""


def feed_links(data: bytes, feed_url: str) -> list[str]:
    """The item links of an RSS or Atom feed, absolute, in feed order, each once."""
    import feedparser
    from defusedxml import DefusedXmlException
    from defusedxml.ElementTree import ParseError, fromstring

    try:
        fromstring(data, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except DefusedXmlException as err:
        raise FeedError(
            f"feed refused: it declares XML entities or external references ({type(err).__name__})"
        ) from err
    except ParseError as err:
        raise FeedError(f"not an RSS or Atom feed: the response is not XML ({err})") from err
    parsed = feedparser.parse(data, resolve_relative_uris=False, sanitize_html=False)
    if not parsed.get("version"):
        raise FeedError("not an RSS or Atom feed: XML, but no channel or feed element")
    links: list[str] = []
    for entry in parsed.entries:
        link = entry.get("link") or next((x.get("href") for x in entry.get("links", []) if x.get("href")), None)
        if link and (absolute := urljoin(feed_url, link.strip())) not in links:
            links.append(absolute)
    return links

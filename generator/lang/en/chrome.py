"""The lines English news sites add around an article: "Read more", "Share this", "Home > World".

Lines are compared folded (see generator.lang.record.ChromeLines).
"""

from __future__ import annotations

from generator.lang.record import ChromeLines

CHROME = ChromeLines(
    trailers=(
        "read more",
        "read next",
        "read also",
        "related",
        "related articles",
        "related stories",
        "more on this story",
        "most read",
        "recommended",
        "recommended for you",
        "you may also like",
        "advertisement",
        "topics",
        "read more stories",
        "related coverage",
        "related content",
        "more stories",
        "more trending",
        "more trending stories",
        "trending",
        "trending now",
        "what's trending now",
        "must read",
        "most popular",
        "top stories",
        "latest news",
        "editor's choice",
        "editors' picks",
        "people in the story",
        "places in this story",
        "organizations in this story",
        "would you like to comment on this article?",
        "{n} comments",
        "view more trending stories »",
    ),
    furniture=(
        "share",
        "listen",
        "share this",
        "print",
        "subscribe",
        "newsletter",
        "advertisement",
        "{n} min read",
        "sign up",
        "contact us",
        "privacy policy",
        "up next",
        "view all",
        "view all ({n})",
    ),
    breadcrumb_starts=("home", "news"),
    byline_starts=("by", "written by"),
    credit_starts=("photo", "photograph", "picture", "image", "credit"),
    contributor_phrases=("contributed to this report", "contributed reporting"),
    link_starts=("more", "read more", "read next", "read also", "see also", "related", "watch", "listen"),
    furniture_starts=("share this article via", "share on", "sign up for", "follow us on"),
    # ... and a wire story's credit line closes it: what follows is another story of the feed
    end_phrases=(
        "a version of this article appears in print",
        "reporting by",
        "additional reporting by",
        "writing by",
        "editing by",
    ),
    stamp_starts=("Published", "Updated", "Last updated", "Posted"),
    banners=("breaking", "breaking news", "just in", "news alert", "news flash"),
)

from .comments import CommentStatus, ReaderComment
from .pages import NewsArticlePage, NewsArticleTag, NewsIndexPage, NewsRelatedArticle, NewsTag
from .snippets import Author, NewsCategory

__all__ = [
    "Author",
    "CommentStatus",
    "NewsArticlePage",
    "NewsArticleTag",
    "NewsCategory",
    "NewsIndexPage",
    "NewsRelatedArticle",
    "NewsTag",
    "ReaderComment",
]

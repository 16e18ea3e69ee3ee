from .records import ArchivedArticle

__all__ = ["ArchivedArticle"]

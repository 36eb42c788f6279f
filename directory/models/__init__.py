from .pages import DirectoryIndexPage, FrameworkIndexPage, TrustDirectoryIndexPage
from .taxonomy import (
    FrameworkArea,
    FrameworkElement,
    Phase,
    Region,
    Subject,
    Vocabulary,
)

__all__ = [
    "DirectoryIndexPage",
    "FrameworkArea",
    "FrameworkElement",
    "FrameworkIndexPage",
    "Phase",
    "Region",
    "Subject",
    "TrustDirectoryIndexPage",
    "Vocabulary",
]

from .pages import DirectoryIndexPage, FrameworkIndexPage, TrustDirectoryIndexPage
from .profiles import (
    ExpertDesignation,
    ExpertProfilePage,
    ExpertRole,
    SupportRequest,
    Term,
    Visibility,
)
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
    "ExpertDesignation",
    "ExpertProfilePage",
    "ExpertRole",
    "FrameworkArea",
    "FrameworkElement",
    "FrameworkIndexPage",
    "Phase",
    "Region",
    "Subject",
    "SupportRequest",
    "Term",
    "TrustDirectoryIndexPage",
    "Visibility",
    "Vocabulary",
]

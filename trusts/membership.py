"""Onboarding and offboarding member trusts.

A member trust's editors get rights over its own sections of the practice
library and the directory (in both languages), and over its own collection of
images and documents, and nothing else. Their changes go through the
"Alliance moderation" workflow, which only the alliance's moderators can
approve. All of it is made from Wagtail's own groups, page and collection
permissions and workflows; this module only keeps them in step with the
trusts, and is safe to run again and again.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.contrib.auth.models import (
    AbstractBaseUser,
    AnonymousUser,
    Group,
    Permission,
)
from django.db import transaction
from django.utils import timezone

from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    Workflow,
    WorkflowPage,
    WorkflowTask,
)

from .models import TrustAccount, TrustMembership, TrustPage
from .sections import ensure_trust_sections

WORKFLOW_NAME = "Alliance moderation"
TASK_NAME = "Moderator review"
MODERATORS_GROUP_NAME = "Moderators"
# Not translated: group and collection names are data that admins search by.
EDITORS_GROUP_SUFFIX = " editors"

# Editors add and change pages in their sections; no "publish" (so they can
# neither publish nor delete a published page), no "bulk_delete", no locking.
EDITOR_PAGE_PERMISSIONS = ("add_page", "change_page")
EDITOR_COLLECTION_PERMISSIONS = (
    ("wagtailimages", "add_image"),
    ("wagtailimages", "change_image"),
    ("wagtailimages", "choose_image"),
    ("wagtaildocs", "add_document"),
    ("wagtaildocs", "change_document"),
    ("wagtaildocs", "choose_document"),
)
EDITOR_MODEL_PERMISSIONS = (
    ("wagtailadmin", "access_admin"),
    # Lets an editor start a Welsh translation of a page they may edit.
    ("wagtail_localize", "submit_translation"),
)
# Moderators: everything under the root, including deleting whole sections.
MODERATOR_PAGE_PERMISSIONS = (
    "add_page",
    "change_page",
    "publish_page",
    "bulk_delete_page",
    "lock_page",
    "unlock_page",
)


@dataclass
class OnboardResult:
    trust: TrustPage
    membership: TrustMembership
    group: Group
    collection: Collection
    sections: list[Page] = field(default_factory=list)


def _permission(app_label: str, codename: str) -> Permission:
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def moderators_group() -> Group:
    group, _created = Group.objects.get_or_create(name=MODERATORS_GROUP_NAME)
    return group


def members_group() -> Group:
    from directory.models.profiles import members_group as _members_group

    return _members_group()


def ensure_moderators() -> Group:
    """The moderators' rights over the whole tree and every collection."""
    group = moderators_group()
    root = Page.get_first_root_node()
    for codename in MODERATOR_PAGE_PERMISSIONS:
        GroupPagePermission.objects.get_or_create(
            group=group, page=root, permission=_permission("wagtailcore", codename)
        )
    root_collection = Collection.get_first_root_node()
    for app_label, codename in EDITOR_COLLECTION_PERMISSIONS + (
        ("wagtailimages", "delete_image"),
        ("wagtaildocs", "delete_document"),
    ):
        GroupCollectionPermission.objects.get_or_create(
            group=group,
            collection=root_collection,
            permission=_permission(app_label, codename),
        )
    group.permissions.add(_permission("wagtailadmin", "access_admin"))
    for codename in ("add_school", "change_school", "delete_school", "view_school"):
        group.permissions.add(_permission("trusts", codename))
    return group


def ensure_workflow() -> Workflow:
    """The "Alliance moderation" workflow: one review by the moderators."""
    workflow, _created = Workflow.objects.get_or_create(
        name=WORKFLOW_NAME, defaults={"active": True}
    )
    if not workflow.active:
        workflow.active = True
        workflow.save(update_fields=["active"])
    task = GroupApprovalTask.objects.filter(name=TASK_NAME).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=TASK_NAME)
    task.groups.add(moderators_group())
    WorkflowTask.objects.get_or_create(
        workflow=workflow, task=task, defaults={"sort_order": 0}
    )
    return workflow


def section_pages(trust: TrustPage) -> list[Page]:
    """The trust's sections in every language (the Welsh ones are aliases)."""
    sections = list(ensure_trust_sections(trust).values())
    translations = Page.objects.filter(
        translation_key__in=[s.translation_key for s in sections]
    ).exclude(pk__in=[s.pk for s in sections])
    return sections + list(translations)


def editors_group_name(trust: TrustPage) -> str:
    return f"{trust.title}{EDITORS_GROUP_SUFFIX}"


@transaction.atomic
def onboard_trust(trust: TrustPage) -> OnboardResult:
    """Make `trust` a member: sections, editors' group, collection, workflow."""
    trust = trust.source_trust
    ensure_moderators()
    workflow = ensure_workflow()
    membership, _created = TrustMembership.objects.get_or_create(trust=trust)

    group = membership.editors_group
    if group is None:
        group, _created = Group.objects.get_or_create(name=editors_group_name(trust))
        membership.editors_group = group
    for app_label, codename in EDITOR_MODEL_PERMISSIONS:
        group.permissions.add(_permission(app_label, codename))

    collection = membership.collection
    if collection is None:
        root = Collection.get_first_root_node()
        collection = root.get_children().filter(name=trust.title).first()
        if collection is None:
            collection = root.add_child(name=trust.title)
        membership.collection = collection
    for app_label, codename in EDITOR_COLLECTION_PERMISSIONS:
        GroupCollectionPermission.objects.get_or_create(
            group=group,
            collection=collection,
            permission=_permission(app_label, codename),
        )

    sections = section_pages(trust)
    for section in sections:
        for codename in EDITOR_PAGE_PERMISSIONS:
            GroupPagePermission.objects.get_or_create(
                group=group,
                page=section,
                permission=_permission("wagtailcore", codename),
            )
        WorkflowPage.objects.update_or_create(
            page=section, defaults={"workflow": workflow}
        )

    membership.active = True
    membership.left_at = None
    membership.save()
    # Re-admit the people who sign in for the trust (after a re-joining).
    for account in TrustAccount.objects.filter(trust=trust).select_related("user"):
        _grant_account_groups(account, membership)
    return OnboardResult(trust, membership, group, collection, sections)


@transaction.atomic
def offboard_trust(trust: TrustPage) -> TrustMembership | None:
    """Revoke a trust's access without touching anything it published."""
    trust = trust.source_trust
    membership = TrustMembership.objects.filter(trust=trust).first()
    if membership is None:
        return None
    group = membership.editors_group
    if group is not None:
        GroupPagePermission.objects.filter(group=group).delete()
        GroupCollectionPermission.objects.filter(group=group).delete()
        group.permissions.clear()
        group.user_set.clear()
    members = members_group()
    for account in TrustAccount.objects.filter(trust=trust).select_related("user"):
        account.user.groups.remove(members)
    membership.active = False
    membership.left_at = timezone.now()
    membership.save(update_fields=["active", "left_at"])
    return membership


def _grant_account_groups(account: TrustAccount, membership: TrustMembership) -> None:
    user = account.user
    user.groups.add(members_group())
    if account.role == TrustAccount.Role.EDITOR and membership.editors_group:
        user.groups.add(membership.editors_group)
        if not user.is_staff:
            # Staff status is what sends Wagtail's login to the admin.
            user.is_staff = True
            user.save(update_fields=["is_staff"])


def add_trust_account(
    user: AbstractBaseUser, trust: TrustPage, role: str = TrustAccount.Role.MEMBER
) -> TrustAccount:
    """Attach a user to a member trust and give them the groups their role needs."""
    trust = trust.source_trust
    account, _created = TrustAccount.objects.update_or_create(
        user=user, defaults={"trust": trust, "role": role}
    )
    membership = TrustMembership.objects.filter(trust=trust, active=True).first()
    if membership is not None:
        _grant_account_groups(account, membership)
    return account


def active_account(
    user: AbstractBaseUser | AnonymousUser | None,
) -> TrustAccount | None:
    """The user's trust account, if the trust is a current member."""
    if user is None or not user.is_authenticated:
        return None
    return (
        TrustAccount.objects.filter(user=user, trust__membership__active=True)
        .select_related("trust")
        .first()
    )


def is_moderator(user: AbstractBaseUser | AnonymousUser | None) -> bool:
    if user is None or not user.is_authenticated:
        return False
    return user.is_superuser or user.groups.filter(name=MODERATORS_GROUP_NAME).exists()


__all__ = [
    "WORKFLOW_NAME",
    "OnboardResult",
    "active_account",
    "add_trust_account",
    "ensure_moderators",
    "ensure_workflow",
    "is_moderator",
    "offboard_trust",
    "onboard_trust",
]

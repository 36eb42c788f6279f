"""Demo member trusts, their schools and their sections of the tree."""

from __future__ import annotations

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.hashers import make_password

from directory.models import Phase, Region
from home.demo import DemoContext, get_or_create_page

from .demo_data import MODERATION_DEMO, TRUSTS
from .membership import add_trust_account, onboard_trust
from .models import School, TrustAccount, TrustIndexPage, TrustPage
from .sections import ensure_trust_sections


def seed(ctx: DemoContext) -> None:
    index = TrustIndexPage.objects.get(locale=ctx.en)
    regions = {r.slug: r for r in Region.objects.filter(locale=ctx.en)}
    phases = {p.slug: p for p in Phase.objects.filter(locale=ctx.en)}
    trusts: dict[str, TrustPage] = {}
    for row in TRUSTS:
        trust = get_or_create_page(
            index,
            TrustPage,
            row["slug"],
            title=row["name"],
            region=regions[row["region"]],
            school_count=row["school_count"],
            website=row["website"],
            summary=row["summary"],
            description=row["description"],
        )
        for name, urn, phase, local_authority in row["schools"]:
            School.objects.get_or_create(
                urn=urn,
                defaults={
                    "name": name,
                    "phase": phases[phase],
                    "local_authority": local_authority,
                    "trust": trust,
                },
            )
        ensure_trust_sections(trust)
        onboard_trust(trust)
        trusts[row["slug"]] = trust
    ctx.pages["trusts"] = trusts


def seed_accounts(ctx: DemoContext) -> None:
    """A `<slug>-editor` and a `<slug>-teacher` for every demo trust."""
    User = get_user_model()
    password = settings.DEMO_PASSWORD
    # Hash once: the same password for every demo account.
    hashed = make_password(password)
    created = 0
    for row in TRUSTS:
        trust = TrustPage.objects.get(slug=row["slug"], locale=ctx.en)
        short = row["name"].split()[0]
        for role, first_name in (
            (TrustAccount.Role.EDITOR, "Editor"),
            (TrustAccount.Role.MEMBER, "Teacher"),
        ):
            suffix = "editor" if role == TrustAccount.Role.EDITOR else "teacher"
            username = f"{row['slug']}-{suffix}"
            user = User.objects.filter(username=username).first()
            if user is None:
                user = User.objects.create(
                    username=username,
                    email=f"{username}@example.org",
                    password=hashed,
                    first_name=first_name,
                    last_name=short,
                )
                created += 1
            add_trust_account(user, trust, role)
    member = User.objects.filter(username="member").first()
    if member is not None and not TrustAccount.objects.filter(user=member).exists():
        add_trust_account(
            member, TrustPage.objects.get(slug=TRUSTS[0]["slug"], locale=ctx.en)
        )
    if created:
        ctx.log(f"Created {created} trust editor and teacher accounts")


def seed_moderation(ctx: DemoContext) -> None:
    """Contributions caught in the workflow, so moderation can be seen at once.

    Two new case studies await review, one has had changes requested, and a
    published case study has an edit waiting (its live version unchanged).
    """
    from practice.models import CaseStudyPage, TrustPracticeIndexPage

    User = get_user_model()
    for item in MODERATION_DEMO:
        trust_slug = item["trust"]
        section = TrustPracticeIndexPage.objects.get(
            slug=trust_slug, locale=ctx.en, trust__slug=trust_slug
        )
        if CaseStudyPage.objects.child_of(section).filter(slug=item["slug"]).exists():
            continue
        editor = User.objects.get(username=f"{trust_slug}-{item['by']}")
        page = CaseStudyPage(
            title=item["title"],
            slug=item["slug"],
            summary=item["summary"],
            context=item["context"],
            challenge=item["challenge"],
            what_was_done=f"<p>{item['what_was_done']}</p>",
            impact=item["impact"],
            differently=item["differently"],
            live=False,
            owner=editor,
        )
        section.add_child(instance=page)
        page.elements.set(_elements(ctx, item["elements"]))
        page.save_revision(user=editor, log_action=True)
        workflow = section.get_workflow()
        if workflow is None:
            continue
        state = workflow.start(page, editor)
        if item.get("changes_requested"):
            moderator = User.objects.filter(username="moderator").first()
            task_state = state.current_task_state
            task_state.task.specific.on_action(
                task_state, moderator, "reject", comment=item["changes_requested"]
            )
    _seed_edit_in_moderation(ctx)


def _elements(ctx: DemoContext, codes: list[str]) -> list:
    from directory.models import FrameworkElement

    return list(FrameworkElement.objects.filter(locale=ctx.en, code__in=codes))


def _seed_edit_in_moderation(ctx: DemoContext) -> None:
    """An editor's change to a live case study, waiting for a moderator."""
    from practice.models import CaseStudyPage

    User = get_user_model()
    trust_slug = MODERATION_DEMO[0]["trust"]
    page = (
        CaseStudyPage.objects.live()
        .filter(locale=ctx.en, trust__slug=trust_slug)
        .order_by("path")
        .first()
    )
    if page is None or page.workflow_in_progress:
        return
    workflow = page.get_workflow()
    if workflow is None:
        return
    editor = User.objects.get(username=f"{trust_slug}-editor")
    draft = page.get_latest_revision_as_object()
    draft.summary = f"{draft.summary} Updated with this year's results."
    draft.save_revision(user=editor, log_action=True)
    workflow.start(page, editor)

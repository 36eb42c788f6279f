"""Forms for the directory: the admin profile form, the contact relay and the
availability confirmation that experts reach from a signed link.

Models import this module (for `base_form_class`), so it imports models only
inside functions.
"""

from __future__ import annotations

from typing import Any

from django import forms
from django.core.validators import MaxValueValidator
from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms import WagtailAdminPageForm

MAX_DAYS_PER_TERM = 60


def _term_choices() -> list[tuple[str, str]]:
    from .models.profiles import term_choices

    return term_choices()


def _join_terms(codes: list[str]) -> str:
    """Store chosen terms in calendar order, whatever order they arrived in."""
    order = [code for code, _label in _term_choices()]
    return " ".join(code for code in order if code in codes)


class ExpertProfilePageForm(WagtailAdminPageForm):
    """Terms as checkboxes, and schools limited to the section's trust."""

    available_terms = forms.MultipleChoiceField(
        label=_("Terms available"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("This term and the next two. Leave all unticked if none."),
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["available_terms"].choices = _term_choices()
        if self.instance.pk and not self.is_bound:
            self.initial["available_terms"] = self.instance.available_terms.split()
        trust = self.section_trust()
        if trust is not None and "school" in self.fields:
            from trusts.models import School

            self.fields["school"].queryset = School.objects.filter(trust=trust)

    def section_trust(self):
        """The trust whose section the profile is (being) created in."""
        from .models.pages import TrustDirectoryIndexPage

        parent = getattr(self, "parent_page", None)
        section = parent.specific if parent is not None else None
        if isinstance(section, TrustDirectoryIndexPage):
            return section.trust.source_trust
        if self.instance.trust_id:
            return self.instance.trust
        return None

    def clean_available_terms(self) -> str:
        return _join_terms(self.cleaned_data.get("available_terms") or [])

    def clean(self) -> dict[str, Any]:
        cleaned = super().clean()
        # The model's clean() checks the school against the trust, and a new
        # page has no parent yet when it is validated.
        trust = self.section_trust()
        if trust is not None:
            self.instance.trust = trust
        return cleaned


class AccessibleFormMixin:
    """Point each input at its hint and error message for screen readers.

    The ids match templates/directory/includes/form_field.html.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for name, field in self.fields.items():
            if field.help_text:
                field.widget.attrs["aria-describedby"] = f"{self[name].auto_id}-hint"

    def full_clean(self) -> None:
        super().full_clean()
        for name in self.errors:
            if name in self.fields:
                widget = self.fields[name].widget
                described_by = widget.attrs.get("aria-describedby", "")
                widget.attrs["aria-invalid"] = "true"
                widget.attrs["aria-describedby"] = (
                    f"{described_by} {self[name].auto_id}-error".strip()
                )


class SupportRequestForm(AccessibleFormMixin, forms.Form):
    """What someone asking an expert for support tells us."""

    name = forms.CharField(
        label=_("Your name"),
        max_length=120,
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    email = forms.EmailField(
        label=_("Your email address"),
        help_text=_("The expert will reply to this address."),
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    organisation = forms.CharField(
        label=_("Your school or trust"),
        max_length=200,
        widget=forms.TextInput(attrs={"autocomplete": "organization"}),
    )
    role = forms.CharField(
        label=_("Your role"),
        max_length=120,
        widget=forms.TextInput(attrs={"autocomplete": "organization-title"}),
    )
    help_wanted = forms.CharField(
        label=_("What help would you like?"),
        max_length=3000,
        help_text=_("A few sentences about your school and what you hope to change."),
        widget=forms.Textarea(attrs={"rows": 6}),
    )
    preferred_dates = forms.CharField(
        label=_("Preferred dates (optional)"),
        max_length=200,
        required=False,
        help_text=_("For example: any Tuesday in the spring term."),
    )
    consent = forms.BooleanField(
        label=_(
            "I agree that the alliance may pass my name, email address and message "
            "to this expert so that they can reply to me."
        ),
        error_messages={
            "required": _("Tick the box so that we can pass your request on.")
        },
    )
    # The honeypot: hidden from people, filled in by naive bots.
    website = forms.CharField(
        label=_("Leave this field blank"),
        required=False,
        widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
    )

    visible_field_names = (
        "name",
        "email",
        "organisation",
        "role",
        "help_wanted",
        "preferred_dates",
        "consent",
    )

    def clean_name(self) -> str:
        # One line only: the name goes into an email.
        return " ".join(self.cleaned_data["name"].split())

    def visible_fields_in_order(self) -> list[forms.BoundField]:
        return [self[name] for name in self.visible_field_names]


class ConfirmAvailabilityForm(AccessibleFormMixin, forms.Form):
    """What an expert can change from the signed link, without an account."""

    not_available_now = forms.BooleanField(
        label=_("I am not available to support other schools at the moment"),
        required=False,
    )
    days_per_term = forms.IntegerField(
        label=_("Days a term I can offer"),
        min_value=0,
        validators=[MaxValueValidator(MAX_DAYS_PER_TERM)],
        widget=forms.NumberInput(attrs={"inputmode": "numeric"}),
    )
    available_terms = forms.MultipleChoiceField(
        label=_("Terms I can offer support in"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["available_terms"].choices = _term_choices()

    def clean_available_terms(self) -> str:
        return _join_terms(self.cleaned_data.get("available_terms") or [])

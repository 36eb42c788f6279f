"""Sanitise the rich text already stored by this app's pages and revisions.

Issue #17, finding 9: rich text is now cleaned on every save
(home/richtext.py); rows and drafts saved before that are cleaned here, with
the same rule. Only rows that change are written. Nothing to undo: the
removed markup (scripts, event handlers, javascript: links) is not kept.
"""

from django.db import migrations


def clean_rich_text(apps, schema_editor):
    # A plain function on the historical models, not the runtime ones.
    from home.richtext import clean_app_rows

    clean_app_rows(apps, "directory")


class Migration(migrations.Migration):
    dependencies = [
        ("directory", "0005_expert_led_practice"),
        ("wagtailcore", "0098_apitoken"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [
        migrations.RunPython(clean_rich_text, migrations.RunPython.noop, elidable=True),
    ]

"""A covering index for the pages a search may return, by language.

Every database search joins its matches to the live pages of one language
that the visitor may see. PostgreSQL read those 12,747 pages (at 10,000
practice pages) from the heap through the plain locale index, about 11 ms
for each search's count and again for its ranking. This partial index holds
exactly what that filter and join read (language, id, content type, tree
path) for live pages, so the same pages come from an index-only scan:
about 3 ms (`manage.py bench_search`, EXPLAIN ANALYZE). Other databases
are left alone.
"""

from django.db import migrations

INDEX = "search_page_live_locale"


def create(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(
        f"CREATE INDEX IF NOT EXISTS {INDEX} ON wagtailcore_page "
        "(locale_id, id) INCLUDE (content_type_id, path) WHERE live"
    )


def drop(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0004_postgres_page_id_text_index"),
    ]

    operations = [migrations.RunPython(create, drop)]

"""An index for the join Wagtail's PostgreSQL search makes from pages to results.

modelsearch's database backend joins each page to its index entry on
`wagtailsearch_indexentry.object_id = page.id::varchar(50)` (object ids are
text so any model can be indexed). With the cast on the page side, no index
serves that join, so PostgreSQL hashed or sorted every page of the language
before it could rank: ~85 ms for a common word at 10,000 practice pages
(`manage.py bench_search`). With an index on the same expression it ranks
the matching entries and looks up pages by rank until it has a page of
results: ~35 ms. Other databases are left alone. Remove this if modelsearch
changes the join.
"""

from django.db import migrations

INDEX = "search_page_id_text"


def create(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(
        f"CREATE INDEX IF NOT EXISTS {INDEX} ON wagtailcore_page "
        "(((id)::varchar(50)))"
    )


def drop(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0003_postgres_title_body_index"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(create, drop)]

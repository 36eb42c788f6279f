"""Keep the search vectors in the index entry's row, and rank without workers.

Workaround for a library gap, measured with `manage.py bench_search` and
EXPLAIN ANALYZE at 10,000 practice pages (README, "Search"):

* An index entry's `body` vector (~1.7 KB) does not compress, so PostgreSQL
  moved it out of line into the TOAST table: ranking a common word read
  ~3,700 bodies from there, one TOAST lookup each (`ts_rank` over 7,472
  bodies: 42 ms). Stored in the row (STORAGE MAIN: compressed if that helps,
  out of line only as a last resort) the same ranking takes 15 ms. The plain
  text copies (`title_text`, `body_text`, used only by fuzzy search) are the
  ones moved out of line instead.
* With the vectors in the row, a parallel plan hashed whole entries
  (~16 MB) to join them to pages. Parallel workers don't pay here anyway
  (two cores, many visitors), so scans of this table don't use them.

`ALTER ... SET STORAGE` applies to rows written from then on, so existing
entries are rewritten (`|| ''::tsvector` makes an equal, new value). Other
databases are left alone.
"""

from django.db import migrations

TABLE = "wagtailsearch_indexentry"
VECTORS = ("title", "body", "autocomplete")


def keep_inline(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    storage = ", ".join(f"ALTER COLUMN {c} SET STORAGE MAIN" for c in VECTORS)
    schema_editor.execute(f"ALTER TABLE {TABLE} {storage}, SET (parallel_workers = 0)")
    rewrite = ", ".join(f"{c} = {c} || ''::tsvector" for c in VECTORS)
    schema_editor.execute(f"UPDATE {TABLE} SET {rewrite}")


def restore(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    storage = ", ".join(f"ALTER COLUMN {c} SET STORAGE EXTENDED" for c in VECTORS)
    schema_editor.execute(f"ALTER TABLE {TABLE} {storage}, RESET (parallel_workers)")


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0005_postgres_live_page_locale_index"),
        ("wagtailsearch", "0010_add_text_fields"),
    ]

    operations = [migrations.RunPython(keep_inline, restore)]

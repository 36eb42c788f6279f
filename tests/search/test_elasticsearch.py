"""Elasticsearch without a server: the mappings and query bodies we generate, and
the fall-back to the database when the cluster is unreachable.

Everything here builds Wagtail's `elasticsearch9` backend against
http://127.0.0.1:9 (nothing listens there) and either inspects what it would
send or lets it fail to connect; no test needs a cluster. The live module,
test_elasticsearch_live.py, runs only when ELASTICSEARCH_URL is set.
"""

from __future__ import annotations

import json
import logging
import re

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.test import override_settings

from wagtail.models import Page, get_page_models
from wagtail.search.backends import get_search_backend
from wagtail.search.backends.elasticsearch9 import (
    Elasticsearch9Mapping,
    Elasticsearch9SearchBackend,
)

import pytest

from search.synonyms import expand, synonym_table, words_of
from search.utils import backend_is_down, build_query, run_search
from tests.search.factories import make_standard_page

UNREACHABLE = "http://127.0.0.1:9"
ES_SETTINGS = {
    "default": {
        "BACKEND": "wagtail.search.backends.elasticsearch9",
        "URLS": [UNREACHABLE],
        "INDEX_PREFIX": "test_",
        "TIMEOUT": 1,
        "OPTIONS": {"max_retries": 0, "retry_on_timeout": False},
    },
    "database": {"BACKEND": "wagtail.search.backends.database"},
}
OUR_APPS = {"home", "trusts", "practice", "directory"}


def _backend() -> Elasticsearch9SearchBackend:
    return Elasticsearch9SearchBackend(
        {"URLS": [UNREACHABLE], "INDEX_PREFIX": "test_", "TIMEOUT": 1}
    )


def _our_page_models():
    return [m for m in get_page_models() if m._meta.app_label in OUR_APPS]


def _properties(model) -> dict:
    return Elasticsearch9Mapping(model).get_mapping()["properties"]


def _all_names(properties: dict, prefix: str = "") -> list[str]:
    names = []
    for name, spec in properties.items():
        names.append(prefix + name)
        names += _all_names(spec.get("properties", {}), prefix + name + ".")
    return names


def _copy_to(spec: dict) -> list[str]:
    copy_to = spec.get("copy_to", [])
    return [copy_to] if isinstance(copy_to, str) else copy_to


class TestMappings:
    def test_every_page_model_is_mapped(self):
        assert len(_our_page_models()) >= 12
        for model in _our_page_models():
            assert _properties(model), model

    @pytest.mark.parametrize("model", _our_page_models(), ids=lambda m: m.__name__)
    def test_shared_page_fields(self, model):
        props = _properties(model)
        # Boosted: titles count for more than body text.
        assert props["title"]["type"] == "text"
        assert any(t.startswith("_all_text_boost_") for t in _copy_to(props["title"]))
        # Autocomplete: partial words of the title.
        assert props["title_edgengrams"]["analyzer"] == "edgengram_analyzer"
        # Filters the search view applies.
        for name in ("live_filter", "locale_id_filter", "path_filter", "id_filter"):
            assert name in props, (model, name)
        assert props["content_type_id_filter"]["type"] == "integer"
        assert props["live_filter"]["type"] == "boolean"

    @pytest.mark.parametrize("model", _our_page_models(), ids=lambda m: m.__name__)
    def test_no_email_address_is_mapped(self, model):
        assert not [n for n in _all_names(_properties(model)) if "email" in n.lower()]

    def test_practice_pages(self):
        for name in ("CaseStudyPage", "WhatWorksPage"):
            props = _properties(apps.get_model("practice", name))
            prefix = "practice_practicepage__"
            assert _copy_to(props["title"])[1].startswith("_all_text_boost_")
            # The summary counts for more than the body.
            assert _copy_to(props[f"{prefix}summary"])[1].startswith("_all_text_boost_")
            for field in ("practice_type", "trust_id", "region_id", "publication_date"):
                assert f"{prefix}{field}_filter" in props, field
            assert props[f"{prefix}practice_type_filter"]["type"] == "keyword"
            elements = props[f"{prefix}elements"]
            assert elements["type"] == "nested"
            assert elements["properties"]["slug_filter"]["type"] == "keyword"
            assert props[f"{prefix}phases"]["properties"]["slug_filter"]

    def test_expert_profiles(self):
        props = _properties(apps.get_model("directory", "ExpertProfilePage"))
        prefix = "directory_expertprofilepage__"
        assert (
            props[f"{prefix}job_title_edgengrams"]["analyzer"] == "edgengram_analyzer"
        )
        assert props[f"{prefix}bio"]["type"] == "text"
        for field in ("role", "trust_id", "region_id", "visibility", "last_confirmed"):
            assert f"{prefix}{field}_filter" in props, field
        assert props[f"{prefix}elements"]["type"] == "nested"

    def test_trust_pages(self):
        props = _properties(apps.get_model("trusts", "TrustPage"))
        assert props["trusts_trustpage__summary"]["type"] == "text"
        assert props["trusts_trustpage__region_id_filter"]["type"] in (
            "integer",
            "long",
        )

    @pytest.mark.django_db
    def test_an_experts_document_never_holds_their_email(self):
        from tests.directory.factories import ExpertProfilePageFactory

        profile = ExpertProfilePageFactory(
            title="Dana Okafor",
            email="dana.okafor@example.org",
            bio="<p>Maths lead.</p>",
            elements=["3A"],
        )
        document = Elasticsearch9Mapping(type(profile)).get_document(profile)
        text = json.dumps(document, default=str)
        assert "Dana Okafor" in text
        assert "dana.okafor" not in text
        assert not re.search(r"[\w.+-]+@[\w-]+\.[\w.]+", text)


@pytest.mark.django_db
class TestQueryBodies:
    def _filtered_queryset(self, en):
        types = [
            ContentType.objects.get_for_model(apps.get_model(label)).pk
            for label in ("practice.CaseStudyPage", "directory.ExpertProfilePage")
        ]
        return (
            Page.objects.live()
            .filter(locale=en, content_type_id__in=types)
            .filter(pk__in=[1, 2, 3])
        )

    def test_filtered_search_with_synonyms(self, en):
        backend = _backend()
        groups = expand(words_of("SLE phonics"), synonym_table("en-gb"))
        compiler = backend.query_compiler_class(
            self._filtered_queryset(en), build_query(groups), operator="and"
        )
        body = compiler.get_query()
        text = json.dumps(body)
        must, filters = body["bool"]["must"], body["bool"]["filter"]
        assert filters[0] == {"match": {"_django_content_type": "wagtailcore.Page"}}
        assert {"term": {"live_filter": True}} in json.loads(json.dumps(filters[1]))[
            "bool"
        ]["must"]
        assert f'"locale_id_filter": {en.pk}' in text
        assert '"content_type_id_filter": [' in text
        assert '"id_filter": [1, 2, 3]' in text
        # OR within the synonym group, AND with the other word, on every field
        # (the boosted title fields included).
        fields = must["dis_max"]["queries"]
        assert len(fields) >= 2
        first = fields[0]["bool"]["must"]
        spellings = json.dumps(first[0])
        assert '"sle"' in spellings
        assert "specialist leader of education" in spellings
        assert '"match_phrase"' in spellings
        assert '"phonics"' in json.dumps(first[1])
        # Title boosts reach the query as separately weighted fields.
        assert re.search(
            r'"_all_text_boost_2_0": \{"query": "[^"]+", "boost": 2\.0', text
        )

    def test_facet_request_body(self, en, monkeypatch):
        backend = _backend()
        sent = {}

        def fake_search(**kwargs):
            sent.update(kwargs)
            return {
                "aggregations": {
                    "content_type_id": {"buckets": [{"key": 7, "doc_count": 3}]}
                }
            }

        monkeypatch.setattr(backend.es, "search", fake_search)
        queryset = self._filtered_queryset(en)
        results = backend.search("reading", queryset, operator="and")
        assert results.facet("content_type_id") == {7: 3}
        assert sent["index"] == "test_wagtailcore_page"
        assert sent["size"] == 0
        assert sent["aggregations"] == {
            "content_type_id": {
                "terms": {"field": "content_type_id_filter", "missing": 0}
            }
        }
        assert sent["query"]["bool"]["must"]["multi_match"]["operator"] == "and"
        assert sent["query"] == results.query_compiler.get_query()

    def test_faceting_a_practice_field(self, en, monkeypatch):
        backend = _backend()
        sent = {}
        monkeypatch.setattr(
            backend.es,
            "search",
            lambda **kw: (
                sent.update(kw) or {"aggregations": {"practice_type": {"buckets": []}}}
            ),
        )
        model = apps.get_model("practice", "PracticePage")
        results = backend.search("reading", model.objects.live().filter(locale=en))
        results.facet("practice_type")
        field = sent["aggregations"]["practice_type"]["terms"]["field"]
        assert field == "practice_practicepage__practice_type_filter"

    def test_autocomplete_body(self, en):
        backend = _backend()
        compiler = backend.autocomplete_query_compiler_class(
            Page.objects.live().filter(locale=en), "phon"
        )
        assert compiler.get_inner_query() == {
            "match": {"_edgengrams": {"query": "phon"}}
        }


@pytest.mark.django_db
class TestFallBack:
    def test_search_page_answers_from_the_database(self, client, home_page, caplog):
        caplog.set_level(logging.WARNING, logger="search.utils")
        with override_settings(WAGTAILSEARCH_BACKENDS=ES_SETTINGS):
            page = make_standard_page(home_page, title="Handwriting")
            response = client.get("/search/", {"q": "handwriting"})
            assert response.status_code == 200
            html = response.content.decode()
            assert "results may be incomplete" in html
            assert f'href="{page.url}"' in html
            assert 'data-result-count="1"' in html
        assert any(
            "Search backend 'default' failed" in r.getMessage() for r in caplog.records
        )

    def test_suggest_answers_from_the_database(self, client, home_page, caplog):
        caplog.set_level(logging.WARNING, logger="search.utils")
        with override_settings(WAGTAILSEARCH_BACKENDS=ES_SETTINGS):
            make_standard_page(home_page, title="Handwriting")
            response = client.get("/search/suggest/", {"q": "handw"})
        assert response.status_code == 200
        data = response.json()
        assert data["degraded"] is True
        assert [r["title"] for r in data["results"]] == ["Handwriting"]
        assert "no-cache" in response["Cache-Control"]
        assert caplog.records

    def test_publishing_keeps_working_and_the_database_index_stays_current(
        self, home_page, caplog
    ):
        # modelsearch catches indexing errors for search services
        # (`catch_indexing_errors`), logs them, and goes on to update the
        # database backend, which is what the fall-back searches.
        with override_settings(WAGTAILSEARCH_BACKENDS=ES_SETTINGS):
            page = make_standard_page(home_page, title="Cursive joins")
            page.title = "Cursive joins in year two"
            page.save_revision().publish()
            page.unpublish()
            page.save_revision().publish()
            outcome = run_search(Page.objects.live(), "cursive year two")
        assert outcome.degraded
        assert [p.pk for p in outcome[0:5]] == [page.pk]
        assert any("search backend" in r.getMessage() for r in caplog.records)

    def test_a_failed_cluster_is_skipped_for_a_while(self, home_page, caplog):
        with override_settings(WAGTAILSEARCH_BACKENDS=ES_SETTINGS):
            run_search(Page.objects.live(), "anything")
            assert backend_is_down("default")
            caplog.clear()
            caplog.set_level(logging.WARNING, logger="search.utils")
            outcome = run_search(Page.objects.live(), "anything else")
        assert outcome.degraded
        assert outcome.backend == "database"
        assert not caplog.records

    def test_the_backend_module_is_the_one_settings_name(self):
        with override_settings(WAGTAILSEARCH_BACKENDS=ES_SETTINGS):
            backend = get_search_backend("default")
        assert isinstance(backend, Elasticsearch9SearchBackend)

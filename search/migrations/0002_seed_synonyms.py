"""Seed the education jargon that search expands both ways (editors add more).

The list is frozen here, so later edits in the admin never change what this
migration does. English only: a language without its own synonyms uses these.
"""

import uuid

from django.conf import settings
from django.db import migrations

SYNONYMS = [
    ("SLE", ["specialist leader of education", "specialist leaders of education"]),
    ("NLE", ["national leader of education", "national leaders of education"]),
    ("LLE", ["local leader of education"]),
    ("KS1", ["key stage 1", "key stage one"]),
    ("KS2", ["key stage 2", "key stage two"]),
    ("KS3", ["key stage 3", "key stage three"]),
    ("KS4", ["key stage 4", "key stage four"]),
    ("KS5", ["key stage 5", "key stage five", "sixth form"]),
    ("SEND", ["special educational needs and disabilities", "special educational needs", "SEN"]),
    ("SENCo", ["SENCO", "special educational needs coordinator", "special educational needs co-ordinator"]),
    ("EYFS", ["early years foundation stage"]),
    ("ECT", ["early career teacher", "early career teachers", "NQT", "newly qualified teacher"]),
    ("CPD", ["continuing professional development", "professional development"]),
    ("MAT", ["multi-academy trust", "multi academy trust", "multi-academy trusts"]),
    ("QA", ["quality assurance"]),
    ("IDSR", ["inspection data summary report"]),
    ("TBM", ["trust business manager", "school business manager", "SBM"]),
    ("pupil premium", ["disadvantaged", "disadvantaged pupils", "PP"]),
    ("EAL", ["english as an additional language"]),
    ("DSL", ["designated safeguarding lead"]),
    ("CEO", ["chief executive officer", "chief executive"]),
    ("SLT", ["senior leadership team", "senior leaders"]),
    ("NPQ", ["national professional qualification", "NPQH", "NPQSL"]),
    ("ITT", ["initial teacher training", "initial teacher education", "ITE"]),
    ("RE", ["religious education"]),
    ("PSHE", ["personal social health and economic education", "RSHE", "relationships and sex education"]),
    ("SIP", ["school improvement partner", "school improvement plan"]),
    ("LA", ["local authority", "LEA"]),
    ("DfE", ["department for education"]),
    ("Ofsted", ["inspection", "school inspection"]),
    ("AP", ["alternative provision"]),
    ("PRU", ["pupil referral unit"]),
    ("EHCP", ["education health and care plan", "EHC plan"]),
    ("TA", ["teaching assistant", "teaching assistants"]),
    ("HLTA", ["higher level teaching assistant"]),
    ("CPD lead", ["professional development lead"]),
    ("STEM", ["science technology engineering and maths", "science technology engineering and mathematics"]),
    ("MFL", ["modern foreign languages", "modern languages"]),
    ("PE", ["physical education"]),
    ("maths", ["mathematics"]),
    ("post-16", ["post 16", "sixth form college"]),
    ("CEIAG", ["careers education information advice and guidance", "careers guidance"]),
    ("GCSE", ["general certificate of secondary education"]),
    ("SATs", ["standard assessment tests", "key stage 2 tests"]),
]


def seed(apps, schema_editor):
    Locale = apps.get_model("wagtailcore", "Locale")
    Synonym = apps.get_model("search", "Synonym")
    en, _ = Locale.objects.get_or_create(language_code=settings.LANGUAGE_CODE)
    for term, equivalents in SYNONYMS:
        Synonym.objects.get_or_create(
            locale=en,
            term=term,
            defaults={"equivalents": "\n".join(equivalents), "translation_key": uuid.uuid4()},
        )


def unseed(apps, schema_editor):
    Synonym = apps.get_model("search", "Synonym")
    Synonym.objects.filter(term__in=[term for term, _e in SYNONYMS]).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [migrations.RunPython(seed, unseed)]

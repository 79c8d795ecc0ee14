"""The workflow's invariants in the database, each with a row accepted and one refused."""

import pytest
from django.db import IntegrityError, transaction
from django.db.models import ProtectedError

from tests.factories import (
    AnnotationFlagFactory,
    CorrectionFactory,
    RatingFactory,
    UserFactory,
    VerdictFactory,
)

pytestmark = pytest.mark.django_db


def refused(make, error=IntegrityError):
    with pytest.raises(error), transaction.atomic():
        make()


def test_a_conclusion_only_verdict_has_no_rating():
    VerdictFactory(rating=None, conclusion_only=True)
    VerdictFactory(rating=RatingFactory(), conclusion_only=False)
    refused(lambda: VerdictFactory(rating=RatingFactory(), conclusion_only=True))


def test_a_correction_has_a_known_kind_and_a_reason():
    CorrectionFactory(kind="retraction")
    refused(lambda: CorrectionFactory(kind="deletion"))
    refused(lambda: CorrectionFactory(reason=""))


def test_a_claim_with_corrections_cannot_be_deleted():
    correction = CorrectionFactory()
    refused(correction.claim.delete, ProtectedError)


def test_a_reader_flags_an_annotation_once():
    flag = AnnotationFlagFactory()
    AnnotationFlagFactory(annotation=flag.annotation, user=UserFactory())
    refused(lambda: AnnotationFlagFactory(annotation=flag.annotation, user=flag.user))

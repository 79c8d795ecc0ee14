"""factory-boy factories for every record, in one place."""

import datetime

import factory
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils.text import slugify

from quotes.models import (
    Annotation,
    AnnotationFlag,
    Claim,
    Correction,
    Evidence,
    Quote,
    Rating,
    RatingScale,
    Source,
    Speaker,
    SpeakerAlias,
    Tag,
    Verdict,
)
from quotes.search import context_around


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ["username"]
        skip_postgeneration_save = True

    username = factory.Sequence(lambda n: f"user{n}")
    email = factory.LazyAttribute(lambda u: f"{u.username}@example.org")
    password = factory.django.Password("correct horse battery staple")


class EditorFactory(UserFactory):
    username = factory.Sequence(lambda n: f"editor{n}")
    is_staff = True

    @factory.post_generation
    def editors_group(self, create, extracted, **kwargs):
        if create:
            self.groups.add(Group.objects.get(name="Editors"))


class TagFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Tag

    name = factory.Sequence(lambda n: f"Topic {n}")
    slug = factory.LazyAttribute(lambda t: slugify(t.name))


class SpeakerFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Speaker

    name = factory.Sequence(lambda n: f"Speaker Number{n}")
    slug = factory.LazyAttribute(lambda s: slugify(s.name))
    description = "Minister for Examples"


class SpeakerAliasFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = SpeakerAlias

    speaker = factory.SubFactory(SpeakerFactory)
    name = factory.LazyAttribute(lambda a: a.speaker.name)


class SourceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Source

    headline = factory.Sequence(lambda n: f"Talks resume in round {n}")
    standfirst = "Negotiators meet again after a week of delays."
    body = factory.Sequence(
        lambda n: f'Talks resumed on day {n}.\n"We are close to a deal," the minister said.'
    )
    published_on = datetime.date(2025, 12, 14)
    outlet = "Example News"
    origin_file = factory.Sequence(lambda n: f"article_{n}.txt")
    extractor_version = "test"


class QuoteFactory(factory.django.DjangoModelFactory):
    """A quote whose text really sits at its offsets in its source's body."""

    class Meta:
        model = Quote
        skip_postgeneration_save = True

    class Params:
        words = factory.Sequence(lambda n: f"We will not give up on point {n}")

    speaker = factory.SubFactory(SpeakerFactory)
    source = factory.SubFactory(
        SourceFactory,
        body=factory.LazyAttribute(
            lambda s: f'The talks went on.\n"{s.factory_parent.words}," the minister said.'
        ),
    )
    text = factory.LazyAttribute(lambda q: f"{q.words},")
    start = factory.LazyAttribute(lambda q: q.source.body.index('"'))
    end = factory.LazyAttribute(lambda q: q.start + len(q.text) + 2)
    paragraph = 1
    kind = Quote.Kind.DIRECT
    cue = "said"
    speaker_mention = "the minister"
    attribution_rule = "cue-after"
    attribution_confidence = 0.9
    speaker_match = Quote.SpeakerMatch.ALIAS
    said_on = factory.LazyAttribute(lambda q: q.source.published_on)
    context = factory.LazyAttribute(lambda q: context_around(q.source.body, q.start, q.end))


class RatingScaleFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = RatingScale
        django_get_or_create = ["slug"]

    name = "Test scale"
    slug = "test-scale"


class RatingFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Rating

    scale = factory.SubFactory(RatingScaleFactory)
    label = factory.Sequence(lambda n: f"Step {n}")
    slug = factory.LazyAttribute(lambda r: slugify(r.label))
    value = factory.Sequence(lambda n: n + 1)


class ClaimFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Claim

    text = factory.Sequence(lambda n: f"Unemployment fell for the {n}th month")
    slug = factory.LazyAttribute(lambda c: slugify(c.text)[:100])
    claimant = factory.SubFactory(SpeakerFactory)


class VerdictFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Verdict

    claim = factory.SubFactory(ClaimFactory)
    rating = factory.SubFactory(RatingFactory)
    explanation = "The official figures show otherwise."


class EvidenceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Evidence

    verdict = factory.SubFactory(VerdictFactory)
    url = factory.Sequence(lambda n: f"https://stats.example.org/release/{n}")
    title = "Labour market statistics"


class AnnotationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Annotation

    quote = factory.SubFactory(QuoteFactory)
    author = factory.SubFactory(UserFactory)
    body = "Which point is this?"
    start = 0
    end = 7
    exact = factory.LazyAttribute(lambda a: a.quote.text[a.start : a.end])


class AnnotationFlagFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = AnnotationFlag

    annotation = factory.SubFactory(AnnotationFactory)
    user = factory.SubFactory(UserFactory)
    reason = "Off topic"


class CorrectionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Correction

    claim = factory.SubFactory(ClaimFactory, status=Claim.Status.PUBLISHED)
    kind = Correction.Kind.CORRECTION
    reason = "We misread the table."


def published_claim(
    *, editor, quotes=None, text="Prices fell", evidence=1, publisher=None, **verdict
):
    """A claim taken through the editorial workflow to publication, as editors do:
    `editor` writes it and sends it for review, `publisher` (another editor, made here
    when not given) publishes it."""
    from quotes.services.claims import (
        claim_create_from_quotes,
        claim_submit_for_review,
        verdict_publish,
        verdict_write,
    )

    quotes = quotes or [QuoteFactory()]
    claim = claim_create_from_quotes(quotes=quotes, text=text, user=editor)
    if "rating" not in verdict and not verdict.get("conclusion_only"):
        verdict["rating"] = RatingFactory()
    verdict.setdefault("explanation", "The official figures show otherwise.")
    links = [(f"https://stats.example.org/{claim.pk}/{n}", f"Table {n}") for n in range(evidence)]
    verdict_write(claim=claim, user=editor, evidence=links, **verdict)
    claim_submit_for_review(claim=claim, user=editor)
    return verdict_publish(claim=claim, user=publisher or EditorFactory())

"""The public lists' filters: explicit FilterSets (django-filter).

A value that does not validate empties the list and shows the error in the form
(the selectors check `is_valid()`); it never raises."""

import copy

import django_filters as filters
from django import forms
from django.core.cache import cache
from django.core.validators import validate_slug
from django.db.models import Exists, OuterRef
from django.http import QueryDict
from django_filters.filters import FilterMethod

from quotes.models import Claim, Quote, Rating, Speaker
from quotes.plain_text import search_words


class SlugListField(forms.Field):
    """Zero or more slugs from repeated parameters: ?speaker=a&speaker=b."""

    widget = forms.MultipleHiddenInput

    def to_python(self, value):
        return [v.strip() for v in (value or []) if v and v.strip()][:20]

    def validate(self, value):
        super().validate(value)
        for slug in value:
            validate_slug(slug)


class SlugListFilter(filters.Filter):
    field_class = SlugListField


class WordsField(forms.CharField):
    """Words to search for; control characters and the like become spaces."""

    def to_python(self, value):
        return search_words(super().to_python(value)).strip()

    def bound_data(self, data, initial):
        # The search box shows the words as searched for, not as sent.
        return search_words(data) if isinstance(data, str) else data


class WordsFilter(filters.CharFilter):
    field_class = WordsField


class OrderField(forms.ChoiceField):
    """The list's order: its choices name what the default does for these words (best
    match first with words, newest first without); every order stays valid."""

    def valid_value(self, value):
        return value in Quote.ORDERS or super().valid_value(value)


class QuoteSearchForm(forms.Form):
    """The words and the order shape the search rather than filter it: the FilterSet's
    form carries them, and `QuoteFilter.search_terms` reads them once."""

    q = WordsField(label="Words", max_length=200, required=False)
    order = OrderField(label="Order", required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        words = (self.data.get("q") or "").strip() if self.is_bound else ""
        self.fields["order"].choices = (
            [("", "Best match first"), ("newest", "Newest first"), ("oldest", "Oldest first")]
            if words
            else [("", "Newest first"), ("oldest", "Oldest first")]
        )


VERDICT_CHOICES_SECONDS = 60


def verdict_choices() -> list[tuple[str, str]]:
    """The ratings a quote's fact check may carry, by slug, for the verdict filter.
    A speed trick: kept in the default cache (no SQL) for VERDICT_CHOICES_SECONDS, so
    the quote list costs no query more for them; a new rating is offered within a
    minute."""

    def choices():
        rows = Rating.objects.order_by("-on_scale", "-value", "label").values_list("slug", "label")
        return list(dict(rows).items())

    return cache.get_or_set("quotes:verdict-choices", choices, VERDICT_CHOICES_SECONDS)


class QuoteFilter(filters.FilterSet):
    speaker = SlugListFilter(field_name="speaker__slug", lookup_expr="in", label="Speakers")
    date_from = filters.DateFilter(field_name="said_on", lookup_expr="gte", label="From")
    date_to = filters.DateFilter(field_name="said_on", lookup_expr="lte", label="To")
    outlet = filters.CharFilter(field_name="source__outlet", label="Outlet", max_length=200)
    source = filters.NumberFilter(field_name="source_id", label="Article", min_value=1)
    kind = filters.ChoiceFilter(
        choices=[(k, label) for k, label in Quote.Kind.choices if k != Quote.Kind.TERM],
        label="Kind",
        empty_label="Any kind",
    )
    status = filters.ChoiceFilter(
        choices=[(Quote.Status.UNREVIEWED, "Unreviewed"), (Quote.Status.VERIFIED, "Verified")],
        label="Review",
        empty_label="Any",
    )
    tag = filters.CharFilter(field_name="tags__slug", label="Tag", validators=[validate_slug])
    verdict = filters.ChoiceFilter(
        method="filter_verdict", label="Verdict", choices=verdict_choices, empty_label="Any verdict"
    )

    class Meta:
        model = Quote
        fields = []
        form = QuoteSearchForm

    # A speed trick (bench/README.md, "Speed tricks in the code"): django-filter deep-copies
    # every filter and builds a new form class, with a new field per filter, for each
    # search; a fifth of a rare word's search page. A filter keeps no state of its own
    # but its parent, model, field and method, so a shallow copy serves; the form class is
    # the same every time (its fields are copied per form, as Django does, and the
    # verdict choices are read when the form lists them).
    _form_class = None

    def __init__(self, data=None, queryset=None, *, request=None, prefix=None):
        self.is_bound = data is not None
        self.data = data or QueryDict()
        self.queryset = queryset if queryset is not None else Quote.objects.all()
        self.request = request
        self.form_prefix = prefix
        self.filters = {name: copy.copy(filter_) for name, filter_ in self.base_filters.items()}
        for filter_ in self.filters.values():
            filter_.model = self.queryset.model
            filter_.parent = self
            if isinstance(filter_.filter, FilterMethod):  # it calls a method of the parent
                filter_.filter = FilterMethod(filter_)

    def get_form_class(self):
        form = type(self)._form_class
        if form is None:
            form = type(self)._form_class = super().get_form_class()
        return form

    def filter_verdict(self, queryset, name, value):
        checked = Claim.appearances.through.objects.filter(
            quote_id=OuterRef("pk"),
            claim__in=Claim.objects.public(),
            claim__verdict__rating__slug=value,
        )
        return queryset.filter(Exists(checked))

    def filter_queryset(self, queryset):
        """The filters only: the words and the order are the search's (search_terms)."""
        for name, value in self.form.cleaned_data.items():
            if name in self.filters:
                queryset = self.filters[name].filter(queryset, value)
        return queryset

    def search_terms(self) -> tuple[str, str | None]:
        """(words, order) as the reader asked: the words stripped, the order None for
        the default (best first with words, newest without)."""
        data = self.form.cleaned_data if self.is_valid() else {}
        return (data.get("q") or "").strip(), data.get("order") or None


class SpeakerFilter(filters.FilterSet):
    q = WordsFilter(method="filter_name", label="Name", max_length=200)
    kind = filters.ChoiceFilter(choices=Speaker.Kind.choices, label="Kind")

    class Meta:
        model = Speaker
        fields = []

    def filter_name(self, queryset, name, value):
        return queryset.search(value)


class ClaimFilter(filters.FilterSet):
    q = WordsFilter(field_name="text", lookup_expr="icontains", label="Words")
    claimant = filters.CharFilter(
        field_name="claimant__slug", label="Claimant", validators=[validate_slug]
    )
    verdict = filters.CharFilter(
        field_name="verdict__rating__slug", label="Verdict", validators=[validate_slug]
    )

    class Meta:
        model = Claim
        fields = []

import pytest
from django.urls import reverse

from quotes.models import Claim, Quote, Speaker, SpeakerAlias
from tests.factories import ClaimFactory, QuoteFactory, SpeakerAliasFactory, SpeakerFactory

pytestmark = pytest.mark.django_db
CHANGELIST = reverse("admin:quotes_speaker_changelist")


def merge(client, speakers, target, apply=True):
    data = {"action": "merge_speakers", "_selected_action": [s.pk for s in speakers]}
    if apply:
        data |= {"apply": "1", "target": target.pk}
    return client.post(CHANGELIST, data, follow=True)


def test_it_asks_which_speaker_to_keep_before_merging(editor_client):
    a, b = SpeakerFactory(name="Volodymyr Zelenskyy"), SpeakerFactory(name="Volodymyr Zelensky")
    response = merge(editor_client, [a, b], a, apply=False)
    assert response.status_code == 200
    assert b"Choose the speaker that remains" in response.content
    assert Speaker.objects.count() == 2


def test_merging_moves_quotes_aliases_and_claims_and_keeps_the_names(editor_client, editor):
    keep = SpeakerFactory(name="Volodymyr Zelenskyy", wikidata_id="")
    gone = SpeakerFactory(name="Volodymyr Zelensky", wikidata_id="Q3881776", description="")
    SpeakerAliasFactory(speaker=gone, name="Mr Zelensky")
    quotes = [QuoteFactory(speaker=gone) for _ in range(3)]
    claim = ClaimFactory(claimant=gone)

    response = merge(editor_client, [keep, gone], keep)

    assert b"Merged 1 speaker(s) into Volodymyr Zelenskyy" in response.content
    assert not Speaker.objects.filter(pk=gone.pk).exists()
    assert Quote.objects.filter(speaker=keep).count() == 3
    assert Claim.objects.get(pk=claim.pk).claimant == keep
    assert set(keep.aliases.values_list("key", flat=True)) == {
        "zelensky",
        "volodymyr zelensky",
        "volodymyr zelenskyy",
    }
    keep.refresh_from_db()
    assert keep.wikidata_id == "Q3881776"
    # The history says who merged what.
    latest = keep.history.latest()
    assert latest.history_change_reason == "Merged Volodymyr Zelensky into Volodymyr Zelenskyy"
    assert latest.history_user == editor
    deleted = Speaker.history.filter(id=gone.pk, history_type="-").get()
    assert "Merged into Volodymyr Zelenskyy" in deleted.history_change_reason
    moved = quotes[0].history.latest()
    assert moved.speaker_id == keep.pk and moved.history_user == editor


def test_merging_rolls_back_completely_when_anything_fails(editor, monkeypatch):
    from quotes.services import speakers as service

    keep, gone = SpeakerFactory(), SpeakerFactory()
    QuoteFactory(speaker=gone)

    def explode(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(service.Speaker, "delete", explode)
    with pytest.raises(RuntimeError):
        service.speaker_merge(target=keep, others=[gone], user=editor)
    assert Quote.objects.filter(speaker=gone).count() == 1
    assert SpeakerAlias.objects.count() == 0


def test_the_changelist_finds_a_speaker_by_alias(editor_client):
    SpeakerAliasFactory(speaker=SpeakerFactory(name="Volodymyr Zelenskyy"), name="Zelenskiy")
    SpeakerFactory(name="Friedrich Merz")
    response = editor_client.get(CHANGELIST, {"q": "Zelenskiy"})
    assert b"Volodymyr Zelenskyy" in response.content
    assert b"Friedrich Merz" not in response.content


def test_the_changelist_counts_each_speakers_quotes(editor_client):
    speaker = SpeakerFactory()
    QuoteFactory.create_batch(4, speaker=speaker)
    response = editor_client.get(CHANGELIST)
    assert f'?speaker={speaker.pk}">4</a>'.encode() in response.content

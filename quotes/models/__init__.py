from .annotations import Annotation
from .claims import Claim, Evidence, Rating, RatingScale, Verdict
from .quotes import Quote
from .sources import Source
from .speakers import Speaker, SpeakerAlias
from .tags import Tag

__all__ = [
    "Annotation",
    "Claim",
    "Evidence",
    "Quote",
    "Rating",
    "RatingScale",
    "Source",
    "Speaker",
    "SpeakerAlias",
    "Tag",
    "Verdict",
]

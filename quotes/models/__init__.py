from .accounts import UsernameSkeleton
from .annotations import Annotation, AnnotationFlag
from .claims import Claim, Evidence, Rating, RatingScale, Verdict
from .corrections import Correction
from .imports import ImportJob, ImportJobFile
from .queue import QueueDecision
from .quotes import Quote
from .sources import Source
from .speakers import Speaker, SpeakerAlias
from .tags import Tag

__all__ = [
    "Annotation",
    "AnnotationFlag",
    "Claim",
    "Correction",
    "Evidence",
    "ImportJob",
    "ImportJobFile",
    "QueueDecision",
    "Quote",
    "Rating",
    "RatingScale",
    "Source",
    "Speaker",
    "SpeakerAlias",
    "Tag",
    "UsernameSkeleton",
    "Verdict",
]

"""Numbers worth a glance before sending: length, questions, reading grade, and which of
the customer's questions the reply leaves open."""

from __future__ import annotations

from typing import Any

from .document import Document
from .listen import Listening


def reading_grade(doc: Document) -> float:
    """Flesch–Kincaid grade level; 0 for an empty draft. Long support replies read best
    around grade 8–10."""
    # Words outside every sentence are list numbers ("2. "), which don't count anyway.
    n_words = sum(f.plain_words for f in doc.facts)
    n_sentences = max(1, len(doc.sentences))
    if not n_words:
        return 0.0
    n_syllables = sum(f.syllables for f in doc.facts)
    grade = 0.39 * n_words / n_sentences + 11.8 * n_syllables / n_words - 15.59
    return round(max(0.0, grade), 1)


def compute_metrics(doc: Document, listening: Listening) -> dict[str, Any]:
    questions = listening.questions
    return {
        "words": doc.word_count,
        "sentences": len(doc.sentences),
        "questions": sum(1 for s in doc.sentences if s.is_question),
        "reading_grade": reading_grade(doc),
        "customer_questions": len(questions),
        "unanswered_questions": sum(1 for q in questions if not q.answered),
        # which ones, with their place in the customer's message, so a reader of the
        # JSON can list what is still open
        "open_questions": [
            {"start": q.start, "end": q.end, "text": q.text} for q in questions if not q.answered
        ],
    }

"""The learned sentence models: features, training, the model files, and the classifier rules."""

import importlib.util
import math
import re
import sys
import textwrap
from dataclasses import replace
from pathlib import Path

import pytest

from desktop.core import RuleFileError, analyze, load_ruleset
from desktop.core.lexicon import GLUE_WORDS
from desktop.core.paths import shipped_checklists_dir
from desktop.core.sentence_model import (
    BIAS,
    SentenceModel,
    Training,
    dump,
    features,
    features_with_gaps,
    load_model,
    reply_features,
    train,
)

ROOT = Path(__file__).resolve().parents[2]


def trainer():
    spec = importlib.util.spec_from_file_location(
        "composure_train_models", ROOT / "tests" / "benchmarks" / "train_models.py"
    )
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


# -- the model on its own -------------------------------------------------------------------

def test_features_are_words_word_pairs_and_shape() -> None:
    found = features("That's ON YOU!!")
    assert {"w:that's", "w:on", "w:you", "b:that's_on", "b:on_you", "w:!"} <= found
    assert {"s:caps", "s:bang2", BIAS} <= found
    assert "s:caps" not in features("Ask IT, not me.")  # two letters: an acronym's length


def test_the_tone_model_also_sees_pairs_of_words_one_word_apart() -> None:
    found = features_with_gaps("You should have read it")
    assert {"g:you_have", "g:should_read", "g:have_it"} <= found
    assert features("You should have read it") <= found
    assert not any(f.startswith("g:") for f in features("You should have read it"))


def test_a_gapped_pair_is_named_with_its_gap_and_never_across_a_glue_word() -> None:
    model = load_model(shipped_checklists_dir() / "models" / "tone.tsv")
    assert "speed … up" in model.cues("Phoning the office repeatedly will not speed this up.")
    for text in ("Going forward, maybe read the claim form more carefully.",
                 "As the message says, the restore completed.",
                 "Please be aware that a new account will result in a ban."):
        for cue in model.cues(text):
            first, _, last = cue.partition(" … ")
            assert not last or (first not in GLUE_WORDS and last not in GLUE_WORDS), cue


@pytest.mark.parametrize(
    ("file", "featurize"), [("tone.tsv", features_with_gaps), ("clarity.tsv", features)]
)
@pytest.mark.parametrize(
    "text",
    ["That's ON YOU!! Honestly.", "Honestly, honestly, these things happen.", "", "?!",
     "Don’t worry, we’ll sort it out", "Ünïcode İs fine; the model sees ASCII words",
     "You should have read the guide before you started.",
     "You should have, you should have read it: you must have, you must have."],
)
def test_scoring_by_words_and_pairs_equals_the_sum_over_its_features(
    file: str, featurize, text: str
) -> None:
    model = load_model(shipped_checklists_dir() / "models" / file)
    by_features = sum(model.weights.get(f, 0.0) for f in featurize(text))
    assert model._score(text) == pytest.approx(by_features, abs=1e-9)


def test_training_separates_what_it_was_shown_and_is_deterministic() -> None:
    examples = [
        (text, label, group)
        for group in ("writer-a", "writer-b")
        for text, label in [
            ("that is clearly your mistake", True),
            ("you clearly skipped the guide", True),
            ("thanks, I have fixed it for you", False),
            ("I have refunded it, thanks for waiting", False),
        ]
    ]
    weights = train(examples)
    model = SentenceModel(weights)
    assert model.probability("clearly your mistake") > 0.8
    assert model.probability("thanks, I have fixed it") < 0.2
    assert train(examples) == weights


def test_a_feature_only_one_writer_used_is_not_learned() -> None:
    examples = [("clearly wrong", True, "a"), ("clearly wrong", True, "b"),
                ("zanzibar wrong", True, "a"), ("all fine", False, "a"),
                ("all fine", False, "b")]
    weights = train(examples, Training(min_groups=2))
    assert "w:clearly" in weights and "w:zanzibar" not in weights


def test_a_model_file_round_trips(tmp_path: Path) -> None:
    path = tmp_path / "m.tsv"
    path.write_text(dump({BIAS: -1.0, "w:clearly": 2.5, "w:tiny": 0.00001}, ["made here"]))
    model = load_model(path)
    assert model.weights == {BIAS: -1.0, "w:clearly": 2.5}  # rounded away, not kept as 0
    assert path.read_text().startswith("# made here\n")


def test_a_pair_feature_without_a_second_word_loads_and_never_matches(tmp_path: Path) -> None:
    path = tmp_path / "odd.tsv"
    path.write_text("bias\t0\ng:you\t5\nb:you\t5\ng:you_have\t1\n")
    model = load_model(path)
    assert model._score("you should have you") == pytest.approx(1.0)


@pytest.mark.parametrize(
    ("text", "line", "problem"),
    [
        ("bias\t-1\nw:clearly 2\n", 2, "expected 'feature<TAB>weight'"),
        ("bias\t-1\n# note\nw:clearly\tlots\n", 3, "'lots' is not a number"),
        ("bias\t-1\nw:clearly\tnan\n", 2, "not a finite number"),
        ("bias\t-1\nw:a\t1\nw:a\t2\n", 3, "appears twice"),
        ("w:clearly\t2\n", 1, "no 'bias' line"),
    ],
)
def test_a_broken_model_file_names_its_line(
    tmp_path: Path, text: str, line: int, problem: str
) -> None:
    path = tmp_path / "broken.tsv"
    path.write_text(text)
    with pytest.raises(RuleFileError) as info:
        load_model(path)
    assert info.value.line == line and problem in str(info.value)
    assert str(info.value).startswith("broken.tsv, line ")


def test_cues_name_telling_words_once_and_never_glue() -> None:
    model = SentenceModel({BIAS: 0.0, "w:the": 3.0, "w:you": 2.0, "b:it's_not": 1.5,
                           "w:not": 1.2, "w:honestly": 1.0, "s:caps": 4.0, "w:faint": 0.1})
    assert model.cues("Honestly it's NOT the faint you") == ["it's not", "honestly"]
    unnamed = frozenset({"honestly"})
    assert model.cues("Honestly it's NOT the faint you", unnamed=unnamed) == ["it's not"]


# Every model learns from some 17,000 replies (twenty seconds to a minute each), so their
# files are held to their stamps (below); Listen's, the quickest (about twenty seconds),
# is also trained again here, so the trainer's arithmetic is checked end to end once.
RETRAINED_HERE = ("listen",)


@pytest.mark.parametrize("name", RETRAINED_HERE)
def test_a_retrained_model_is_exactly_what_the_trainer_makes_from_the_corpora(
    name: str,
) -> None:
    target = trainer().TARGETS[name]
    shipped = (shipped_checklists_dir() / "models" / target.file).read_text(encoding="utf-8")
    assert target.model_text() == shipped, (
        f"checklists/models/{target.file} is stale: run tests/benchmarks/train_models.py")


def _weights_of(text: str) -> str:
    return "".join(line for line in text.splitlines(keepends=True) if not line.startswith("#"))


@pytest.mark.parametrize("name", ["tone", "clarity", "listen", "affirm", "partner"])
def test_each_shipped_model_was_learned_from_the_corpora_as_they_are_and_is_unedited(
    name: str,
) -> None:
    target = trainer().TARGETS[name]
    shipped = (shipped_checklists_dir() / "models" / target.file).read_text(encoding="utf-8")
    body = _weights_of(shipped)
    assert target.header_text(target.examples(), target.settings, body) + body == shipped, (
        f"checklists/models/{target.file} is stale or was edited by hand: run "
        "tests/benchmarks/train_models.py")


def test_the_stamp_changes_with_a_weight_a_label_or_a_setting() -> None:
    module = trainer()
    target = module.TARGETS["partner"]
    found = target.examples()
    body = _weights_of(
        (shipped_checklists_dir() / "models" / target.file).read_text(encoding="utf-8"))
    header = target.header_text(found, target.settings, body)
    first_weight = body.index("\t") + 1
    edited = body[:first_weight] + "9" + body[first_weight:]
    relabelled = [(found[0][0], not found[0][1], found[0][2]), *found[1:]]
    slower = replace(target.settings, rate=target.settings.rate / 2)
    for changed in (target.header_text(found, target.settings, edited),
                    target.header_text(relabelled, target.settings, body),
                    target.header_text(found, slower, body)):
        assert changed != header
        assert changed.splitlines()[:-1] == header.splitlines()[:-1]  # only the stamp


def test_each_model_is_read_by_its_rule_or_checklist_item() -> None:
    from desktop.core.checklist import ReplyModel, conditions_of

    ruleset = load_ruleset(include_user=False, strict=True)
    for target in trainer().TARGETS.values():
        rule, item = ruleset.rule(target.reader), ruleset.item(target.reader)
        read = ([rule.kind.model.source] if rule is not None else
                [m.model.source for m in conditions_of(item.condition, ReplyModel)])
        assert read == [target.file], target.reader


def test_the_trainer_scores_a_model_of_its_own_in_place_of_the_shipped_one() -> None:
    """`--val5` reads a model trained in memory through the whole engine: `with_model`
    must swap exactly the target's reader and leave the shipped rule set as it was."""
    module = trainer()
    shipped = load_ruleset(include_user=False, strict=True)
    always = SentenceModel({BIAS: 9.0})  # every sentence and every reply reads as the label
    draft = "Our courier delivers on Tuesdays. The parcel left the depot this morning."

    vague = module.with_model(shipped, module.TARGETS["clarity"], always, 0.5)
    flagged = {f.rule for f in analyze(draft, "", vague).findings}
    assert "clarity.ask-lacks-specifics" in flagged
    assert "tone.reads-as-blame" not in flagged
    as_shipped = {f.rule for f in analyze(draft, "", shipped).findings}
    assert "clarity.ask-lacks-specifics" not in as_shipped
    assert shipped.rule("clarity.ask-lacks-specifics").kind.model is not always

    partner = module.with_model(shipped, module.TARGETS["partner"], always, 0.99)
    assert analyze(draft, "", partner).item("leap.partner").done
    assert not analyze(draft, "", shipped).item("leap.partner").done
    assert analyze(draft, "", partner).item("leap.affirm").done == analyze(
        draft, "", shipped).item("leap.affirm").done


def test_a_reply_is_scored_on_the_features_of_its_sentences() -> None:
    model = SentenceModel({BIAS: -0.5, "w:sorry": 1.0, "b:let_me": 0.7, "s:number": 0.3})
    replies = ["I'm sorry.", "Let me know by 3pm.", "Sorry again"]
    found = reply_features(replies)
    assert {"w:sorry", "b:let_me", "s:number", BIAS} <= found
    assert "b:sorry_let" not in found  # a pair never spans two sentences
    expected = 1 / (1 + math.exp(-sum(model.weights.get(f, 0.0) for f in found)))
    assert model.reply_probability(replies) == pytest.approx(expected)


def test_the_judging_corpora_are_never_trained_on() -> None:
    module = trainer()
    assert set(module.JUDGES).isdisjoint(module.TRAINING)
    assert all((module.DATA / name).is_file() for name in (*module.TRAINING, *module.JUDGES))
    for target in module.TARGETS.values():  # each model learns from training corpora only
        assert set(target.corpora) <= set(module.TRAINING)


# -- the shipped rule --------------------------------------------------------------------------

def blame(draft: str, customer: str = "") -> list:
    return [f for f in analyze(draft, customer).findings if f.rule == "tone.reads-as-blame"]


def test_a_brush_off_no_phrase_rule_lists_is_read_as_one() -> None:
    (finding,) = blame("Hi Ana. Honestly, these things just happen sometimes.")
    assert finding.text == "Honestly, these things just happen sometimes."
    assert finding.severity == "info" and finding.category == "tone"
    assert "“honestly”" in finding.message


@pytest.mark.parametrize(
    "draft",
    [
        "I'm sorry, this was our mistake and I've refunded the charge.",
        "Thanks for the logs; I found the cause and I'm fixing it now.",
        "I've escalated this to the storage team and I'll update you by 15:00 UTC.",
    ],
)
def test_warm_sentences_are_not_read_as_blame(draft: str) -> None:
    assert blame(draft) == []


def test_it_defers_to_a_precise_tone_rule_on_the_same_words() -> None:
    report = analyze("It is not our job to debug your network, honestly.")
    assert [f.rule for f in report.findings if f.category == "tone"] == ["tone.blame"]


def test_the_customers_words_quoted_back_are_not_scored() -> None:
    draft = "You were told 'honestly, these things happen with older routers'."
    customer = "Your agent told me: honestly, these things happen with older routers. Really?"
    assert blame(draft, customer) == []
    assert blame(draft) != []  # without the customer's message, the words are ours


def test_it_unticks_humble() -> None:
    # (no phrase rule reads this; the model does: the terms held up as the answer)
    report = analyze("You agreed to these terms when you paid the deposit.")
    assert blame("You agreed to these terms when you paid the deposit.")
    humble = report.item("grace.humble")
    assert humble is not None and not humble.done


def vague(draft: str, customer: str = "") -> list:
    return [f for f in analyze(draft, customer).findings
            if f.rule == "clarity.ask-lacks-specifics"]


def test_a_vague_ask_no_request_rule_lists_is_read_as_one() -> None:
    (finding,) = vague("Thanks, Lee. Please let us know what you're seeing on your end.")
    assert finding.text == "Please let us know what you're seeing on your end."
    assert finding.severity == "info" and finding.category == "clarity"
    cues = re.findall(r"“([^”]+)”", finding.message)
    assert cues and all(c in finding.text.lower() for c in cues)
    assert not any(c in GLUE_WORDS for c in cues)
    # every ask has a verb of asking: the rule's not_cues
    assert not {"let", "know", "please"} & set(" ".join(cues).split())
    clear = analyze("Please let us know what you're seeing on your end.").item("grace.clear")
    assert clear is not None and not clear.done


@pytest.mark.parametrize(
    "draft",
    [
        "Please send the output of `df -h` from web-01 for 09:00–09:30 UTC.",
        'Could you open Settings → Sync on the laptop and tell me the "Last synced" time?',
        "Thanks for waiting; the refund went out at 10:40 and reaches your card in 3 days.",
    ],
)
def test_specific_asks_and_plain_news_are_not_read_as_vague(draft: str) -> None:
    assert vague(draft) == []


def test_it_defers_to_a_request_rule_that_can_name_what_is_missing() -> None:
    report = analyze("Please check your settings and try again.")
    rules = [f.rule for f in report.findings if f.category == "clarity"]
    assert rules and "clarity.ask-lacks-specifics" not in rules
    assert all(f.suggestions for f in report.findings if f.category == "clarity")


# -- a classifier rule of one's own --------------------------------------------------------------

HOUSE = """\
category: tone
rules:
  - id: tone.house-model
    kind: classifier
    description: Our own model.
    message: "Leans on {cues}."
    model: house.tsv
    threshold: {threshold}
"""


def house(
    tmp_path: Path, threshold: str = "0.5", model: str | None = None, extra: str = ""
):
    """A folder of one's own with tone.house-model (and `extra` YAML after it)."""
    folder = tmp_path / "rules"
    folder.mkdir(exist_ok=True)
    (folder / "house.tsv").write_text(model or "bias\t-2\nw:meh\t5\n", encoding="utf-8")
    (folder / "house.yaml").write_text(textwrap.dedent(HOUSE).replace(
        "{threshold}", threshold) + extra, encoding="utf-8")
    return load_ruleset([folder], include_shipped=False, include_user=False, strict=True)


def test_a_house_classifier_reads_its_model_beside_the_rule_file(tmp_path: Path) -> None:
    ruleset = house(tmp_path)
    (finding,) = analyze("Meh. Fine.", checklists=ruleset).findings
    assert (finding.text, finding.message) == ("Meh.", "Leans on “meh”.")


def test_a_copy_of_a_shipped_rule_file_still_finds_the_shipped_model(tmp_path: Path) -> None:
    folder = tmp_path / "mine"
    folder.mkdir()
    shipped = (shipped_checklists_dir() / "tone.yaml").read_text(encoding="utf-8")
    (folder / "tone.yaml").write_text(shipped.replace("threshold: 0.7\n", "threshold: 0.9\n"),
                                      encoding="utf-8")
    ruleset = load_ruleset([folder], include_user=False, strict=True)
    rule = ruleset.rule("tone.reads-as-blame")
    assert rule is not None and rule.kind.threshold == 0.9


def test_a_threshold_out_of_range_names_the_field(tmp_path: Path) -> None:
    with pytest.raises(RuleFileError) as info:
        house(tmp_path, threshold="2")
    assert info.value.field == "rules.0.threshold" and "between 0 and 1" in str(info.value)


def test_a_missing_model_file_names_the_field(tmp_path: Path) -> None:
    house(tmp_path)
    (tmp_path / "rules" / "house.tsv").unlink()
    with pytest.raises(RuleFileError) as info:
        load_ruleset([tmp_path / "rules"], include_shipped=False, include_user=False,
                     strict=True)
    assert info.value.field == "rules.0.model" and info.value.line == 7


def test_a_broken_model_is_reported_and_the_shipped_rules_keep_working(tmp_path: Path) -> None:
    house(tmp_path)
    (tmp_path / "rules" / "house.tsv").write_text("bias\tnope\n", encoding="utf-8")
    ruleset = load_ruleset([tmp_path / "rules"], include_user=False)
    assert [str(p) for p in ruleset.problems] == ["house.tsv, line 1: 'nope' is not a number"]
    assert ruleset.rule("tone.reads-as-blame") is not None


# -- a deferring classifier that reads what a precise rule leaves --------------------------------

PRECISE = """\
    defer: true
{narrow}  - id: tone.house-phrase
    kind: phrase
    description: A precise rule.
    message: "Blah."
    patterns: ['\\bblah\\b']
"""


# what a narrowed stretch must not start with: our side, a step not to take, a lone "if"
NARROW_UNLESS = (
    "    narrow_unless: '(?:(?:and|so)\\s+)?(?:we|our\\s+team|please\\s+don''t)\\b"
    "|if\\b(?![^,]*,)'\n"
)


def narrowing(tmp_path: Path, narrow: bool, unless: bool = True):
    settings = ("    narrow: true\n" + (NARROW_UNLESS if unless else "")) if narrow else ""
    return house(tmp_path, model="bias\t-2\nw:meh\t5\nw:blah\t5\n",
                 extra=PRECISE.replace("{narrow}", settings))


def test_a_narrowing_classifier_still_reads_the_clauses_a_precise_rule_left(
    tmp_path: Path,
) -> None:
    draft = "Blah to the first part, and meh to all the rest."
    whole = analyze(draft, checklists=narrowing(tmp_path, narrow=False))
    assert [f.rule for f in whole.findings] == ["tone.house-phrase"]
    narrow = analyze(draft, checklists=narrowing(tmp_path, narrow=True))
    assert [(f.rule, f.text) for f in narrow.findings] == [
        ("tone.house-phrase", "Blah"),
        ("tone.house-model", "and meh to all the rest."),
    ]
    assert narrow.findings[1].message == "Leans on “meh”."


def test_what_a_precise_rule_leaves_fires_only_when_it_reads_so_on_its_own(
    tmp_path: Path,
) -> None:
    ruleset = narrowing(tmp_path, narrow=True)
    # the sentence reads as one ("blah" weighs), but what is left of it doesn't
    assert [f.rule for f in analyze("Blah there, and fine.", checklists=ruleset).findings] == [
        "tone.house-phrase"]
    # nor is what `narrow_unless` says asks nothing on its own: our side of it, a step not
    # to take, the condition of the flagged ask alone
    for draft in ("Blah there, and we'll meh later.", "Blah first, so our team can meh.",
                  "If meh, then blah.", "Blah there, and please don't meh."):
        assert [f.rule for f in analyze(draft, checklists=ruleset).findings] == [
            "tone.house-phrase"], draft
    bare = narrowing(tmp_path, narrow=True, unless=False)  # (the field is what decides)
    assert [f.text for f in analyze("Blah there, and we'll meh later.", checklists=bare)
            .findings] == ["Blah", "and we'll meh later."]
    # clauses either side of the flagged one are read apart, not as one stretch
    found = analyze("Meh at first; blah then, and meh again.", checklists=ruleset).findings
    assert [(f.rule, f.text) for f in found] == [
        ("tone.house-model", "Meh at first"),
        ("tone.house-phrase", "blah"),
        ("tone.house-model", "and meh again."),
    ]


# -- a classifier that underlines only the clauses that read so ----------------------------------

# "meh" weighs for the label and "ok" against it, so a clause can read plainly otherwise
TRIMMING_MODEL = "bias\t-1\nw:meh\t5\nw:ok\t-3\n"


def trimming(tmp_path: Path, trim_below: str | None):
    extra = f"    trim_below: {trim_below}\n" if trim_below is not None else ""
    return house(tmp_path, model=TRIMMING_MODEL, extra=extra)


def test_a_trimming_classifier_leaves_the_clauses_that_read_otherwise_out_of_its_hit(
    tmp_path: Path,
) -> None:
    draft = "Ok first, meh meh then, and meh again."
    # the sentence reads as one: without trim_below all of it is the hit
    assert [f.text for f in analyze(draft, checklists=trimming(tmp_path, None)).findings] == [
        draft]
    # "Ok first" reads as the other way on its own and is set aside; the clauses after it
    # are one run, which still fires, and the joining word is not underlined
    found = analyze(draft, checklists=trimming(tmp_path, "0.2")).findings
    assert [(f.text, f.message) for f in found] == [("meh meh then, and meh again.",
                                                      "Leans on “meh”.")]
    # a clause set aside between two that read so leaves two hits
    found = analyze("Meh meh, ok ok, and meh meh.", checklists=trimming(tmp_path, "0.2")).findings
    assert [f.text for f in found] == ["Meh meh", "meh meh."]


def test_a_trimming_classifier_keeps_the_sentence_when_trimming_leaves_nothing_that_fires(
    tmp_path: Path,
) -> None:
    ruleset = trimming(tmp_path, "0.2")
    # one clause: nothing to trim
    assert [f.text for f in analyze("Meh indeed.", checklists=ruleset).findings] == [
        "Meh indeed."]
    # no clause below the floor: the sentence as a whole
    assert [f.text for f in analyze("Meh, well.", checklists=ruleset).findings] == [
        "Meh, well."]
    # "ok." is set aside, but "Meh" doesn't fire alone (it weighs only beside "ok", a pair
    # no clause has): the sentence as a whole reads so, and is the hit
    paired = house(tmp_path, model="bias\t-1\nw:ok\t-1\nb:meh_ok\t5\n",
                   extra="    trim_below: 0.2\n")
    assert [f.text for f in analyze("Meh, ok.", checklists=paired).findings] == ["Meh, ok."]


def test_a_trimmed_hit_a_precise_rule_speaks_for_in_part_is_narrowed_within_itself(
    tmp_path: Path,
) -> None:
    # "Ok first" is trimmed away, the precise rule flags "blah", and of what is left of
    # the trimmed hit only "and meh again." is read on its own, and fires
    precise = PRECISE.replace("{narrow}", "    narrow: true\n")
    ruleset = house(tmp_path, model=TRIMMING_MODEL + "w:blah\t5\n",
                    extra="    trim_below: 0.2\n" + precise)
    found = analyze("Ok first, blah then, and meh again.", checklists=ruleset).findings
    assert [(f.rule, f.text) for f in found] == [
        ("tone.house-phrase", "blah"),
        ("tone.house-model", "and meh again."),
    ]


def test_trim_below_out_of_range_names_the_field(tmp_path: Path) -> None:
    with pytest.raises(RuleFileError) as info:
        trimming(tmp_path, "1.5")
    assert "trim_below" in str(info.value)


def test_the_shipped_reader_of_vague_asks_underlines_the_vague_ask_not_the_clear_one() -> None:
    draft = ("Please add your new card under Account → Payment methods and check your "
             "email settings.")
    found = [(f.rule, f.text) for f in analyze(draft).findings if f.category == "clarity"]
    assert ("clarity.ask-lacks-specifics", "check your email settings.") in found, found
    assert all(not text.startswith("Please add") for _, text in found), found


def test_the_shipped_model_of_vague_asks_reads_the_half_a_precise_rule_left() -> None:
    report = analyze("Please check with your neighbours and have a look around the building, "
                     "as orders are sometimes left in a safe place.")
    assert [(f.rule, f.text) for f in report.findings if f.category == "clarity"] == [
        ("clarity.ask-lacks-specifics", "Please check with your neighbours"),
        ("clarity.check-unspecified", "have a look around the building"),
    ]


def test_the_shipped_reader_of_vague_asks_leaves_a_step_not_to_take_alone() -> None:
    draft = ("Please refrain from posting vulnerability details on the public tracker and "
             "provide any additional information through the security portal.")
    found = [(f.rule, f.text) for f in analyze(draft).findings if f.category == "clarity"]
    assert found and all(rule != "clarity.ask-lacks-specifics" for rule, _ in found), found


def test_the_shipped_reader_of_vague_asks_leaves_a_joined_condition_alone() -> None:
    # "And if you can" is the condition of the flagged ask, joined on by "and": no ask
    draft = "And if you can, let me know anything else that might be relevant to the order."
    found = [(f.rule, f.text) for f in analyze(draft).findings if f.category == "clarity"]
    assert found == [("clarity.details-without-list", "anything else that might be relevant")]


def test_the_shipped_reader_of_vague_asks_leaves_a_third_partys_side_alone() -> None:
    # "and they'll try to help" is what someone else will do, not an ask of the reader
    draft = "Next time just let someone know and they'll try to help."
    found = [(f.rule, f.text) for f in analyze(draft).findings if f.category == "clarity"]
    assert found == [("clarity.contact-without-channel", "let someone know")]

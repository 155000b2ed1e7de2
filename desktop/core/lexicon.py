"""Small English word lists the engine needs to tell content words from glue words.

These are language facts, not house rules, so they live here rather than in the YAML
checklists (which say what the rules are about).
"""

from __future__ import annotations

STOPWORDS = frozenset(
    """
    a about above after again against all almost also am an and any anybody anyone anything
    are aren't around as at be because been before being below between both but by can can't
    cannot could couldn't did didn't do does doesn't doing don't down during each either even
    ever every few for from further get gets getting got had hadn't has hasn't have haven't
    having he her here hers herself him himself his how i i'd i'll i'm i've if in into is isn't
    it it's its itself just know let let's like ll made make many me might more most much must
    my myself need needs no nor not now of off often on once one only or other our ours
    ourselves out over own please quite rather re really same see seem seems she should
    shouldn't since so some someone something still such than thank thanks that that's the
    their theirs them themselves then there there's these they they're this those though
    through to too under until up upon us very via want was wasn't way we we'd we'll we're
    we've were weren't what what's when where whether which while who whom why will with won't
    would wouldn't yes yet you you'd you'll you're you've your yours yourself yourselves hi
    hello hey dear team guys folks ok okay sure well go going went any anyway able
    again already always never right thing things lot lots bit actually honestly
    day days time today yesterday tomorrow week weeks month months year years
    """.split()
)

# Words every support reply uses whatever the customer wrote. Echoing them shows nothing
# about listening: "Sorry for the issue with your account."
GENERIC_WORDS = frozenset(
    """
    issue problem trouble error help support service account information info details
    settings device app application system message request fix broken work fine
    inconvenience experiencing situation customer contact
    """.split()
)

# Articles, pronouns, prepositions and auxiliaries: the glue of every sentence. A model
# may weigh them, but naming one to a writer ("it leans on 'the'") explains nothing.
GLUE_WORDS = frozenset(
    """
    a an the to of in on at for as by from with about into than and or but so if then
    is are was were be been being am it it's its this that that's these those there
    there's here i i'm i've i'll i'd you you're you've you'll your yours we we're we've
    we'll our ours they they're their them he she his her me my us do does did done have
    has had will would can could shall should may might must which what who whom whose
    please kindly
    """.split()
)

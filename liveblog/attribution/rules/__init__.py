"""The rules that pair quote spans, speech cues and speaker mentions, sentence by sentence.

:class:`Attributor` reads one entry's laid-out paragraphs (:mod:`..layout`) and makes its
statements: direct quotes with a cue ("…," the minister said), reported speech ("X said that
…"), "according to", a colon after a name, dash lines, headlines ("X: '…'"); each mention is
resolved to a speaker through the document's entity table (names, roles, pronouns).

It is one class composed of mixins, one module per concern; each mixin inherits the ones
whose methods it calls, all of them :class:`~.state.AttributorState` (the shared state), so
that mypy checks every call. No two mixins define the same method, so the order of the
bases changes nothing but the method resolution order Python needs to be consistent:

- :mod:`.attributor` -- :class:`Attributor`: the reading order (entry, paragraph, sentence)
- :mod:`.state` -- the shared state; recording, holding and settling statements
- :mod:`.headlines` -- statements in an entry's headline
- :mod:`.cued_quotes` -- quotes with a cue in their sentence ("“…,” X said")
- :mod:`.uncued_quotes` -- quotes named by a later sentence, a dash line or a colon
- :mod:`.reported` -- reported speech ("X said that …") and "according to"
- :mod:`.clauses` -- a cue's clause: where it begins, who announces, recording it
- :mod:`.questions` -- questions, their askers and whom they address
- :mod:`.impersonal` -- "the statement said": statements without a speaking subject
- :mod:`.subjects` -- which mention is a cue's subject
- :mod:`.resolution` -- a mention in its sentence -> a speaker
- :mod:`.bodies` -- organisations, authorities and their spokespeople
- :mod:`.predicates` -- pure functions on tokens and text the rules share
"""

from __future__ import annotations

from liveblog.attribution.rules.attributor import Attributor
from liveblog.attribution.rules.bodies import SPOKESPERSON
from liveblog.attribution.rules.resolution import FAMILY

__all__ = ["FAMILY", "SPOKESPERSON", "Attributor"]

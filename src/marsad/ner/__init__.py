"""marsad's own Arabic named-entity recogniser: a CRF over rich word features.

Modules used at analysis time, leaf first: `gazetteer` builds and matches the name lists the
model may consult, `features` turns a sentence of token strings into CRF features (the same code
at training and tagging time), `compiled` and `viterbi` decode, and `tagger` tags Documents and
plain strings with character offsets. `neural` (a BiLSTM-CRF in numpy) is the optional second
opinion the tagger mixes in when asked (the entity layer's `ner_network` option,
`--ner-network` on the command line). Training and corpus evaluation live in
the `training` sub-package (`corpus`, `train`, `neural_train`, `evaluate`), which analysis never
imports.
"""

LABELS = ("PER", "ORG", "LOC", "MISC")
NETWORK_HELP = ("NER with the CRF and a BiLSTM network together: +1.2 F1 points on ANERcorp test, "
                "about 7x slower entity tagging (the entity layer's ner_network option)")

"""marsad's own Arabic named-entity recogniser: a CRF over rich word features.

Modules, leaf first: `corpus` reads the public NER corpora into (token, tag) sentences,
`gazetteer` builds and matches the name lists the model may consult, `features` turns a
sentence of token strings into CRF features (the same code at training and tagging time),
`train` fits and saves the model, `evaluate` scores exact spans (conlleval semantics), and
`tagger` tags Documents and plain strings with character offsets.
"""

LABELS = ("PER", "ORG", "LOC", "MISC")

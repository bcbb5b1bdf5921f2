"""Training and corpus evaluation of the NER model, kept apart from what runs at analysis time.

`corpus` reads the public NER corpora into (token, tag) sentences, `train` fits and saves the
CRF (and its companions), `neural_train` fits the optional BiLSTM-CRF with PyTorch, and
`evaluate` scores a model on the corpora's test splits (conlleval semantics). Nothing here is
imported when documents are analysed: the tagger reads only the files these modules write.
"""

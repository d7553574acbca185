"""Finding the next paper: recommendations from the reader's ratings, tags and statuses,
papers like a given one, and the reasons for each, all offline and kept in SQLite.

text.py (pure: words and hashed terms) · features.py (each paper's terms, kept as papers
arrive) · labels.py (what the reader's fields say they like) · models.py (a linear SVM per
taste, its best papers) · reasons.py · similar.py · queries.py (what the API, the command
and Datasette read) · refresh.py (one pass that brings everything up to date) · worker.py
(that pass in the background of `papershelf serve`).
"""

"""The per-article builder: pure stages over typed values, composed in ``article.py``.

decode -> lines -> layout (label every line) -> metadata -> facts -> Article.
Nothing here reads or writes files; ``azpk_corpus.runner`` owns all I/O.
"""

"""Training recipes for the engine's model half, and the loader for what they ship.

``quotetrack.train.ner`` trains the small PER/ORG/LOC taggers shipped under
``quotetrack/resources/models/``; ``quotetrack.train.load`` loads them at run time.
"""

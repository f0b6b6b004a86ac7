"""Translations of ledarplan's own words (Qt Linguist files), usable with or without a window.

The model packs' texts are never translated: they stay in the organisation's language.
"""

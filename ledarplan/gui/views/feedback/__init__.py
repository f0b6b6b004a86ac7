"""Feedback from others (360°) in the window: making a round and its form, taking in answers."""

"""The parts of the goals page: the goal card, the goal editor and the action editor."""

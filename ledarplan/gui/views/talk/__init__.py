"""The parts of the development talk page: preparation, agreements, standard questions."""

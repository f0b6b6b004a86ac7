"""The parts of the assessment page: rating editor, rating table view, comparison panel."""

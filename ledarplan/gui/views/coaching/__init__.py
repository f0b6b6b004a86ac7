"""Parts of the coaching log page: the session editor, its agreements and the carry-over dialog."""

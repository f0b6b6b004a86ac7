"""The plan exchange file: one plan as versioned JSON, for a leader to send to their manager.

The format is described for HR and integrators in docs/exchange-format.md; `format` holds
the models, the writer and the reader.
"""

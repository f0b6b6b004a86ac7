"""The plan exchange file: one plan as versioned JSON, for a leader to send to their manager.

The format is described for HR and integrators in docs/exchange-format.md; `format` is its
public face (the writer, the reader and the models), built from the modules beside it.
"""

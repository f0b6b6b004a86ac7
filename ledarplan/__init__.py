"""ledarplan: a leader's personal development plan, kept offline on their own PC."""

__version__ = "0.1.0"

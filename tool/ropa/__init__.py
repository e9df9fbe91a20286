"""ropa: a GDPR Article 30 record of processing activities kept as code."""

__version__ = "0.2.0"

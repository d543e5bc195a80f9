"""Use cases of the order desk (the only writers); no Qt here."""

"""Channel-agnostic conversation engine: Incoming -> list[Reply]."""
